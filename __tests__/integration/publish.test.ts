/**
 * The publish stage over the wire: src/cache.ts and src/upload.ts with the REAL
 * @actions/cache and @actions/artifact, against the in-process stand-in for the Actions
 * results service and its blob storage (../support/actions-service.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTree, writeZip } from '../../src/assemble/zip.js';
import {
  createDepsCache,
  depsCacheDir,
  depsCacheKey,
  depsTreeDir,
  pipCacheDir,
  restoreDeps,
  restorePipCache,
  saveDeps,
  savePipCache,
  type DepsCache,
} from '../../src/publish/cache.js';
import { UserError } from '../../src/shared/errors.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import { installRequirements, type InstallResult } from '../../src/install/pip.js';
import { MemoryLog } from '../../src/shared/log.js';
import { makePlan, type Plan } from '../../src/plan/plan.js';
import { listZip } from '../../src/assemble/unzip.js';
import { defaultArtifactName, uploadArtifact, uploadUnavailableReason } from '../../src/publish/upload.js';
import { useInProcessActionsService, withFastBackoff } from '../support/actions-service.js';
import { copyFixture, INDEX_URL, isolatedEnv, TEST_PYTHON, tmpDir } from '../support/env.js';

const h = useInProcessActionsService((svc) => {
  // A fresh runner for the next test: nothing left in RUNNER_TEMP.
  fs.rmSync(path.join(svc.runnerTemp, 'fc-python-pack-cache'), { recursive: true, force: true });
});

const sha256File = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The environment the build sees: the runner's (h.svc.env) with pip's own configuration off. */
function buildEnv(): NodeJS.ProcessEnv {
  return isolatedEnv({ ...h.svc.env });
}

function layerPlan(app: string): Plan {
  return makePlan(parseInputs((n) => ({ 'python-version': TEST_PYTHON, 'index-url': INDEX_URL, verify: 'false' })[n], { cwd: app, env: buildEnv() }));
}

/** One layer build the way the pipeline wires the cache: session → install → zip → save. */
async function buildLayer(plan: Plan, session: DepsCache, install: (dir: string, env: NodeJS.ProcessEnv) => Promise<InstallResult>, out: string) {
  const got = await session.install(path.join(h.scratch, 'scratch-python'), install);
  const zip = await writeZip(await collectTree(got.pythonDir, 'python/'), out);
  await session.save();
  return { got, zip };
}

/** A stand-in for pip: writes a small tree and, like pip, something into its cache. */
function fakePip(calls: string[]) {
  return async (dir: string, env: NodeJS.ProcessEnv): Promise<InstallResult> => {
    calls.push(dir);
    fs.mkdirSync(path.join(dir, 'fastapi'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'fastapi', '__init__.py'), `__version__ = "0.115.${calls.length}"\n`);
    if (env.PIP_CACHE_DIR) {
      fs.mkdirSync(path.join(env.PIP_CACHE_DIR, 'http-v2'), { recursive: true });
      fs.writeFileSync(path.join(env.PIP_CACHE_DIR, 'http-v2', `download-${calls.length}`), 'wheel bytes');
    }
    return { installed: [`fastapi-0.115.${calls.length}`], scripts: [], durationMs: 1 };
  };
}

function writeRequirements(app: string, text: string): void {
  fs.writeFileSync(path.join(app, 'requirements.txt'), text);
}

describe('deps and pip caches', () => {
  it('a cold build saves the deps tree; the next job restores it to the same path and does not run pip; same layer.zip', async () => {
    const app = copyFixture('layer-app');
    const plan = layerPlan(app);
    const log = new MemoryLog();
    let pipRuns = 0;
    const realPip = async (dir: string, env: NodeJS.ProcessEnv) => {
      pipRuns++;
      return installRequirements(plan, dir, log, { env });
    };

    const cold = await createDepsCache(plan, log, { enabled: true, env: buildEnv() });
    expect(cold.active).toBe(true);
    const first = await buildLayer(plan, cold, realPip, path.join(h.scratch, 'cold.zip'));
    expect(cold.hit).toBe('false');
    expect(pipRuns).toBe(1);
    expect(first.got.install?.installed.some((d) => d.startsWith('fastapi-'))).toBe(true);
    const key = cold.depsKey!.key;
    expect(first.got.pythonDir).toBe(depsTreeDir(depsCacheDir(key, buildEnv())));
    expect(first.got.pythonDir.startsWith(h.svc.runnerTemp)).toBe(true);
    expect(h.svc.cacheEntry(key)?.finalized).toBe(true);

    // A new job on a fresh runner: nothing local, same absolute paths.
    fs.rmSync(path.join(h.svc.runnerTemp, 'fc-python-pack-cache'), { recursive: true, force: true });
    const warmLog = new MemoryLog();
    const warm = await createDepsCache(plan, warmLog, { enabled: true, env: buildEnv() });
    const second = await buildLayer(plan, warm, realPip, path.join(h.scratch, 'warm.zip'));
    expect(warm.hit).toBe('true');
    expect(pipRuns).toBe(1);
    expect(second.got.install).toBeUndefined();
    expect(second.got.manifest?.installed).toEqual(first.got.install?.installed);
    expect(second.got.pythonDir).toBe(first.got.pythonDir);
    expect(second.zip.sha256).toBe(first.zip.sha256);
    expect(warmLog.text()).toMatch(/Dependencies from the cache \(.*\): \d+ distributions; pip skipped/);
    // Restored as is: not saved a second time.
    expect(h.svc.requestsTo('CreateCacheEntry').map((r) => (r.body as { key: string }).key)).not.toContain(undefined);
    expect(h.svc.caches.filter((c) => c.key === key)).toHaveLength(1);
    expect(log.text('warning') + warmLog.text('warning')).toBe('');
  });

  it('changed requirements miss the deps tree; pip cache comes back by restore-key (partial)', async () => {
    const app = copyFixture('layer-app');
    const calls: string[] = [];
    const log = new MemoryLog();

    writeRequirements(app, 'fastapi==0.115.0\n');
    const planA = layerPlan(app);
    const a = await createDepsCache(planA, log, { enabled: true, env: buildEnv() });
    await buildLayer(planA, a, fakePip(calls), path.join(h.scratch, 'a.zip'));
    expect(a.hit).toBe('false');
    expect(h.svc.cacheEntry(a.depsKey!.key)?.finalized).toBe(true);
    expect(h.svc.cacheEntry(a.pipKey!.key)?.finalized).toBe(true);

    fs.rmSync(path.join(h.svc.runnerTemp, 'fc-python-pack-cache'), { recursive: true, force: true });
    writeRequirements(app, 'fastapi==0.115.1\n');
    const planB = layerPlan(app);
    const b = await createDepsCache(planB, log, { enabled: true, env: buildEnv() });
    expect(b.depsKey!.key).not.toBe(a.depsKey!.key);
    expect(b.pipKey!.restoreKeys).toEqual(a.pipKey!.restoreKeys);
    let pipCacheBefore: string[] = [];
    await buildLayer(
      planB,
      b,
      async (dir, env) => {
        pipCacheBefore = fs.readdirSync(path.join(env.PIP_CACHE_DIR!, 'http-v2'));
        return fakePip(calls)(dir, env);
      },
      path.join(h.scratch, 'b.zip'),
    );
    expect(calls).toHaveLength(2);
    expect(b.hit).toBe('partial');
    expect(pipCacheBefore).toEqual(['download-1']);
    // The deps lookup for B asked for its own key only, and found nothing.
    const lookups = h.svc.requestsTo('GetCacheEntryDownloadURL').map((r) => r.body as { key: string; restore_keys?: string[] });
    const depsLookup = lookups.find((l) => l.key === b.depsKey!.key);
    expect(depsLookup?.restore_keys ?? []).toEqual([]);
    expect(h.svc.cacheEntry(b.depsKey!.key)?.finalized).toBe(true);
    expect(h.svc.cacheEntry(b.pipKey!.key)?.finalized).toBe(true);
    expect(log.text('warning')).toBe('');
  });

  it('service down: the library warns, restores miss, saves say "not saved"; the build goes on', async () => {
    const app = copyFixture('layer-app');
    const plan = layerPlan(app);
    await h.svc.down();
    const log = new MemoryLog();
    const dir = depsCacheDir('k-down', buildEnv());

    expect(await restoreDeps(dir, 'k-down', log)).toBe(false);
    expect(await restorePipCache(pipCacheDir(buildEnv()), 'p-down', ['p-'], log)).toEqual({ hit: 'miss' });
    fs.mkdirSync(depsTreeDir(dir), { recursive: true });
    fs.writeFileSync(path.join(depsTreeDir(dir), 'm.py'), 'x = 1\n');
    expect(await saveDeps(dir, 'k-down', log)).toBe(false);
    fs.mkdirSync(pipCacheDir(buildEnv()), { recursive: true });
    fs.writeFileSync(path.join(pipCacheDir(buildEnv()), 'f'), 'x');
    expect(await savePipCache(pipCacheDir(buildEnv()), 'p-down', log)).toBe(false);

    // The library says why in the step's log (we do not intercept it); our Log says what it means.
    expect(h.output()).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/);
    expect(log.text('info')).toMatch(/deps cache: no entry for k-down \(or the cache service failed: see its warning\); pip will install/);
    const warnings = log.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^deps cache not saved \(the build is not affected.*\): the cache service did not take it/s);
    expect(warnings[1]).toMatch(/^pip cache not saved/);

    // The whole session: pip runs, save resolves.
    const calls: string[] = [];
    const sessionLog = new MemoryLog();
    const session = await createDepsCache(plan, sessionLog, { enabled: true, env: buildEnv() });
    await expect(buildLayer(plan, session, fakePip(calls), path.join(h.scratch, 'down.zip'))).resolves.toBeDefined();
    expect(calls).toHaveLength(1);
    expect(session.hit).toBe('false');
    expect(sessionLog.text('warning')).toMatch(/not saved/);
  });

  it('a key reserved by a parallel job (409): a warning, not a failure', async () => {
    const log = new MemoryLog();
    const key = depsCacheKey({ requirements: [{ name: 'r', content: 'x' }], pythonVersion: '3.11', runtime: 'custom.debian10', pipArgs: [] }).key;
    const dir = depsCacheDir(key, buildEnv());
    fs.mkdirSync(depsTreeDir(dir), { recursive: true });
    fs.writeFileSync(path.join(depsTreeDir(dir), 'm.py'), 'x = 1\n');

    h.svc.failNext('CreateCacheEntry', 1, { status: 409, code: 'already_exists', message: `cache entry ${key} is being created by another job` });
    expect(await saveDeps(dir, key, log)).toBe(false);
    expect(h.output()).toContain(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
    expect(log.text('warning')).toMatch(/^deps cache not saved/);
    expect(h.svc.requestsTo('CreateCacheEntry').map((r) => r.status)).toEqual([409]);

    // And the real thing: the entry exists once saved, a second save is refused the same way.
    expect(await saveDeps(dir, key, log)).toBe(true);
    expect(await saveDeps(dir, key, log)).toBe(false);
    expect(log.lines.filter((l) => l.level === 'warning')).toHaveLength(2);
  });
});

describe('artifact upload', () => {
  async function layerZip(): Promise<string> {
    const tree = path.join(h.scratch, 'tree');
    fs.mkdirSync(path.join(tree, 'fastapi'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'fastapi', '__init__.py'), 'x = 1\n'.repeat(5000));
    fs.writeFileSync(path.join(tree, 'fastapi', 'blob.bin'), Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 251)));
    const res = await writeZip(await collectTree(tree, 'python/'), path.join(h.scratch, 'out', 'layer.zip'));
    return res.path;
  }

  it('uploads the file itself under <artifact-name>.zip: stored bytes = the file, digest and URL right', async () => {
    const file = await layerZip();
    const log = new MemoryLog();
    const name = defaultArtifactName('layer');
    expect(name).toBe('layer-0123456');

    const res = await uploadArtifact(file, { name, retentionDays: 5 }, log);

    const stored = h.svc.artifact('layer-0123456.zip');
    expect(stored?.finalized).toBe(true);
    expect(res).toEqual({
      id: stored!.id,
      url: `https://github.com/fc-python-pack/fixture/actions/runs/${h.svc.env.GITHUB_RUN_ID}/artifacts/${stored!.id}`,
      name: 'layer-0123456.zip',
      size: fs.statSync(file).size,
      digest: sha256File(file),
    });
    // Not a zip in a zip: the blob is byte for byte the file, whose entries are the layer's.
    expect(stored!.sha256()).toBe(sha256File(file));
    expect(stored!.bytes().equals(fs.readFileSync(file))).toBe(true);
    const inner = path.join(h.scratch, 'downloaded.zip');
    fs.writeFileSync(inner, stored!.bytes());
    expect((await listZip(inner)).map((e) => e.name)).toEqual(['python/', 'python/fastapi/', 'python/fastapi/__init__.py', 'python/fastapi/blob.bin']);
    expect(stored!.mimeType).toBe('application/zip');
    expect(stored!.hash).toBe(`sha256:${sha256File(file)}`);
    const days = (Date.parse(stored!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThan(5.1);
    // The file is where it was; the staging copy is gone.
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readdirSync(h.svc.runnerTemp).filter((n) => n.startsWith('fcpp-upload-'))).toEqual([]);
    // An artifact-name that already ends with the extension is kept as is; a .tar.gz keeps both parts.
    const tgz = path.join(h.scratch, 'out', 'api-0123456.tar.gz');
    fs.writeFileSync(tgz, 'not really gzip');
    expect((await uploadArtifact(tgz, { name: 'api-image' }, log)).name).toBe('api-image.tar.gz');
    expect((await uploadArtifact(file, { name: 'release.zip' }, log)).name).toBe('release.zip');
  });

  it('retries a service answering 500 twice, then succeeds', async () => {
    const file = await layerZip();
    h.svc.failNext('CreateArtifact', 2, 500);
    const res = await withFastBackoff(() => uploadArtifact(file, { name: 'retry' }, new MemoryLog()));
    expect(h.svc.requestsTo('CreateArtifact').map((r) => r.status)).toEqual([500, 500, 200]);
    expect(h.svc.artifact('retry.zip')?.sha256()).toBe(sha256File(file));
    expect(res.digest).toBe(sha256File(file));
  });

  it('fails for good with the service message, and says the file stays at its path', async () => {
    const file = await layerZip();
    const before = sha256File(file);
    h.svc.failAlways('CreateArtifact', { status: 503, message: 'artifact storage is on fire' });
    const err = await withFastBackoff(() => uploadArtifact(file, { name: 'doomed' }, new MemoryLog())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Uploading the artifact doomed\.zip failed: .*artifact storage is on fire/s);
    expect((err as Error).message).toContain(`The built file stays at ${file}`);
    expect(h.svc.requestsTo('CreateArtifact')).toHaveLength(5);
    expect(sha256File(file)).toBe(before);
  });

  it('a name another job already used: the service message and what to do', async () => {
    const file = await layerZip();
    await uploadArtifact(file, { name: 'layer-0123456' }, new MemoryLog());
    await expect(uploadArtifact(file, { name: 'layer-0123456' }, new MemoryLog())).rejects.toThrow(
      /an artifact with this name already exists on the workflow run: layer-0123456\.zip.*give each job its own artifact-name/s,
    );
  });

  it('knows when it cannot upload, and the default name outside a workflow', () => {
    expect(uploadUnavailableReason()).toBeUndefined();
    expect(uploadUnavailableReason({})).toMatch(/not running in a GitHub Actions job/);
    expect(uploadUnavailableReason({ ...h.svc.env, GITHUB_SERVER_URL: 'https://ghe.corp.example' })).toMatch(/GitHub Enterprise Server/);
    expect(defaultArtifactName('code', {})).toBe('code-local');
  });
});
