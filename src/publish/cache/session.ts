/** Owns the deps cache's contract with the stages: a session that gets the deps tree (restored or installed) and saves it. */
import type { InstallResult } from '../../install/pip.js';
import type { WheelSet } from '../../install/wheels.js';
import type { StageTimer } from '../../shared/timer.js';
import type { CacheHit } from '../result.js';
import type { CacheKey } from './key.js';
import type { DepsManifest } from './store.js';

export interface DepsCacheOptions {
  /** The `cache` input. */
  enabled: boolean;
  /** The `cache-key-prefix` input. */
  prefix?: string;
  env?: NodeJS.ProcessEnv;
  timed?: StageTimer;
}

export interface DepsInstall {
  /** Where the tree is: the stable cache folder's python/ when caching, else the folder asked for. */
  pythonDir: string;
  /** What pip reported; undefined when the tree came from the cache (then `manifest` says what is in it). */
  install?: InstallResult;
  manifest?: DepsManifest;
}

export interface DepsCache {
  /** Whether caching is on and a cache service is there. */
  readonly active: boolean;
  readonly depsKey?: CacheKey;
  readonly pipKey?: CacheKey;
  /** The cache-hit output so far ('false' before install, or without caching). */
  readonly hit: CacheHit;
  /**
   * Gets the tree: restored (pip skipped), or installed by `run` with pip's cache restored and
   * PIP_CACHE_DIR in the env it is given. `wanted` is where to install when not caching.
   */
  install(wanted: string, run: (pythonDir: string, env: NodeJS.ProcessEnv) => Promise<InstallResult>): Promise<DepsInstall>;
  /**
   * The wheels install mode: gets the wheel set, `run` resolving it into the wheelhouse it is
   * given (the cached one: restored in Actions, $XDG_CACHE_HOME/fc-python-pack/wheels outside;
   * `scratchHouse` without caching), with the deps key to record the resolution under.
   */
  wheels(scratchHouse: string, run: (house: string, env: NodeJS.ProcessEnv, key?: string) => Promise<WheelSet>): Promise<WheelSet>;
  /** After the build succeeded: saves what this build added to the caches. Never throws. */
  save(): Promise<void>;
}

