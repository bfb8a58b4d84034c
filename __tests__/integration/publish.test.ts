/**
 * The publish stage over the wire: the wheel cache (src/publish/cache.ts) and the upload
 * (src/publish/upload.ts) with the REAL @actions/cache and @actions/artifact, against the
 * in-process stand-in for the Actions results service and its blob storage
 * (../support/actions-service.ts). The builds resolve with real pip from the local index served
 * over HTTP on loopback, counting its wheel requests (a file:// index would hide them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectTree, writeZip } from '../../src/assemble/zip.js';
import { wheelSetKey } from '../../src/install/wheelhouse.js';
import type { WheelSet } from '../../src/install/wheels.js';
import { depsEntries } from '../../src/pipeline/deps.js';
import {
  cacheKeyParts,
  createDepsCache,
  restoreWheelhouse,
  saveWheelhouse,
  wheelhouseCacheDir,
  wheelhouseCacheKey,
  type DepsCache,
} from '../../src/publish/cache.js';
import { UserError } from '../../src/shared/errors.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import { MemoryLog } from '../../src/shared/log.js';
import { noopTimer } from '../../src/shared/timer.js';
import { makePlan, type Plan } from '../../src/plan/plan.js';
import { listZip } from '../../src/assemble/unzip.js';
import { defaultArtifactName, uploadArtifact, uploadUnavailableReason } from '../../src/publish/upload.js';
import { useInProcessActionsService, withFastBackoff } from '../support/actions-service.js';
import { copyFixture, isolatedEnv, makeLocalIndex, TEST_PYTHON, tmpDir } from '../support/env.js';

const h = useInProcessActionsService((svc) => freshRunner(svc.runnerTemp));

/** A new job on a fresh runner: nothing of the last build's cache folder left in RUNNER_TEMP. */
function freshRunner(runnerTemp = h.svc.runnerTemp): void {
  fs.rmSync(path.join(runnerTemp, 'fc-python-pack-cache'), { recursive: true, force: true });
}

const sha256File = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The local index (fastapi, uvicorn and their dependencies) served over HTTP on loopback; its request log. */
let server: ChildProcess | undefined;
let serverLog = '';
let indexUrl = '';
beforeAll(async () => {
  const root = path.join(tmpDir('fcpp-publish-index-'), 'index');
  makeLocalIndex(root, ['fastapi', 'uvicorn']);
  const port = await freePort();
  server = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', root, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr!.on('data', (c: Buffer) => (serverLog += c.toString()));
  indexUrl = `http://127.0.0.1:${port}/simple`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${indexUrl}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}, 120_000);
afterAll(() => {
  server?.kill();
});

/** Wheel files requested from the index since `from` (an offset into its log). */
const wheelGets = (from: number) => [...serverLog.slice(from).matchAll(/"GET \/files\/([^ ]+\.whl) HTTP/g)].map((m) => m[1]!).sort();

/** The environment the build sees: the runner's (h.svc.env) with pip's own configuration and cache off. */
function buildEnv(): NodeJS.ProcessEnv {
  return isolatedEnv({ ...h.svc.env, PIP_NO_CACHE_DIR: '1' });
}

function layerPlan(app: string): Plan {
  return makePlan(parseInputs((n) => ({ 'python-version': TEST_PYTHON, 'index-url': indexUrl, verify: 'false' })[n], { cwd: app, env: buildEnv() }));
}

function writeRequirements(app: string, text: string): void {
  fs.writeFileSync(path.join(app, 'requirements.txt'), text);
}

const pipRuns = (log: MemoryLog) => log.lines.filter((l) => l.message.startsWith('pip: ')).length;
const names = (set: WheelSet) => set.wheels.map((w) => path.basename(w.file)).sort();
const wheelFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.whl')).sort();

/**
 * One layer build the way the pipeline wires the cache (pipeline/build.ts, deps.ts): a session,
 * the wheels resolved by real pip into the wheelhouse it gives, their entries zipped, then save.
 */
async function buildLayer(plan: Plan, log: MemoryLog, out: string) {
  const session = await createDepsCache(plan, log, { enabled: true, env: buildEnv() });
  let set: WheelSet | undefined;
  const watched: DepsCache = {
    get active() {
      return session.active;
    },
    get depsKey() {
      return session.depsKey;
    },
    get hit() {
      return session.hit;
    },
    wheels: async (scratchHouse, run) => (set = await session.wheels(scratchHouse, run)),
    save: () => session.save(),
  };
  const mark = serverLog.length;
  const scratch = fs.mkdtempSync(path.join(h.scratch, 'build-'));
  const deps = await depsEntries(plan, scratch, log, noopTimer, watched);
  const zip = await writeZip(await deps.entries('python/'), out);
  await session.save();
  const parts = await cacheKeyParts(plan, undefined, buildEnv());
  return { session, set: set!, zip, gets: wheelGets(mark), savedKey: wheelhouseCacheKey(parts, wheelSetKey(set!.wheels)).key, lookup: wheelhouseCacheKey(parts) };
}

describe('the wheel cache', () => {
  it('a cold build saves the wheelhouse; the next job restores it, pip does not run, same layer.zip', async () => {
    const app = copyFixture('layer-app');
    const plan = layerPlan(app);
    const log = new MemoryLog();
    const cold = await buildLayer(plan, log, path.join(h.scratch, 'cold.zip'));
    expect(cold.session.active).toBe(true);
    expect(cold.session.hit).toBe('false');
    expect(cold.set.how).toBe('downloaded');
    expect(pipRuns(log)).toBe(1);
    // Every wheel came from the index once, into the wheelhouse under RUNNER_TEMP.
    expect(cold.gets).toEqual(names(cold.set));
    expect(names(cold.set).some((n) => n.startsWith('fastapi-'))).toBe(true);
    expect(names(cold.set).some((n) => n.startsWith('uvicorn-'))).toBe(true);
    const house = wheelhouseCacheDir(buildEnv());
    expect(house.startsWith(h.svc.runnerTemp)).toBe(true);
    for (const w of cold.set.wheels) expect(path.dirname(w.file)).toBe(fs.realpathSync(house));
    // Saved under the key that names the wheel set; looked up by the requirements, then the platform.
    expect(cold.savedKey.startsWith(cold.lookup.key)).toBe(true);
    expect(h.svc.caches.filter((c) => c.finalized).map((c) => c.key)).toEqual([cold.savedKey]);
    const lookups = h.svc.requestsTo('GetCacheEntryDownloadURL').map((r) => r.body as { key: string; restore_keys?: string[] });
    expect(lookups).toEqual([expect.objectContaining({ key: cold.lookup.key, restore_keys: cold.lookup.restoreKeys })]);
    expect(cold.lookup.restoreKeys).toHaveLength(2);

    freshRunner();
    const warmLog = new MemoryLog();
    const mark = serverLog.length;
    const warm = await buildLayer(plan, warmLog, path.join(h.scratch, 'warm.zip'));
    expect(warm.session.hit).toBe('true');
    expect(warm.set.how).toBe('recorded');
    expect(pipRuns(warmLog)).toBe(0);
    expect(serverLog.slice(mark)).not.toContain('GET');
    expect(warmLog.text()).toMatch(/wheel cache restored from .*-w[0-9a-f]{16}\./);
    expect(warmLog.text()).toMatch(/Dependencies from the cache \(.*\): \d+ wheels; pip skipped/);
    expect(warm.zip.sha256).toBe(cold.zip.sha256);
    // Restored as is: not saved a second time.
    expect(warm.savedKey).toBe(cold.savedKey);
    expect(h.svc.requestsTo('CreateCacheEntry')).toHaveLength(1);
    expect(log.text('warning') + warmLog.text('warning')).toBe('');
  });

  it('changed requirements restore the earlier wheelhouse by prefix (partial) and download only the wheels it lacks', async () => {
    const app = copyFixture('layer-app');
    const log = new MemoryLog();
    writeRequirements(app, 'fastapi\n');
    const a = await buildLayer(layerPlan(app), log, path.join(h.scratch, 'a.zip'));
    expect(a.session.hit).toBe('false');
    expect(names(a.set).some((n) => n.startsWith('uvicorn-'))).toBe(false);

    freshRunner();
    writeRequirements(app, 'fastapi\nuvicorn\n');
    const b = await buildLayer(layerPlan(app), log, path.join(h.scratch, 'b.zip'));
    expect(b.lookup.key).not.toBe(a.lookup.key);
    expect(b.lookup.restoreKeys[1]).toBe(a.lookup.restoreKeys[1]);
    expect(b.session.hit).toBe('partial');
    expect(b.set.how).toBe('downloaded');
    const added = names(b.set).filter((n) => !names(a.set).includes(n));
    expect(added.some((n) => n.startsWith('uvicorn-'))).toBe(true);
    expect(b.gets).toEqual(added);
    expect(b.set.downloaded).toEqual(added);
    expect(log.text()).toMatch(/wheel cache restored from .* \(an earlier set of requirements\)/);
    expect((await listZip(b.zip.path)).map((e) => e.name)).toContain('python/uvicorn/__init__.py');
    expect(h.svc.cacheEntry(b.savedKey)?.finalized).toBe(true);
    expect(log.text('warning')).toBe('');
  });

  it('the saved wheelhouse holds only the wheels its build used', async () => {
    const app = copyFixture('layer-app');
    const log = new MemoryLog();
    writeRequirements(app, 'fastapi\nuvicorn\n');
    const a = await buildLayer(layerPlan(app), log, path.join(h.scratch, 'a.zip'));

    // Fewer requirements: the earlier wheelhouse has them all, pip resolves offline from it.
    freshRunner();
    writeRequirements(app, 'uvicorn\n');
    const b = await buildLayer(layerPlan(app), log, path.join(h.scratch, 'b.zip'));
    expect(b.session.hit).toBe('partial');
    expect(b.set.how).toBe('offline');
    expect(b.gets).toEqual([]);
    expect(names(b.set).length).toBeLessThan(names(a.set).length);
    expect(names(b.set).some((n) => n.startsWith('fastapi-'))).toBe(false);

    // What the service holds for B, restored on a fresh runner: B's wheels, none of A's others.
    freshRunner();
    const house = wheelhouseCacheDir(buildEnv());
    expect(await restoreWheelhouse(house, b.savedKey, [], log)).toBe(b.savedKey);
    expect(wheelFiles(house)).toEqual(names(b.set));
    // Its records too: metadata of B's wheels only, and only B's resolution (A's names fastapi).
    expect(fs.readdirSync(path.join(house, '.fcpp', 'wheels')).map((f) => f.replace(/\.json$/, '')).sort()).toEqual(names(b.set));
    expect(fs.readdirSync(path.join(house, '.fcpp', 'resolutions'))).toHaveLength(1);
    freshRunner();
    expect(await restoreWheelhouse(house, a.savedKey, [], log)).toBe(a.savedKey);
    expect(wheelFiles(house)).toEqual(names(a.set));
    expect(log.text('warning')).toBe('');
  });

  it('service down: the library warns, the restore is a miss, the save says "not saved"; the build goes on', async () => {
    const app = copyFixture('layer-app');
    const plan = layerPlan(app);
    await h.svc.down();
    const log = new MemoryLog();
    const house = wheelhouseCacheDir(buildEnv());

    expect(await restoreWheelhouse(house, 'w-down', ['w-'], log)).toBeUndefined();
    fs.writeFileSync(path.join(house, 'x-1.0-py3-none-any.whl'), 'x');
    expect(await saveWheelhouse(house, 'w-down', log)).toBe(false);
    // The library says why in the step's log (we do not intercept it); our Log says what it means.
    expect(h.output()).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/);
    expect(log.text('info')).toMatch(/wheel cache: no entry for w-down or its prefix \(or the cache service failed: see its warning\)/);
    const warnings = log.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toEqual([expect.stringMatching(/^wheel cache not saved \(the build is not affected.*\): the cache service did not take it/s)]);

    // The whole build: pip downloads everything, the zip is written, save resolves.
    freshRunner();
    const buildLog = new MemoryLog();
    const b = await buildLayer(plan, buildLog, path.join(h.scratch, 'down.zip'));
    expect(b.session.hit).toBe('false');
    expect(b.gets).toEqual(names(b.set));
    expect(fs.existsSync(b.zip.path)).toBe(true);
    expect(buildLog.text('warning')).toMatch(/wheel cache not saved/);
    expect(h.svc.caches).toEqual([]);
  });

  it('a service that answers 500 to everything: the build goes on, cache-hit false', async () => {
    const app = copyFixture('layer-app');
    h.svc.failAlways('*', { status: 500, message: 'cache storage is on fire' });
    const log = new MemoryLog();
    const b = await withFastBackoff(() => buildLayer(layerPlan(app), log, path.join(h.scratch, 'fire.zip')));
    expect(b.session.hit).toBe('false');
    expect(b.set.how).toBe('downloaded');
    expect(fs.existsSync(b.zip.path)).toBe(true);
    expect(log.text('warning')).toMatch(/wheel cache not saved/);
    expect(h.svc.caches.filter((c) => c.finalized)).toEqual([]);
  });

  it('a key reserved by a parallel job (409): a warning, not a failure', async () => {
    const log = new MemoryLog();
    const key = wheelhouseCacheKey({ requirements: [{ name: 'r', content: 'x' }], pythonVersion: '3.11', runtime: 'custom.debian10', pipArgs: [] }, 'w').key;
    const house = wheelhouseCacheDir(buildEnv());
    fs.mkdirSync(house, { recursive: true });
    fs.writeFileSync(path.join(house, 'x-1.0-py3-none-any.whl'), 'x');

    h.svc.failNext('CreateCacheEntry', 1, { status: 409, code: 'already_exists', message: `cache entry ${key} is being created by another job` });
    expect(await saveWheelhouse(house, key, log)).toBe(false);
    expect(h.output()).toContain(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
    expect(log.text('warning')).toMatch(/^wheel cache not saved/);
    expect(h.svc.requestsTo('CreateCacheEntry').map((r) => r.status)).toEqual([409]);

    // And the real thing: the entry exists once saved, a second save is refused the same way.
    expect(await saveWheelhouse(house, key, log)).toBe(true);
    expect(await saveWheelhouse(house, key, log)).toBe(false);
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
