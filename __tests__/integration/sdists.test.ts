/**
 * Packages that ship only as source (issue 18), over real pip, real setuptools builds and real
 * containers: the bundled action builds layers whose requirements name sdists the tests made
 * (oss2's shape, crcmod's, a failing C extension), in the build image made from Debian packages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listZip } from '../../src/assemble/unzip.js';
import { INDEX_URL, TEST_IMAGE, dockerReady, errorLines, runAction, sha256File, tmpDir } from '../support/env.js';
import { SDIST_BUILD_IMAGE, ensureSdistBuildImage, makeSdists } from '../support/sdists.js';

const PY312 = fs.existsSync('/root/.pyenv/versions') ? fs.readdirSync('/root/.pyenv/versions').filter((v) => v.startsWith('3.12')).map((v) => `/root/.pyenv/versions/${v}/bin/python3`)[0] : undefined;

let sdists: string;
/** The first test's wheel cache, which later tests reuse (build backends installed there once, sdists downloaded once). */
let sharedXdg: string;

function app(requirements: string): string {
  const dir = tmpDir('fcpp-sdist-app-');
  fs.writeFileSync(path.join(dir, 'requirements.txt'), requirements);
  return dir;
}

const inputs = (dir: string, out: string, extra: Record<string, string> = {}) => ({
  target: 'layer',
  'working-directory': dir,
  runtime: 'custom.debian12',
  'index-url': INDEX_URL,
  'pip-args': `--find-links ${sdists}`,
  'output-dir': out,
  'build-image': SDIST_BUILD_IMAGE,
  'verify-image': TEST_IMAGE,
  ...extra,
});

describe.skipIf(!dockerReady())('packages without wheels', () => {
  beforeAll(() => {
    ensureSdistBuildImage();
    sdists = makeSdists(['ossish', 'crcish', 'crcslow', 'brokenext']);
    sharedXdg = tmpDir('fcpp-sdist-xdg-');
  }, 300_000);

  it('builds a pure sdist on the runner and a C extension in the build image, then rebuilds from the wheelhouse alone', async () => {
    const dir = app('ossish==2.18.0\ncrcish==1.7\ncrcslow==1.0\n');
    const xdg = sharedXdg;
    const out = tmpDir('fcpp-sdist-out-');
    const first = runAction(inputs(dir, out, { 'verify-imports': 'ossish, crcish._crcfunext, six' }), { env: { XDG_CACHE_HOME: xdg } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toMatch(/sdist: built ossish 2\.18\.0 runner \(Python 3\.11\)/);
    expect(first.stdout).toContain(`sdist: built crcish 1.7 image ${SDIST_BUILD_IMAGE}`);
    // crcmod's silent fallback is not silent here: the package whose extension did not compile is named.
    expect(first.stdout).toMatch(/::warning title=build-sdists::crcslow 1\.0 has extension sources \(ext\/_ext\.c\) but its wheel built image fcpp-sdist-build[^ ]* is pure Python/);
    expect(first.stdout).not.toMatch(/crcish 1\.7 has extension sources/);
    // The extension compiled for FC's Python and glibc, and imported in the FC-like container.
    const names = (await listZip(path.join(out, 'layer.zip'))).map((e) => e.name);
    expect(names).toContain('python/crcish/_crcfunext.cpython-311-x86_64-linux-gnu.so');
    expect(names).toContain('python/six.py');
    expect(first.stdout).toContain('import crcish._crcfunext');
    expect(first.stdout).toMatch(/Doctor: no problems/);
    expect(first.summary).toMatch(/built from source \| crcish 1\.7: in `fcpp-sdist-build[^`]*`, [\d.]+ s; crcslow 1\.0: in `[^`]*`, [\d.]+ s; ossish 2\.18\.0: on the runner \(Python 3\.11\), [\d.]+ s \|/);
    const bytes = sha256File(path.join(out, 'layer.zip'));

    // Unchanged: no pip, no build container, the same bytes.
    const out2 = tmpDir('fcpp-sdist-out-');
    const again = runAction(inputs(dir, out2, { verify: 'false' }), { env: { XDG_CACHE_HOME: xdg } });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.outputs['cache-hit']).toBe('true');
    expect(again.stdout).not.toMatch(/^pip: /m);
    expect(again.stdout).not.toContain('sdist: built');
    expect(again.stdout).toContain('crcish 1.7 in image fcpp-sdist-build/bookworm:py310-py311, built before (wheel cache)');
    expect(sha256File(path.join(out2, 'layer.zip'))).toBe(bytes);
  }, 240_000);

  it.skipIf(!PY312)("builds for FC's 3.10 from a 3.12 runner: setup.py's dependencies are 3.10's", async () => {
    const dir = app('ossish==2.18.0\n');
    const out = tmpDir('fcpp-sdist-out-');
    const res = runAction(inputs(dir, out, { runtime: 'custom.debian10', verify: 'false' }), { env: { FC_PYTHON_PACK_PYTHON: PY312! } });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    // Metadata 2.1 from setup.py (dynamic) under another Python: built in the image's python3.10.
    expect(res.stdout).toContain(`sdist: built ossish 2.18.0 image ${SDIST_BUILD_IMAGE}`);
    const names = (await listZip(path.join(out, 'layer.zip'))).map((e) => e.name);
    expect(names.some((n) => /^python\/typing_extensions-[^/]+\.dist-info\/METADATA$/.test(n)), names.join('\n')).toBe(true);
    expect(names).toContain('python/ossish/__init__.py');
  }, 180_000);

  it('fails in one error naming the package, its version, where it was built and its last lines; nothing in output-dir', () => {
    const dir = app('six\nbrokenext==0.3\n');
    const out = path.join(tmpDir('fcpp-sdist-out-'), 'out');
    const res = runAction(inputs(dir, out, { verify: 'false' }), { env: { XDG_CACHE_HOME: sharedXdg } });
    expect(res.code).not.toBe(0);
    const err = errorLines(res);
    expect(err).toContain(`Building brokenext 0.3 from its sdist failed (image ${SDIST_BUILD_IMAGE})`);
    expect(err).toContain('brokenext cannot compile here');
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  }, 180_000);

  it('builds an sdist a lock pins only by its hash, hash-checked; a wrong hash names the package', async () => {
    const sdist = path.join(sdists, 'ossish-2.18.0.tar.gz');
    const six = path.join('/opt/pypi/files', fs.readdirSync('/opt/pypi/files').find((f) => /^six-1\.17\.0-.*\.whl$/.test(f))!);
    const lockApp = (ossishHash: string) => {
      const entry = (hash: string, version: string) => ({ hashes: [`sha256:${hash}`], index: 'pypi', version: `==${version}` });
      const lock = {
        _meta: { hash: { sha256: '0'.repeat(64) }, 'pipfile-spec': 6, requires: { python_version: '3.11' }, sources: [{ name: 'pypi', url: INDEX_URL, verify_ssl: true }] },
        default: { ossish: entry(ossishHash, '2.18.0'), six: entry(sha256File(six), '1.17.0') },
        develop: {},
      };
      const dir = tmpDir('fcpp-sdist-lock-');
      fs.writeFileSync(path.join(dir, 'Pipfile'), '[packages]\nossish = "*"\n');
      fs.writeFileSync(path.join(dir, 'Pipfile.lock'), `${JSON.stringify(lock, null, 4)}\n`);
      return dir;
    };
    const out = tmpDir('fcpp-sdist-out-');
    // The first test's wheel cache: the sdist is there already, and is hash-checked all the same.
    const ok = runAction(inputs(lockApp(sha256File(sdist)), out, { verify: 'false' }), { env: { XDG_CACHE_HOME: sharedXdg } });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/--no-deps/);
    expect(ok.stdout).toMatch(/sdist: (built ossish 2\.18\.0|ossish 2\.18\.0: the wheel built before) runner \(Python 3\.11\)/);
    expect((await listZip(path.join(out, 'layer.zip'))).map((e) => e.name)).toContain('python/ossish/__init__.py');

    const bad = path.join(tmpDir('fcpp-sdist-out-'), 'out');
    const wrong = runAction(inputs(lockApp('ab'.repeat(32)), bad, { verify: 'false' }), { env: { XDG_CACHE_HOME: sharedXdg } });
    expect(wrong.code).not.toBe(0);
    expect(errorLines(wrong)).toMatch(/the download of ossish 2\.18\.0 \(the lock says sha256 abababababab\.\.\., the download is [0-9a-f]{12}\.\.\.\) does not match the hash in Pipfile\.lock/);
    expect(fs.existsSync(bad)).toBe(false);
  }, 180_000);

  it("without build-image: FC's build image, else the runtime's Debian Python image, else one error naming build-image", () => {
    const dir = app('crcish==1.7\n');
    const out = path.join(tmpDir('fcpp-sdist-out-'), 'out');
    const res = runAction({ ...inputs(dir, out, { verify: 'false' }), 'build-image': '' }, { env: { XDG_CACHE_HOME: sharedXdg } });
    expect(res.code).not.toBe(0);
    expect(errorLines(res)).toMatch(
      /Input build-image: aliyunfc\/runtime:custom\.debian12-build-3\.1\.0 is not present and pulling is off \(FC_PYTHON_PACK_PULL=never\), nor is python:3\.11-bookworm usable\./,
    );
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);

  it('build-sdists: false keeps to wheels, and its error names the input', () => {
    const dir = app('ossish==2.18.0\n');
    const out = path.join(tmpDir('fcpp-sdist-out-'), 'out');
    const res = runAction(inputs(dir, out, { 'build-sdists': 'false', verify: 'false' }));
    expect(res.code).not.toBe(0);
    expect(errorLines(res)).toMatch(/No installable wheel for "ossish==2\.18\.0".*build-sdists is false.*set build-sdists: true/);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  }, 120_000);
});
