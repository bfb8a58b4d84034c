/**
 * target: code end to end: the bundled action on a cluttered backend folder, real pip,
 * and the function started in the test image the way FC starts it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listZip } from '../../src/assemble/unzip.js';
import { buildInputs, errorLines, TEST_IMAGE, copyFixture, dockerReady, runAction, tmpDir, treeFingerprint } from '../support/env.js';

const inputsFor = (app: string, out: string, extra: Record<string, string> = {}) =>
  buildInputs('code', app, out, { 'smoke-path': '/health', ...extra });

/** The seed's clutter, plus a .env, around the fixture app. */
function clutter(app: string): void {
  const w = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(app, rel)), { recursive: true });
    fs.writeFileSync(path.join(app, rel), text);
  };
  w('venv/lib/python3.11/site-packages/six.py', '# six\n'.repeat(2000));
  w('venv/pyvenv.cfg', 'home = /usr/bin\n');
  fs.symlinkSync('/usr/bin/python3', path.join(app, 'venv/python3')); // out of the tree, but excluded
  w('.venv/bin/activate', '# activate\n');
  w('__pycache__/main.cpython-311.pyc', 'bytecode');
  w('app/__pycache__/settings.cpython-311.pyc', 'bytecode');
  w('.history/main_20240101.py', 'print("old")\n');
  w('app.db', 'SQLite format 3\0');
  w('data/cache.db', 'SQLite format 3\0');
  w('.git/HEAD', 'ref: refs/heads/main\n');
  w('.git/objects/ab/cdef', 'x'.repeat(5000));
  w('.env', 'GREETING=secret\n');
  w('.DS_Store', '\0\0');
  w('s.yaml', 'edition: 3.0.0\nresources:\n  api:\n    component: fc3\n    props:\n      runtime: custom.debian12\n      code: ./\n');
  fs.symlinkSync('app/settings.py', path.join(app, 'settings_link.py')); // inside the tree: stored as the file
}

const fail = errorLines;

describe('target: code', () => {
  let app: string;
  let out: string;
  let res: ReturnType<typeof runAction>;
  let before: string;

  beforeAll(() => {
    expect(dockerReady(), `docker and ${TEST_IMAGE} are needed: run .ci/docker-up.sh`).toBe(true);
    app = copyFixture('code-app');
    clutter(app);
    fs.chmodSync(path.join(app, 'bootstrap'), 0o644); // as a Windows checkout leaves it
    before = treeFingerprint(app);
    out = tmpDir('fcpp-out-');
    res = runAction(inputsFor(app, out));
  });

  it('builds function.zip without the clutter, with deps under python/', async () => {
    expect(res.code, res.stdout + res.stderr).toBe(0);
    const names = (await listZip(path.join(out, 'function.zip'))).map((e) => e.name);
    for (const n of ['bootstrap', 'main.py', 'app/settings.py', 'requirements.txt', 'settings_link.py', 'python/fastapi/__init__.py', 'python/uvicorn/__init__.py']) {
      expect(names).toContain(n);
    }
    const leaked = names.filter((n) =>
      /^(venv|\.venv|\.history|\.git|tests)\/|__pycache__|\.pyc$|\.db$|^\.env$|^\.DS_Store$|^s\.yaml$|^\.fcignore$|\.bak$/.test(n),
    );
    expect(leaked).toEqual([]);
  });

  it('stores bootstrap 0755 although the source lost the bit, and says so', async () => {
    const entries = await listZip(path.join(out, 'function.zip'));
    expect(entries.find((e) => e.name === 'bootstrap')!.mode & 0o777).toBe(0o755);
    expect(entries.find((e) => e.name === 'main.py')!.mode & 0o777).toBe(0o644);
    expect(res.stdout).toMatch(/::notice file=.*bootstrap.*::.*not executable in the source.*code 13, message:permission denied/);
  });

  it('reports what was left out, by pattern', () => {
    expect(res.stdout).toMatch(/venv\/\s+\d+ files/);
    expect(res.stdout).toMatch(/tests\/\s+1 files .*\(\.fcignore:2\)/);
    expect(res.stdout).toMatch(/Largest: venv/);
  });

  it('starts the bootstrap in an FC-like container and gets an answer from /health', () => {
    expect(res.stdout).toMatch(/import uvicorn [\d.]+ from \/code\/python\/uvicorn\/__init__\.py/);
    expect(res.stdout).toMatch(/\/health answered 200 after [\d.]+ s/);
    expect(res.stdout).toMatch(/listening on 0\.0\.0\.0/);
  });

  it('rebuilds byte for byte and leaves the source untouched', () => {
    const out2 = tmpDir('fcpp-out-');
    const again = runAction(inputsFor(app, out2, { verify: 'false' }));
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.sha256).toBe(res.outputs.sha256);
    expect(treeFingerprint(app)).toBe(before);
  });
});

describe('target: code refuses what FC would not start', () => {
  beforeAll(() => {
    expect(dockerReady()).toBe(true);
  });

  const variant = (edit: (app: string) => void) => {
    const app = copyFixture('code-app');
    edit(app);
    return { app, before: treeFingerprint(app), out: tmpDir('fcpp-out-') };
  };
  const bootstrapWith = (text: string) => (app: string) => fs.writeFileSync(path.join(app, 'bootstrap'), text, { mode: 0o755 });
  const GOOD = '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n';

  const cases: [string, (app: string) => void, Record<string, string>, RegExp][] = [
    ['CRLF line endings', bootstrapWith(GOOD.replace(/\n/g, '\r\n')), {}, /bootstrap:1: .*CRLF.*code 127.*bash\\r.*dos2unix/],
    ['no #! line', bootstrapWith(GOOD.split('\n').slice(1).join('\n')), {}, /bootstrap:1: .*no #! line.*code 8, message:exec format error/],
    ['a loopback bind in bootstrap', bootstrapWith(GOOD.replace('0.0.0.0', '127.0.0.1')), {}, /bootstrap:3: .*binds the server to 127\.0\.0\.1.*Listen on 0\.0\.0\.0/],
    // A console script's Python looks in its own folder, not /code: the deps must be on PYTHONPATH.
    ['deps never put on PYTHONPATH', bootstrapWith('#!/bin/bash\nexec uvicorn main:app --host 0.0.0.0 --port 9000\n'), {}, /never puts it on PYTHONPATH.*No module named uvicorn/],
    ['a link out of the tree', (app) => fs.symlinkSync('/etc/passwd', path.join(app, 'passwd')), {}, /Symbolic link passwd -> \/etc\/passwd points outside working-directory/],
    ['a missing bootstrap', (app) => fs.rmSync(path.join(app, 'bootstrap')), {}, /bootstrap does not exist.*the file \/code\/bootstrap is not exist.*bootstrap: none/],
  ];
  it.each(cases)('%s', (_name, edit, extra, message) => {
    const v = variant(edit);
    const r = runAction(inputsFor(v.app, v.out, extra));
    expect(r.code, r.stdout).toBe(1);
    expect(fail(r)).toMatch(message);
    expect(fs.readdirSync(v.out)).toEqual([]);
    expect(treeFingerprint(v.app)).toBe(v.before);
  });

  it('annotates each bootstrap finding with its file and line', () => {
    const v = variant(bootstrapWith(GOOD.replace('0.0.0.0', '127.0.0.1').replace(/\n/g, '\r\n')));
    const r = runAction(inputsFor(v.app, v.out));
    expect(r.stdout).toMatch(/::error title=bootstrap-crlf,file=[^,]*bootstrap,line=1::/);
    expect(r.stdout).toMatch(/::error title=bootstrap-listen,file=[^,]*bootstrap,line=3::/);
  });

  it('converts CRLF when asked, and runs', () => {
    const v = variant(bootstrapWith(GOOD.replace(/\n/g, '\r\n')));
    const r = runAction(inputsFor(v.app, v.out, { 'convert-crlf': 'true' }));
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::notice.*CRLF line endings; stored with LF/);
    expect(r.stdout).toMatch(/\/health answered 200/);
    expect(treeFingerprint(v.app)).toBe(v.before);
  });

  it('a server bound to 127.0.0.1 where the bootstrap cannot show it', () => {
    const v = variant((app) => {
      // The host comes from an expression: the doctor cannot read it (a literal 127.0.0.1 it reports itself: app-listen).
      fs.writeFileSync(path.join(app, 'serve.py'), 'import os, uvicorn\nuvicorn.run("main:app", host=os.environ.get("HOST", "127.0.0.1"), port=9000)\n');
      bootstrapWith('#!/bin/bash\nexport PYTHONPATH=/code/python\nexec python3 serve.py\n')(app);
    });
    const r = runAction(inputsFor(v.app, v.out));
    expect(r.code, r.stdout).toBe(1);
    expect(fail(r)).toMatch(/listens only on 127\.0\.0\.1:9000.*Listen on 0\.0\.0\.0/);
  });

  it('missing deps: uvicorn not in the requirements', () => {
    const v = variant((app) => fs.writeFileSync(path.join(app, 'requirements.txt'), 'fastapi\n'));
    const r = runAction(inputsFor(v.app, v.out));
    expect(r.code).toBe(1);
    expect(fail(r)).toMatch(/uvicorn.*No module named uvicorn/);
  });

  it('an app that writes to /code at start runs, as on FC (every directory writable), with a warning', () => {
    const v = variant((app) => fs.appendFileSync(path.join(app, 'main.py'), '\nopen("startup.log", "w").write("started")\n'));
    const r = runAction(inputsFor(v.app, v.out));
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning title=writes under \/code::Smoke test: the app wrote under \/code while starting \(\/code\/startup\.log\)/);
  });

  it('a server that never answers', () => {
    const v = variant(bootstrapWith('#!/bin/bash\nexport PYTHONPATH=/code/python\nexec sleep 600\n'));
    const r = runAction(inputsFor(v.app, v.out, { 'smoke-timeout': '3' }));
    expect(r.code).toBe(1);
    expect(fail(r)).toMatch(/nothing answered on port 9000 within 3 s.*FunctionNotStarted/);
  });

  it('code only (include-deps: false) verifies against the deps as a layer at /opt/python', async () => {
    const v = variant(bootstrapWith(GOOD.replace('/code/python', '/opt/python')));
    const r = runAction(inputsFor(v.app, v.out, { 'include-deps': 'false' }));
    expect(r.code, r.stdout).toBe(0);
    const names = (await listZip(path.join(v.out, 'function.zip'))).map((e) => e.name);
    expect(names.filter((n) => n.startsWith('python/'))).toEqual([]);
    expect(r.stdout).toMatch(/import uvicorn [\d.]+ from \/opt\/python\/uvicorn/);
  });

  it('runs the doctor on its own zip: a macOS build of a native module stops the build', () => {
    const v = variant((app) => {
      const macho = Buffer.alloc(64);
      macho.writeUInt32LE(0xfeedfacf, 0);
      fs.mkdirSync(path.join(app, 'native'));
      fs.writeFileSync(path.join(app, 'native', '_fast.cpython-311-darwin.so'), macho);
    });
    const r = runAction(inputsFor(v.app, v.out, { verify: 'false' }));
    expect(r.code).toBe(1);
    expect(fail(r)).toMatch(/::error title=macho::native\/_fast\.cpython-311-darwin\.so: /);
    expect(fs.readdirSync(v.out)).toEqual([]);
  });

  it('warns when an excluded .env looks needed', () => {
    const v = variant((app) => {
      fs.writeFileSync(path.join(app, '.env'), 'GREETING=hi\n');
      fs.writeFileSync(path.join(app, 'app/config.py'), 'import os\n\nfrom dotenv import load_dotenv\nload_dotenv()\n');
    });
    const r = runAction(inputsFor(v.app, v.out, { verify: 'false' }));
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning title=\.env is not shipped,file=[^,]*app\/config\.py,line=3::.*reads \.env, which is left out/);
  });
});
