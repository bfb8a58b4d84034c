/** Owns the wheel cache outside Actions: the wheelhouse at $XDG_CACHE_HOME/fc-python-pack/wheels, kept between builds. */
import type { Plan } from '../../plan/plan.js';
import { localCacheRoot } from '../../shared/cache-root.js';
import type { Log } from '../../shared/log.js';
import { wheelhouseDir } from '../../install/wheelhouse.js';
import { pipSkipped } from '../../install/wheels.js';
import type { CacheHit } from '../result.js';
import { cacheKeyParts, depsCacheKey } from './key.js';
import type { DepsCache } from './session.js';

export { localCacheRoot };

/**
 * Outside Actions (the CLI on a laptop or another CI): the wheels stay in the wheelhouse
 * (`$XDG_CACHE_HOME/fc-python-pack/wheels`, ~/.cache by default), which records each
 * resolution under the same deps key as in Actions, so an unchanged rebuild skips pip. Nothing
 * to save: the folder is the cache.
 */
export async function localDepsCache(plan: Plan, log: Log, prefix: string | undefined, env: NodeJS.ProcessEnv): Promise<DepsCache> {
  const depsKey = depsCacheKey(await cacheKeyParts(plan, prefix, env));
  let hit: CacheHit = 'false';
  return {
    active: true,
    depsKey,
    get hit() {
      return hit;
    },
    async wheels(_scratchHouse, run) {
      const house = wheelhouseDir(env);
      const set = await run(house, env, depsKey.key);
      hit = pipSkipped(set) ? 'true' : 'false';
      if (pipSkipped(set)) log.info(`Dependencies from the local cache ${house}: ${set.wheels.length} wheels; pip skipped.`);
      return set;
    },
    save: async () => undefined,
  };
}
