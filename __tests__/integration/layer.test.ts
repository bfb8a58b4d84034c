/**
 * The layer target end to end, run as a runner runs it: the bundled dist/index.cjs with
 * INPUT_* variables, real pip against the local index, real docker for verify.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listZip } from '../../src/assemble/unzip.js';
import { buildInputs, TEST_IMAGE, copyFixture, dockerReady, runAction, sha256File, tmpDir, treeFingerprint } from '../support/env.js';

const base = (app: string, out: string) => buildInputs('layer', app, out);

describe('target: layer', () => {
  let app: string;
  let out: string;
  let first: ReturnType<typeof runAction>;
  let before: string;

  beforeAll(() => {
    expect(dockerReady(), `docker and ${TEST_IMAGE} are needed: run .ci/docker-up.sh`).toBe(true);
    app = copyFixture('layer-app');
    out = tmpDir('fcpp-out-');
    before = treeFingerprint(app);
    first = runAction(base(app, out));
  });

  it('builds layer.zip, verifies the imports in a container, and sets the outputs', () => {
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const zip = path.join(out, 'layer.zip');
    expect(first.outputs['artifact-path']).toBe(zip);
    expect(first.outputs.sha256).toBe(sha256File(zip));
    expect(Number(first.outputs.size)).toBe(fs.statSync(zip).size);
    expect(first.stdout).toMatch(/import uvicorn [\d.]+ from \/opt\/python\/uvicorn\/__init__\.py/);
    expect(first.stdout).toMatch(/import fastapi [\d.]+ from \/opt\/python\/fastapi\/__init__\.py/);
    expect(first.summary).toContain('layer.zip');
  });

  it('puts every entry under python/, sorted, with fixed times and normal modes, and no bytecode', async () => {
    const entries = await listZip(path.join(out, 'layer.zip'));
    const names = entries.map((e) => e.name);
    expect(names.every((n) => n.startsWith('python/'))).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    for (const n of ['python/fastapi/__init__.py', 'python/uvicorn/__init__.py', 'python/pydantic/__init__.py']) expect(names).toContain(n);
    expect(names.some((n) => /^python\/pydantic_core\/_pydantic_core\.cpython-311-x86_64-linux-gnu\.so$/.test(n))).toBe(true);
    expect(names.filter((n) => n.includes('__pycache__') || n.endsWith('.pyc'))).toEqual([]);
    expect(new Set(entries.map((e) => `${e.dosDate}/${e.dosTime}`)).size).toBe(1);
    for (const e of entries) {
      const perm = e.mode & 0o777;
      if (e.isDir) expect(perm, e.name).toBe(0o755);
      else expect([0o644, 0o755], e.name).toContain(perm);
    }
  });

  it('points console scripts at python3 on PATH, not at the runner', async () => {
    const { readZipEntries } = await import('../../src/assemble/unzip.js');
    const scripts = await readZipEntries(path.join(out, 'layer.zip'), (n) => n.startsWith('python/bin/'));
    expect(scripts.size).toBeGreaterThan(0);
    for (const [name, buf] of scripts) expect(buf.toString('utf8').split('\n')[0], name).toBe('#!/usr/bin/env python3');
  });

  it('rebuilds byte for byte, and leaves the source folder untouched', () => {
    const out2 = tmpDir('fcpp-out-');
    const again = runAction({ ...base(app, out2), verify: 'false' });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.sha256).toBe(first.outputs.sha256);
    expect(fs.readFileSync(path.join(out2, 'layer.zip')).equals(fs.readFileSync(path.join(out, 'layer.zip')))).toBe(true);
    expect(treeFingerprint(app)).toBe(before);
    expect(fs.readdirSync(out2)).toEqual(['layer.zip']);
  });

  it('fails verify by name when uvicorn is not in the requirements and verify-imports asks for it', () => {
    const bad = copyFixture('layer-app');
    fs.writeFileSync(path.join(bad, 'requirements.txt'), 'fastapi\n');
    const out3 = tmpDir('fcpp-out-');
    // Without verify-imports, uvicorn is imported only when installed: a layer need not carry the server.
    const res = runAction({ ...base(bad, out3), 'verify-imports': 'uvicorn,fastapi' });
    expect(res.code).not.toBe(0);
    expect(res.stdout).toMatch(/::error::.*module uvicorn does not import.*No module named uvicorn/);
    // Nothing half-written: the output folder holds no artifact.
    expect(fs.readdirSync(out3)).toEqual([]);
  });

  it('names the package, the tags and the fix when no wheel fits the platform', () => {
    // The local index carries pydantic_core for cp311 only: Python 3.10 has no wheel for it.
    const out4 = tmpDir('fcpp-out-');
    const res = runAction({ ...base(app, out4), runtime: 'custom.debian10', 'python-version': '3.10', verify: 'false' });
    expect(res.code).not.toBe(0);
    expect(res.stdout).toMatch(/::error::No installable wheel for "pydantic[-_]core[^"]*" on custom\.debian10 \(CPython 3\.10, x86_64, glibc 2\.28\).*manylinux_2_28_x86_64.*manylinux1_x86_64.*pin a version/);
    expect(fs.readdirSync(out4)).toEqual([]);
  });
});

describe('bad inputs get one clear line naming the input', () => {
  const app = copyFixture('layer-app');
  const cases: [string, Record<string, string>, RegExp][] = [
    ['missing requirements', { requirements: 'nope.txt' }, /requirements: nope\.txt does not exist in working-directory/],
    ['unknown target', { target: 'lambda' }, /Input target must be one of layer, code, image; got "lambda"/],
    ['unknown runtime', { runtime: 'python3.9' }, /Input runtime must be one of custom\.debian10, custom\.debian11, custom\.debian12/],
    ['YAML-mangled python-version', { 'python-version': '3.1' }, /Input python-version 3\.1 .*'3\.10'/],
    ['python-version not MAJOR.MINOR', { 'python-version': 'three' }, /Input python-version must be MAJOR\.MINOR/],
    ['verify image missing', { 'verify-image': 'fc-python-pack-test/absent:0' }, /Input verify-image: image fc-python-pack-test\/absent:0 is not present/],
    ['forbidden pip-args', { 'pip-args': '--target /tmp/x' }, /Input pip-args must not contain --target/],
  ];
  it.each(cases)('%s', (_name, inputs, message) => {
    const out = tmpDir('fcpp-out-');
    const res = runAction({ ...base(app, out), ...inputs });
    expect(res.code).toBe(1);
    const errors = res.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .*\(.*\.cjs:\d+/); // no stack trace
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('no docker for verify', () => {
    const out = tmpDir('fcpp-out-');
    const res = runAction(base(app, out), { env: { FC_PYTHON_PACK_DOCKER: '/nonexistent/docker' } });
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/::error::Input verify needs Docker.*verify: false/);
  });
});

describe('local deps cache (outside Actions)', () => {
  it('an unchanged rebuild skips pip, gives the same bytes, and changed requirements miss', () => {
    const app = copyFixture('layer-app');
    const xdg = tmpDir('fcpp-xdg-');
    const run = (env: Record<string, string> = {}) => runAction({ ...base(app, tmpDir('fcpp-out-')), verify: 'false' }, { env: { XDG_CACHE_HOME: xdg, ...env } });
    const cold = run();
    expect(cold.code, cold.stdout).toBe(0);
    expect(cold.outputs['cache-hit']).toBe('false');
    const warm = run({ FC_PYTHON_PACK_PYTHON: '/nonexistent/python3' });
    expect(warm.code, warm.stdout).toBe(0);
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.stdout).toMatch(/Dependencies from the local cache .*pip skipped/);
    expect(warm.outputs.sha256).toBe(cold.outputs.sha256);
    fs.appendFileSync(path.join(app, 'requirements.txt'), 'h11\n');
    const changed = run();
    expect(changed.outputs['cache-hit']).toBe('false');
    expect(changed.stdout).toMatch(/^pip: /m);
  });
});
