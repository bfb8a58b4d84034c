/**
 * The function as FC starts it, end to end: a Serverless Devs project in the shape of FC's FastAPI
 * template (s.yaml at the root, the code in code/, no bootstrap, `python3 -u index.py`) built
 * unmodified from either folder, started the way FC starts it; the doctor reading s.yaml; and the
 * start's own modules (the server, the entry module) imported by verify for a layer as for code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listZip } from '../../src/assemble/unzip.js';
import { DEBIAN10_IMAGE, ROOT, TEST_IMAGE, buildInputs, copyFixture, dockerReady, errorLines, isolatedEnv, runAction, sha256File, tmpDir, treeFingerprint } from '../support/env.js';

const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const doctor = (...args: string[]) => spawnSync(process.execPath, [CLI, 'doctor', ...args], { encoding: 'utf8', env: isolatedEnv() });

/** The build inputs with nothing about the function: s.yaml says it all (the local index and the test image aside). */
function fromSYaml(target: 'code' | 'layer', wd: string, out: string, extra: Record<string, string> = {}): Record<string, string> {
  const i = buildInputs(target, wd, out, { 'smoke-path': '/health', ...extra });
  delete i.runtime;
  delete i['python-version'];
  return { ...i, ...extra };
}

describe('FC\'s FastAPI template shape (s.yaml, python3 -u index.py, no bootstrap)', () => {
  let project: string;
  let before: string;
  const out = { root: '', code: '' };
  const res: Record<'root' | 'code', ReturnType<typeof runAction> | undefined> = { root: undefined, code: undefined };

  beforeAll(() => {
    expect(dockerReady(), `docker and ${TEST_IMAGE} are needed`).toBe(true);
    project = copyFixture('fc-template');
    before = treeFingerprint(project);
    out.root = tmpDir('fcpp-out-');
    out.code = tmpDir('fcpp-out-');
    res.root = runAction(fromSYaml('code', project, out.root));
  });

  it('builds unmodified with working-directory at the s.yaml folder: deps at the zip root, smoke test through python3 -u index.py', async () => {
    const r = res.root!;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const names = (await listZip(path.join(out.root, 'function.zip'))).map((e) => e.name);
    for (const n of ['index.py', 'requirements.txt', 'fastapi/__init__.py', 'uvicorn/__init__.py', 'pydantic_core/__init__.py']) expect(names).toContain(n);
    expect(names.some((n) => n.startsWith('python/') || n === 's.yaml' || n.startsWith('code/'))).toBe(false);
    expect(r.stdout).toMatch(/the dependencies go at the top of function\.zip/);
    // What FC runs, with what FC gives it: the command and args from s.yaml, in /code, its PATH, no PYTHONPATH.
    expect(r.stdout).toMatch(/Imports as \S*s\.yaml \(customRuntimeConfig\) would run them, with the function's environment \(PATH\), PYTHONPATH=\(unset, as FC leaves it\)/);
    expect(r.stdout).toMatch(/import index\s+from \/code\/index\.py/);
    expect(r.stdout).toMatch(/Started python3 -u index\.py \(\S*s\.yaml \(customRuntimeConfig\)\)/);
    expect(r.stdout).toMatch(/\/health answered 200/);
    expect(r.stdout).toMatch(/^start: python3 -u index\.py \(\S*s\.yaml \(customRuntimeConfig\)\), the dependencies at the top of function\.zip$/m);
    expect(treeFingerprint(project)).toBe(before);
  });

  it('builds the same bytes with working-directory at code/', () => {
    res.code = runAction(fromSYaml('code', path.join(project, 'code'), out.code, { 'smoke-test': 'false' }));
    expect(res.code.code, res.code.stdout + res.code.stderr).toBe(0);
    expect(sha256File(path.join(out.code, 'function.zip'))).toBe(sha256File(path.join(out.root, 'function.zip')));
  });

  it('doctor: deps under python/ with an s.yaml (or start command and environment) that never puts /code/python on PYTHONPATH is an error naming PYTHONPATH', () => {
    // The same function built with PYTHONPATH=/code/python (deps under python/), then read with s.yaml's own environment.
    const o = tmpDir('fcpp-out-');
    const r = runAction(fromSYaml('code', project, o, { environment: 'PYTHONPATH=/code/python\nPATH=/usr/local/bin:/usr/bin:/bin', verify: 'false' }));
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/Input environment \(its variables\) differs from .*s\.yaml's environmentVariables/);
    const zip = path.join(o, 'function.zip');
    const withSYaml = doctor(zip, '--s-yaml', path.join(project, 's.yaml'));
    expect(withSYaml.status, withSYaml.stdout + withSYaml.stderr).toBe(1);
    expect(withSYaml.stdout).toMatch(/python\/ holds installed packages .* but neither the function's environment variables .*no PYTHONPATH.* nor its start command put it on PYTHONPATH[\s\S]*No module named/);
    const withFlags = doctor(zip, '--runtime', 'custom.debian12', '--start-command', 'python3 -u index.py', '--environment', 'PATH=/usr/local/bin:/usr/bin:/bin');
    expect(withFlags.status).toBe(1);
    expect(withFlags.stdout).toMatch(/bootstrap-no-pythonpath/);
    // The folder itself reads its s.yaml: the code in code/, the start from customRuntimeConfig.
    const folder = doctor(project);
    expect(folder.stdout).not.toMatch(/bootstrap-missing/);
  });

  it('doctor: a layer whose function never puts /opt/python on PYTHONPATH is an error', () => {
    const o = tmpDir('fcpp-out-');
    const r = runAction({ ...buildInputs('layer', path.join(project, 'code'), o), 's-yaml': 'none', verify: 'false' });
    expect(r.code, r.stdout).toBe(0);
    const d = doctor(path.join(o, 'layer.zip'), '--s-yaml', path.join(project, 's.yaml'), '--kind', 'layer');
    expect(d.status, d.stdout + d.stderr).toBe(1);
    expect(d.stdout).toMatch(/the layer's packages land in \/opt\/python .* never put \/opt\/python on PYTHONPATH/);
    // And the build refuses it before building anything.
    const b = runAction(fromSYaml('layer', project, tmpDir('fcpp-out-')));
    expect(b.code).toBe(1);
    expect(errorLines(b)).toMatch(/never puts \/opt\/python on PYTHONPATH/);
  });
});

describe('custom.debian10, the template\'s own runtime: FC\'s Python 3.10 only through the PATH s.yaml sets', () => {
  // A pure-Python app (the local index's native wheels are cp311), in an image laid out as custom.debian10:
  // python3 on the default PATH is Debian's own; 3.10 is at /var/fc/lang/python3.10.
  const debian10App = () => {
    const p = copyFixture('fc-template');
    const s = fs.readFileSync(path.join(p, 's.yaml'), 'utf8').replace('runtime: custom.debian12', 'runtime: custom.debian10');
    fs.writeFileSync(path.join(p, 's.yaml'), s);
    fs.writeFileSync(path.join(p, 'code', 'requirements.txt'), 'starlette\nuvicorn\n');
    fs.writeFileSync(
      path.join(p, 'code', 'index.py'),
      'import sys\nimport uvicorn\nfrom starlette.applications import Starlette\nfrom starlette.responses import JSONResponse\nfrom starlette.routing import Route\n\n' +
        'async def health(request):\n    return JSONResponse({"python": "%d.%d" % sys.version_info[:2]})\n\napp = Starlette(routes=[Route("/health", health)])\n\n' +
        'if __name__ == "__main__":\n    uvicorn.run(app, host="0.0.0.0", port=9000)\n',
    );
    return p;
  };

  it('builds for 3.10 and starts python3 -u index.py with 3.10, in an image whose own python3 is not 3.10', () => {
    const out = tmpDir('fcpp-out-');
    const r = runAction(fromSYaml('code', debian10App(), out, { 'verify-image': DEBIAN10_IMAGE }));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Installing requirements\.txt for custom\.debian10, Python 3\.10/);
    expect(r.stdout).toMatch(/verified in \S+ \(Python 3\.10\)/);
    expect(r.stdout).toMatch(/\/health answered 200/);
  });

  it('without that PATH the same start is refused before anything is built: python3 would be Debian\'s own', () => {
    const p = debian10App();
    const s = fs.readFileSync(path.join(p, 's.yaml'), 'utf8').replace(/\n      environmentVariables:\n        PATH: [^\n]*\n/, '\n');
    fs.writeFileSync(path.join(p, 's.yaml'), s);
    const out = tmpDir('fcpp-out-');
    const r = runAction(fromSYaml('code', p, out, { 'verify-image': DEBIAN10_IMAGE }));
    expect(r.code).toBe(1);
    expect(errorLines(r)).toMatch(/runs python3, which on custom\.debian10 is Debian's own Python 3\.7 .*Set PATH=\/var\/fc\/lang\/python3\.10\/bin:\$PATH/);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('the start\'s own modules are imported: the regression of a backend whose requirements forgot uvicorn', () => {
  const backend = (pythonPath: string) => {
    const dir = path.join(tmpDir(), 'backend');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'bootstrap'), `#!/bin/bash\nexport PYTHONPATH=${pythonPath}:$PYTHONPATH\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'main.py'), 'from fastapi import FastAPI\napp = FastAPI()\n');
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
    return dir;
  };

  it.each([
    ['layer', '/opt/python'],
    ['code', '/code/python'],
  ] as const)('target %s: an error naming uvicorn', (target, pythonPath) => {
    const out = tmpDir('fcpp-out-');
    const r = runAction(buildInputs(target, backend(pythonPath), out));
    expect(r.code, r.stdout).toBe(1);
    // The layer's verify imports the server the bootstrap starts; for code the doctor already sees it missing.
    expect(errorLines(r)).toMatch(target === 'layer' ? /module uvicorn does not import .*No module named '?uvicorn/ : /starts python -m uvicorn, but uvicorn is not in function\.zip.*No module named uvicorn/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('an entry module that reaches for a service when imported (none here: no network) is a warning, not a false failure', () => {
    const dir = backend('/code/python');
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\nuvicorn\n');
    fs.writeFileSync(path.join(dir, 'main.py'), 'import socket\nfrom fastapi import FastAPI\nsocket.create_connection(("127.0.0.1", 5432), timeout=1)  # the database\napp = FastAPI()\n');
    const out = tmpDir('fcpp-out-');
    const r = runAction({ ...buildInputs('code', dir, out), 'smoke-test': 'false' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning title=entry module::Verify: the function's entry module main raised ConnectionRefusedError/);
  });
});
