/** Owns the wheel cache's contract with the stages: a session that gets the build's wheel set (from the cached wheelhouse) and saves it. */
import type { WheelSet } from '../../install/wheels.js';
import type { StageTimer } from '../../shared/timer.js';
import type { CacheHit } from '../result.js';
import type { CacheKey } from './key.js';

export interface DepsCacheOptions {
  /** The `cache` input. */
  enabled: boolean;
  /** The `cache-key-prefix` input. */
  prefix?: string;
  env?: NodeJS.ProcessEnv;
  timed?: StageTimer;
}

export interface DepsCache {
  /** Whether caching is on (the Actions cache, or the local wheelhouse outside Actions). */
  readonly active: boolean;
  /** The key the wheelhouse records this build's resolution under (undefined without caching). */
  readonly depsKey?: CacheKey;
  /** The cache-hit output so far ('false' before wheels(), or without caching). */
  readonly hit: CacheHit;
  /**
   * Gets the wheel set, `run` resolving it into the wheelhouse it is given (the cached one:
   * restored in Actions, $XDG_CACHE_HOME/fc-python-pack/wheels outside; `scratchHouse` without
   * caching), with the deps key to record the resolution under.
   */
  wheels(scratchHouse: string, run: (house: string, env: NodeJS.ProcessEnv, key?: string) => Promise<WheelSet>): Promise<WheelSet>;
  /** After the build succeeded: saves the wheelhouse, pruned to this build's wheels. Never throws. */
  save(): Promise<void>;
}
