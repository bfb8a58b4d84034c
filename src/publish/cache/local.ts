/**
 * Owns the deps cache outside Actions: finished trees under $XDG_CACHE_HOME, published by renaming
 * a complete folder; for the wheels install mode, the wheelhouse at $XDG_CACHE_HOME/fc-python-pack/wheels.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Plan } from '../../plan/plan.js';
import { localCacheRoot } from '../../shared/cache-root.js';
import type { Log } from '../../shared/log.js';

export { localCacheRoot };
import type { CacheHit } from '../result.js';
import { cacheKeyParts, depsCacheKey } from './key.js';
import type { DepsCache } from './session.js';
import { wheelhouseDir } from '../../install/wheelhouse.js';
import { pipSkipped } from '../../install/wheels.js';
import { depsTreeDir, readDepsManifest, writeDepsManifest } from './store.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/**
 * Outside Actions (the CLI on a laptop or another CI): the finished trees live in
 * `$XDG_CACHE_HOME/fc-python-pack/deps/<sha256(key)[:16]>` (~/.cache by default) under the same
 * key as in Actions, so an unchanged rebuild skips pip. A tree is published by renaming a
 * complete folder into place: a failed install leaves nothing behind.
 */

export async function localDepsCache(plan: Plan, log: Log, prefix: string | undefined, env: NodeJS.ProcessEnv): Promise<DepsCache> {
  const depsKey = depsCacheKey(await cacheKeyParts(plan, prefix, env));
  const dir = path.join(localCacheRoot(env), 'deps', sha256(depsKey.key).slice(0, 16));
  let hit: CacheHit = 'false';
  return {
    active: true,
    depsKey,
    get hit() {
      return hit;
    },
    async install(_wanted, run) {
      const manifest = await readDepsManifest(dir);
      if (manifest?.key === depsKey.key) {
        hit = 'true';
        log.info(`Dependencies from the local cache ${dir}: ${manifest.installed.length} distributions; pip skipped.`);
        return { pythonDir: depsTreeDir(dir), manifest };
      }
      const staging = `${dir}.partial-${process.pid}`;
      await fs.rm(staging, { recursive: true, force: true });
      await fs.mkdir(staging, { recursive: true });
      try {
        const install = await run(depsTreeDir(staging), env);
        await writeDepsManifest(staging, depsKey.key, install);
        await fs.rm(dir, { recursive: true, force: true });
        await fs.rename(staging, dir);
        return { pythonDir: depsTreeDir(dir), install };
      } catch (e) {
        await fs.rm(staging, { recursive: true, force: true });
        throw e;
      }
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

