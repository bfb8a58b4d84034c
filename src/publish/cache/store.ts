/**
 * Owns the two caches' folders and entries: where pip's cache and the finished deps trees live,
 * the manifest that marks a tree complete, and restoring / saving each through the service.
 * Outside Actions every function here is a quiet no-op.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { InstallResult } from '../../install/pip.js';
import type { Log } from '../../shared/log.js';
import { DEPS_TREE_FORMAT } from './key.js';
import { cacheAvailable, restoreEntry, saveEntry } from './service.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

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

/** The wheelhouse the Actions cache restores and saves (wheels install mode). */
export function wheelhouseCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheRoot(env), 'wheels');
}

/** Restores the wheelhouse into `dir` (added to what is there): the key it came from, undefined for a miss. Never throws. */
export async function restoreWheelhouse(dir: string, key: string, restoreKeys: string[], log: Log): Promise<string | undefined> {
  if (!(await cacheAvailable())) return undefined;
  await fs.mkdir(dir, { recursive: true }).catch(() => undefined);
  const r = await restoreEntry(dir, key, restoreKeys);
  if (!r.ok) {
    log.warning(`wheel cache not restored (pip will download): ${r.reason}`);
    return undefined;
  }
  if (!r.value) {
    log.info(`wheel cache: no entry for ${key} or its prefix (or the cache service failed: see its warning).`);
    return undefined;
  }
  log.info(`wheel cache restored from ${r.value}${r.value.startsWith(key) ? '' : ' (an earlier set of requirements)'}.`);
  return r.value;
}

/** Saves the wheelhouse as `key` unless it was restored as that very key. Never throws; true when saved. */
export async function saveWheelhouse(dir: string, key: string, log: Log, restored?: string): Promise<boolean> {
  if (!(await cacheAvailable())) return false;
  if (restored === key) {
    log.debug(`wheel cache: ${key} was restored as is; not saved again.`);
    return false;
  }
  const r = await saveEntry(dir, key);
  if (!r.ok) {
    log.warning(`wheel cache not saved (the build is not affected; the next build downloads again): ${r.reason}`);
    return false;
  }
  log.info(`wheel cache saved as ${key}.`);
  return true;
}

/** The environment pip runs with to use `dir` as its cache. */
export function pipCacheEnv(dir: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PIP_CACHE_DIR: dir };
  delete env.PIP_NO_CACHE_DIR;
  return env;
}


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
  const r = await restoreEntry(dir, key, restoreKeys);
  if (!r.ok) {
    log.warning(`pip cache not restored (the build goes on without it): ${r.reason}`);
    return { hit: 'miss' };
  }
  const value = r.value;
  if (!value) {
    log.info(`pip cache: no entry for ${key} or its prefix (or the cache service failed: see its warning).`);
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
  const r = await saveEntry(dir, key);
  if (!r.ok) {
    log.warning(`pip cache not saved (the build is not affected): ${r.reason}`);
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
  const r = await restoreEntry(dir, key, []);
  if (!r.ok) {
    log.warning(`deps cache not restored (pip will install): ${r.reason}`);
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return false;
  }
  if (r.value !== key) {
    log.info(`deps cache: no entry for ${key} (or the cache service failed: see its warning); pip will install.`);
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
  const r = await saveEntry(dir, key);
  if (!r.ok) {
    log.warning(`deps cache not saved (the build is not affected; the next build installs again): ${r.reason}`);
    return false;
  }
  log.info(`deps cache saved as ${key}.`);
  return true;
}

