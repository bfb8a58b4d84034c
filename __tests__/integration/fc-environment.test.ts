/**
 * FC's environment as documented: an app that writes under /code at start runs (with a warning),
 * and verify's default imports reach native code: a broken extension fails in the container with
 * its ImportError. Real pip, real containers (the test image, network none).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUserError, UserError } from '../../src/shared/errors.js';
import { MemoryLog } from '../../src/shared/log.js';
import { checkImports } from '../../src/verify/imports.js';
import { TreeUnseen } from '../../src/verify/tree.js';
import { buildInputs, INDEX_URL, TEST_IMAGE, copyFixture, dockerReady, isolatedEnv, runAction, tmpDir } from '../support/env.js';

beforeAll(() => {
  expect(dockerReady(), `docker and ${TEST_IMAGE} are needed`).toBe(true);
});

describe('an app that writes under /code at start', () => {
  it('builds and passes the smoke test, with a warning that names the files', () => {
    const app = copyFixture('code-app');
    const main = fs.readFileSync(path.join(app, 'main.py'), 'utf8');
    fs.writeFileSync(
      path.join(app, 'main.py'),
      `import json, os\nos.makedirs("/code/uploads", exist_ok=True)\nwith open("/code/state.json", "w") as f:\n    json.dump({"started": True}, f)\n${main}`,
    );
    const out = tmpDir('fcpp-out-');
    const res = runAction(buildInputs('code', app, out, { runtime: 'custom.debian12', 'smoke-path': '/health' }));
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/\/health answered 200/);
    expect(res.stdout).toMatch(/::warning title=writes under \/code::Smoke test: the app wrote under \/code while starting \(\/code\/state\.json, \/code\/uploads\)\. FC allows it/);
    // The source folder is untouched, and the artifact holds nothing the app wrote.
    expect(fs.existsSync(path.join(app, 'state.json'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'function.zip'))).toBe(true);
  });

  it('an app that writes nothing there gets no such warning', () => {
    const out = tmpDir('fcpp-out-');
    const res = runAction(buildInputs('code', copyFixture('code-app'), out, { runtime: 'custom.debian12', 'smoke-path': '/health' }));
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).not.toMatch(/writes under \/code/);
  });
});

describe('verify imports what is shipped', () => {
  it('a native import that fails fails in the container with its ImportError', async () => {
    // numpy as pip installs it, less the OpenBLAS it bundles in numpy.libs: its extension cannot load.
    const opt = tmpDir('fcpp-opt-');
    const py = path.join(opt, 'python');
    execFileSync('python3', ['-m', 'pip', 'install', '-q', '--target', py, '--no-deps', '--only-binary=:all:', '--index-url', INDEX_URL, 'numpy'], { env: isolatedEnv() });
    expect(fs.existsSync(path.join(py, 'numpy.libs'))).toBe(true);
    fs.rmSync(path.join(py, 'numpy.libs'), { recursive: true });
    const log = new MemoryLog();
    const err = await checkImports(
      { image: TEST_IMAGE, pythonVersion: '3.11', imports: { modules: [], dists: ['numpy'], optionalDists: ['uvicorn', 'fastapi'] }, requirementsShown: 'requirements.txt' },
      { mountArgs: ['-v', `${opt}:/opt:ro`, '-e', 'PYTHONPATH=/opt/python'], where: 'the layer (/opt/python)' },
      log,
    ).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect(String((err as Error).message)).toMatch(/Verify: module numpy does not import from the layer \(\/opt\/python\): ImportError: .*libscipy_openblas/s);
  });

  it('a tree still being written when the container starts is imported only once it is whole', async () => {
    const opt = tmpDir('fcpp-opt-');
    const ready = new Promise<void>((resolve) =>
      setTimeout(() => {
        fs.mkdirSync(path.join(opt, 'python', 'late'), { recursive: true });
        fs.writeFileSync(path.join(opt, 'python', 'late', '__init__.py'), '__version__ = "1.2"\n');
        resolve();
      }, 1500),
    );
    const report = await checkImports(
      { image: TEST_IMAGE, pythonVersion: '3.11', imports: { modules: ['late'], dists: [], optionalDists: [] }, requirementsShown: 'requirements.txt' },
      { mountArgs: ['-v', `${opt}:/opt:ro`, '-e', 'PYTHONPATH=/opt/python'], where: 'the layer (/opt/python)', ready },
      new MemoryLog(),
    );
    expect(report.imports).toEqual([{ module: 'late', ok: true, version: '1.2', file: '/opt/python/late/__init__.py' }]);
  });

  it('an unpack that fails is the error, and the waiting container is gone', async () => {
    const opt = tmpDir('fcpp-opt-');
    const before = execFileSync('docker', ['ps', '-aq'], { encoding: 'utf8' });
    const err = await checkImports(
      { image: TEST_IMAGE, pythonVersion: '3.11', imports: { modules: ['json'], dists: [], optionalDists: [] }, requirementsShown: 'requirements.txt' },
      { mountArgs: ['-v', `${opt}:/opt:ro`], where: 'the layer (/opt/python)', ready: new Promise((_, reject) => setTimeout(() => reject(new UserError('layer.zip is corrupt: x fails its CRC.')), 500)) },
      new MemoryLog(),
    ).catch((e: unknown) => e);
    expect(String((err as Error).message)).toBe('layer.zip is corrupt: x fails its CRC.');
    expect(execFileSync('docker', ['ps', '-aq'], { encoding: 'utf8' })).toBe(before);
  });

  it('a tree the container cannot see is said so, not taken for missing modules', async () => {
    const opt = tmpDir('fcpp-opt-');
    const err = await checkImports(
      { image: TEST_IMAGE, pythonVersion: '3.11', imports: { modules: ['json'], dists: [], optionalDists: [] }, requirementsShown: 'requirements.txt' },
      { mountArgs: ['-v', `${opt}:/opt:ro`], where: 'the layer (/opt/python)', ready: Promise.resolve(), mustSee: '/opt/python/m.py' },
      new MemoryLog(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TreeUnseen);
    expect(String((err as Error).message)).toMatch(/does not see the files unpacked for it \(\/opt\/python\/m\.py is missing/);
  });

  it('a named distribution missing from the artifact is named', async () => {
    const opt = tmpDir('fcpp-opt-');
    fs.mkdirSync(path.join(opt, 'python'));
    const err = await checkImports(
      { image: TEST_IMAGE, pythonVersion: '3.11', imports: { modules: [], dists: ['left-out'], optionalDists: [] }, requirementsShown: 'requirements.txt' },
      { mountArgs: ['-v', `${opt}:/opt:ro`, '-e', 'PYTHONPATH=/opt/python'], where: 'the layer (/opt/python)' },
      new MemoryLog(),
    ).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/Verify: left-out is named in requirements\.txt but not installed/);
  });
});
