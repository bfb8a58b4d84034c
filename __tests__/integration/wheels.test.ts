/**
 * Wheels straight into the zip equal `pip install --target`: real pip, real wheels from the
 * local index (and a few hand-made ones for .data, scripts, namespaces and clashes), the zip
 * read back by Info-ZIP's unzip, compared file for file with pip's tree.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBytecode, writeZip } from '../../src/assemble/zip.js';
import { layoutWheels, type WheelInput } from '../../src/assemble/wheel-install.js';
import { rewriteScripts } from '../../src/install/pip.js';
import { pipFacts } from '../../src/install/wheels.js';
import { listZip } from '../../src/assemble/unzip.js';
import { INDEX_URL, isolatedEnv, TEST_PYTHON, tmpDir } from '../support/env.js';

const PLATFORM = ['manylinux_2_28_x86_64', 'manylinux_2_17_x86_64', 'manylinux2014_x86_64', 'manylinux_2_5_x86_64', 'manylinux1_x86_64'];
const TARGET_ARGS = ['--only-binary=:all:', '--implementation', 'cp', '--python-version', TEST_PYTHON, ...PLATFORM.flatMap((p) => ['--platform', p])];
const NOT_COMPARED = new Set(['RECORD', 'INSTALLER', 'REQUESTED', 'direct_url.json']);

const canon = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');

function pip(args: string[]): string {
  return execFileSync('python3', ['-m', 'pip', ...args, '--disable-pip-version-check', '--no-input'], { env: isolatedEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** path → [exec bit, bytes] of every file in a tree, bytecode left out. */
function tree(root: string): Map<string, [boolean, Buffer]> {
  const out = new Map<string, [boolean, Buffer]>();
  const walk = (dir: string, rel: string) => {
    for (const name of fs.readdirSync(dir)) {
      const r = rel ? `${rel}/${name}` : name;
      const full = path.join(dir, name);
      const st = fs.lstatSync(full);
      if (isBytecode(r)) continue;
      if (st.isDirectory()) walk(full, r);
      else out.set(r, [(st.mode & 0o111) !== 0, fs.readFileSync(full)]);
    }
  };
  walk(root, '');
  return out;
}

/**
 * pip install --target from the wheels only, with pip's install order; then the same wheels laid
 * out by us, zipped, unzipped with unzip(1). Returns both trees.
 */
async function compare(wheelDir: string, requirements: string[], extraPip: string[] = []) {
  const work = tmpDir('fcpp-wheels-');
  const target = path.join(work, 'pip');
  const out = pip(['install', '--target', target, '--no-compile', '--no-index', '--find-links', wheelDir, ...extraPip, ...requirements]);
  await rewriteScripts(path.join(target, 'bin'));
  const order = /Installing collected packages: (.*)/.exec(out)![1]!.split(', ').map(canon);
  const files = fs.readdirSync(wheelDir).filter((f) => f.endsWith('.whl'));
  const top = new Set(requirements.map((r) => canon(r.replace(/[[<>=!~;\s].*$/, ''))));
  const wheels: WheelInput[] = order.map((name) => {
    const file = files.find((f) => canon(f.split('-')[0]!) === name);
    expect(file, `wheel of ${name}`).toBeDefined();
    return { file: path.join(wheelDir, file!), requested: top.has(name) };
  });
  // The wrappers from the template of the pip that ran: the same whichever pip that is.
  const { scriptTemplate } = await pipFacts('python3', isolatedEnv());
  expect(scriptTemplate).toContain('%(func)s');
  const layout = await layoutWheels(wheels, { prefix: 'python/', pipPython: TEST_PYTHON, scriptTemplate });
  const zip = path.join(work, 'layer.zip');
  await writeZip(layout.entries, zip);
  const again = path.join(work, 'again.zip');
  await writeZip((await layoutWheels(wheels, { prefix: 'python/', pipPython: TEST_PYTHON, scriptTemplate })).entries, again);
  expect(fs.readFileSync(again).equals(fs.readFileSync(zip)), 'same wheels, same bytes').toBe(true);
  const unpacked = path.join(work, 'ours');
  execFileSync('unzip', ['-q', zip, '-d', unpacked]);
  return { ours: tree(path.join(unpacked, 'python')), theirs: tree(target), layout, zip };
}

function expectSameTree(ours: Map<string, [boolean, Buffer]>, theirs: Map<string, [boolean, Buffer]>) {
  expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
  const differ: string[] = [];
  for (const [rel, [x, bytes]] of theirs) {
    const [ox, obytes] = ours.get(rel)!;
    if (ox !== x) differ.push(`${rel}: exec ${ox} vs pip's ${x}`);
    if (!NOT_COMPARED.has(path.posix.basename(rel)) && !obytes.equals(bytes)) differ.push(`${rel}: bytes differ`);
    // RECORD too, but for bin/: pip hashed its scripts before the pipeline rewrote their #! lines.
    if (path.posix.basename(rel) === 'RECORD') {
      const rows = (b: Buffer) => b.toString('utf8').split('\r\n').filter((l) => l && !l.startsWith('../../bin/'));
      const [o, t] = [rows(obytes), rows(bytes)];
      if (o.join('\n') !== t.join('\n')) differ.push(`${rel}: rows differ: ours only ${o.filter((r) => !t.includes(r)).join(' ')}; pip's only ${t.filter((r) => !o.includes(r)).join(' ')}`);
    }
  }
  expect(differ).toEqual([]);
}

/** A wheel made with Python's zipfile, as build backends make them. */
function makeWheel(dir: string, name: string, files: Record<string, string | { text: string; exec?: boolean; stored?: boolean }>, extra: Record<string, string> = {}) {
  const dist = `${name}-1.0.dist-info`;
  const all: Record<string, unknown> = {
    ...files,
    [`${dist}/METADATA`]: `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0\n`,
    [`${dist}/WHEEL`]: 'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`${dist}/${k}`, v])),
  };
  const script = `
import base64, hashlib, json, sys, zipfile
files = json.loads(sys.argv[2]); dist = sys.argv[3]
rows = []
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for n, v in files.items():
        if isinstance(v, str): v = {'text': v}
        info = zipfile.ZipInfo(n, (2020, 1, 1, 0, 0, 0))
        info.external_attr = (0o100755 if v.get('exec') else 0o100644) << 16
        info.compress_type = zipfile.ZIP_STORED if v.get('stored') else zipfile.ZIP_DEFLATED
        data = v['text'].encode()
        z.writestr(info, data)
        rows.append('%s,sha256=%s,%d' % (n, base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode(), len(data)))
    rows.append(dist + '/RECORD,,')
    z.writestr(dist + '/RECORD', '\\n'.join(rows) + '\\n')
`;
  execFileSync('python3', ['-c', script, path.join(dir, `${name}-1.0-py3-none-any.whl`), JSON.stringify(all), dist]);
}

describe('wheels into the zip, the same as pip install --target', () => {
  it('hand-made wheels: .data schemes, #!python scripts, entry points, namespaces, a clash, a stored entry', async () => {
    const dir = tmpDir('fcpp-mkwheels-');
    makeWheel(
      dir,
      'alpha',
      {
        'ns/alpha/__init__.py': 'A = 1\n',
        'alpha_mod.py': 'print("alpha")\n',
        'alpha_tool.sh': { text: '#!/bin/sh\necho hi\n', exec: true },
        'alpha_big.txt': { text: 'x'.repeat(5000), stored: true },
        'shared/clash.txt': 'from alpha\n',
        'alpha-1.0.data/scripts/alpha-run': '#!python\nimport alpha_mod\n',
        'alpha-1.0.data/scripts/alpha-env': { text: '#!/usr/bin/env python\nprint(1)\n', exec: true },
        'alpha-1.0.data/scripts/alpha-cli': '#!python\n# a setuptools wrapper pip skips\n',
        'alpha-1.0.data/scripts/plain.sh': { text: '#!/bin/bash\necho plain\n', exec: true },
        'alpha-1.0.data/headers/alpha.h': '#define ALPHA 1\n',
        'alpha-1.0.data/data/share/alpha/data.txt': 'data\n',
        'alpha-1.0.data/data/shared/ignored.txt': 'dropped: the target has shared/ already\n',
        'alpha-1.0.data/purelib/alpha_pure.py': 'P = 1\n',
        'alpha-1.0.data/platlib/alpha_plat.py': 'Q = 1\n',
      },
      { 'entry_points.txt': '[console_scripts]\nalpha-cli = alpha_mod:main\nalpha-x = ns.alpha:obj.run [extra]\n\n[gui_scripts]\nalpha-gui = alpha_mod:gui\n' },
    );
    makeWheel(dir, 'beta', { 'ns/beta/__init__.py': 'B = 1\n', 'shared/clash.txt': 'from beta\n', 'shared/beta.txt': 'b\n' });
    const { ours, theirs, layout } = await compare(dir, ['alpha', 'beta']);
    expectSameTree(ours, theirs);
    expect(ours.get('bin/alpha-x')![1].toString()).toContain('from ns.alpha import obj\n');
    expect(ours.has('include/python/alpha/alpha.h')).toBe(true);
    expect(layout.dropped).toContain('shared/ignored.txt');
    expect(layout.overwritten.map((o) => o.path)).toContain('shared/clash.txt');
  });

  for (const [label, reqs] of [
    ['fastapi, uvicorn[standard], pydantic', ['fastapi', 'uvicorn[standard]', 'pydantic']],
    ['the large bench app (numpy, pandas, sqlalchemy, orjson...)', ['fastapi', 'uvicorn[standard]', 'pandas', 'numpy', 'sqlalchemy', 'orjson']],
  ] as const) {
    it(`real wheels: ${label}`, async () => {
      const dir = tmpDir('fcpp-dl-');
      pip(['download', '-q', '-d', dir, ...TARGET_ARGS, '--index-url', INDEX_URL, ...reqs]);
      const { ours, theirs, zip, layout } = await compare(dir, [...reqs], TARGET_ARGS);
      expect(ours.size).toBeGreaterThan(100);
      // No two wheels share a path: any install order (ours is wheelhouse's installOrder) gives this tree.
      expect(layout.overwritten).toEqual([]);
      expectSameTree(ours, theirs);
      const listing = await listZip(zip);
      expect(listing.filter((e) => !e.name.startsWith('python/') || !(e.isDir ? [0o755] : [0o644, 0o755]).includes(e.mode & 0o777)).map((e) => e.name)).toEqual([]);
      expect(new Set(listing.map((e) => `${e.dosDate}/${e.dosTime}`)).size).toBe(1);
    });
  }
});
