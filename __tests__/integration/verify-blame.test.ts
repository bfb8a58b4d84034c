/**
 * Verify blames the right thing: an extension that needs a shared library FC's runtime has, in a
 * verify image that lacks it, fails with a message about the image (and the image to use), not
 * one that sends the user to the requirements. A real extension (gcc) in the test image.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseSonames } from '../../src/doctor/checks/native-libs.js';
import { MemoryLog } from '../../src/shared/log.js';
import { checkImports, importFailureMessage } from '../../src/verify/imports.js';
import { TEST_IMAGE, dockerReady, tmpDir } from '../support/env.js';

beforeAll(() => {
  expect(dockerReady(), `docker and ${TEST_IMAGE} are needed`).toBe(true);
});

/** A Debian 12 base-system soname the test image does not have (libcryptsetup: FC's runtime has it, a python slim image not). */
const SONAME = 'libcryptsetup.so.12';

describe('a library FC has and the verify image lacks', () => {
  it('the message names the image and the image to use, not the requirements', async () => {
    expect(baseSonames('custom.debian12')?.sonames[SONAME]).toBe('libcryptsetup12');
    // An extension module linked against a library of that soname (a stub, not shipped).
    const work = tmpDir('fcpp-blame-');
    const opt = path.join(work, 'opt');
    fs.mkdirSync(path.join(opt, 'python'), { recursive: true });
    fs.writeFileSync(path.join(work, 'stub.c'), 'int crypt_init(void) { return 0; }\n');
    fs.writeFileSync(path.join(work, 'ext.c'), 'extern int crypt_init(void);\nint PyInit__vault(void) { return crypt_init(); }\n');
    execFileSync('gcc', ['-shared', '-fPIC', '-o', path.join(work, SONAME), path.join(work, 'stub.c'), `-Wl,-soname,${SONAME}`]);
    execFileSync('gcc', ['-shared', '-fPIC', '-o', path.join(opt, 'python', '_vault.cpython-311-x86_64-linux-gnu.so'), path.join(work, 'ext.c'), '-Wl,--no-as-needed', path.join(work, SONAME)]);
    const err = await checkImports(
      { image: TEST_IMAGE, pythonVersion: '3.11', imports: { modules: ['_vault'], dists: [], optionalDists: [] }, requirementsShown: 'requirements.txt', standsInFor: { runtime: 'custom.debian12', image: 'python:3.11-slim-bookworm' } },
      { mountArgs: ['-v', `${opt}:/opt:ro`, '-e', 'PYTHONPATH=/opt/python'], where: 'the layer (/opt/python)' },
      new MemoryLog(),
    ).catch((e: unknown) => e as Error);
    expect(String((err as Error).message)).toMatch(
      new RegExp(`libcryptsetup\\.so\\.12 is part of FC's custom\\.debian12 \\(Debian package libcryptsetup12\\), but the verify image lacks it: on FC this import would find it\\. Nothing to add to the requirements; use verify-image python:3\\.11-slim-bookworm`),
    );
    expect(String((err as Error).message)).not.toMatch(/Add the distribution/);
  });

  it('the shape seen: libstdc++.so.6 for _mysql_connector; a library FC lacks still points at the requirements', () => {
    const fail = (error: string) => ({ module: '_mysql_connector', ok: false, error });
    const verify = { image: 'my-slim:3.10', standsInFor: { runtime: 'custom.debian10' as const, image: 'python:3.10-slim-buster' } };
    expect(importFailureMessage(fail('ImportError: libstdc++.so.6: cannot open shared object file: No such file or directory'), 'function.zip', verify)).toMatch(
      /libstdc\+\+\.so\.6 is part of FC's custom\.debian10 \(Debian package libstdc\+\+6\).*use verify-image python:3\.10-slim-buster \(the image for custom\.debian10\), or install libstdc\+\+6 in my-slim:3\.10\.$/,
    );
    expect(importFailureMessage(fail('ImportError: libGL.so.1: cannot open shared object file: No such file or directory'), 'function.zip', verify)).toMatch(/Add the distribution/);
    // An image target is the artifact itself: no stand-in, no blame on it.
    expect(importFailureMessage(fail('ImportError: libstdc++.so.6: cannot open shared object file'), 'the image', { image: 'app:1' })).toMatch(/Add the distribution/);
  });
});
