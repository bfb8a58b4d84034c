/**
 * The doctor on REAL wheels from the local index (fastapi + uvicorn, pydantic_core's cp311
 * extension) for the good cases, with one thing broken at a time for the bad ones: as a zip, a
 * layer, a folder and a docker save archive. Then the bundled CLI as a user runs it (exit codes),
 * and explain on FC's own error texts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectTree, sortEntries, writeZip, type ZipEntry } from '../../src/assemble/zip.js';
import { doctorExitCode, formatReport, runDoctor as doctorAll, type DoctorOptions, type DoctorReport } from '../../src/doctor/doctor.js';
import { craftImage, machO, type CraftEntry } from '../fixtures/doctor/craft.js';
import { INDEX_URL, ROOT, TEST_PYTHON, isolatedEnv, tmpDir } from '../support/env.js';

const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const BOOT = '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n';
const MAIN = 'from fastapi import FastAPI\napp = FastAPI()\n';
const OPTS: DoctorOptions = { pythonVersion: TEST_PYTHON, runtime: 'custom.debian10', port: 9000 };
// OPTS checks the cp311 wheels against debian10's glibc; debian10's python3 is 3.10, which
// bootstrap-python reports on every bootstrap here. These tests are about the other checks
// (bootstrap-python: __tests__/unit/target-env.test.ts).
async function runDoctor(...a: Parameters<typeof doctorAll>): Promise<DoctorReport> {
  const r = await doctorAll(...a);
  return { ...r, findings: r.findings.filter((f) => f.code !== 'bootstrap-python') };
}
type Files = Map<string, { data: Buffer; mode: number }>;

const find = (r: DoctorReport, code: string) => r.findings.filter((f) => f.code === code);

describe('fc-python-pack doctor on real wheels', () => {
  let deps: string;
  let soFile: string;

  /** function.zip: bootstrap, main.py, requirements.txt and the real deps under python/, after `edit`. */
  const zip = async (edit: (files: Files) => void = () => undefined, keep: (name: string) => boolean = () => true) => {
    const files: Files = new Map([
      ['bootstrap', { data: Buffer.from(BOOT), mode: 0o755 }],
      ['main.py', { data: Buffer.from(MAIN), mode: 0o644 }],
      ['requirements.txt', { data: Buffer.from('fastapi\nuvicorn\n'), mode: 0o644 }],
    ]);
    edit(files);
    const own: ZipEntry[] = [...files].map(([name, f]) => ({ name, data: f.data, mode: f.mode, size: f.data.length }));
    const out = path.join(tmpDir('fcpp-doc-'), 'function.zip');
    await writeZip(sortEntries([...own, ...(await collectTree(deps, 'python/')).filter((e) => keep(e.name))]), out);
    return out;
  };

  beforeAll(() => {
    deps = path.join(tmpDir('fcpp-doc-deps-'), 'python');
    execFileSync(
      'python3',
      ['-m', 'pip', 'install', '-q', '--target', deps, '--only-binary=:all:', '--implementation', 'cp', '--python-version', TEST_PYTHON,
        '--platform', 'manylinux2014_x86_64', '--platform', 'manylinux_2_28_x86_64', '--index-url', INDEX_URL, '--no-compile', 'fastapi', 'uvicorn'],
      { env: isolatedEnv(), stdio: 'pipe' },
    );
    soFile = fs.readdirSync(path.join(deps, 'pydantic_core')).find((f) => f.endsWith('.so'))!;
  });

  it('passes a good vendored function.zip; the same zip for Python 3.10 fails on pydantic_core\'s cp311 build', async () => {
    const good = await zip();
    const r = await runDoctor(good, OPTS);
    expect(r.findings, formatReport(r)).toEqual([]);
    expect(doctorExitCode(r)).toBe(0);
    expect(formatReport(r)).toMatch(/No problems found/);
    expect(r.stats.largest[0]!.name).toBe('python/pydantic_core');

    const py310 = await runDoctor(good, { ...OPTS, pythonVersion: '3.10' });
    expect(doctorExitCode(py310)).toBe(1);
    expect(find(py310, 'cpython-abi').map((f) => f.file)).toEqual(
      expect.arrayContaining([`python/pydantic_core/${soFile}`, expect.stringMatching(/^python\/pydantic_core-[\d.]+\.dist-info\/WHEEL$/)]),
    );
    expect(formatReport(py310)).toMatch(/ERROR \[cpython-abi\] python\/pydantic_core\/_pydantic_core\.cpython-311-x86_64-linux-gnu\.so: built for cpython-311, but the target runs Python 3\.10/);
  });

  const bad: [string, (f: Files) => void, RegExp][] = [
    ['the exec bit lost', (f) => (f.get('bootstrap')!.mode = 0o644), /ERROR \[bootstrap-mode\] bootstrap: .*without its executable bit[\s\S]*code 13, message:permission denied/],
    ['CRLF', (f) => (f.get('bootstrap')!.data = Buffer.from(BOOT.replace(/\n/g, '\r\n'))), /ERROR \[bootstrap-crlf\] bootstrap:1: .*CRLF/],
    ['no shebang', (f) => (f.get('bootstrap')!.data = Buffer.from(BOOT.split('\n').slice(1).join('\n'))), /ERROR \[bootstrap-shebang\] bootstrap:1: .*no #! line[\s\S]*exec format error/],
    ['a requirement not installed', (f) => f.set('requirements.txt', { data: Buffer.from('fastapi\nuvicorn\nrequests\n'), mode: 0o644 }), /ERROR \[deps-missing\] requirements\.txt:3: requirements\.txt asks for requests[\s\S]*No module named requests/],
    ['the app module missing', (f) => f.delete('main.py'), /ERROR \[app-missing\] bootstrap:3: .*main:app, but there is no main\.py/],
  ];
  it.each(bad)('fails %s, naming it', async (_n, edit, message) => {
    const r = await runDoctor(await zip(edit), OPTS);
    expect(doctorExitCode(r)).toBe(1);
    expect(formatReport(r)).toMatch(message);
  });

  it('fails a missing uvicorn: the module bootstrap starts, and the requirement', async () => {
    const r = await runDoctor(await zip(undefined, (n) => !/^python\/uvicorn[/-]/.test(n)), OPTS);
    const text = formatReport(r);
    expect(text).toMatch(/ERROR \[deps-missing\] bootstrap:3: bootstrap starts python -m uvicorn, but uvicorn is not in function\.zip[\s\S]*No module named uvicorn/);
    expect(text).toMatch(/ERROR \[deps-missing\] requirements\.txt:2: requirements\.txt asks for uvicorn/);
  });

  it('fails an aarch64 ELF, a Mach-O build and a real .so that needs a newer glibc', async () => {
    const so = fs.readFileSync(path.join(deps, 'pydantic_core', soFile));
    const arm = Buffer.from(so);
    arm.writeUInt16LE(183, 18); // e_machine = EM_AARCH64
    const out = await zip((f) => {
      f.set('python/armlib/_fast.cpython-311-x86_64-linux-gnu.so', { data: arm, mode: 0o755 });
      f.set('python/maclib/_speed.cpython-311-darwin.so', { data: machO(), mode: 0o755 });
      // A real binary of this machine (Debian 12): it needs GLIBC_2.34, debian10 has 2.28.
      f.set('python/newlib/libnew.so', { data: fs.readFileSync('/usr/bin/ls'), mode: 0o755 });
    });
    const text = formatReport(await runDoctor(out, OPTS));
    expect(text).toMatch(/\[elf-machine\] python\/armlib\/.*aarch64/);
    expect(text).toMatch(/\[macho\] python\/maclib\//);
    expect(text).toMatch(/\[glibc-too-new\] python\/newlib\/libnew\.so: .*GLIBC_2\.3[4-9]/);
    // debian12 has glibc 2.36: the same .so is fine there.
    const d12 = await runDoctor(out, { ...OPTS, runtime: 'custom.debian12' });
    expect(find(d12, 'glibc-too-new')).toEqual([]);
  });

  it('a layer.zip of the same deps, and a code-only function.zip checked together with it', async () => {
    const layer = path.join(tmpDir('fcpp-doc-'), 'layer.zip');
    await writeZip(await collectTree(deps, 'python/'), layer);
    const lr = await runDoctor(layer, OPTS);
    expect(lr.kind).toBe('layer');
    expect(lr.findings).toEqual([]);

    const boot = BOOT.replace('/code/python', '/opt/python');
    const code = await zip((f) => (f.get('bootstrap')!.data = Buffer.from(boot)), (n) => !n.startsWith('python/'));
    const alone = await runDoctor(code, OPTS);
    expect(doctorExitCode(alone)).toBe(0);
    expect(find(alone, 'deps-missing')[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/must come from a layer mounted at \/opt\/python/) });
    expect((await runDoctor(code, { ...OPTS, layers: [layer] })).findings).toEqual([]);
    // What the build has when include-deps is false: the installed tree, mounted where the layer will be.
    expect((await runDoctor(code, { ...OPTS, layers: [{ dir: deps, mount: '/opt/python' }] })).findings).toEqual([]);
  });

  it('a folder (as the build would zip it)', async () => {
    const dir = tmpDir('fcpp-doc-dir-');
    fs.cpSync(deps, path.join(dir, 'python'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'bootstrap'), BOOT, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'main.py'), MAIN);
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\nuvicorn\n');
    const r = await runDoctor(dir, OPTS);
    expect(r.findings).toEqual([]);
    expect(r.stats.zippedSize).toBeUndefined();
  });

  it('an image tar in docker save layout with the real deps at /opt/python', async () => {
    const files = (root: string, prefix: string): CraftEntry[] =>
      fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => {
        const full = path.join(d.parentPath, d.name);
        return { name: `${prefix}${path.relative(root, full)}`, data: fs.readFileSync(full), mode: fs.statSync(full).mode & 0o777 };
      });
    const base: CraftEntry[] = [
      { name: 'bin/bash', data: fs.readFileSync('/usr/bin/ls'), mode: 0o755 },
      { name: 'usr/local/bin/python3.11', data: fs.readFileSync('/usr/bin/ls'), mode: 0o755 },
      { name: 'usr/local/bin/python3', symlink: 'python3.11' },
      { name: 'usr/local/lib/python3.11/os.py', data: '' },
      { name: 'var/lib/dpkg/status', data: 'Package: libc6\nStatus: install ok installed\nVersion: 2.36-9+deb12u4\n' },
    ];
    const app: CraftEntry[] = [
      { name: 'code/bootstrap', data: BOOT, mode: 0o755 },
      { name: 'code/main.py', data: MAIN },
      { name: 'code/requirements.txt', data: 'fastapi\nuvicorn\n' },
    ];
    const spec = { layers: [base, files(deps, 'opt/python/'), app], env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'PYTHONPATH=/opt/python'], cmd: ['./bootstrap'], workingDir: '/code', gzip: true };
    const good = await runDoctor(craftImage(path.join(tmpDir('fcpp-doc-'), 'image.tar'), spec), OPTS);
    expect(good.kind).toBe('image');
    expect(good.findings.filter((f) => f.severity !== 'info'), formatReport(good)).toEqual([]);

    const noPath = await runDoctor(craftImage(path.join(tmpDir('fcpp-doc-'), 'image.tar'), { ...spec, env: ['PATH=/usr/local/bin:/usr/bin:/bin'], layers: [base, files(deps, 'opt/python/'), app.map((e) => (e.name === 'code/bootstrap' ? { ...e, data: '#!/bin/bash\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n' } : e))] }), OPTS);
    expect(find(noPath, 'bootstrap-no-pythonpath')[0]!.message).toMatch(/\/opt\/python\/ holds installed packages/);
  });

  describe('through the bundled CLI', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'doctor', ...args], { encoding: 'utf8' });
    it('exit 0 for a good zip, 1 for a broken one, 2 for bad usage', async () => {
      expect(cli(await zip(), '--python-version', TEST_PYTHON, '--runtime', 'custom.debian12').status).toBe(0);
      const broken = cli(await zip((f) => (f.get('bootstrap')!.mode = 0o644)), '--python-version', TEST_PYTHON);
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/bootstrap-mode/);
      expect(cli().status).toBe(2);
      expect(cli('/nonexistent.zip').status).toBe(2);
      expect(cli(await zip(), '--runtime', 'custom.debian99').status).toBe(2);
    });
  });
});

describe('fc-python-pack explain', () => {
  const explainText = (text: string) => spawnSync(process.execPath, [CLI, 'explain', text], { encoding: 'utf8' });
  it.each([
    ["Function instance exited unexpectedly(code 1, message:operation not permitted) with start command '/code/bootstrap'. Logs: ModuleNotFoundError: No module named 'uvicorn'", /uvicorn/i],
    ["Function instance exited unexpectedly(code 13, message:permission denied) with start command '/code/bootstrap'.", /exec|permission|755/i],
    ["Function instance exited unexpectedly(code 127, message:key has expired) with start command '/code/bootstrap'. Logs: /usr/bin/env: 'bash\\r': No such file or directory", /CRLF|line ending/i],
  ])('gives the cause of %s', (text, cause) => {
    const r = explainText(text);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(cause);
  });
  it('says when it does not know, and points to doctor', () => {
    const r = explainText('something else entirely');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/doctor/);
  });
});
