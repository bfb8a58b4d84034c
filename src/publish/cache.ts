/**
 * Owns the cache session of one build — repeat builds, fast, with one cache: the wheelhouse.
 *
 * It holds the wheels themselves, and the resolution recorded under the deps key. Restored by the
 * requirements' prefix, else any earlier entry for the platform; when it holds this key's
 * resolution pip does not run (cache-hit: true), else pip resolves from it and downloads only what
 * it lacks (partial). Saved pruned to this build's wheels, under a key that names the wheel set.
 *
 * Keys: cache/key.ts. The service (@actions/cache): cache/service.ts. Folder and entries:
 * cache/store.ts. Outside Actions: cache/local.ts. The cache never fails a build.
 */
import { wheelSetKey } from '../install/wheelhouse.js';
import { pipSkipped, type WheelSet, pruneHouse } from '../install/wheels.js';
import type { Plan } from '../plan/plan.js';
import type { Log } from '../shared/log.js';
import { noopTimer } from '../shared/timer.js';
import type { CacheHit } from './result.js';
import { cacheKeyParts, depsCacheKey, wheelhouseCacheKey } from './cache/key.js';
import { localDepsCache } from './cache/local.js';
import { cacheAvailable } from './cache/service.js';
import type { DepsCache, DepsCacheOptions } from './cache/session.js';
import { restoreWheelhouse, saveWheelhouse, wheelhouseCacheDir } from './cache/store.js';

export * from './cache/key.js';
export * from './cache/store.js';
export { localCacheRoot } from './cache/local.js';
export { cacheAvailable } from './cache/service.js';
export type { DepsCache, DepsCacheOptions } from './cache/session.js';
export type { CacheHit } from './result.js';

/** A cache session for one build. Without caching (input off) `wheels` resolves into the scratch wheelhouse. */
export async function createDepsCache(plan: Plan, log: Log, opts: DepsCacheOptions): Promise<DepsCache> {
  const env = opts.env ?? process.env;
  const timed = opts.timed ?? noopTimer;
  let hit: CacheHit = 'false';
  if (opts.enabled && plan.install && !(await cacheAvailable())) {
    log.debug('cache: no Actions cache service here; using the local wheel cache.');
    return localDepsCache(plan, log, opts.prefix, env);
  }
  if (!opts.enabled || !plan.install) {
    return {
      active: false,
      get hit() {
        return hit;
      },
      wheels: (scratchHouse, run) => run(scratchHouse, env),
      save: async () => undefined,
    };
  }
  const parts = await cacheKeyParts(plan, opts.prefix, env);
  const depsKey = depsCacheKey(parts);
  let pending: { house: string; set: WheelSet; restored?: string } | undefined;

  return {
    active: true,
    depsKey,
    get hit() {
      return hit;
    },
    async wheels(_scratchHouse, run) {
      const house = wheelhouseCacheDir(env);
      const wk = wheelhouseCacheKey(parts);
      const restored = await timed('cache-restore', () => restoreWheelhouse(house, wk.key, wk.restoreKeys, log));
      const set = await run(house, env, depsKey.key);
      hit = pipSkipped(set) ? 'true' : restored ? 'partial' : 'false';
      if (pipSkipped(set)) log.info(`Dependencies from the cache (${restored ?? house}): ${set.wheels.length} wheels; pip skipped.`);
      pending = { house, set, restored };
      return set;
    },
    async save() {
      if (!pending) return;
      const { house, set, restored } = pending;
      pending = undefined;
      await timed('cache-save', async () => {
        const removed = await pruneHouse(house, set.wheels).catch(() => []);
        if (removed.length) log.debug(`wheel cache: ${removed.length} wheel(s) this build does not use left out.`);
        await saveWheelhouse(house, wheelhouseCacheKey(parts, wheelSetKey(set.wheels)).key, log, restored);
      });
    },
  };
}
