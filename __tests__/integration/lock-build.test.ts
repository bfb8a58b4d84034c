/**
 * Issue 12 end to end: apps with only a lock (or a bare pyproject) built into a verified layer
 * by the bundled action, real pip against the local index, real docker for verify.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listZip } from '../../src/assemble/unzip.js';
import { spawnSync } from 'node:child_process';
import { buildInputs, dockerReady, errorLines, INDEX_URL, isolatedEnv, ROOT, runAction, TEST_IMAGE, TEST_PYTHON, tmpDir, treeFingerprint } from '../support/env.js';
import { indexWheel, PYPROJECT, pipenvApp, poetryApp, pylockApp, pyprojectApp, uvApp } from '../support/lock-apps.js';

const VERIFY = { 'verify-imports': 'tabulate,idna' };

/** The distributions in a layer, as name-version from their .dist-info folders. */
async function dists(zip: string): Promise<string[]> {
  const names = (await listZip(zip)).map((e) => e.name);
  return [...new Set(names.map((n) => /^python\/([^/]+)\.dist-info\//.exec(n)?.[1]).filter((n): n is string => !!n))].sort();
}

function build(app: string, extra: Record<string, string> = {}, env: Record<string, string> = {}) {
  const out = tmpDir('fcpp-out-');
  const res = runAction(buildInputs('layer', app, out, { ...VERIFY, ...extra }), { env });
  return { res, out, zip: path.join(out, 'layer.zip') };
}

describe('locked layers', () => {
  beforeAll(() => {
    expect(dockerReady(), `docker and ${TEST_IMAGE} are needed: run .ci/docker-up.sh`).toBe(true);
  });

  it('uv.lock only (with pyproject): exactly the locked older version, no dev group, verified, source untouched', async () => {
    const app = uvApp();
    const before = treeFingerprint(app);
    const { res, zip } = build(app);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(await dists(zip)).toEqual(['idna-3.20', 'tabulate-0.8.10']);
    expect(res.stdout).toMatch(/used uv\.lock, locks 4 packages/);
    expect(res.stdout).toMatch(/pip: .* --no-deps/);
    expect(res.stdout).toMatch(/import tabulate 0\.8\.10 from \/opt\/python\/tabulate/);
    expect(res.stdout).not.toMatch(/::warning title=requirements/);
    expect(res.summary).toMatch(/\| requirements \| used uv\.lock, locks 4 packages \|/);
    expect(treeFingerprint(app)).toBe(before);
  });

  it("verify's default imports are the distributions pyproject names, with the lock's markers for FC", () => {
    const { res } = build(uvApp(), { 'verify-imports': '' });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/import tabulate 0\.8\.10 from \/opt\/python\/tabulate/);
    expect(res.stdout).toMatch(/import idna 3\.20 from \/opt\/python\/idna/);
    expect(res.stdout).not.toMatch(/import exceptiongroup/);
  });

  it.each([
    ['poetry.lock', poetryApp],
    ['Pipfile.lock', pipenvApp],
    ['pylock.toml', pylockApp],
  ])('%s only: the locked versions, no dev dependencies, verified', async (file, make) => {
    const { res, zip } = build(make());
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(await dists(zip)).toEqual(['idna-3.20', 'tabulate-0.8.10']);
    expect(res.stdout).toContain(`used ${file}, locks 4 packages`);
    expect(res.stdout).toMatch(/import idna [\d.]+ from \/opt\/python\/idna/);
  });

  it('a bare PEP 621 pyproject builds: pip resolves it, the dev group and extras stay out unless asked for', async () => {
    const { res, zip } = build(pyprojectApp());
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(await dists(zip)).toEqual(['idna-3.20', 'tabulate-0.8.10']);
    expect(res.stdout).toContain('used pyproject.toml, declares 2 requirements');
    expect(res.stdout).not.toMatch(/pip: .* --no-deps/);
    const withExtra = build(pyprojectApp(), { extras: 'extra', verify: 'false' });
    expect(withExtra.res.code, withExtra.res.stdout).toBe(0);
    expect((await dists(withExtra.zip)).map((d) => d.split('-')[0])).toEqual(['idna', 'six', 'tabulate']);
  });

  it('a group the lock does not offer is refused, naming the input and what it offers', () => {
    const { res, out } = build(pylockApp(), { groups: 'lint', verify: 'false' });
    expect(res.code).not.toBe(0);
    expect(errorLines(res)).toMatch(/groups: lint is not a dependency group of pylock\.toml; it offers dev/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a wrong hash in the lock is refused with a clear error naming the package', () => {
    const { res, out } = build(uvApp({ tabulateHash: '1'.repeat(64) }), { verify: 'false' });
    expect(res.code).not.toBe(0);
    expect(errorLines(res)).toMatch(/tabulate 0\.8\.10 \(the lock says sha256 111111111111\.\.\., the download is 0ba055423dba\.\.\.\) does not match the hash in uv\.lock/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a locked package with no wheel for FC: the package, its version and the tags tried', () => {
    const app = pylockApp();
    const w = indexWheel('pydantic-core', '2.46.5');
    fs.appendFileSync(
      path.join(app, 'pylock.toml'),
      `\n[[packages]]\nname = "pydantic-core"\nversion = "2.46.5"\nindex = "${INDEX_URL}"\nwheels = [{ url = "${w.url}", hashes = { sha256 = "${w.sha256}" } }]\n`,
    );
    // Its wheels are cp311 only: none for Python 3.10.
    const { res, out } = build(app, { runtime: 'custom.debian10', 'python-version': '3.10', verify: 'false' });
    expect(res.code).not.toBe(0);
    expect(errorLines(res)).toMatch(/requirements: pylock\.toml locks pydantic[-_]core 2\.46\.5, which has no wheel for custom\.debian10 \(CPython 3\.10, x86_64, glibc 2\.28\)\. Tags tried: manylinux_2_28_x86_64, .*manylinux1_x86_64, plus pure-Python wheels/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a stale uv.lock warns, and still builds exactly the lock', async () => {
    const { res, zip } = build(uvApp({ pyproject: PYPROJECT.replace('"idna>=3"', '"idna>=3", "six"') }), { verify: 'false' });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/::warning .*uv\.lock.*(stale|no longer match|out of date)/i);
    expect(await dists(zip)).toEqual(['idna-3.20', 'tabulate-0.8.10']);
  });

  it('an unchanged lock is a cache hit on rebuild', () => {
    const app = uvApp();
    const xdg = tmpDir('fcpp-xdg-');
    const first = build(app, { verify: 'false' }, { XDG_CACHE_HOME: xdg });
    expect(first.res.code, first.res.stdout).toBe(0);
    expect(first.res.outputs['cache-hit']).toBe('false');
    // Touching the lock's bytes without changing what it installs still hits.
    fs.appendFileSync(path.join(app, 'uv.lock'), '\n');
    const again = build(app, { verify: 'false' }, { XDG_CACHE_HOME: xdg });
    expect(again.res.code, again.res.stdout).toBe(0);
    expect(again.res.outputs['cache-hit']).toBe('true');
    expect(again.res.stdout).toMatch(/Dependencies from the local cache .*pip skipped/);
    expect(again.res.outputs.sha256).toBe(first.res.outputs.sha256);
  });

  it('a lock whose every wheel is already in the wheel cache builds without running pip, to the same bytes', () => {
    const app = uvApp();
    const xdg = tmpDir('fcpp-xdg-');
    const first = build(app, { verify: 'false' }, { XDG_CACHE_HOME: xdg });
    expect(first.res.code, first.res.stdout).toBe(0);
    expect(first.res.stdout).toMatch(/^pip: /m);
    // Another cache key (its prefix), the same wheels: matched by name, version and the lock's hash.
    const again = build(app, { verify: 'false', 'cache-key-prefix': 'other-prefix' }, { XDG_CACHE_HOME: xdg });
    expect(again.res.code, again.res.stdout).toBe(0);
    expect(again.res.stdout).not.toMatch(/^pip: /m);
    expect(again.res.stdout).toMatch(/Every wheel the lock pins is in the wheel cache/);
    expect(again.res.outputs['cache-hit']).toBe('true');
    expect(again.res.outputs.sha256).toBe(first.res.outputs.sha256);
  });

  it('through the CLI: a uv workspace member is built into a wheel, the same bytes twice, the source untouched', async () => {
    const app = uvApp();
    const member = path.join(app, 'packages', 'shared');
    fs.mkdirSync(path.join(member, 'src', 'shared'), { recursive: true });
    fs.writeFileSync(path.join(member, 'pyproject.toml'), '[project]\nname = "shared"\nversion = "0.2.0"\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n');
    fs.writeFileSync(path.join(member, 'src', 'shared', '__init__.py'), 'VALUE = 42\n');
    const lock = path.join(app, 'uv.lock');
    fs.writeFileSync(
      lock,
      fs.readFileSync(lock, 'utf8').replace('    { name = "idna" },\n    { name = "tabulate" },\n]', '    { name = "idna" },\n    { name = "shared" },\n    { name = "tabulate" },\n]') +
        '\n[[package]]\nname = "shared"\nversion = "0.2.0"\nsource = { editable = "packages/shared" }\n',
    );
    const before = treeFingerprint(app);
    const cli = () => {
      const out = tmpDir('fcpp-out-');
      const args = [path.join(ROOT, 'dist', 'cli.cjs'), 'build', app, '--target', 'layer', '--python-version', TEST_PYTHON, '--index-url', INDEX_URL, '--verify', 'false', '--cache', 'false', '--output-dir', out, '--json'];
      const res = spawnSync(process.execPath, args, { env: isolatedEnv(), encoding: 'utf8' });
      return { code: res.status, stdout: res.stdout, stderr: res.stderr, zip: path.join(out, 'layer.zip') };
    };
    const a = cli();
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toMatch(/used uv\.lock, locks 5 packages/);
    expect(await dists(a.zip)).toEqual(['idna-3.20', 'shared-0.2.0', 'tabulate-0.8.10']);
    const names = (await listZip(a.zip)).map((e) => e.name);
    expect(names).toContain('python/shared/__init__.py');
    expect(names.filter((n) => n.endsWith('direct_url.json'))).toEqual([]);
    const b = cli();
    expect(b.code, b.stderr).toBe(0);
    expect(JSON.parse(b.stdout).sha256).toBe(JSON.parse(a.stdout).sha256);
    expect(treeFingerprint(app)).toBe(before);
  });

  // Through the marker launcher (issue 9): pip on this 3.11 host evaluates the lock's
  // `python_full_version < '3.11'` for FC's 3.10, not for itself.
  it("for Python 3.10 the lock's marker-gated backport (exceptiongroup) is in", async () => {
    const { res, zip } = build(uvApp(), { 'python-version': '3.10', verify: 'false' });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(await dists(zip)).toEqual(['exceptiongroup-1.3.1', 'idna-3.20', 'tabulate-0.8.10', 'typing_extensions-4.16.0']);
  });
});
