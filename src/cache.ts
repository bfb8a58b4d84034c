/**
 * Repeat builds, fast: two caches over @actions/cache.
 *
 * - The deps cache holds the finished dependency tree (what `pip install --target` left, console
 *   scripts already rewritten). When its key is unchanged the tree is restored and pip does not
 *   run at all (cache-hit: true).
 * - The pip cache is pip's own download/wheel cache (PIP_CACHE_DIR). On a deps miss it is restored
 *   first, by exact key or by the restore-key prefix, so pip downloads less (cache-hit: partial).
 *
 * @actions/cache restores only to the absolute paths it saved, and hashes the path strings into
 * the entry's version; so both caches live at stable paths under RUNNER_TEMP
 * (see `pipCacheDir` and `depsCacheDir`).
 *
 * The cache never fails a build: a service that is down, a key another job is reserving, an
 * upload that breaks all end up as one warning and a miss. Outside Actions (no cache service)
 * every function is a quiet no-op.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from './errors.js';
import type { InstallResult } from './install.js';
import type { Log } from './log.js';
import type { Plan } from './plan.js';
import type { StageTimer } from './targets/common.js';

/** Bumped with the action's major version: a v2 never reads what a v1 saved. */
export const ACTION_MAJOR = 'v1';
/**
 * Bumped when what install leaves in the tree changes (e.g. how console scripts are rewritten)
 * within one major version, so a restored tree is always one this code would have produced.
 */
export const DEPS_TREE_FORMAT = 2;
export const DEFAULT_CACHE_KEY_PREFIX = 'fc-python-pack';

/** The `cache-hit` output: deps tree restored and pip skipped / pip's cache restored and pip ran / neither. */
export type CacheHit = 'true' | 'partial' | 'false';

export interface RequirementsFile {
  /** Where it is, relative to the first requirements file's folder ('' or its base name for the first). */
  name: string;
  content: string | Buffer;
}

/** Everything that decides which files pip puts in the tree. */
export interface CacheKeyParts {
  /** cache-key-prefix; default fc-python-pack. */
  prefix?: string;
  /** The requirements file and the files it pulls in (-r, -c, local wheels), in a stable order. */
  requirements: readonly RequirementsFile[];
  pythonVersion: string;
  runtime: string;
  /** pip --platform tags. */
  platforms: readonly string[];
  indexUrl?: string;
  extraIndexUrls?: readonly string[];
  pipArgs?: readonly string[];
  /** pip's own environment settings (PIP_INDEX_URL, PIP_FIND_LINKS, ...): hashed, never shown. */
  pipEnv?: Readonly<Record<string, string>>;
}

export interface CacheKey {
  key: string;
  /** Prefixes tried, in order, when the key itself is not there. */
  restoreKeys: string[];
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Checks a cache-key-prefix: @actions/cache keys have no commas and at most 512 characters. */
export function parseCacheKeyPrefix(value: string, input = 'cache-key-prefix'): string {
  const v = value.trim() || DEFAULT_CACHE_KEY_PREFIX;
  if (v.includes(',') || /\s/.test(v) || v.length > 200) {
    throw new UserError(
      `Input ${input} must be at most 200 characters without commas or spaces (it starts every cache key); got "${value}".`,
      input,
    );
  }
  return v;
}

/** The part of the key every build with the same platform and index shares: no requirements in it. */
function environmentHash(p: CacheKeyParts): string {
  const env = Object.entries(p.pipEnv ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(
    JSON.stringify({
      python: p.pythonVersion,
      runtime: p.runtime,
      platforms: p.platforms,
      // Index URLs may carry credentials: they only ever enter the key through this hash.
      index: p.indexUrl ?? null,
      extra: p.extraIndexUrls ?? [],
      pipArgs: p.pipArgs ?? [],
      env,
    }),
  ).slice(0, 16);
}

function requirementsHash(p: CacheKeyParts): string {
  const h = createHash('sha256');
  for (const r of p.requirements) {
    h.update(`${r.name}\0${Buffer.byteLength(r.content)}\0`);
    h.update(r.content);
  }
  return h.digest('hex').slice(0, 24);
}

/** The readable head of a key: prefix, major version, kind, runtime, python. Never a URL. */
function keyHead(kind: 'pip' | 'deps', p: CacheKeyParts): string {
  const prefix = parseCacheKeyPrefix(p.prefix ?? DEFAULT_CACHE_KEY_PREFIX);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${prefix}-${ACTION_MAJOR}-${kind}-${safe(p.runtime)}-py${safe(p.pythonVersion)}-${environmentHash(p)}-`;
}

/** pip's download cache: key = head + requirements hash; restore-keys = the head alone (any earlier requirements). */
export function pipCacheKey(parts: CacheKeyParts): CacheKey {
  const head = keyHead('pip', parts);
  return { key: `${head}${requirementsHash(parts)}`, restoreKeys: [head] };
}

/** The finished deps tree: only an exact key will do (a tree for other requirements is of no use). */
export function depsCacheKey(parts: CacheKeyParts): CacheKey {
  const head = keyHead('deps', parts);
  return { key: `${head}${requirementsHash(parts)}-f${DEPS_TREE_FORMAT}`, restoreKeys: [] };
}

// ---------------------------------------------------------------------------
// Key parts from a plan
// ---------------------------------------------------------------------------

/** pip's environment variables that change what gets installed. */
const PIP_ENV_VARS = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS', 'PIP_NO_INDEX', 'PIP_CONSTRAINT', 'PIP_PRE', 'PIP_CONFIG_FILE', 'PIP_ONLY_BINARY', 'PIP_NO_BINARY'];

const NESTED = /^\s*(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/;
const LOCAL_ARCHIVE = /^\s*([^\s#;@]+\.(?:whl|zip|tar\.gz))\s*(?:[#;].*)?$/;

/**
 * The requirements file and what it pulls in: files named by -r / -c (recursively) and local
 * wheel or archive files, each read whole. A file it names that does not exist is hashed as
 * missing (pip will say so itself).
 */
export async function readRequirementsFiles(file: string): Promise<RequirementsFile[]> {
  const root = path.dirname(path.resolve(file));
  const out: RequirementsFile[] = [];
  const seen = new Set<string>();
  const visit = async (abs: string, asText: boolean): Promise<void> => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const name = path.relative(root, abs).split(path.sep).join('/');
    let content: Buffer;
    try {
      content = await fs.readFile(abs);
    } catch {
      out.push({ name, content: '\0missing' });
      return;
    }
    out.push({ name, content });
    if (!asText) return;
    for (const line of content.toString('utf8').split(/\r?\n/)) {
      const nested = NESTED.exec(line)?.[1];
      if (nested && !/^[a-z][a-z0-9+.-]*:\/\//i.test(nested)) {
        await visit(path.resolve(path.dirname(abs), nested), true);
        continue;
      }
      const archive = LOCAL_ARCHIVE.exec(line)?.[1];
      if (archive && !/^[a-z][a-z0-9+.-]*:\/\//i.test(archive)) await visit(path.resolve(path.dirname(abs), archive.replace(/^file:/, '')), false);
    }
  };
  await visit(path.resolve(file), true);
  return out;
}

/** The key parts of a plan: its requirements, python, runtime, tags, index and pip settings. */
export async function cacheKeyParts(plan: Plan, prefix?: string, env: NodeJS.ProcessEnv = process.env): Promise<CacheKeyParts> {
  const { inputs } = plan;
  const pipEnv: Record<string, string> = {};
  for (const k of PIP_ENV_VARS) if (env[k]) pipEnv[k] = env[k]!;
  return {
    prefix,
    requirements: await readRequirementsFiles(inputs.requirements),
    pythonVersion: inputs.pythonVersion,
    runtime: inputs.runtime,
    platforms: plan.platforms,
    indexUrl: inputs.indexUrl,
    extraIndexUrls: inputs.extraIndexUrls,
    pipArgs: inputs.pipArgs,
    pipEnv,
  };
}

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

function cacheRoot(env: NodeJS.ProcessEnv): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'fc-python-pack-cache');
}

/** pip's cache (PIP_CACHE_DIR): one stable path, so restore-keys across requirements work. */
export function pipCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheRoot(env), 'pip');
}

/**
 * The deps cache of one key: `$RUNNER_TEMP/fc-python-pack-cache/deps/<sha256(key)[:16]>`, holding
 * `python/` (the tree pip installs into; what goes under python/ in the zip) and a manifest.
 */
export function depsCacheDir(key: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheRoot(env), 'deps', sha256(key).slice(0, 16));
}

/** The tree inside a deps cache folder. */
export function depsTreeDir(dir: string): string {
  return path.join(dir, 'python');
}

/** The environment pip runs with to use `dir` as its cache. */
export function pipCacheEnv(dir: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PIP_CACHE_DIR: dir };
  delete env.PIP_NO_CACHE_DIR;
  return env;
}

// ---------------------------------------------------------------------------
// Talking to the service without ever failing the build
// ---------------------------------------------------------------------------

/** Whether the cache service is there (in a GitHub Actions job); quietly false anywhere else. */
export async function cacheAvailable(): Promise<boolean> {
  // Without either variable there is no service: do not even load the library (it is large).
  if (!process.env.ACTIONS_RESULTS_URL && !process.env.ACTIONS_CACHE_URL) return false;
  try {
    return (await loadCache()).isFeatureAvailable();
  } catch {
    return false;
  }
}

/** @actions/cache, loaded on first use: builds outside Actions never pay for it. */
function loadCache(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache');
}

/**
 * What @actions/cache says when it gives up. It never throws for service trouble: it logs the
 * reason (core.warning / core.error / core.info: "Failed to restore: ...", "Failed to save: Unable
 * to reserve cache with key ...") and returns a miss. Those lines are taken out of its output while
 * it runs and reported through our Log, once, with what it means for the build.
 */
const LIBRARY_FAILURE = /^(?:::(?:warning|error)(?: [^:]*)?::)?((?:Failed to (?:restore|save)|Cache reservation failed|Unable to finalize cache)\b.*)$/s;
/** Its debug line with the real cause behind "Unable to reserve cache" (refused connection, 409...): kept, and shown too. */
const RESERVE_CAUSE = /^::debug::Failed to reserve cache: (.*)$/s;

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs one @actions/cache call with its failure lines captured. Calls are serialised, so
 * every captured line belongs to the call that made it; other output passes through untouched.
 */
function captured<T>(fn: () => Promise<T>): Promise<{ value?: T; error?: unknown; reports: string[] }> {
  const run = async () => {
    const reports: string[] = [];
    const causes: string[] = [];
    const original = process.stdout.write;
    const hook = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined;
      const line = text?.replace(/\r?\n$/, '');
      const cause = line === undefined ? null : RESERVE_CAUSE.exec(line);
      if (cause) causes.push(unescapeCommand(cause[1]!).replace(/^Error: /, ''));
      const m = line === undefined ? null : LIBRARY_FAILURE.exec(line);
      if (m) {
        reports.push(unescapeCommand(m[1]!));
        const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        cb?.();
        return true;
      }
      return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof process.stdout.write;
    process.stdout.write = hook;
    const withCauses = () => (causes.length ? reports.map((r) => (/Unable to reserve cache/.test(r) ? `${r} (${causes.join('; ')})` : r)) : reports);
    try {
      const value = await fn();
      return { value, reports: withCauses() };
    } catch (error) {
      return { error, reports: withCauses() };
    } finally {
      // Put back what was there, unless someone replaced our hook meanwhile (then theirs stays).
      if (process.stdout.write === hook) process.stdout.write = original;
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function reasonOf(error: unknown, reports: string[]): string {
  const parts = [...reports.map((r) => r.replace(/^Failed to (?:restore|save): /, ''))];
  if (error !== undefined) parts.push(error instanceof Error ? error.message : String(error));
  return parts.join('; ') || 'no reason given';
}

// ---------------------------------------------------------------------------
// pip's cache
// ---------------------------------------------------------------------------

export interface PipCacheRestore {
  /** exact: the key itself; restore-key: an older entry by prefix; miss: nothing (or trouble, warned). */
  hit: 'exact' | 'restore-key' | 'miss';
  matchedKey?: string;
}

/** Restores pip's cache into `dir` before install. Never throws. */
export async function restorePipCache(dir: string, key: string, restoreKeys: string[], log: Log): Promise<PipCacheRestore> {
  if (!(await cacheAvailable())) {
    log.debug('pip cache: no cache service here (not in GitHub Actions); not restored.');
    return { hit: 'miss' };
  }
  await fs.mkdir(dir, { recursive: true }).catch(() => undefined);
  const { value, error, reports } = await captured(async () => (await loadCache()).restoreCache([dir], key, restoreKeys));
  if (error !== undefined || reports.length) {
    log.warning(`pip cache not restored (the build goes on without it): ${reasonOf(error, reports)}`);
    return { hit: 'miss' };
  }
  if (!value) {
    log.info(`pip cache: no entry for ${key} or its prefix.`);
    return { hit: 'miss' };
  }
  const hit = value === key ? 'exact' : 'restore-key';
  log.info(`pip cache restored from ${value}${hit === 'restore-key' ? ' (an earlier set of requirements)' : ''}.`);
  return { hit, matchedKey: value };
}

async function hasFiles(dir: string): Promise<boolean> {
  try {
    const items = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return items.some((d) => d.isFile());
  } catch {
    return false;
  }
}

/**
 * Saves pip's cache after a successful build. Skipped when `restored` says the key was already
 * there (nothing new to keep) or pip left no files. Never throws; true when saved.
 */
export async function savePipCache(dir: string, key: string, log: Log, restored?: PipCacheRestore): Promise<boolean> {
  if (!(await cacheAvailable())) {
    log.debug('pip cache: no cache service here (not in GitHub Actions); not saved.');
    return false;
  }
  if (restored?.hit === 'exact') {
    log.debug(`pip cache: ${key} was restored as is; not saved again.`);
    return false;
  }
  if (!(await hasFiles(dir))) {
    log.debug(`pip cache: ${dir} is empty (pip caches nothing it reads from file:// indexes); not saved.`);
    return false;
  }
  const { value, error, reports } = await captured(async () => (await loadCache()).saveCache([dir], key));
  if (error !== undefined || reports.length || value === undefined || value < 0) {
    log.warning(`pip cache not saved (the build is not affected): ${reasonOf(error, reports)}`);
    return false;
  }
  log.info(`pip cache saved as ${key}.`);
  return true;
}

// ---------------------------------------------------------------------------
// The deps tree
// ---------------------------------------------------------------------------

/** What sits next to python/ in a deps cache folder; its presence means the tree is complete. */
export interface DepsManifest {
  key: string;
  format: number;
  /** "name-version" of each installed distribution, as pip reported them. */
  installed: string[];
  scripts: string[];
  createdAt: string;
}

const MANIFEST = 'fc-python-pack-deps.json';

export async function readDepsManifest(dir: string): Promise<DepsManifest | undefined> {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as DepsManifest;
    return typeof m.key === 'string' && Array.isArray(m.installed) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Marks `dir` as holding the complete tree for `key` (call once pip has succeeded). */
export async function writeDepsManifest(dir: string, key: string, install?: Pick<InstallResult, 'installed' | 'scripts'>): Promise<DepsManifest> {
  const manifest: DepsManifest = {
    key,
    format: DEPS_TREE_FORMAT,
    installed: install?.installed ?? [],
    scripts: install?.scripts ?? [],
    createdAt: new Date().toISOString(),
  };
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function complete(dir: string, key: string): Promise<boolean> {
  const m = await readDepsManifest(dir);
  return m?.key === key && m.format === DEPS_TREE_FORMAT;
}

/**
 * Restores the finished deps tree of `key` into `dir` (from `depsCacheDir(key)`); true when
 * `dir` now holds it complete, and pip need not run. A tree an earlier step of the same job
 * left there counts without asking the service. Anything half there is removed first. Never throws.
 */
export async function restoreDeps(dir: string, key: string, log: Log): Promise<boolean> {
  if (await complete(dir, key)) {
    log.info(`Dependencies: reusing the tree of ${key} an earlier step of this job built.`);
    return true;
  }
  if (!(await cacheAvailable())) {
    log.debug('deps cache: no cache service here (not in GitHub Actions); not restored.');
    return false;
  }
  try {
    await fs.rm(dir, { recursive: true, force: true });
  } catch (e) {
    log.warning(`deps cache not restored: cannot clear ${dir}: ${(e as Error).message}`);
    return false;
  }
  const { value, error, reports } = await captured(async () => (await loadCache()).restoreCache([dir], key, []));
  if (error !== undefined || reports.length) {
    log.warning(`deps cache not restored (pip will install): ${reasonOf(error, reports)}`);
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return false;
  }
  if (value !== key) {
    log.info(`deps cache: no entry for ${key}; pip will install.`);
    return false;
  }
  if (!(await complete(dir, key))) {
    log.warning(`deps cache entry ${key} was restored but is incomplete (no manifest); pip will install.`);
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return false;
  }
  return true;
}

/**
 * Saves the finished tree in `dir` as `key`, after a successful build. Writes the manifest first
 * when there is none (pass what install reported). Never throws; true when saved.
 */
export async function saveDeps(dir: string, key: string, log: Log, install?: Pick<InstallResult, 'installed' | 'scripts'>): Promise<boolean> {
  if (!(await cacheAvailable())) {
    log.debug('deps cache: no cache service here (not in GitHub Actions); not saved.');
    return false;
  }
  try {
    if (!(await complete(dir, key))) await writeDepsManifest(dir, key, install);
  } catch (e) {
    log.warning(`deps cache not saved: ${(e as Error).message}`);
    return false;
  }
  const { value, error, reports } = await captured(async () => (await loadCache()).saveCache([dir], key));
  if (error !== undefined || reports.length || value === undefined || value < 0) {
    log.warning(`deps cache not saved (the build is not affected; the next build installs again): ${reasonOf(error, reports)}`);
    return false;
  }
  log.info(`deps cache saved as ${key}.`);
  return true;
}

// ---------------------------------------------------------------------------
// The whole dance, for the targets
// ---------------------------------------------------------------------------

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
  /** After the build succeeded: saves what this build added to the caches. Never throws. */
  save(): Promise<void>;
}

const noopTimer: StageTimer = (_stage, fn) => fn();

/**
 * Outside Actions (the CLI on a laptop or another CI): the finished trees live in
 * `$XDG_CACHE_HOME/fc-python-pack/deps/<sha256(key)[:16]>` (~/.cache by default) under the same
 * key as in Actions, so an unchanged rebuild skips pip. A tree is published by renaming a
 * complete folder into place: a failed install leaves nothing behind.
 */
export function localCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'fc-python-pack');
}

async function localDepsCache(plan: Plan, log: Log, prefix: string | undefined, env: NodeJS.ProcessEnv): Promise<DepsCache> {
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
    save: async () => undefined,
  };
}

/** A cache session for one build. Without caching (input off, or outside Actions) `install` just runs pip. */
export async function createDepsCache(plan: Plan, log: Log, opts: DepsCacheOptions): Promise<DepsCache> {
  const env = opts.env ?? process.env;
  const timed = opts.timed ?? noopTimer;
  let hit: CacheHit = 'false';
  if (opts.enabled && plan.installDeps && !(await cacheAvailable())) {
    log.debug('cache: no Actions cache service here; using the local deps cache.');
    return localDepsCache(plan, log, opts.prefix, env);
  }
  if (!opts.enabled || !plan.installDeps) {
    return {
      active: false,
      get hit() {
        return hit;
      },
      install: async (wanted, run) => ({ pythonDir: wanted, install: await run(wanted, env) }),
      save: async () => undefined,
    };
  }
  const parts = await cacheKeyParts(plan, opts.prefix, env);
  const depsKey = depsCacheKey(parts);
  const pipKey = pipCacheKey(parts);
  const depsDir = depsCacheDir(depsKey.key, env);
  const pipDir = pipCacheDir(env);
  let pending: { install: InstallResult; pipRestored: PipCacheRestore } | undefined;

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
    async save() {
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

/** The action inputs this module reads, for INPUT_SPECS / action.yml. */
export const CACHE_INPUT_SPECS = [
  {
    name: 'cache',
    default: 'true',
    description:
      'Cache the finished dependency tree (unchanged requirements: pip does not run) and pip\'s download cache, with the Actions cache. Never fails the build.',
  },
  {
    name: 'cache-key-prefix',
    default: DEFAULT_CACHE_KEY_PREFIX,
    description: 'Start of every cache key; change it to start from an empty cache. No commas or spaces.',
  },
] as const;
