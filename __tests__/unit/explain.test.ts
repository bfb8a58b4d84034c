import { describe, expect, it } from 'vitest';
import { NATIVE_FINDING_CODES, checkNativeFile } from '../../src/doctor/checks/binary.js';
import { CLOSURE_FINDING_CODES, NATIVE_LIB_FINDING_CODES } from '../../src/doctor/findings.js';
import { explain, normalizeErrorText, type Explanation } from '../../src/doctor/explain.js';

/** The FC wording for a start command that exited: "Function instance exited unexpectedly(code N, message:...) ...". */
const exited = (code: number, errno: string, logs = '') =>
  `The function cannot be started. Function instance exited unexpectedly(code ${code}, message:${errno}) with start command '/code/bootstrap '.\nLogs:${logs}`;

/** Smallest 64-bit x86-64 ELF whose .gnu.version_r needs GLIBC_<version> from libc.so.6. */
function elfNeedingGlibc(version: string): Buffer {
  const strings = Buffer.from(`\0libc.so.6\0GLIBC_${version}\0`, 'latin1');
  const b = Buffer.alloc(0x200);
  b.write('\x7fELF', 0, 'latin1');
  b[4] = 2; // 64-bit
  b[5] = 1; // little-endian
  b[6] = 1;
  b.writeUInt16LE(3, 16); // ET_DYN
  b.writeUInt16LE(62, 18); // x86-64
  strings.copy(b, 0x40); // .dynstr
  const vn = 0x80; // .gnu.version_r: one Elf_Verneed + one Elf_Vernaux
  b.writeUInt16LE(1, vn);
  b.writeUInt16LE(1, vn + 2);
  b.writeUInt32LE(1, vn + 4); // "libc.so.6"
  b.writeUInt32LE(16, vn + 8);
  b.writeUInt32LE(11, vn + 16 + 8); // "GLIBC_x.y"
  const sh = 0x100; // section headers: null, .dynstr, .gnu.version_r
  const section = (i: number, type: number, offset: number, size: number, link: number, info: number) => {
    const o = sh + i * 64;
    b.writeUInt32LE(type, o + 4);
    b.writeBigUInt64LE(BigInt(offset), o + 24);
    b.writeBigUInt64LE(BigInt(size), o + 32);
    b.writeUInt32LE(link, o + 40);
    b.writeUInt32LE(info, o + 44);
  };
  section(1, 3, 0x40, strings.length, 0, 0);
  section(2, 0x6ffffffe, vn, 32, 1, 1);
  b.writeBigUInt64LE(BigInt(sh), 0x28);
  b.writeUInt16LE(64, 0x3a);
  b.writeUInt16LE(3, 0x3c);
  return b.subarray(0, sh + 3 * 64);
}

const first = (text: string): Explanation => explain(text)[0]!;
const ids = (text: string): string[] => explain(text).map((e) => e.id);

const TRACEBACK_FASTAPI = [
  'Traceback (most recent call last):',
  '  File "/code/main.py", line 1, in <module>',
  '    from fastapi import FastAPI',
  "ModuleNotFoundError: No module named 'fastapi'",
].join('\n');

describe('explain: process exited with code 1', () => {
  it('names the missing module, says how to ship deps, and defuses "operation not permitted"', () => {
    const e = first(exited(1, 'operation not permitted', TRACEBACK_FASTAPI));
    expect(e).toMatchObject({ matched: true, id: 'module-missing' });
    expect(e.title).toContain("'fastapi'");
    expect(e.cause).toMatch(/errno 1 is EPERM/);
    expect(e.cause).toMatch(/not a permission problem/);
    expect(e.fix).toMatch(/target layer/);
    expect(e.fix).toMatch(/target code with include-deps/);
    expect(e.fix).toMatch(/PYTHONPATH/);
    expect(e.findingCodes).toEqual(['deps-missing', 'deps-closure', 'cpython-abi']);
    expect(ids(exited(1, 'operation not permitted', TRACEBACK_FASTAPI))).toEqual(['module-missing']);
  });

  it('reads the same error through JSON escaping, extra spaces and other case', () => {
    const json = JSON.stringify({ ErrorCode: 'CAExited', ErrorMessage: exited(1, 'operation not permitted', TRACEBACK_FASTAPI) });
    expect(first(json)).toMatchObject({ id: 'module-missing' });
    // JSON inside a JSON string (what a log line around the response body looks like).
    expect(first(JSON.stringify(json))).toMatchObject({ id: 'module-missing' });
    const spaced = 'function instance EXITED  UNEXPECTEDLY ( code 1 , message: Operation Not Permitted )\nno module named uvicorn';
    const e = first(spaced);
    expect(e.id).toBe('module-missing');
    expect(e.title).toContain("'uvicorn'");
    expect(e.cause).toMatch(/EPERM/);
  });

  it('understands an escaped {"code":1,...} body', () => {
    const body = '{\\"code\\":1,\\"message\\":\\"operation not permitted\\",\\"logs\\":\\"ModuleNotFoundError: No module named \'pydantic_core._pydantic_core\'\\"}';
    const e = first(body);
    expect(e.id).toBe('module-missing');
    expect(e.title).toContain('pydantic_core._pydantic_core');
    expect(e.cause).toMatch(/built for another Python version/);
    expect(e.cause).toMatch(/EPERM/);
  });

  it('without a module name: Python exited; quote the last error and send to the logs', () => {
    const logs = 'Traceback (most recent call last):\n  File "/code/main.py", line 4, in <module>\n    DB = os.environ["DB_URL"]\nKeyError: \'DB_URL\'';
    const e = first(exited(1, 'operation not permitted', logs));
    expect(e).toMatchObject({ matched: true, id: 'python-exit-1' });
    expect(e.cause).toMatch(/errno 1 is EPERM/);
    expect(e.cause).toContain("KeyError: 'DB_URL'");
    expect(e.fix).toMatch(/Logs:/);
    expect(ids(exited(1, 'operation not permitted'))).toEqual(['python-exit-1']);
  });

  it('a glibc error in the logs is the cause, not a generic exit', () => {
    const logs =
      "ImportError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.33' not found (required by /code/python/pydantic_core/_pydantic_core.cpython-310-x86_64-linux-gnu.so)";
    const all = explain(exited(1, 'operation not permitted', logs));
    expect(all.map((e) => e.id)).toEqual(['glibc-too-new']);
    expect(all[0]!.title).toContain('2.33');
    expect(all[0]!.cause).toContain('_pydantic_core.cpython-310-x86_64-linux-gnu.so');
    expect(all[0]!.findingCodes).toContain('glibc-too-new');
  });
});

describe('explain: start command problems', () => {
  it('code 13 permission denied: bootstrap lost its exec bit', () => {
    const e = first(exited(13, 'permission denied'));
    expect(e).toMatchObject({ id: 'permission', findingCodes: ['bootstrap-mode'] });
    expect(e.cause).toContain('/code/bootstrap');
    expect(e.fix).toMatch(/chmod 755/);
    expect(e.fix).toMatch(/0755/);
    expect(first('Function instance exited unexpectedly (CODE 13, MESSAGE: PERMISSION DENIED)').id).toBe('permission');
    // The errno text alone implies the code; a Python PermissionError in the logs does not.
    expect(first('{\\"ErrorCode\\":\\"CAExited\\",\\"message\\":\\"permission denied\\"}').id).toBe('permission');
    expect(ids(exited(1, 'operation not permitted', "PermissionError: [Errno 13] Permission denied: '/code/data'"))).toEqual(['python-exit-1']);
  });

  it('code 8 exec format error: no #! line (or a foreign binary)', () => {
    const e = first(exited(8, 'exec format error'));
    expect(e.id).toBe('exec-format');
    expect(e.cause).toMatch(/#!/);
    expect(e.fix).toMatch(/#!\/bin\/bash/);
    expect(e.findingCodes).toContain('bootstrap-shebang');
  });

  it('CAExited carrying "exec format error" is explained as the missing #! line, not generically', () => {
    const body =
      '{"ErrorCode":"CAExited","ErrorMessage":"The CA process either cannot be started or exited:ContainerStartDuration:25037266905. CA process cannot be started or exited already: rpc error: code = 106 desc = ContainerStartDuration:25000000000. Ping CA failed due to: dial tcp 21.0.XX.XX:9000: i/o timeout Logs : 2019-11-29T07:27:50.759658265Z panic: standard_init_linux.go:178: exec user process caused \\"exec format error\\""}';
    expect(ids(body)).toEqual(['exec-format']);
  });

  it.each([
    ['env with a literal \\r', exited(127, 'key has expired', "/usr/bin/env: 'bash\\r': No such file or directory")],
    ['env output inside JSON', JSON.stringify({ message: exited(127, 'key has expired', "/usr/bin/env: 'bash\\r': No such file or directory") })],
    ['a real carriage return', exited(127, 'key has expired', '/code/bootstrap: line 3: python3\r: command not found')],
    ["bash's $'\\r'", exited(127, 'key has expired', "/code/bootstrap: line 2: $'\\r': command not found")],
    ['python3\\r', exited(127, 'key has expired', '/code/bootstrap: line 4: exec: python3\\r: not found')],
  ])('code 127 with CRLF evidence (%s): line endings', (_, text) => {
    const e = first(text);
    expect(e.id).toBe('crlf');
    expect(e.fix).toMatch(/dos2unix/);
    expect(e.fix).toMatch(/core\.autocrlf/);
    expect(e.findingCodes).toEqual(['bootstrap-crlf']);
    expect(ids(text)).not.toContain('command-not-found');
  });

  it('code 127 otherwise: command not found, naming it', () => {
    const e = first(exited(127, 'key has expired', '/code/bootstrap: line 2: uvicorn: command not found'));
    expect(e.id).toBe('command-not-found');
    expect(e.title).toContain('uvicorn');
    expect(e.fix).toMatch(/python3 -m uvicorn/);
    expect(first(exited(127, 'key has expired')).id).toBe('command-not-found');
  });

  it('pasted text with Windows line endings is not mistaken for a CRLF bootstrap', () => {
    const pasted = exited(127, 'key has expired', '/code/bootstrap: line 2: gunicorn: command not found').replace(/\n/g, '\r\n');
    expect(first(pasted).id).toBe('command-not-found');
  });

  it('code 2: start command or interpreter missing', () => {
    expect(first(exited(2, 'no such file or directory')).id).toBe('interpreter-not-found');
  });

  it('bootstrap not in the package', () => {
    const e = first('The function cannot be started. Failed to start function instance. Error: the file /code/bootstrap is not exist');
    expect(e.id).toBe('bootstrap-missing');
    expect(e.title).toContain('/code/bootstrap');
  });
});

describe('explain: the server does not listen', () => {
  it('health check failed, with the server bound to 127.0.0.1 in the logs', () => {
    const text = 'Function instance health check failed on port 9000 in 120 seconds.\\nLogs:INFO:     Uvicorn running on http://127.0.0.1:9000 (Press CTRL+C to quit)';
    const e = first(text);
    expect(e).toMatchObject({ id: 'not-listening', findingCodes: ['bootstrap-listen'] });
    expect(e.cause).toContain('127.0.0.1:9000');
    expect(e.fix).toMatch(/0\.0\.0\.0/);
    expect(e.fix).toMatch(/FC_SERVER_PORT/);
    expect(e.fix).toMatch(/9000/);
    expect(e.fix).toMatch(/120 s/);
  });

  it('health check on one port, server on another', () => {
    const e = first('Function instance health check failed on port 9000 in 120 seconds.\nLogs: Uvicorn running on http://0.0.0.0:8000');
    expect(e.cause).toMatch(/FC checks port 9000 but the server listens on 8000/);
  });

  it('FunctionNotStarted (connection refused)', () => {
    const body =
      '{"ErrorCode":"FunctionNotStarted","ErrorMessage":"The CA\'s http server cannot be started:ContainerStartDuration:25000000000. Ping CA failed due to: dial tcp 21.0.X.X:9000: getsockopt: connection refused"}';
    expect(ids(body)).toEqual(['not-listening']);
  });

  it('"did not start listening ... within" and plain timeouts', () => {
    expect(first('the function instance did not start listening on port 9000 within 120 seconds').id).toBe('not-listening');
    expect(first('FunctionNotStarted: timed out waiting for the instance').id).toBe('not-listening');
  });

  it('CAExited without more detail: the process exited, read the logs', () => {
    const body =
      '{"ErrorCode":"CAExited","ErrorMessage":"The CA process either cannot be started or exited:ContainerStartDuration:25037266905. CA process cannot be started or exited already: rpc error: code = 106 desc = ContainerStartDuration:25000000000. Ping CA failed due to: dial tcp 21.0.XX.XX:9000: i/o timeout Logs : "}';
    const all = explain(body);
    expect(all.map((e) => e.id)).toEqual(['ca-exited']);
    expect(all[0]!.fix).toMatch(/fc-python-pack doctor <artifact>/);
  });
});

describe('explain: native-code errors link to doctor findings', () => {
  it('invalid ELF header (macOS / Windows build)', () => {
    const e = first(exited(1, 'operation not permitted', 'ImportError: /code/python/pydantic_core/_pydantic_core.cpython-310-x86_64-linux-gnu.so: invalid ELF header'));
    expect(e.id).toBe('foreign-binary');
    expect(e.findingCodes).toEqual(expect.arrayContaining(['macho', 'pe']));
  });

  it('missing shared library', () => {
    const e = first('ImportError: libGL.so.1: cannot open shared object file: No such file or directory');
    expect(e.id).toBe('shared-library-missing');
    expect(e.title).toContain('libGL.so.1');
  });

  it('killed by SIGKILL', () => {
    expect(first(exited(137, 'unknown error 137')).title).toMatch(/SIGKILL/);
  });

  it('cites only finding codes the doctor knows', () => {
    // Native-code codes come from src/doctor/binary.ts; the rest are the bootstrap / dependency checks.
    const known = new Set<string>([
      ...NATIVE_FINDING_CODES,
      'bootstrap-crlf',
      'bootstrap-shebang',
      'bootstrap-bom',
      'app-missing',
      'bootstrap-mode',
      'bootstrap-missing',
      'bootstrap-command',
      'bootstrap-python',
      'bootstrap-listen',
      'deps-missing',
      ...CLOSURE_FINDING_CODES,
      ...NATIVE_LIB_FINDING_CODES,
    ]);
    const samples = [
      exited(1, 'operation not permitted', TRACEBACK_FASTAPI),
      exited(13, 'permission denied'),
      exited(8, 'exec format error'),
      exited(2, 'no such file or directory'),
      exited(127, 'key has expired', "/usr/bin/env: 'bash\\r': No such file or directory"),
      exited(127, 'key has expired'),
      exited(139, 'unknown error 139'),
      "version `GLIBC_2.29' not found",
      'invalid ELF header',
      'libGL.so.1: cannot open shared object file',
      'Failed to start function instance. Error: the file /code/bootstrap is not exist',
      'Function instance health check failed on port 9000 in 120 seconds.',
    ];
    for (const text of samples) {
      const cited = explain(text).flatMap((e) => e.findingCodes ?? []);
      for (const code of cited) expect(known, `${code} (from ${JSON.stringify(text)})`).toContain(code);
    }
  });

  it('the glibc code explain cites is the one checkNativeFile reports for that problem', () => {
    const cited = first("version `GLIBC_2.29' not found").findingCodes;
    const produced = checkNativeFile('x.cpython-310-x86_64-linux-gnu.so', elfNeedingGlibc('2.29'), { pythonVersion: '3.10', glibc: '2.28' }).map((f) => f.code);
    expect(cited).toEqual(produced);
  });
});

describe('explain: unknown text', () => {
  it.each(['', 'something completely different happened', '{"ErrorCode":"AccessDenied","ErrorMessage":"nope"}'])('%j is not matched and points to doctor', (text) => {
    const all = explain(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ matched: false, id: 'unknown' });
    expect(all[0]!.title).toMatch(/Not a Function Compute start-up error this tool recognises/);
    expect(all[0]!.fix).toContain('fc-python-pack doctor <artifact>');
  });
});

describe('normalizeErrorText', () => {
  it('undoes nested JSON escaping but keeps \\r markers', () => {
    expect(normalizeErrorText('{\\"code\\":1}')).toBe('{"code":1}');
    expect(normalizeErrorText('a\\\\nb')).toBe('a\nb');
    expect(normalizeErrorText("'bash\\\\r'")).toBe("'bash\\r'");
    expect(normalizeErrorText('python3\r: x')).toBe('python3\\r: x');
    expect(normalizeErrorText('line\r\nnext')).toBe('line\nnext');
  });
});
