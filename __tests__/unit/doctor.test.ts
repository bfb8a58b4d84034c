/**
 * The doctor on crafted artifacts, one per finding: zips with exact modes and hostile names,
 * folders, docker save archives (legacy and OCI, gzipped layers, whiteouts), tiny ELF / Mach-O /
 * PE files; plus the requirements, marker and start-script readers it relies on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NATIVE_FINDING_CODES } from '../../src/doctor/checks/binary.js';
import { checkArtifact as checkArtifactAll, detectKind, DOCTOR_FINDING_CODES, doctorExitCode, formatReport, runDoctor as doctorAll, type DoctorOptions, type DoctorReport } from '../../src/doctor/doctor.js';
import { fcMarkerEnvironment } from '../../src/doctor/context.js';
import { evaluateMarker } from '../../src/formats/pep508.js';
import { normalizeName, parseRequirements, sameVersion } from '../../src/formats/requirements.js';
import { parseStartScript } from '../../src/formats/shell.js';
import { isUserError } from '../../src/shared/errors.js';
import { BOOTSTRAP, buildElf, craftImage, craftZip, EM, fakeDist, GLIBC_229, machO, MAIN_PY, peFile, tmp, type CraftEntry } from '../fixtures/doctor/craft.js';

/** Every code any test saw: they must all be documented (explain and the README refer to them). */
const seen = new Set<string>();
async function runDoctor(subject: string, opts: DoctorOptions): Promise<DoctorReport> {
  const r = await doctor(subject, opts);
  for (const f of r.findings) seen.add(f.code);
  return r;
}
afterAll(() => {
  const known = new Set<string>([...DOCTOR_FINDING_CODES, ...NATIVE_FINDING_CODES, 'bootstrap-crlf', 'bootstrap-listen', 'bootstrap-port', 'bootstrap-pip-install']);
  expect([...seen].filter((c) => !known.has(c))).toEqual([]);
  expect(seen.size).toBeGreaterThanOrEqual(25);
});

const OPTS: DoctorOptions = { pythonVersion: '3.11', runtime: 'custom.debian10', port: 9000 };
// OPTS checks 3.11 packages against debian10's glibc; debian10's python3 is 3.10, which
// bootstrap-python reports on every bootstrap here. These tests are about the other checks:
// bootstrap-python has its own tests (__tests__/unit/target-env.test.ts).
const dropPython = <T extends { code: string }>(fs: T[]) => fs.filter((f) => f.code !== 'bootstrap-python');
const doctor = async (...a: Parameters<typeof doctorAll>): Promise<DoctorReport> => {
  const r = await doctorAll(...a);
  return { ...r, findings: dropPython(r.findings) };
};
const checkArtifact = async (...a: Parameters<typeof checkArtifactAll>) => dropPython(await checkArtifactAll(...a));
const codes = (r: DoctorReport) => r.findings.map((f) => `${f.severity}:${f.code}`);
const find = (r: DoctorReport, code: string) => r.findings.filter((f) => f.code === code);
const problems = (r: DoctorReport) => r.findings.filter((f) => f.severity !== 'info');

/** A good vendored function.zip: bootstrap, main.py, requirements.txt, fastapi + uvicorn under python/. */
function goodEntries(): CraftEntry[] {
  return [
    { name: 'bootstrap', data: BOOTSTRAP, mode: 0o755 },
    { name: 'main.py', data: MAIN_PY },
    { name: 'requirements.txt', data: 'FastAPI>=0.100\nuvicorn[standard]==0.30.0\n' },
    { name: 'python/', dir: true },
    ...fakeDist('python/', 'fastapi', '0.110.0'),
    ...fakeDist('python/', 'uvicorn', '0.30.0'),
  ];
}

function variant(edit: (entries: CraftEntry[]) => CraftEntry[] | void, name = 'function.zip'): string {
  const entries = goodEntries();
  const out = edit(entries) ?? entries;
  return craftZip(path.join(tmp(), name), out);
}

const setEntry = (entries: CraftEntry[], name: string, patch: Partial<CraftEntry>) => {
  const e = entries.find((x) => x.name === name);
  if (e) Object.assign(e, patch);
  else entries.push({ name, ...patch });
};

// ---------------------------------------------------------------------------------------------
// The readers
// ---------------------------------------------------------------------------------------------

describe('requirements as pip reads them', () => {
  it('normalises names as PEP 503 does', () => {
    expect(normalizeName('Typing.Extensions')).toBe('typing-extensions');
    expect(normalizeName('zope__interface')).toBe('zope-interface');
    expect(normalizeName('PyYAML')).toBe('pyyaml');
  });

  it('reads names, pins, markers, includes, URLs and continuations', () => {
    const r = parseRequirements(
      [
        '# comment',
        'FastAPI>=0.100  # trailing comment',
        'uvicorn[standard]==0.30.0 \\',
        '    --hash=sha256:abc',
        'pywin32 ; sys_platform == "win32"',
        '-r base.txt',
        '--index-url https://example.com/simple',
        'mylib @ https://example.com/mylib-1.0.tar.gz',
        '-e git+https://github.com/x/y.git#egg=Some_Pkg',
        'https://example.com/files/pydantic_core-2.1.0-cp311-cp311-manylinux_2_17_x86_64.whl',
        './local/path',
        'requests (==2.31.0)',
      ].join('\n'),
    );
    expect(r.requirements.map((q) => [q.name, q.line, q.pinned ?? null, q.marker ?? null])).toEqual([
      ['fastapi', 2, null, null],
      ['uvicorn', 3, '0.30.0', null],
      ['pywin32', 5, null, 'sys_platform == "win32"'],
      ['mylib', 8, null, null],
      ['some-pkg', 9, null, null],
      ['pydantic-core', 10, null, null],
      ['requests', 12, '2.31.0', null],
    ]);
    expect(r.includes).toEqual([{ file: 'base.txt', line: 6 }]);
    expect(r.unnamed.map((u) => u.line)).toEqual([11]);
  });

  it('evaluates environment markers for FC (Linux x86-64 CPython)', () => {
    const env = fcMarkerEnvironment('3.10');
    expect(evaluateMarker('sys_platform == "win32"', env)).toBe(false);
    expect(evaluateMarker('python_version >= "3.8" and platform_machine == "x86_64"', env)).toBe(true);
    expect(evaluateMarker('python_version < "3.10" or (os_name == "posix" and implementation_name == "cpython")', env)).toBe(true);
    expect(evaluateMarker('python_version ~= "3.9"', env)).toBe(true);
    expect(evaluateMarker('python_full_version >= "3.11.2"', env)).toBe(false);
    expect(evaluateMarker('"linux" in sys_platform', env)).toBe(true);
    expect(evaluateMarker("extra == 'dev'", env)).toBe(false);
    expect(() => evaluateMarker('python_version >>> "3"', env)).toThrow();
    expect(sameVersion('2.0', '2.0.0')).toBe(true);
    expect(sameVersion('2.0', '2.0.1')).toBe(false);
  });
});

describe('start scripts as bash reads them', () => {
  const ctx = { cwd: '/code', scriptDir: '/code', vars: { FC_FUNC_CODE_PATH: '/code' }, path: ['/code', '/code/bin'] };
  it('finds the commands, their folder and PATH', () => {
    const s = parseStartScript(
      [
        '#!/bin/bash',
        'set -euo pipefail',
        'cat > /tmp/conf <<EOF',
        'exec not-a-command',
        'EOF',
        'cd "$(dirname "$0")"',
        'export PATH=$FC_FUNC_CODE_PATH/python/bin:$PATH',
        'cd src && PYTHONUNBUFFERED=1 exec env -i A=1 python3 -m uvicorn app:api --port 9000 >> /tmp/log 2>&1',
      ].join('\n'),
      ctx,
    );
    expect(s.path).toEqual(['/code/python/bin', '/code', '/code/bin']);
    const last = s.commands.at(-1)!;
    expect(last).toMatchObject({ line: 8, cwd: '/code/src', argv: ['python3', '-m', 'uvicorn', 'app:api', '--port', '9000'] });
    expect(s.commands.some((c) => c.argv[0] === 'not-a-command')).toBe(false);
  });
});

describe('kind detection', () => {
  it('tells a code package from a layer by its names', () => {
    expect(detectKind(['bootstrap', 'main.py', 'python/x/__init__.py'], 'bootstrap').kind).toBe('code');
    expect(detectKind(['python/', 'python/x/__init__.py', 'python/x-1.dist-info/METADATA', 'requirements.txt'], 'bootstrap').kind).toBe('layer');
    expect(detectKind(['main.py', 'python/x/__init__.py'], 'bootstrap').kind).toBe('code');
    expect(detectKind(['app/bootstrap', 'app/main.py'], 'bootstrap').kind).toBe('code');
  });
});

// ---------------------------------------------------------------------------------------------
// function.zip
// ---------------------------------------------------------------------------------------------

describe('doctor: function.zip', () => {
  it('passes a good vendored package', async () => {
    const r = await runDoctor(variant(() => undefined), OPTS);
    expect(r.kind).toBe('code');
    expect(r.findings).toEqual([]);
    expect(doctorExitCode(r)).toBe(0);
    expect(r.stats.files).toBeGreaterThan(5);
    expect(r.stats.largest[0]!.name).toMatch(/^(python\/|bootstrap|main\.py|requirements\.txt)/);
  });

  it('bootstrap missing, or inside a folder', async () => {
    const gone = await runDoctor(variant((e) => e.filter((x) => x.name !== 'bootstrap')), OPTS);
    expect(codes(gone)).toContain('error:bootstrap-missing');
    const nested = await runDoctor(variant((e) => e.map((x) => ({ ...x, name: `myapp/${x.name}` }))), OPTS);
    expect(find(nested, 'bootstrap-missing')[0]!.message).toMatch(/there is myapp\/bootstrap: the zip holds the folder/);
    expect(doctorExitCode(nested)).toBe(1);
  });

  it('bootstrap not 0755 in the archive, or without Unix modes (zipped on Windows)', async () => {
    const r = await runDoctor(variant((e) => setEntry(e, 'bootstrap', { mode: 0o644 })), OPTS);
    expect(find(r, 'bootstrap-mode')[0]).toMatchObject({ severity: 'error', file: 'bootstrap', fcSymptom: expect.stringMatching(/code 13, message:permission denied/) });
    const win = await runDoctor(variant((e) => setEntry(e, 'bootstrap', { mode: null })), OPTS);
    expect(find(win, 'bootstrap-mode')[0]!.message).toMatch(/without Unix permissions/);
  });

  it('bootstrap without #!, with CRLF, bound to 127.0.0.1, installing at start, deps not on PYTHONPATH', async () => {
    const check = async (text: string) => runDoctor(variant((e) => setEntry(e, 'bootstrap', { data: text })), OPTS);
    expect(find(await check(BOOTSTRAP.replace('#!/bin/bash\n', '')), 'bootstrap-shebang')[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(find(await check(BOOTSTRAP.replace(/\n/g, '\r\n')), 'bootstrap-crlf')[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(find(await check(BOOTSTRAP.replace('0.0.0.0', '127.0.0.1')), 'bootstrap-listen')[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(find(await check(BOOTSTRAP.replace('exec', 'pip install -r requirements.txt\nexec')), 'bootstrap-pip-install')[0]).toMatchObject({ severity: 'warning', line: 3 });
    const noPath = await check(BOOTSTRAP.replace(/^export.*\n/m, ''));
    expect(find(noPath, 'bootstrap-no-pythonpath')[0]).toMatchObject({ severity: 'error', file: 'bootstrap' });
    // uvicorn is installed, just not on the path: one finding, not a "No module named" on top.
    expect(find(noPath, 'deps-missing')).toEqual([]);
  });

  it('a second deps folder that is never put on PYTHONPATH', async () => {
    const r = await runDoctor(variant((e) => [...e, ...fakeDist('vendor/', 'requests', '2.31.0')]), OPTS);
    expect(find(r, 'bootstrap-no-pythonpath')[0]!.message).toMatch(/vendor\/ holds installed packages \(requests\)/);
  });

  it('uvicorn missing: requirements.txt and the module bootstrap starts both name it', async () => {
    const r = await runDoctor(variant((e) => e.filter((x) => !/uvicorn/.test(x.name))), OPTS);
    const missing = find(r, 'deps-missing');
    expect(missing.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['bootstrap:3', 'requirements.txt:2']);
    for (const f of missing) expect(f.fcSymptom).toMatch(/No module named uvicorn/);
    expect(missing.find((f) => f.file === 'bootstrap')!.message).toMatch(/starts python -m uvicorn, but uvicorn is not in function\.zip/);
  });

  it('the app module main:app names must exist at the code root', async () => {
    const r = await runDoctor(variant((e) => e.filter((x) => x.name !== 'main.py')), OPTS);
    expect(find(r, 'app-missing')[0]).toMatchObject({ severity: 'error', line: 3, message: expect.stringMatching(/main:app, but there is no main\.py/) });
    const pkg = await runDoctor(variant((e) => [...e.filter((x) => x.name !== 'main.py'), { name: 'main/__init__.py', data: MAIN_PY }]), OPTS);
    expect(find(pkg, 'app-missing')).toEqual([]);
  });

  it('console scripts: not on PATH, or with the build machine\'s interpreter', async () => {
    const boot = BOOTSTRAP.replace('python3 -m uvicorn', 'uvicorn');
    const script = (shebang: string) => ({ name: 'python/bin/uvicorn', data: `#!${shebang}\nfrom uvicorn.main import main\nmain()\n`, mode: 0o755 });
    const notOnPath = await runDoctor(variant((e) => [...e, script('/usr/bin/env python3')].map((x) => (x.name === 'bootstrap' ? { ...x, data: boot } : x))), OPTS);
    expect(find(notOnPath, 'bootstrap-command')[0]!.message).toMatch(/runs uvicorn, which is on no PATH folder.*python\/bin\/uvicorn exists, but python\/bin is not on PATH/);
    const withPath = boot.replace('exec', 'export PATH=/code/python/bin:$PATH\nexec');
    const bad = await runDoctor(variant((e) => [...e, script('/root/.pyenv/versions/3.11.7/bin/python3')].map((x) => (x.name === 'bootstrap' ? { ...x, data: withPath } : x))), OPTS);
    expect(find(bad, 'bootstrap-command')[0]!.message).toMatch(/python\/bin\/uvicorn starts with #!\/root\/\.pyenv\/versions\/3\.11\.7\/bin\/python3/);
    const good = await runDoctor(variant((e) => [...e, script('/usr/bin/env python3')].map((x) => (x.name === 'bootstrap' ? { ...x, data: withPath } : x))), OPTS);
    expect(problems(good)).toEqual([]);
  });

  it('requirement names match as pip matches them; markers and pins count', async () => {
    const r = await runDoctor(
      variant((e) => {
        setEntry(e, 'requirements.txt', { data: 'Typing.Extensions\nuvicorn==0.29.0\npywin32; sys_platform == "win32"\nfastapi\n' });
        e.push(...fakeDist('python/', 'typing_extensions', '4.9.0', { module: 'typing_extensions_pkg' }));
      }),
      OPTS,
    );
    expect(codes(r)).toEqual(['warning:deps-version']);
    expect(r.findings[0]).toMatchObject({ file: 'requirements.txt', line: 2, message: expect.stringMatching(/uvicorn==0\.29\.0, but 0\.30\.0 is installed/) });
  });

  it('no deps in the zip: an error unless bootstrap points at a layer', async () => {
    const noDeps = (boot: string) => variant((e) => e.filter((x) => !x.name.startsWith('python/')).map((x) => (x.name === 'bootstrap' ? { ...x, data: boot } : x)));
    const plain = await runDoctor(noDeps(BOOTSTRAP.replace(/^export.*\n/m, '')), OPTS);
    expect(find(plain, 'deps-missing').map((f) => f.file).sort()).toEqual(['bootstrap', 'requirements.txt']);
    const layer = await runDoctor(noDeps(BOOTSTRAP.replace('/code/python', '/opt/python')), OPTS);
    expect(codes(layer)).toEqual(['warning:deps-missing', 'info:deps-external', 'info:code-import-unchecked']);
    // With the layer given, nothing is left to guess.
    const layerZip = craftZip(path.join(tmp(), 'layer.zip'), [...fakeDist('python/', 'fastapi', '0.110.0'), ...fakeDist('python/', 'uvicorn', '0.30.0')]);
    const both = await runDoctor(noDeps(BOOTSTRAP.replace('/code/python', '/opt/python')), { ...OPTS, layers: [layerZip] });
    expect(both.findings).toEqual([]);
  });

  it('native code: aarch64, Mach-O, PE, glibc 2.29 on debian10, another cp ABI', async () => {
    const zip = variant((e) => [
      ...e,
      { name: 'python/armlib/_fast.cpython-311-x86_64-linux-gnu.so', data: buildElf({ machine: EM.aarch64 }) },
      { name: 'python/maclib/_speed.cpython-311-darwin.so', data: machO() },
      { name: 'python/winlib/_win.cp311-win_amd64.pyd', data: peFile() },
      { name: 'python/newlib/_new.cpython-311-x86_64-linux-gnu.so', data: buildElf({ needs: GLIBC_229 }) },
      { name: 'python/oldpy/_old.cpython-310-x86_64-linux-gnu.so', data: buildElf({ needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.17'] }] }) },
      { name: 'python/oklib/_ok.cpython-311-x86_64-linux-gnu.so', data: buildElf({ needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.17'] }] }) },
    ]);
    const r = await runDoctor(zip, OPTS);
    const byFile = (f: string) => r.findings.filter((x) => x.file.startsWith(f)).map((x) => x.code);
    expect(byFile('python/armlib/')).toContain('elf-machine');
    expect(byFile('python/maclib/')).toContain('macho');
    expect(byFile('python/winlib/')).toEqual(expect.arrayContaining(['pe']));
    expect(find(r, 'glibc-too-new')[0]).toMatchObject({ file: 'python/newlib/_new.cpython-311-x86_64-linux-gnu.so', message: expect.stringMatching(/GLIBC_2\.29/) });
    expect(byFile('python/oldpy/')).toEqual(['cpython-abi']);
    expect(byFile('python/oklib/')).toEqual([]);
    // debian11 has glibc 2.31: the 2.29 library is fine there.
    const d11 = await runDoctor(zip, { ...OPTS, runtime: 'custom.debian11' });
    expect(find(d11, 'glibc-too-new')).toEqual([]);
  });

  it('a real system library that needs a newer glibc (this machine\'s /usr/bin/ls)', async () => {
    const r = await runDoctor(variant((e) => [...e, { name: 'python/sys/libls.so', data: fs.readFileSync('/usr/bin/ls') }]), OPTS);
    expect(find(r, 'glibc-too-new')[0]).toMatchObject({ file: 'python/sys/libls.so', message: expect.stringMatching(/GLIBC_2\.3[3-9]/) });
  });

  it('wheel tags that cannot run on the runtime', async () => {
    const r = await runDoctor(variant((e) => [...e, ...fakeDist('python/', 'orjson', '3.10.0', { tag: 'cp311-cp311-manylinux_2_31_x86_64' })]), OPTS);
    expect(find(r, 'glibc-too-new')[0]).toMatchObject({ file: 'python/orjson-3.10.0.dist-info/WHEEL' });
    const abi = await runDoctor(variant((e) => [...e, ...fakeDist('python/', 'orjson', '3.10.0', { tag: 'cp311-cp311-manylinux_2_17_x86_64' })]), { ...OPTS, pythonVersion: '3.10' });
    expect(codes(abi)).toContain('error:cpython-abi');
  });

  it('refuses entries with .. or absolute paths, and says so', async () => {
    const r = await runDoctor(variant((e) => [...e, { name: '../../etc/cron.d/x', data: 'x' }, { name: '/etc/passwd', data: 'x' }]), OPTS);
    const unsafe = find(r, 'zip-unsafe-entry');
    expect(unsafe.map((f) => f.file).sort()).toEqual(['../../etc/cron.d/x', '/etc/passwd']);
    expect(unsafe.map((f) => f.message).join('\n')).toMatch(/climbs out with \.\.[\s\S]*absolute path|absolute path[\s\S]*climbs out/);
    expect(doctorExitCode(r)).toBe(1);
  });

  it('secrets: .env, private keys, .git/ (warnings); certificates, examples and deps are fine', async () => {
    const r = await runDoctor(
      variant((e) => [
        ...e,
        { name: '.env', data: 'DB_PASSWORD=x\n' },
        { name: '.env.example', data: 'DB_PASSWORD=\n' },
        { name: 'keys/id_rsa', data: 'whatever' },
        { name: 'certs/server.pem', data: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' },
        { name: 'config/sa.json', data: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMII\\n"}' },
        { name: 'deploy.txt', data: 'notes\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n' },
        { name: '.git/HEAD', data: 'ref: refs/heads/main\n' },
        { name: 'python/tornado/test/test.key', data: '-----BEGIN PRIVATE KEY-----\n' },
      ]),
      OPTS,
    );
    const secrets = r.findings.filter((f) => f.code.startsWith('secret-'));
    expect(secrets.every((f) => f.severity === 'warning')).toBe(true);
    expect(secrets.map((f) => `${f.code} ${f.file}${f.line ? `:${f.line}` : ''}`).sort()).toEqual([
      'secret-git .git/',
      'secret-shipped .env',
      'secret-shipped config/sa.json:1',
      'secret-shipped deploy.txt:2',
      'secret-shipped keys/id_rsa',
    ]);
    expect(doctorExitCode(r)).toBe(0);
  });

  it('packages installed at the code root (pip install -t .): their files are not the user\'s secrets', async () => {
    const r = await runDoctor(
      variant((e) => [
        ...e.filter((x) => !x.name.startsWith('python/')).map((x) => (x.name === 'bootstrap' ? { ...x, data: BOOTSTRAP.replace(/^export.*\n/m, '') } : x)),
        ...fakeDist('', 'fastapi', '0.110.0'),
        ...fakeDist('', 'uvicorn', '0.30.0'),
        ...fakeDist('', 'tornado', '6.4.0', { files: [{ name: 'tornado/test/test.key', data: '-----BEGIN PRIVATE KEY-----\n' }] }),
        { name: 'tornado-6.4.0.dist-info/RECORD', data: 'tornado/__init__.py,,\ntornado/test/test.key,,\n' },
        { name: 'my.key', data: '-----BEGIN PRIVATE KEY-----\n' },
      ]),
      OPTS,
    );
    expect(r.findings.map((f) => `${f.code} ${f.file}`)).toEqual(['secret-shipped my.key']);
  });

  it('size against the API upload limit, and the largest packages', async () => {
    const out = craftZip(path.join(tmp(), 'function.zip'), [...goodEntries(), { name: 'python/huge/blob.bin', zeros: 101 * 1024 * 1024, stored: true }]);
    const r = await runDoctor(out, OPTS);
    expect(find(r, 'size-api-limit')[0]).toMatchObject({ severity: 'warning', file: 'function.zip', message: expect.stringMatching(/101\.\d MiB zipped, over the 100(\.0)? MiB limit/) });
    expect(r.stats.unpackedSize).toBeGreaterThan(100 * 1024 * 1024);
    expect(r.stats.largest[0]).toMatchObject({ name: 'python/huge' });
    fs.rmSync(path.dirname(out), { recursive: true });
  });

  it('an unreadable zip is a finding, a missing path is bad usage', async () => {
    const bad = path.join(tmp(), 'broken.zip');
    fs.writeFileSync(bad, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]));
    const r = await runDoctor(bad, OPTS);
    expect(codes(r)).toEqual(['error:artifact-unreadable']);
    await expect(runDoctor('/nonexistent/function.zip', OPTS)).rejects.toSatisfy(isUserError);
    const gz = path.join(tmp(), 'image.tar.gz');
    fs.writeFileSync(gz, Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(64, 1)]));
    expect(codes(await runDoctor(gz, OPTS))).toEqual(['error:artifact-unreadable']);
  });
});

describe('doctor: layer.zip and folders', () => {
  it('a layer: detected, checked for native code and requirements', async () => {
    const zip = craftZip(path.join(tmp(), 'layer.zip'), [
      { name: 'requirements.txt', data: 'fastapi\nnumpy\n' },
      ...fakeDist('python/', 'fastapi', '0.110.0'),
      { name: 'python/fastapi/_x.cpython-310-x86_64-linux-gnu.so', data: buildElf() },
    ]);
    const r = await runDoctor(zip, OPTS);
    expect(r.kind).toBe('layer');
    expect(codes(r).sort()).toEqual(['error:cpython-abi', 'error:deps-missing']);
    expect(find(r, 'deps-missing')[0]).toMatchObject({ file: 'requirements.txt', line: 2 });
  });

  it('a layer built flat (packages at the top) or in lib/pythonX.Y/site-packages', async () => {
    const flat = craftZip(path.join(tmp(), 'layer.zip'), fakeDist('', 'fastapi', '0.110.0'));
    expect(codes(await runDoctor(flat, { ...OPTS, kind: 'layer' }))).toContain('error:layer-layout');
    const site = craftZip(path.join(tmp(), 'layer.zip'), fakeDist('python/lib/python3.10/site-packages/', 'fastapi', '0.110.0'));
    expect(find(await runDoctor(site, OPTS), 'layer-layout')[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/\/opt\/python\/lib\/python3\.10\/site-packages/) });
  });

  it('a folder, as function.zip would take it (default excludes; the build fixes the exec bit)', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bootstrap'), BOOTSTRAP, { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'main.py'), MAIN_PY);
    fs.writeFileSync(path.join(dir, '.env'), 'SECRET=1\n');
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
    const r = await runDoctor(dir, OPTS);
    expect(r.kind).toBe('code');
    expect(find(r, 'bootstrap-mode')[0]!.severity).toBe('info');
    expect(find(r, 'secret-shipped')).toEqual([]);
    expect(r.stats.zippedSize).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

const SITE = '/usr/local/lib/python3.11/site-packages/';
const IMAGE_BOOT = '#!/bin/sh\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n';

function baseLayer(): CraftEntry[] {
  return [
    { name: 'bin/sh', data: buildElf(), mode: 0o755 },
    { name: 'usr/local/bin/python3.11', data: buildElf(), mode: 0o755 },
    { name: 'usr/local/bin/python3', symlink: 'python3.11' },
    { name: 'usr/local/lib/python3.11/os.py', data: '' },
    { name: 'var/lib/dpkg/status', data: 'Package: bash\nVersion: 5.2\n\nPackage: libc6\nStatus: install ok installed\nVersion: 2.36-9+deb12u4\n\n' },
    { name: 'etc/ssl/private/ssl-cert-snakeoil.key', data: '-----BEGIN PRIVATE KEY-----\n' },
  ];
}

function appLayer(boot = IMAGE_BOOT, mode = 0o755): CraftEntry[] {
  return [
    { name: 'code/', dir: true },
    { name: 'code/bootstrap', data: boot, mode },
    { name: 'code/main.py', data: MAIN_PY },
    { name: 'code/requirements.txt', data: 'fastapi\nuvicorn\n' },
  ];
}

const depsLayer = (root = SITE.slice(1)) => [...fakeDist(root, 'fastapi', '0.110.0'), ...fakeDist(root, 'uvicorn', '0.30.0')];
const ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'PYTHON_VERSION=3.11.9'];

describe('doctor: image tars (docker save)', () => {
  it('passes a good image, legacy layout; OCI layout with gzipped layers; gzipped archive', async () => {
    const spec = { layers: [baseLayer(), depsLayer(), appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code' };
    for (const extra of [{}, { oci: true, gzip: true }, { outerGzip: true }]) {
      const out = craftImage(path.join(tmp(), extra && 'outerGzip' in extra ? 'image.tar.gz' : 'image.tar'), { ...spec, ...extra });
      const r = await runDoctor(out, { ...OPTS, pythonVersion: '3.10' });
      expect(r.kind, JSON.stringify(extra)).toBe('image');
      expect(r.target).toMatchObject({ pythonVersion: '3.11', glibc: '2.36' });
      expect(problems(r), JSON.stringify(extra)).toEqual([]);
      expect(r.stats.files).toBeGreaterThan(8);
    }
  });

  it('the image\'s glibc and Python, not the runtime\'s, judge native code', async () => {
    const ext = { name: `${SITE.slice(1)}fastapi/_x.cpython-311-x86_64-linux-gnu.so`, data: buildElf({ needs: GLIBC_229 }) };
    const r = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), [...depsLayer(), ext], appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code' }), OPTS);
    expect(problems(r)).toEqual([]);
    // No dpkg records (a slimmed image): libc.so.6 says which glibc it is.
    const slim = baseLayer().filter((e) => !e.name.startsWith('var/lib/dpkg'));
    slim.push({ name: 'usr/lib/x86_64-linux-gnu/libc.so.6', data: Buffer.concat([buildElf(), Buffer.from('GNU C Library (Debian GLIBC 2.28-10+deb10u2) stable release version 2.28.\n')]) });
    const old = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [slim, [...depsLayer(), ext], appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code' }), OPTS);
    expect(old.target.glibc).toBe('2.28');
    expect(find(old, 'glibc-too-new')).toHaveLength(1);
    const arm = { name: `${SITE.slice(1)}fastapi/_y.cpython-311-x86_64-linux-gnu.so`, data: buildElf({ machine: EM.aarch64 }) };
    const bad = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), [...depsLayer(), arm], appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code' }), OPTS);
    expect(find(bad, 'elf-machine')[0]!.file).toBe(`${SITE}fastapi/_y.cpython-311-x86_64-linux-gnu.so`);
  });

  it('bootstrap not executable, CRLF, missing, or the image built for arm64', async () => {
    const mk = (layers: CraftEntry[][], extra: object = {}) => runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers, env: ENV, cmd: ['./bootstrap'], workingDir: '/code', ...extra }), OPTS);
    expect(find(await mk([baseLayer(), depsLayer(), appLayer(IMAGE_BOOT, 0o644)]), 'bootstrap-mode')[0]!.file).toBe('/code/bootstrap');
    expect(find(await mk([baseLayer(), depsLayer(), appLayer(IMAGE_BOOT.replace(/\n/g, '\r\n'))]), 'bootstrap-crlf')[0]).toMatchObject({ file: '/code/bootstrap', line: 1 });
    const missing = await mk([baseLayer(), depsLayer(), appLayer()], { workingDir: '/' });
    expect(find(missing, 'bootstrap-command')[0]!.message).toMatch(/starts \.\/bootstrap, which is not in the image/);
    expect(find(await mk([baseLayer(), depsLayer(), appLayer()], { architecture: 'arm64' }), 'elf-machine')[0]!.message).toMatch(/arm64/);
  });

  it('follows symbolic links (merged /usr) and checks the interpreter a start script names', async () => {
    const merged: CraftEntry[] = [{ name: 'bin', symlink: 'usr/bin' }, { name: 'usr/bin/sh', data: buildElf(), mode: 0o755 }];
    const run = (boot: string, cmd: string[]) =>
      runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [[...baseLayer().filter((e) => e.name !== 'bin/sh'), ...merged], depsLayer(), appLayer(boot)], env: ENV, cmd, workingDir: '/code' }), OPTS);
    expect(problems(await run(IMAGE_BOOT, ['/bin/sh', '-c', 'exec ./bootstrap']))).toEqual([]);
    const bash = await run(IMAGE_BOOT.replace('/bin/sh', '/bin/bash'), ['./bootstrap']);
    expect(find(bash, 'bootstrap-shebang')[0]!.message).toMatch(/#!\/bin\/bash, which the image does not have/);
    const gunicorn = await run(IMAGE_BOOT.replace('python3 -m uvicorn', 'gunicorn'), ['./bootstrap']);
    expect(find(gunicorn, 'bootstrap-command')[0]!.message).toMatch(/runs gunicorn, which is not in the image/);
  });

  it('a later layer\'s whiteout removes uvicorn: the doctor sees the merged filesystem', async () => {
    const wh: CraftEntry[] = [{ name: `${SITE.slice(1)}.wh.uvicorn` }, { name: `${SITE.slice(1)}.wh.uvicorn-0.30.0.dist-info` }];
    const r = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), depsLayer(), wh, appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code', gzip: true }), OPTS);
    expect(find(r, 'deps-missing').map((f) => f.fcSymptom).join('\n')).toMatch(/No module named uvicorn/);
    expect(find(r, 'deps-missing').map((f) => f.file).sort()).toEqual(['/code/bootstrap', '/code/requirements.txt']);
  });

  it('exec-form CMD: checks the command itself (127.0.0.1, the module, deps folders on PYTHONPATH)', async () => {
    const cmd = ['python3', '-m', 'uvicorn', 'main:app', '--host', '127.0.0.1', '--port', '9000'];
    const r = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), depsLayer('opt/python/'), appLayer()], env: ENV, cmd, workingDir: '/code' }), OPTS);
    expect(codes(r).sort()).toEqual(['error:bootstrap-listen', 'error:bootstrap-no-pythonpath']);
    expect(find(r, 'bootstrap-no-pythonpath')[0]).toMatchObject({ file: 'CMD', fix: 'ENV PYTHONPATH=/opt/python in the Dockerfile.' });
    const fixed = await runDoctor(
      craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), depsLayer('opt/python/'), appLayer()], env: [...ENV, 'PYTHONPATH=/opt/python'], cmd: cmd.map((a) => (a === '127.0.0.1' ? '0.0.0.0' : a)), workingDir: '/code' }),
      OPTS,
    );
    expect(problems(fixed)).toEqual([]);
  });

  it('hard-linked extension modules are read through their target', async () => {
    const so = `${SITE.slice(1)}fastapi/_x.cpython-310-x86_64-linux-gnu.so`;
    const layer = [...depsLayer(), { name: so, data: buildElf() }, { name: `${SITE.slice(1)}fastapi/_copy.cpython-310-x86_64-linux-gnu.so`, hardlink: so }];
    const r = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), layer, appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code' }), OPTS);
    expect(find(r, 'cpython-abi').map((f) => path.basename(f.file)).sort()).toEqual(['_copy.cpython-310-x86_64-linux-gnu.so', '_x.cpython-310-x86_64-linux-gnu.so']);
  });

  it('a layer it cannot read (zstd on this Node, or not a tar) is reported, and the rest still checked', async () => {
    const zstd = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(2000, 7)]);
    const junk = Buffer.alloc(3000, 0x41);
    const r = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), depsLayer(), { raw: junk }, { raw: zstd }, appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code' }), OPTS);
    const unreadable = find(r, 'image-layer-unreadable');
    expect(unreadable.length).toBeGreaterThanOrEqual(1);
    expect(unreadable.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.stats.files).toBeGreaterThan(8);
  });

  it('refuses layer entries that climb out with ..', async () => {
    const r = await runDoctor(craftImage(path.join(tmp(), 'i.tar'), { layers: [baseLayer(), [...depsLayer(), { name: '../../etc/cron.d/evil', data: 'x' }], appLayer()], env: ENV, cmd: ['./bootstrap'], workingDir: '/code' }), OPTS);
    expect(find(r, 'image-unsafe-entry')[0]).toMatchObject({ severity: 'error', file: expect.stringMatching(/layer\.tar:\.\.\/\.\.\/etc\/cron\.d\/evil$/) });
  });

  it('a tar that is not an image is bad usage', async () => {
    const out = craftImage(path.join(tmp(), 'i.tar'), { layers: [] });
    const plain = path.join(tmp(), 'plain.tar');
    // Strip manifest.json: python's tarfile again, to keep the archive otherwise valid.
    const { execFileSync } = await import('node:child_process');
    execFileSync('python3', ['-c', 'import tarfile,sys\nwith tarfile.open(sys.argv[1]) as a, tarfile.open(sys.argv[2],"w") as b:\n  [b.addfile(m, a.extractfile(m)) for m in a.getmembers() if m.name != "manifest.json"]', out, plain]);
    await expect(runDoctor(plain, OPTS)).rejects.toThrow(/not a docker save/);
  });
});

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

describe('formatReport, exit code, checkArtifact', () => {
  it('prints severity, file:line, message, what FC prints and the fix; JSON for machines', async () => {
    const r = await runDoctor(variant((e) => setEntry(e, 'bootstrap', { data: BOOTSTRAP.replace('0.0.0.0', 'localhost').replace(/\n/g, '\r\n') })), OPTS);
    const text = formatReport(r);
    expect(text).toMatch(/^ERROR \[bootstrap-crlf\] bootstrap:1: .*CRLF/m);
    expect(text).toMatch(/^ERROR \[bootstrap-listen\] bootstrap:3: .*localhost.*\n {2}on FC: FunctionNotStarted.*\n {2}fix: {3}Listen on 0\.0\.0\.0/m);
    expect(text).toMatch(/2 errors, 0 warnings$/);
    const json = JSON.parse(formatReport(r, { json: true })) as DoctorReport & { summary: { errors: number; ok: boolean } };
    expect(json.summary).toMatchObject({ errors: 2, ok: false });
    expect(json.findings.map((f) => [f.code, f.line])).toEqual([
      ['bootstrap-crlf', 1],
      ['bootstrap-listen', 3],
    ]);
  });

  it('folds many findings of one kind', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `python/p${i}/_m.cpython-310-x86_64-linux-gnu.so`, data: buildElf() }));
    const r = await runDoctor(variant((e) => [...e, ...many]), OPTS);
    expect(find(r, 'cpython-abi')).toHaveLength(12);
    const text = formatReport(r);
    expect(text.match(/^ERROR \[cpython-abi\] python\//gm)).toHaveLength(4);
    expect(text).toMatch(/ERROR \[cpython-abi\] \.\.\. and 8 more: /);
  });

  it('checkArtifact: the build\'s own artifact, with the build\'s inputs', async () => {
    const zip = variant((e) => setEntry(e, 'bootstrap', { mode: 0o644 }));
    expect((await checkArtifact(zip, { target: 'code', pythonVersion: '3.11', runtime: 'custom.debian10', port: 9000, bootstrap: 'bootstrap' })).map((f) => f.code)).toEqual(['bootstrap-mode']);
    // bootstrap: none (undefined in the inputs) — no start checks at all.
    expect(await checkArtifact(zip, { target: 'code', pythonVersion: '3.11', runtime: 'custom.debian10', port: 9000 })).toEqual([]);
  });
});
