/**
 * Owns the wheel cache's folder and entries in Actions: where the wheelhouse lives on the runner,
 * and restoring / saving it through the service. Outside Actions every function here is a quiet no-op.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Log } from '../../shared/log.js';
import { cacheAvailable, restoreEntry, saveEntry } from './service.js';

function cacheRoot(env: NodeJS.ProcessEnv): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'fc-python-pack-cache');
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
