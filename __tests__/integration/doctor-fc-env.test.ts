/**
 * The doctor's closure and native-library checks on layers made by REAL pip from the local index:
 * the naive `pip install --target --python-version 3.10` on this 3.11 host (markers evaluated for
 * 3.11, so anyio's exceptiongroup is left out), and real manylinux wheels that bundle their
 * libraries in `<pkg>.libs/` (numpy, pandas, opencv-python-headless) or need one FC lacks
 * (opencv-python: libGL.so.1). The CLI is bundled from the source under test into a temporary folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectTree, sortEntries, writeZip } from '../../src/assemble/zip.js';
import { formatReport, runDoctor, type DoctorOptions, type DoctorReport } from '../../src/doctor/doctor.js';
import { INDEX_URL, ROOT, buildInputs, errorLines, isolatedEnv, runAction, tmpDir } from '../support/env.js';

const MORE_INDEX = 'file:///opt/pypi-more/simple';
const find = (r: DoctorReport, code: string) => r.findings.filter((f) => f.code === code);
const D10: DoctorOptions = { pythonVersion: '3.10', runtime: 'custom.debian10', port: 9000 };

/** A layer folder (python/...) made by plain pip on this host, as a user would without fc-python-pack. */
function pipLayer(args: string[]): string {
  const dir = tmpDir('fcpp-layer-');
  execFileSync('python3', ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '--target', path.join(dir, 'python'), '--only-binary=:all:', '--index-url', INDEX_URL, '--extra-index-url', MORE_INDEX, '--no-compile', ...args], { env: isolatedEnv(), stdio: 'pipe' });
  return dir;
}

async function zipOf(dir: string): Promise<string> {
  const out = path.join(tmpDir('fcpp-layerzip-'), 'layer.zip');
  await writeZip(sortEntries(await collectTree(dir, '')), out);
  return out;
}

describe('closure check on a layer built the naive way', () => {
  let naive: string;
  beforeAll(async () => {
    naive = await zipOf(pipLayer(['--python-version', '3.10', 'anyio']));
  }, 120_000);

  it('pip for 3.10 on a 3.11 host leaves exceptiongroup out; the doctor names it, for 3.10 only', async () => {
    const names = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', naive], { encoding: 'utf8' });
    expect(names).toMatch(/python\/anyio-[\d.]+\.dist-info\/METADATA/);
    expect(names).not.toMatch(/exceptiongroup/);

    const r = await runDoctor(naive, D10);
    const miss = find(r, 'deps-closure');
    expect(miss.map((f) => f.message), formatReport(r)).toEqual([expect.stringMatching(/^anyio [\d.]+ requires exceptiongroup>=[\d.]+; python_version < "3\.11" \(its marker holds on FC's Python 3\.10\.9.*but exceptiongroup is not in the layer$/)]);
    expect(miss[0]!.file).toMatch(/^python\/anyio-[\d.]+\.dist-info\/METADATA$/);
    expect(miss[0]!.fix).toMatch(/add "exceptiongroup>=[\d.]+" to requirements\.txt/);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['deps-closure']);

    // The same layer is complete for the Python that built it.
    const r11 = await runDoctor(naive, { ...D10, pythonVersion: '3.11', runtime: 'custom.debian12' });
    expect(find(r11, 'deps-closure')).toEqual([]);
  });

  it('a function.zip with the layer given (--layer): the layer\'s distributions are checked too, and a layer that brings the backport closes it', async () => {
    const code = tmpDir('fcpp-code-');
    fs.writeFileSync(path.join(code, 'bootstrap'), '#!/bin/bash\nexport PYTHONPATH=/opt/python\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n', { mode: 0o755 });
    fs.writeFileSync(path.join(code, 'main.py'), 'import anyio\n');
    const r = await runDoctor(code, { ...D10, layers: [naive] });
    expect(find(r, 'deps-closure').map((f) => f.message)).toEqual([expect.stringContaining('nor the layers given')]);
    expect(find(r, 'deps-closure')[0]!.file).toMatch(/^layer\.zip: python\/anyio-/);

    const backport = await zipOf(pipLayer(['--no-deps', 'exceptiongroup']));
    const ok = await runDoctor(code, { ...D10, layers: [naive, backport] });
    expect(find(ok, 'deps-closure'), formatReport(ok)).toEqual([]);
  });
});

describe('native libraries of real wheels', () => {
  let cli: string;
  beforeAll(() => {
    const out = tmpDir('fcpp-bundle-');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs'), out], { stdio: 'pipe' });
    cli = path.join(out, 'cli.cjs');
  }, 120_000);

  it('numpy and pandas bundle what they need in .libs (found through $ORIGIN rpath)', async () => {
    const dir = pipLayer(['pandas']);
    expect(fs.readdirSync(path.join(dir, 'python')).filter((n) => n.endsWith('.libs'))).toContain('numpy.libs');
    const r = await runDoctor(dir, { pythonVersion: '3.11', runtime: 'custom.debian10', port: 9000 });
    expect(find(r, 'native-lib-missing'), formatReport(r)).toEqual([]);
    expect(find(r, 'native-lib-path')).toEqual([]);
    expect(find(r, 'deps-closure')).toEqual([]);
  }, 120_000);

  it('opencv-python needs libGL.so.1, which FC lacks: the CLI stops it by name, with the fix; the headless build passes', async () => {
    const gui = pipLayer(['opencv-python']);
    const r = spawnSync(process.execPath, [cli, 'doctor', gui, '--python-version', '3.11', '--runtime', 'custom.debian12', '--json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as DoctorReport;
    const gl = find(report, 'native-lib-missing').filter((f) => f.message.includes('libGL.so.1'));
    expect(gl.length).toBeGreaterThan(0);
    expect(gl[0]!.file).toBe('python/cv2/cv2.abi3.so'); // what `import cv2` loads
    expect(gl[0]!.message).toMatch(/^opencv-python's cv2\.abi3\.so needs .*libGL\.so\.1 \(through libQt5\w+-\w+\.so[.\d]*\)/);
    expect(gl[0]!.fix).toContain('Use opencv-python-headless instead of opencv-python');
    expect(gl[0]!.fix).toContain('LD_LIBRARY_PATH=/opt/lib');
    const text = spawnSync(process.execPath, [cli, 'doctor', gui, '--python-version', '3.11', '--runtime', 'custom.debian12'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/ERROR \[native-lib-missing\] python\/cv2\/cv2\.abi3\.so: opencv-python's cv2\.abi3\.so needs .*libGL\.so\.1/);
    expect(text).toMatch(/fix: +Use opencv-python-headless instead of opencv-python/);

    const headless = pipLayer(['opencv-python-headless']);
    const h = await runDoctor(headless, { pythonVersion: '3.11', runtime: 'custom.debian12', port: 9000 });
    expect(find(h, 'native-lib-missing'), formatReport(h)).toEqual([]);
  }, 300_000);
});

describe('the build runs the same checks on its own artifact', () => {
  it('a layer with opencv-python stops before verify, naming the library and the fix; nothing is written', () => {
    const bundle = tmpDir('fcpp-bundle-');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs'), bundle], { stdio: 'pipe' });
    const app = tmpDir('fcpp-app-');
    fs.writeFileSync(path.join(app, 'requirements.txt'), 'opencv-python\n');
    const out = tmpDir('fcpp-out-');
    const res = runAction({ ...buildInputs('layer', app, out, { 'extra-index-url': MORE_INDEX }), runtime: 'custom.debian12', verify: 'false' }, { entry: path.join(bundle, 'index.cjs') });
    expect(res.code, res.stdout).not.toBe(0);
    expect(errorLines(res)).toMatch(/native-lib-missing.*opencv-python's cv2\.abi3\.so needs .*libGL\.so\.1.*Use opencv-python-headless instead of opencv-python/);
    expect(fs.readdirSync(out)).toEqual([]);
  }, 300_000);
});
