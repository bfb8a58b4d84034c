/**
 * The doctor on real wheels (good cases) and crafted archives (one per finding), through the
 * bundled CLI as a user runs it, plus explain on FC's own error texts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectTree, sortEntries, writeZip, type ZipEntry } from '../../src/assemble.js';
import { INDEX_URL, ROOT, TEST_PYTHON, isolatedEnv, tmpDir } from '../support/env.js';

const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const BOOT = '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n';

function doctor(subject: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'doctor', subject, '--python-version', TEST_PYTHON, ...flags], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('fc-python-pack doctor', () => {
  let deps: string;
  let soFile: string;
  const zip = async (edit: (files: Map<string, { data: Buffer; mode: number }>) => void = () => undefined) => {
    const files = new Map<string, { data: Buffer; mode: number }>([
      ['bootstrap', { data: Buffer.from(BOOT), mode: 0o755 }],
      ['main.py', { data: Buffer.from('from fastapi import FastAPI\napp = FastAPI()\n'), mode: 0o644 }],
      ['requirements.txt', { data: Buffer.from('fastapi\nuvicorn\n'), mode: 0o644 }],
    ]);
    edit(files);
    const own: ZipEntry[] = [...files].map(([name, f]) => ({ name, data: f.data, mode: f.mode, size: f.data.length }));
    const out = path.join(tmpDir('fcpp-doc-'), 'function.zip');
    await writeZip(sortEntries([...own, ...(await collectTree(deps, 'python/'))]), out);
    return out;
  };

  beforeAll(() => {
    const d = tmpDir('fcpp-doc-deps-');
    deps = path.join(d, 'python');
    execFileSync(
      'python3',
      ['-m', 'pip', 'install', '-q', '--target', deps, '--only-binary=:all:', '--implementation', 'cp', '--python-version', TEST_PYTHON,
        '--platform', 'manylinux2014_x86_64', '--platform', 'manylinux_2_28_x86_64', '--index-url', INDEX_URL, '--no-compile', 'fastapi', 'uvicorn'],
      { env: isolatedEnv(), stdio: 'pipe' },
    );
    soFile = fs.readdirSync(path.join(deps, 'pydantic_core')).find((f) => f.endsWith('.so'))!;
  });

  it('passes a good vendored function.zip built from real wheels', async () => {
    const r = doctor(await zip());
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/No problems found/);
    expect(r.out).toMatch(/largest: python\/pydantic_core/);
    const json = JSON.parse(doctor(await zip(), '--json').out) as { kind: string; findings: unknown[] };
    expect(json).toMatchObject({ kind: 'code', findings: [] });
  });

  const bad: [string, (f: Map<string, { data: Buffer; mode: number }>) => void, string[], RegExp][] = [
    ['exec bit lost', (f) => (f.get('bootstrap')!.mode = 0o644), [], /ERROR \[bootstrap-mode\] bootstrap: .*without its executable bit[\s\S]*code 13, message:permission denied/],
    ['CRLF', (f) => (f.get('bootstrap')!.data = Buffer.from(BOOT.replace(/\n/g, '\r\n'))), [], /ERROR \[bootstrap-crlf\] bootstrap:1: .*CRLF/],
    ['no shebang', (f) => (f.get('bootstrap')!.data = Buffer.from(BOOT.split('\n').slice(1).join('\n'))), [], /ERROR \[bootstrap-shebang\] bootstrap:1: .*no #! line[\s\S]*exec format error/],
    ['uvicorn missing', (f) => f.set('requirements.txt', { data: Buffer.from('fastapi\nuvicorn\nrequests\n'), mode: 0o644 }), [], /ERROR \[deps-missing\] requirements\.txt: requirements\.txt asks for requests/],
    ['wrong cp ABI', () => undefined, ['--python-version', '3.10'], /ERROR \[cpython-abi\] python\/pydantic_core\/_pydantic_core\.cpython-311-x86_64-linux-gnu\.so: built for cpython-311, but the target runs Python 3\.10/],
  ];
  it.each(bad)('fails %s, naming it', async (_n, edit, flags, message) => {
    const r = doctor(await zip(edit), ...flags);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(message);
  });

  it('fails a missing uvicorn that bootstrap starts', async () => {
    const out = path.join(tmpDir('fcpp-doc-'), 'function.zip');
    const keep = (await collectTree(deps, 'python/')).filter((e) => !/^python\/uvicorn[/-]/.test(e.name));
    await writeZip(sortEntries([{ name: 'bootstrap', data: Buffer.from(BOOT), mode: 0o755, size: BOOT.length }, { name: 'main.py', data: Buffer.from('app = 1\n'), mode: 0o644, size: 8 }, ...keep]), out);
    const r = doctor(out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ERROR \[deps-missing\] bootstrap: bootstrap starts python -m uvicorn, but uvicorn is not in python\/[\s\S]*No module named uvicorn/);
  });

  it('fails an aarch64 ELF, a Mach-O build and a .so that needs a newer glibc', async () => {
    const so = fs.readFileSync(path.join(deps, 'pydantic_core', soFile));
    const arm = Buffer.from(so);
    arm.writeUInt16LE(183, 18); // e_machine = EM_AARCH64
    const macho = Buffer.alloc(64);
    macho.writeUInt32LE(0xfeedfacf, 0); // MH_MAGIC_64
    macho.writeUInt32LE(0x0100000c, 4); // CPU_TYPE_ARM64
    const out = await zip((f) => {
      f.set('python/armlib/_fast.cpython-311-x86_64-linux-gnu.so', { data: arm, mode: 0o755 });
      f.set('python/maclib/_speed.cpython-311-darwin.so', { data: macho, mode: 0o755 });
      // A real system binary of this machine (Debian 12): it needs GLIBC_2.34 > debian10's 2.28.
      f.set('python/newlib/libnew.so', { data: fs.readFileSync('/usr/bin/ls'), mode: 0o755 });
    });
    const r = doctor(out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[elf-machine\] python\/armlib\/.*aarch64/);
    expect(r.out).toMatch(/\[macho\] python\/maclib\//);
    expect(r.out).toMatch(/\[glibc-too-new\] python\/newlib\/libnew\.so: .*GLIBC_2\.3[4-9]/);
  });

  it('refuses entries that climb out, and says so', () => {
    const out = path.join(tmpDir('fcpp-doc-'), 'evil.zip');
    execFileSync('python3', ['-c', 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],"w"); z.writestr("bootstrap","#!/bin/sh\\n"); z.writestr("../../etc/cron.d/x","x"); z.close()', out]);
    const r = doctor(out, '--bootstrap', 'none');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[zip-unsafe-entry\] \.\.\/\.\.\/etc\/cron\.d\/x: .*climbs out/);
  });

  it('exit 2 for bad usage', () => {
    expect(spawnSync(process.execPath, [CLI, 'doctor'], { encoding: 'utf8' }).status).toBe(2);
    expect(doctor('/nonexistent.zip').code).toBe(2);
  });
});

describe('fc-python-pack explain', () => {
  const explainText = (text: string) => spawnSync(process.execPath, [CLI, 'explain', text], { encoding: 'utf8' });
  it.each([
    ['Function instance exited unexpectedly(code 1, message:operation not permitted) with start command \'/code/bootstrap\'. Logs: ModuleNotFoundError: No module named \'uvicorn\'', /uvicorn/i],
    ['Function instance exited unexpectedly(code 13, message:permission denied) with start command \'/code/bootstrap\'.', /exec|permission|755/i],
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
