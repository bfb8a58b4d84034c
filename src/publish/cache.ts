/**
 * Owns the cache session of one build — repeat builds, fast, with two caches:
 *
 * - The deps cache holds the finished dependency tree (what `pip install --target` left, console
 *   scripts already rewritten). When its key is unchanged the tree is restored and pip does not
 *   run at all (cache-hit: true).
 * - The pip cache is pip's own download/wheel cache (PIP_CACHE_DIR). On a deps miss it is restored
 *   first, by exact key or by the restore-key prefix, so pip downloads less (cache-hit: partial).
 *
 * - The wheelhouse (the wheels install mode, plan.install.mode): the wheels themselves, and the
 *   resolution recorded under the deps key. Restored by the requirements' prefix, else any earlier
 *   entry for the platform; when it holds this key's resolution pip does not run (cache-hit: true),
 *   else pip resolves from it and downloads only what it lacks (partial). Saved pruned to this
 *   build's wheels, under a key that names the wheel set.
 *
 * Keys: cache/key.ts. The service (@actions/cache): cache/service.ts. Folders and entries:
 * cache/store.ts. Outside Actions: cache/local.ts. The cache never fails a build.
 */
import fs from 'node:fs/promises';
import type { InstallResult } from '../install/pip.js';
import { pruneWheelhouse, wheelSetKey } from '../install/wheelhouse.js';
import { pipSkipped, type WheelSet } from '../install/wheels.js';
import type { Plan } from '../plan/plan.js';
import type { Log } from '../shared/log.js';
import { noopTimer } from '../shared/timer.js';
import type { CacheHit } from './result.js';
import { cacheKeyParts, depsCacheKey, pipCacheKey, wheelhouseCacheKey } from './cache/key.js';
import { localDepsCache } from './cache/local.js';
import { cacheAvailable } from './cache/service.js';
import type { DepsCache, DepsCacheOptions } from './cache/session.js';
import {
  depsCacheDir,
  depsTreeDir,
  pipCacheDir,
  pipCacheEnv,
  readDepsManifest,
  restoreDeps,
  restorePipCache,
  restoreWheelhouse,
  saveDeps,
  savePipCache,
  saveWheelhouse,
  wheelhouseCacheDir,
  writeDepsManifest,
  type PipCacheRestore,
} from './cache/store.js';

export * from './cache/key.js';
export * from './cache/store.js';
export { localCacheRoot } from './cache/local.js';
export { cacheAvailable } from './cache/service.js';
export type { DepsCache, DepsCacheOptions, DepsInstall } from './cache/session.js';
export type { CacheHit } from './result.js';

/** A cache session for one build. Without caching (input off, or outside Actions) `install` just runs pip. */
export async function createDepsCache(plan: Plan, log: Log, opts: DepsCacheOptions): Promise<DepsCache> {
  const env = opts.env ?? process.env;
  const timed = opts.timed ?? noopTimer;
  let hit: CacheHit = 'false';
  if (opts.enabled && plan.install && !(await cacheAvailable())) {
    log.debug('cache: no Actions cache service here; using the local deps cache.');
    return localDepsCache(plan, log, opts.prefix, env);
  }
  if (!opts.enabled || !plan.install) {
    return {
      active: false,
      get hit() {
        return hit;
      },
      install: async (wanted, run) => ({ pythonDir: wanted, install: await run(wanted, env) }),
      wheels: (scratchHouse, run) => run(scratchHouse, env),
      save: async () => undefined,
    };
  }
  const parts = await cacheKeyParts(plan, opts.prefix, env);
  const depsKey = depsCacheKey(parts);
  const pipKey = pipCacheKey(parts);
  const depsDir = depsCacheDir(depsKey.key, env);
  const pipDir = pipCacheDir(env);
  let pending: { install: InstallResult; pipRestored: PipCacheRestore } | undefined;
  let pendingWheels: { house: string; set: WheelSet; restored?: string } | undefined;

  return {
    active: true,
    depsKey,
    pipKey,
    get hit() {
      return hit;
    },
    async install(_wanted, run) {
      const pythonDir = depsTreeDir(depsDir);
      if (await timed('cache-restore', () => restoreDeps(depsDir, depsKey.key, log))) {
        hit = 'true';
        const manifest = await readDepsManifest(depsDir);
        log.info(`Dependencies from the cache (${depsKey.key}): ${manifest?.installed.length ?? 0} distributions; pip skipped.`);
        return { pythonDir, manifest };
      }
      const pipRestored = await timed('cache-restore', () => restorePipCache(pipDir, pipKey.key, pipKey.restoreKeys, log));
      if (pipRestored.hit !== 'miss') hit = 'partial';
      await fs.rm(depsDir, { recursive: true, force: true });
      await fs.mkdir(depsDir, { recursive: true });
      const install = await run(pythonDir, pipCacheEnv(pipDir, env));
      // Complete from here on: a later step of this job with the same key reuses it.
      await writeDepsManifest(depsDir, depsKey.key, install);
      pending = { install, pipRestored };
      return { pythonDir, install };
    },
    async wheels(_scratchHouse, run) {
      const house = wheelhouseCacheDir(env);
      const wk = wheelhouseCacheKey(parts);
      const restored = await timed('cache-restore', () => restoreWheelhouse(house, wk.key, wk.restoreKeys, log));
      const set = await run(house, env, depsKey.key);
      hit = pipSkipped(set) ? 'true' : restored ? 'partial' : 'false';
      if (pipSkipped(set)) log.info(`Dependencies from the cache (${restored ?? house}): ${set.wheels.length} wheels; pip skipped.`);
      pendingWheels = { house, set, restored };
      return set;
    },
    async save() {
      if (pendingWheels) {
        const { house, set, restored } = pendingWheels;
        pendingWheels = undefined;
        await timed('cache-save', async () => {
          const removed = await pruneWheelhouse(house, set.wheels).catch(() => []);
          if (removed.length) log.debug(`wheel cache: ${removed.length} wheel(s) this build does not use left out.`);
          await saveWheelhouse(house, wheelhouseCacheKey(parts, wheelSetKey(set.wheels)).key, log, restored);
        });
      }
      if (!pending) return;
      const { install, pipRestored } = pending;
      pending = undefined;
      await timed('cache-save', async () => {
        await saveDeps(depsDir, depsKey.key, log, install);
        await savePipCache(pipDir, pipKey.key, log, pipRestored);
      });
    },
  };
}
