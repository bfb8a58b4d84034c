import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/inputs/inputs.js';
import { explainPipFailure } from '../../src/install/pip.js';
import { makePlan, type Plan } from '../../src/plan/plan.js';
import { cacheKeyParts, depsCacheKey } from '../../src/publish/cache.js';

const LOCKS = path.join(__dirname, '..', 'fixtures', 'locks');

function copy(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-plandeps-'));
  fs.cpSync(path.join(LOCKS, name), dir, { recursive: true });
  return dir;
}
const plan = (cwd: string, v: Record<string, string> = {}): Plan => makePlan(parseInputs((n) => v[n], { cwd, env: {} }), {});

describe('the deps plan from a dependency file', () => {
  it('a uv.lock: the selection as hashed lines, --no-deps, no requirements file of its own, the summary', () => {
    const p = plan(copy('uv'));
    const src = p.install!.source;
    expect(src.kind).toBe('dependency-file');
    if (src.kind !== 'dependency-file') return;
    expect([src.fileKind, src.locked, src.shown]).toEqual(['uv.lock', true, 'uv.lock']);
    expect(src.lines.find((l) => l.startsWith('tabulate=='))).toMatch(/^tabulate==0\.8\.10 --hash=sha256:[0-9a-f]{64}$/);
    expect(src.lines.some((l) => /^(pytest|click|app)==/.test(l))).toBe(false);
    expect(src.summary).toMatch(/^used uv\.lock, locks \d+ packages$/);
    expect(p.install!.pip.requirementsFile).toBeUndefined();
    expect(p.install!.pip.args).toContain('--no-deps');
  });

  it('extras and groups change the selection and the cache key; touching the file does not', async () => {
    const dir = copy('uv');
    const key = async (v: Record<string, string> = {}) => depsCacheKey(await cacheKeyParts(plan(dir, v))).key;
    const k = await key();
    fs.appendFileSync(path.join(dir, 'uv.lock'), '\n');
    expect(await key()).toBe(k);
    expect(await key({ extras: 'cli' })).not.toBe(k);
    expect(await key({ groups: 'dev' })).not.toBe(k);
    const dev = plan(dir, { groups: 'dev' }).install!.source;
    expect(dev.kind === 'dependency-file' && dev.lines.some((l) => l.startsWith('pytest=='))).toBe(true);
    expect(() => plan(dir, { extras: 'nope' })).toThrow(/^extras: nope is not an extra of uv\.lock; it offers cli/);
  });

  it('requirements.txt stays a requirements file pip reads itself; a named one is used over detection', () => {
    const dir = copy('uv');
    fs.writeFileSync(path.join(dir, 'prod.txt'), 'fastapi\n');
    const p = plan(dir, { requirements: 'prod.txt' });
    expect(p.install!.source).toMatchObject({ kind: 'requirements-file', path: path.join(dir, 'prod.txt'), shown: 'prod.txt' });
    expect(p.install!.pip.requirementsFile).toBe(path.join(dir, 'prod.txt'));
    expect(p.install!.pip.args).not.toContain('--no-deps');
  });

  it('a layer needs a dependency file; code and image may have none (a tool-only pyproject is none)', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-plandeps-'));
    expect(() => plan(empty)).toThrow(/^requirements: working-directory .* holds none of requirements\*\.txt, pyproject\.toml, uv\.lock/);
    fs.writeFileSync(path.join(empty, 'pyproject.toml'), '[tool.ruff]\nline-length = 100\n');
    const code = plan(empty, { target: 'code', bootstrap: 'none' });
    expect(code.target === 'code' && [code.depsIn, code.install]).toEqual(['none', undefined]);
    expect(() => plan(empty, { target: 'code', bootstrap: 'none', requirements: 'missing.txt' })).toThrow(/^requirements: missing\.txt does not exist/);
  });

  it('a locked package with no wheel for FC: the package, its version and the tags tried', () => {
    const p = plan(copy('uv'));
    const err = explainPipFailure('ERROR: Could not find a version that satisfies the requirement tabulate==0.8.10 (from versions: none)\nERROR: No matching distribution found for tabulate==0.8.10\n', p);
    expect(err?.message).toMatch(/^requirements: uv\.lock locks tabulate 0\.8\.10, which has no wheel for custom\.debian10 \(CPython 3\.10, x86_64, glibc 2\.28\)\. Tags tried: manylinux_2_28_x86_64, .*manylinux1_x86_64, plus pure-Python wheels/);
    expect(err?.input).toBe('requirements');
  });
});
