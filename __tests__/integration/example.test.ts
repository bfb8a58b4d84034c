/**
 * examples/fastapi-hello, built and verified the way the README's "try it" says: the bundled CLI,
 * the index given as PIP_INDEX_URL (a mirror), a local verify image. Layer and code targets.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_URL, ROOT, TEST_IMAGE, TEST_PYTHON, isolatedEnv, tmpDir, treeFingerprint, unzipList } from '../support/env.js';

const EXAMPLE = path.join(ROOT, 'examples', 'fastapi-hello');

/** `fc-python-pack build examples/fastapi-hello --target <t> ...` from the repository root, as the README runs it. */
function tryIt(target: 'layer' | 'code', out: string) {
  const args = [path.join(ROOT, 'dist', 'cli.cjs'), 'build', 'examples/fastapi-hello', '--target', target,
    '--python-version', TEST_PYTHON, '--runtime', 'custom.debian12', '--smoke-path', '/health',
    '--verify-image', TEST_IMAGE, '--output-dir', out];
  return spawnSync(process.execPath, args, { cwd: ROOT, env: isolatedEnv({ PIP_INDEX_URL: INDEX_URL }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const names = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');

describe('examples/fastapi-hello', () => {
  it('builds and verifies as function.zip: deps inside, bootstrap 0755, /health answers from 0.0.0.0:9000', () => {
    const before = treeFingerprint(EXAMPLE);
    const out = tmpDir('fcpp-example-');
    const r = tryIt('code', out);
    expect(r.status, r.stderr).toBe(0);
    const zip = path.join(out, 'function.zip');
    expect(r.stdout.trim()).toBe(zip);
    expect(r.stderr).toMatch(/\/health answered 200 .*listening on 0\.0\.0\.0/);
    const entries = names(zip);
    for (const n of ['bootstrap', 'main.py', 'requirements.txt', 'python/fastapi/__init__.py', 'python/uvicorn/__init__.py', 'python/pydantic/__init__.py']) {
      expect(entries).toContain(n);
    }
    expect(entries).not.toContain('Dockerfile'); // .fcignore
    expect(unzipList(zip)).toMatch(/^-rwxr-xr-x .* bootstrap$/m);
    expect(treeFingerprint(EXAMPLE)).toBe(before);
  });

  it('builds and verifies as layer.zip: the deps under python/, no code', () => {
    const out = tmpDir('fcpp-example-');
    const r = tryIt('layer', out);
    expect(r.status, r.stderr).toBe(0);
    const entries = names(path.join(out, 'layer.zip'));
    expect(entries).toContain('python/fastapi/__init__.py');
    expect(entries).toContain('python/uvicorn/__init__.py');
    expect(entries.filter((n) => !n.startsWith('python/'))).toEqual([]);
    expect(r.stderr).toMatch(/import fastapi \S+ from \/opt\/python\/fastapi\/__init__\.py/);
  });
});
