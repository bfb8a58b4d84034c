/**
 * Building for FC's Python, not the runner's: real pip (the host's 23.2 and the 26.x wheel of the
 * local index, in a venv) on this 3.11 host, building layers for the runtime's Python through the
 * bundled action with INPUT_* variables, as a runner runs it. Pure-Python dependencies only where
 * the target is not 3.11 (the local index's native wheels are cp311).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listZip } from '../../src/assemble/unzip.js';
import { INDEX_URL, TEST_IMAGE, copyFixture, dockerReady, errorLines, isolatedEnv, runAction, tmpDir } from '../support/env.js';

/** Top-level names in a layer's python/ folder. */
async function layerTops(zip: string): Promise<string[]> {
  const names = (await listZip(zip)).map((e) => e.name);
  return [...new Set(names.map((n) => n.split('/')[1]!).filter(Boolean))].sort();
}

const hasDist = (tops: string[], name: string) => tops.some((t) => t.toLowerCase().startsWith(`${name.toLowerCase()}-`) && t.endsWith('.dist-info'));

/**
 * The local index has tomli only as a cp311 mypyc wheel. tomli's own .py sources are the real
 * parser (mypyc compiled them): repacked as tomli-<v>-py3-none-any.whl they are the pure wheel
 * PyPI also carries, which Python 3.10 needs.
 */
function pureTomliWheel(dir: string): void {
  const src = fs.readdirSync('/opt/pypi/files').find((f) => /^tomli-2\.4\.1-cp311-.*\.whl$/.test(f));
  expect(src, 'the local index has tomli 2.4.1').toBeTruthy();
  const script = `
import base64, hashlib, sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
rec = []
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
    for i in zin.infolist():
        n = i.filename
        if n.endswith((".so", "/RECORD", "/")):
            continue
        data = zin.read(n)
        if n.endswith(".dist-info/WHEEL"):
            data = b"Wheel-Version: 1.0\\nGenerator: fc-python-pack-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"
        zout.writestr(n, data)
        rec.append("%s,sha256=%s,%d" % (n, base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode(), len(data)))
    rec.append("tomli-2.4.1.dist-info/RECORD,,")
    zout.writestr("tomli-2.4.1.dist-info/RECORD", "\\n".join(rec) + "\\n")
`;
  execFileSync('python3', ['-c', script, path.join('/opt/pypi/files', src!), path.join(dir, 'tomli-2.4.1-py3-none-any.whl')]);
}

/** requirements a new user writes: a backport by marker, one only newer Pythons want, and anyio (exceptiongroup < 3.11). */
const REQUIREMENTS = ['anyio', 'uvicorn', 'tomli; python_version < "3.11"', 'tomli_w; python_version >= "3.11"', ''].join('\n');

let wheels: string;
let pip26: string;

function app(requirements = REQUIREMENTS): string {
  const dir = tmpDir('fcpp-target-app-');
  fs.writeFileSync(path.join(dir, 'requirements.txt'), requirements);
  return dir;
}

function layer(appDir: string, extra: Record<string, string> = {}, env: Record<string, string> = {}) {
  const out = tmpDir('fcpp-out-');
  const res = runAction(
    { target: 'layer', 'working-directory': appDir, 'index-url': INDEX_URL, 'pip-args': `--find-links ${wheels}`, 'output-dir': out, verify: 'false', ...extra },
    { env },
  );
  return { res, zip: path.join(out, 'layer.zip') };
}

beforeAll(() => {
  wheels = tmpDir('fcpp-wheels-');
  pureTomliWheel(wheels);
  // pip 26 from the local index, in a venv of the host's Python: another pip a runner may have.
  const venv = tmpDir('fcpp-pip26-');
  execFileSync('python3', ['-m', 'venv', venv]);
  const whl = fs.readdirSync('/opt/pypi/files').find((f) => /^pip-26\.[\d.]+-py3-none-any\.whl$/.test(f))!;
  execFileSync(path.join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--no-index', path.join('/opt/pypi/files', whl)], { env: isolatedEnv() });
  pip26 = path.join(venv, 'bin', 'python');
  expect(execFileSync(pip26, ['-m', 'pip', '--version'], { encoding: 'utf8' })).toMatch(/^pip 26\./);
}, 120_000);

describe('markers are evaluated for the runtime\'s Python, whatever runs pip', () => {
  it.each([
    ['the host pip 23.2', undefined],
    ['pip 26', 'pip26'],
  ])('custom.debian10 without python-version, with %s: a 3.10 layer with every backport 3.10 needs', async (_name, which) => {
    const { res, zip } = layer(app(), { runtime: 'custom.debian10' }, which ? { FC_PYTHON_PACK_PYTHON: pip26 } : {});
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Installing requirements\.txt for custom\.debian10, Python 3\.10/);
    expect(res.stdout).toMatch(/pip: .*<pip for CPython 3\.10\.9, linux x86_64> download .*--python-version 3\.10/);
    expect(res.stdout.match(/^pip: /gm)).toHaveLength(1); // one pip run: the download reports what it resolved
    if (which) expect(res.stdout).toContain(`pip: ${pip26} <pip for`);
    const tops = await layerTops(zip);
    // anyio needs exceptiongroup and typing_extensions below 3.11; the requirements ask for tomli below 3.11.
    for (const d of ['anyio', 'exceptiongroup', 'tomli', 'typing_extensions', 'uvicorn', 'h11', 'click', 'idna']) expect(hasDist(tops, d), `${d} in ${tops.join(' ')}`).toBe(true);
    // What only 3.11 and newer want stays out.
    expect(hasDist(tops, 'tomli_w'), tops.join(' ')).toBe(false);
    expect(tops).not.toContain('tomli_w');
  });

  it('plain pip on the same host (what the launcher replaces) gets it wrong: the bug the launcher fixes', () => {
    const dest = tmpDir('fcpp-naive-');
    const reqs = path.join(app(), 'requirements.txt');
    execFileSync(
      'python3',
      ['-m', 'pip', 'install', '-q', '--target', dest, '-r', reqs, '--only-binary=:all:', '--implementation', 'cp', '--python-version', '3.10',
        '--platform', 'manylinux2014_x86_64', '--index-url', INDEX_URL, '--find-links', wheels],
      { env: isolatedEnv() },
    );
    const tops = fs.readdirSync(dest);
    expect(tops).not.toContain('exceptiongroup');
    expect(tops).not.toContain('tomli');
    expect(tops).toContain('tomli_w');
  });

  it('custom.debian11 without python-version builds for 3.12.4', async () => {
    const reqs = ['anyio', 'click', 'tomli; python_version < "3.11"', 'tomli_w; python_full_version >= "3.12.4"', ''].join('\n');
    const { res, zip } = layer(app(reqs), { runtime: 'custom.debian11' });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/pip: .*<pip for CPython 3\.12\.4, linux x86_64> download .*--python-version 3\.12/);
    expect(res.stdout).not.toMatch(/::warning::.*python-version/);
    const tops = await layerTops(zip);
    expect(hasDist(tops, 'tomli_w')).toBe(true);
    expect(hasDist(tops, 'tomli')).toBe(false);
    expect(hasDist(tops, 'exceptiongroup')).toBe(false); // anyio wants it below 3.11 only
    expect(hasDist(tops, 'typing_extensions')).toBe(true); // and this below 3.13
  });

  it('an explicit python-version the runtime does not ship builds, with a warning naming the runtime\'s Pythons', () => {
    const { res } = layer(app('anyio\n'), { runtime: 'custom.debian12', 'python-version': '3.13' });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/::warning title=python-version::Input python-version 3\.13: custom\.debian12 does not ship Python 3\.13 \(it has 3\.11\.2 at \/usr\/bin\/python3 and 3\.12\.4 at \/opt\/python3\.12\/bin\/python3\)/);
    expect(res.stdout).toMatch(/<pip for CPython 3\.13\.0, linux x86_64>/);
  });
});

describe('custom.debian12 without python-version: Python 3.11, verified, importing what the requirements name', () => {
  beforeAll(() => {
    expect(dockerReady(), `docker and ${TEST_IMAGE} are needed`).toBe(true);
  });

  it('imports the top-level modules of every named distribution, plus uvicorn and fastapi', () => {
    const dir = copyFixture('layer-app');
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\nuvicorn\ntyping_extensions\nidna; python_version < "3.11"\n');
    const out = tmpDir('fcpp-out-');
    const res = runAction({ target: 'layer', 'working-directory': dir, runtime: 'custom.debian12', 'index-url': INDEX_URL, 'output-dir': out, 'verify-image': TEST_IMAGE });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Installing requirements\.txt for custom\.debian12, Python 3\.11/);
    expect(res.stdout).toMatch(/typing[-_]extensions [\d.]+: imports typing_extensions/);
    expect(res.stdout).toMatch(/import typing_extensions .* from \/opt\/python\/typing_extensions\.py/);
    expect(res.stdout).toMatch(/import fastapi [\d.]+ from \/opt\/python\/fastapi\/__init__\.py/);
    expect(res.stdout).toMatch(/import uvicorn [\d.]+ from \/opt\/python\/uvicorn\/__init__\.py/);
    // idna is installed (fastapi's deps pull it in) but the requirements' own line for it does not hold on 3.11.
    expect(res.stdout).not.toMatch(/^\s+idna [\d.]+: imports/m);
  });

  it('the default verify image follows the runtime', () => {
    const out = tmpDir('fcpp-out-');
    const res = runAction({ target: 'layer', 'working-directory': copyFixture('layer-app'), runtime: 'custom.debian11', 'index-url': INDEX_URL, 'output-dir': out });
    expect(res.code).toBe(1);
    expect(errorLines(res)).toMatch(/Input verify-image: image python:3\.12-slim-bullseye is not present/);
  });
});
