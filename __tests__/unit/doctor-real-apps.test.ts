/**
 * The doctor on fixtures in the shapes issue 20 saw in real FC apps (written here, none copied):
 * a bootstrap saved with a BOM, a script that starts its own server, a RECORD whose files are
 * gone or altered, a source folder whose deps are not built yet. Every good fixture gives no
 * warning and no error (the false-alarm count at the end).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDoctor as doctorAll, type DoctorOptions, type DoctorReport } from '../../src/doctor/doctor.js';
import { buildElf, craftImage, craftZip, fakeDist, MAIN_PY, tmp, type CraftEntry } from '../fixtures/doctor/craft.js';

const OPTS: DoctorOptions = { pythonVersion: '3.10', runtime: 'custom.debian10', port: 9000 };
const doctor = (subject: string, opts: Partial<DoctorOptions> = {}) => doctorAll(subject, { ...OPTS, ...opts });
const problems = (r: DoctorReport) => r.findings.filter((f) => f.severity !== 'info');
const lines = (r: DoctorReport) => problems(r).map((f) => `${f.severity}:${f.code}@${f.file}${f.line ? `:${f.line}` : ''}`);

/** Good fixtures: each must come out with no warning and no error. */
const good: string[] = [];
afterAll(async () => {
  const alarms: string[] = [];
  for (const g of good) for (const l of lines(await doctor(g))) alarms.push(`${path.basename(path.dirname(g))}/${path.basename(g)}: ${l}`);
  expect(alarms, 'false alarms over the good fixtures').toEqual([]);
});

// custom.debian10's Python 3.10 is python3 only with its folder first on PATH (FC's documentation).
const BOOT = (cmd: string) => `#!/usr/bin/env bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexport PATH=/var/fc/lang/python3.10/bin:$PATH\n${cmd}\n`;
const deps = (): CraftEntry[] => [{ name: 'python/', dir: true }, ...fakeDist('python/', 'fastapi', '0.110.0'), ...fakeDist('python/', 'uvicorn', '0.30.0')];
function zip(entries: CraftEntry[], name = 'function.zip'): string {
  return craftZip(path.join(tmp('fcpp-real-'), name), entries);
}

describe('a UTF-8 BOM before #!', () => {
  const boot = BOOT('exec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000');
  it('FC execs bootstrap: one error naming the BOM, nothing that follows from it', async () => {
    const r = await doctor(zip([{ name: 'bootstrap', data: `\ufeff${boot}`, mode: 0o755 }, { name: 'main.py', data: MAIN_PY }, ...deps()]));
    expect(lines(r)).toEqual(['error:bootstrap-bom@bootstrap:1']);
    expect(r.findings[0]!.message).toMatch(/byte-order mark/);
    expect(r.findings[0]!.fcSymptom).toMatch(/exec format error/);
    good.push(zip([{ name: 'bootstrap', data: boot, mode: 0o755 }, { name: 'main.py', data: MAIN_PY }, ...deps()]));
  });

  it('the start command is `bash bootstrap`: a warning, bash goes on', async () => {
    const site = 'usr/local/lib/python3.10/site-packages/';
    const image = (b: string) =>
      craftImage(path.join(tmp('fcpp-real-'), 'image.tar'), {
        layers: [
          [{ name: 'bin/bash', data: '\x7fELF', mode: 0o755 }, { name: 'usr/local/bin/python3', data: '\x7fELF', mode: 0o755 }, { name: 'usr/local/lib/python3.10/os.py', data: '' }, ...fakeDist(site, 'fastapi', '0.110.0'), ...fakeDist(site, 'uvicorn', '0.30.0')],
          [{ name: 'code/', dir: true }, { name: 'code/bootstrap', data: b, mode: 0o644 }, { name: 'code/main.py', data: MAIN_PY }],
        ],
        env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'PYTHON_VERSION=3.10.9'],
        cmd: ['bash', '/code/bootstrap'],
        workingDir: '/code',
      });
    const b = '#!/bin/bash\nexport PATH=/var/fc/lang/python3.10/bin:$PATH\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n';
    const r = await doctor(image(`\ufeff${b}`));
    expect(lines(r)).toEqual(['warning:bootstrap-bom@/code/bootstrap:1']);
    good.push(image(b));
  });
});

describe('host and port set in Python, when the start command runs a script', () => {
  const app = (run: string) => `import os\nimport uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\nif __name__ == "__main__":\n    ${run}\n`;
  const pkg = (script: string, boot = BOOT('exec python3 app.py')) => zip([{ name: 'bootstrap', data: boot, mode: 0o755 }, { name: 'app.py', data: script }, ...deps()]);

  it('uvicorn.run on 127.0.0.1:8000: an error for the host and one for the port, on the script\'s line', async () => {
    const r = await doctor(pkg(app('uvicorn.run(app, host="127.0.0.1", port=8000)')));
    expect(lines(r)).toEqual(['error:app-listen@app.py:9', 'error:app-port@app.py:9']);
    expect(r.findings[1]!.message).toMatch(/port 8000, but FC calls port 9000/);
    good.push(pkg(app('uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("FC_SERVER_PORT", "9000")))')));
    good.push(pkg(app('uvicorn.run(app, host="0.0.0.0", port=9000)')));
  });

  it('a Flask app on port 5001 with debug=True (host left to Flask: 127.0.0.1)', async () => {
    const flask = 'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n    return "ok"\n\n\nif __name__ == "__main__":\n    app.run(debug=True, port=5001)\n';
    const r = await doctor(zip([{ name: 'bootstrap', data: BOOT('cd /code && python3 -u app.py'), mode: 0o755 }, { name: 'app.py', data: flask }, { name: 'python/', dir: true }, ...fakeDist('python/', 'flask', '3.0.0')]));
    expect(lines(r)).toEqual(['error:app-listen@app.py:12', 'error:app-port@app.py:12']);
    expect(r.findings[0]!.message).toMatch(/no host= given/);
  });

  it('an image whose CMD runs the script: the same check', async () => {
    const site = 'usr/local/lib/python3.10/site-packages/';
    const image = (script: string) =>
      craftImage(path.join(tmp('fcpp-real-'), 'image.tar'), {
        layers: [
          [{ name: 'usr/local/bin/python3', data: '\x7fELF', mode: 0o755 }, { name: 'usr/local/lib/python3.10/os.py', data: '' }, ...fakeDist(site, 'fastapi', '0.110.0'), ...fakeDist(site, 'uvicorn', '0.30.0')],
          [{ name: 'srv/', dir: true }, { name: 'srv/app.py', data: script }],
        ],
        env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'PYTHON_VERSION=3.10.9'],
        cmd: ['python3', 'app.py'],
        workingDir: '/srv',
      });
    expect(lines(await doctor(image(app('uvicorn.run(app, host="0.0.0.0", port=8000)'))))).toEqual(['error:app-port@/srv/app.py:9']);
    good.push(image(app('uvicorn.run(app, host="0.0.0.0", port=9000)')));
  });

  it('a wrong port in bootstrap is an error too', async () => {
    const r = await doctor(zip([{ name: 'bootstrap', data: BOOT('exec python3 -m uvicorn main:app --host 0.0.0.0 --port 8080'), mode: 0o755 }, { name: 'main.py', data: MAIN_PY }, ...deps()]));
    expect(lines(r)).toEqual(['error:bootstrap-port@bootstrap:4']);
  });
});

describe('RECORD integrity', () => {
  const h = (d: string | Buffer) => `sha256=${createHash('sha256').update(d).digest('base64url')}`;
  /** An installed distribution whose RECORD lists its files with their sizes and digests (as pip writes it). */
  function recorded(root: string, name: string, version: string, files: [string, string | Buffer][], extraRows: string[] = []): CraftEntry[] {
    const info = `${name}-${version}.dist-info`;
    const meta: [string, string | Buffer][] = [[`${info}/METADATA`, `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`], [`${info}/WHEEL`, 'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp310-cp310-manylinux_2_17_x86_64\n'], [`${info}/INSTALLER`, 'pip\n']];
    const all = [...files, ...meta];
    const record = [...all.map(([p, d]) => `${p},${h(d)},${Buffer.byteLength(d)}`), ...extraRows, `${info}/RECORD,,`].join('\r\n') + '\r\n';
    return [...all, [`${info}/RECORD`, record] as [string, string | Buffer]].map(([p, d]) => ({ name: `${root}${p}`, data: d }));
  }
  const core: [string, string | Buffer][] = [
    ['pydantic_core/__init__.py', 'from ._pydantic_core import *\n'],
    ['pydantic_core/_pydantic_core.cpython-310-x86_64-linux-gnu.so', buildElf()],
    ['pydantic_core/core_schema.py', 'X = 1\n'],
  ];
  // Rows pip lists but does not install as they are, and a file two distributions both write: never held against the artifact.
  const extra = ['pydantic_core/__pycache__/__init__.cpython-310.pyc,sha256=AAAA,10', '../../bin/pc-tool,sha256=AAAA,12', 'pydantic_core-2.16.3.data/scripts/x,sha256=AAAA,3', 'shared/__init__.py,sha256=AAAA,5'];
  const layer = (files: [string, string | Buffer][], rows = extra) => [{ name: 'python/', dir: true }, ...recorded('python/', 'pydantic_core', '2.16.3', files, rows), ...recorded('python/', 'other', '1.0', [['shared/__init__.py', '# other\n'], ['other.py', '']])];

  it('a deleted extension module is an error naming the package and the file', async () => {
    const r = await doctor(zip(layer(core).filter((e) => !e.name.endsWith('.so')), 'layer.zip'));
    expect(lines(r)).toEqual(['error:record-missing@python/pydantic_core/_pydantic_core.cpython-310-x86_64-linux-gnu.so']);
    expect(r.findings[0]!.message).toMatch(/^pydantic_core 2\.16\.3's RECORD lists 1 file that the layer lacks/);
    good.push(zip(layer(core), 'layer.zip'));
  });

  it('an altered or truncated file is an error; the build (hashes off) still sees a changed size', async () => {
    const edits: Record<string, string> = { 'python/pydantic_core/core_schema.py': 'X = 2\n', 'python/pydantic_core/__init__.py': 'from . import x\n' };
    const file = zip(layer(core).map((e) => (e.name in edits ? { ...e, data: edits[e.name] } : e)), 'layer.zip');
    const r = await doctor(file);
    expect(lines(r)).toEqual(['error:record-mismatch@python/pydantic_core/__init__.py']);
    expect(r.findings[0]!.message).toMatch(/__init__\.py \(\d+ bytes, RECORD says 30\), python\/pydantic_core\/core_schema\.py \(its sha256 is not the one RECORD gives\)/);
    expect(lines(await doctor(file, { recordHashes: false }))).toEqual(['error:record-mismatch@python/pydantic_core/__init__.py']);
  });
});

describe('data left out by the default exclusions or .fcignore', () => {
  /** A FastAPI app with a seed database and a data folder (the shape seen: login answered 500 on FC). */
  function app(fcignore?: string): string {
    const dir = tmp('fcpp-real-src-');
    const w = (rel: string, data: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), data);
    };
    w('bootstrap', BOOT('exec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000'));
    fs.chmodSync(path.join(dir, 'bootstrap'), 0o755);
    w('main.py', 'from fastapi import FastAPI\nfrom app.store import users\n\napp = FastAPI()\n');
    w('requirements.txt', 'fastapi==0.110.0\nuvicorn==0.30.0\n');
    w('app/__init__.py', '');
    w('app/store.py', 'import os\nimport sqlite3\n\nHERE = os.path.dirname(os.path.abspath(__file__))\nSEED = os.path.join(HERE, "seed", "users.db")\n\n\ndef users():\n    return sqlite3.connect(SEED).execute("select * from users").fetchall()\n');
    w('app/seed/users.db', 'SQLite format 3\0');
    w('reports.py', 'import json\n\nwith open("data/regions.json") as f:\n    REGIONS = json.load(f)\n');
    w('data/regions.json', '{}');
    w('scratch.db', 'SQLite format 3\0'); // left out, named nowhere: no warning
    if (fcignore !== undefined) w('.fcignore', fcignore);
    return dir;
  }

  it('the doctor on the folder warns with the file and the line that opens it', async () => {
    const r = await doctor(app('data/\n'));
    expect(r.findings.filter((f) => f.code === 'data-left-out').map((f) => `${f.file}:${f.line} ${f.message.split(': ').pop()}`)).toEqual([
      'app/store.py:5 *.db (a default exclusion)',
      'reports.py:3 data/ (.fcignore line 1)',
    ]);
    expect(r.findings.find((f) => f.code === 'data-left-out')!.message).toMatch(/^the code opens app\/seed\/users\.db, which function\.zip leaves out/);
    // Shipped on purpose: .fcignore's !pattern wins over the default.
    good.push(app('!app/seed/users.db\n'));
  });

  it('the job summary lists what was left out, by pattern', async () => {
    const { selectFiles } = await import('../../src/assemble/select.js');
    const { leftOutWords } = await import('../../src/publish/summary.js');
    const sel = await selectFiles(app('data/\n'), { exclude: [] });
    const words = leftOutWords(sel.rules).split('; ').map((w) => w.replace(/, [\d.]+ \w+ /, ' '));
    expect(words.sort()).toEqual(['`*.db` 2 files (default)', '`.fcignore` 1 file (default)', '`data/` 1 file (.fcignore:1)']);
    expect(leftOutWords([])).toBe('nothing');
  });
});

describe('a source folder whose deps are not built yet', () => {
  it('says so once, as information, with the command that builds them; no error per module', async () => {
    const dir = tmp('fcpp-real-src-');
    fs.writeFileSync(path.join(dir, 'bootstrap'), BOOT('exec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000 --worker-class uvicorn.workers.UvicornWorker'), { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'main.py'), 'import pandas\nfrom fastapi import FastAPI\napp = FastAPI()\n');
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\nuvicorn[standard]\npandas>=2\nsqlalchemy\n');
    const r = await doctor(dir);
    expect(r.findings.map((f) => `${f.severity}:${f.code}`)).toEqual(['info:deps-not-built']);
    expect(r.findings[0]!.fix).toContain(`fc-python-pack build ${dir} --target code --runtime custom.debian10 --python-version 3.10`);
    good.push(dir);
    // Nothing declares uvicorn: that is still an error (for the module, and for the worker class).
    const bare = tmp('fcpp-real-src-');
    fs.cpSync(dir, bare, { recursive: true });
    fs.rmSync(path.join(bare, 'requirements.txt'));
    expect(lines(await doctor(bare))).toEqual(['error:deps-missing@bootstrap:4', 'error:deps-missing@bootstrap:4']);
  });
});

describe('the legacy custom runtime', () => {
  it('is refused with one message naming the supported runtimes and how to move', async () => {
    const { parseRuntime } = await import('../../src/inputs/inputs.js');
    for (const v of ['custom', 'custom.debian9']) {
      let err: Error | undefined;
      try {
        parseRuntime(v);
      } catch (e) {
        err = e as Error;
      }
      expect(err?.message).toMatch(/legacy custom runtime \(Debian 9, glibc 2\.24, Python 3\.7\).*Supported: custom\.debian10, custom\.debian11, custom\.debian12\. To move, set the function's runtime to custom\.debian12/);
    }
    expect(parseRuntime('custom.debian12')).toBe('custom.debian12');
  });
});

describe('explain on more real messages', () => {
  it("code 2 with can't open file: the start command names a file the package lacks (not #! or CRLF)", async () => {
    const { explain } = await import('../../src/doctor/explain.js');
    const text = "Function instance exited unexpectedly(code 2, message:no such file or directory) with start command 'python3 app.py'. Logs: python3: can't open file '/code/app.py': [Errno 2] No such file or directory";
    const ids = explain(text).map((e) => e.id);
    expect(ids).toEqual(['script-missing']);
    expect(explain(text)[0]!.title).toBe('The start command runs /code/app.py, which is not in the code package');
    expect(explain(text)[0]!.fix).toMatch(/unzip -l function\.zip/);
  });

  it('a start that is not Python gets a fix of its own kind, not a uvicorn command', async () => {
    const { explain } = await import('../../src/doctor/explain.js');
    const next = explain("Function instance exited unexpectedly(code 127, message:key has expired) with start command 'npm run start'. Logs: > web@0.1.0 start\n> next start\nsh: 1: next: not found");
    expect(next.map((e) => e.id)).toEqual(['not-python']);
    expect(next[0]!.title).toMatch(/runs next, a Node\.js command/);
    expect(next[0]!.fix).toMatch(/node node_modules\/next\/dist\/bin\/next start -H 0\.0\.0\.0 -p 9000/);
    expect(next[0]!.fix).not.toMatch(/uvicorn/);
    // A Python console script still gets the Python answer.
    expect(explain("Function instance exited unexpectedly(code 127, message:key has expired). Logs: /code/bootstrap: line 3: uvicorn: command not found").map((e) => e.id)).toEqual(['command-not-found']);
  });
});

describe('RECORD integrity: stripped tests', () => {
  it('a package whose tests/ folder was deleted to save space is information, not an error', async () => {
    const h = (d: string) => `sha256=${createHash('sha256').update(d).digest('base64url')}`;
    const files: [string, string][] = [['slimpkg/__init__.py', 'V = 1\n'], ['slimpkg/tests/test_v.py', 'def test(): pass\n'], ['slimpkg/py.typed', '']];
    const info = 'slimpkg-1.0.dist-info';
    const rows = [...files, [`${info}/METADATA`, 'Metadata-Version: 2.1\nName: slimpkg\nVersion: 1.0\n']].map(([p, d]) => `${p},${h(d!)},${Buffer.byteLength(d!)}`);
    const entries: CraftEntry[] = [
      { name: 'python/', dir: true },
      { name: `python/${info}/METADATA`, data: 'Metadata-Version: 2.1\nName: slimpkg\nVersion: 1.0\n' },
      { name: `python/${info}/RECORD`, data: `${rows.join('\n')}\n${info}/RECORD,,\n` },
      { name: 'python/slimpkg/__init__.py', data: 'V = 1\n' },
    ];
    const r = await doctor(zip(entries, 'layer.zip'));
    expect(r.findings.map((f) => `${f.severity}:${f.code}`)).toEqual(['info:record-missing']);
    expect(r.findings[0]!.message).toMatch(/lists 2 files that the layer lacks: python\/slimpkg\/tests\/test_v\.py, python\/slimpkg\/py\.typed \(tests, stubs or docs only/);
    good.push(zip(entries, 'layer.zip'));
  });
});
