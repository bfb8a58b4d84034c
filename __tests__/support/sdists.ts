/**
 * Source distributions for the sdist tests, made here with setuptools (`setup.py sdist`, the
 * runner's Python), the shapes Alibaba Cloud's SDKs have, and the build image they are built in
 * (scripts/sdist-build-image.sh: Debian packages, python3-dev, gcc, and pyenv's CPython 3.10),
 * built when this machine does not have it yet.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, isolatedEnv, tmpDir } from './env.js';

export const SDIST_BUILD_IMAGE = process.env.FCPP_SDIST_BUILD_IMAGE || 'fcpp-sdist-build/bookworm:py310-py311';

/** The build image, built from Debian packages when missing (about a minute, once per machine). */
export function ensureSdistBuildImage(): void {
  const res = spawnSync(path.join(ROOT, 'scripts', 'sdist-build-image.sh'), [SDIST_BUILD_IMAGE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.status !== 0) throw new Error(`scripts/sdist-build-image.sh failed:\n${res.stdout}\n${res.stderr}`);
}

const C_EXT = `#include <Python.h>
static PyObject *crc(PyObject *self, PyObject *args) { return PyLong_FromLong(42); }
static PyMethodDef M[] = {{"crc", crc, METH_NOARGS, ""}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef D = {PyModuleDef_HEAD_INIT, "_crcfunext", NULL, -1, M};
PyMODINIT_FUNC PyInit__crcfunext(void) { return PyModule_Create(&D); }
`;

const PROJECTS: Record<string, Record<string, string>> = {
  // oss2's shape: setup.py only, pure Python, install_requires; like aliyun-python-sdk-core, its
  // dependencies depend on the Python that runs setup.py.
  ossish: {
    'setup.py': `import sys
from setuptools import setup
deps = ["six"]
if sys.version_info < (3, 11):
    deps.append("typing-extensions")
setup(name="ossish", version="2.18.0", packages=["ossish"], install_requires=deps)
`,
    'ossish/__init__.py': 'import six\n',
  },
  // crcmod's shape: an optional C extension; a failed compile falls back to pure Python, silently.
  crcish: {
    'setup.py': `from setuptools import setup, Extension
from setuptools.command.build_ext import build_ext

class optional_build_ext(build_ext):
    def run(self):
        try:
            build_ext.run(self)
        except Exception:
            pass
    def build_extension(self, ext):
        try:
            build_ext.build_extension(self, ext)
        except Exception:
            pass

setup(name="crcish", version="1.7", packages=["crcish"],
      ext_modules=[Extension("crcish._crcfunext", ["ext/_crcfunext.c"])],
      cmdclass={"build_ext": optional_build_ext})
`,
    'MANIFEST.in': 'include ext/*.c\n',
    'ext/_crcfunext.c': C_EXT,
    'crcish/__init__.py': 'try:\n    from crcish._crcfunext import crc\n    _usingExtension = True\nexcept ImportError:\n    _usingExtension = False\n',
  },
  // crcmod's shape whose C source does not compile here: the silent fallback to pure Python.
  crcslow: {
    'setup.py': `from setuptools import setup, Extension
from setuptools.command.build_ext import build_ext

class optional_build_ext(build_ext):
    def run(self):
        try:
            build_ext.run(self)
        except Exception:
            pass
    def build_extension(self, ext):
        try:
            build_ext.build_extension(self, ext)
        except Exception:
            pass

setup(name="crcslow", version="1.0", packages=["crcslow"],
      ext_modules=[Extension("crcslow._ext", ["ext/_ext.c"])],
      cmdclass={"build_ext": optional_build_ext})
`,
    'MANIFEST.in': 'include ext/*.c\n',
    'ext/_ext.c': '#include <Python.h>\n#include <no_such_header_here.h>\n',
    'crcslow/__init__.py': '',
  },
  // A C extension that does not compile, with no fallback.
  brokenext: {
    'setup.py': `from setuptools import setup, Extension
setup(name="brokenext", version="0.3", packages=["brokenext"], ext_modules=[Extension("brokenext._c", ["ext/_c.c"])])
`,
    'MANIFEST.in': 'include ext/*.c\n',
    'ext/_c.c': '#include <Python.h>\n#error brokenext cannot compile here\n',
    'brokenext/__init__.py': '',
  },
};

/** A find-links folder with the sdists of `names`, made with the runner's setuptools. */
export function makeSdists(names: string[], python = 'python3'): string {
  const dist = tmpDir('fcpp-sdists-');
  for (const name of names) {
    const src = tmpDir(`fcpp-sdist-src-${name}-`);
    for (const [file, text] of Object.entries(PROJECTS[name]!)) {
      fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
      fs.writeFileSync(path.join(src, file), text);
    }
    execFileSync(python, ['setup.py', '-q', 'sdist', '--formats=gztar', '-d', dist], { cwd: src, env: isolatedEnv(), stdio: 'pipe' });
    fs.rmSync(src, { recursive: true, force: true });
  }
  return dist;
}
