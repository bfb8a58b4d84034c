/**
 * Owns every call to @actions/cache (the only module that loads it): whether the service is there,
 * one restore and one save, each of which never throws.
 *
 * Error handling is plain: @actions/cache reports service trouble itself, in the step's log
 * ("::warning::Failed to restore: ...", "Failed to save: Unable to reserve cache with key ..."),
 * and returns a miss (restore: undefined) or -1 (save). We do not intercept that output: a
 * restore that failed is a miss for the build (the library's warning says why), a save that
 * returned -1 or threw is reported by the caller as "not saved", and anything the library
 * throws (a bad key or path: ValidationError) comes back with its message.
 */

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

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What a service call came to: a value, or why there is none. */
export type ServiceResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Restores `dir` from `key` (or the newest entry under a restore key): the key it came from, or
 * undefined for a miss, which includes a service the library could not reach (it warns itself).
 */
export async function restoreEntry(dir: string, key: string, restoreKeys: string[]): Promise<ServiceResult<string | undefined>> {
  try {
    return { ok: true, value: await (await loadCache()).restoreCache([dir], key, restoreKeys) };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

/** Saves `dir` as `key`: the cache id, or why not (the library's own message is in the log above). */
export async function saveEntry(dir: string, key: string): Promise<ServiceResult<number>> {
  try {
    const id = await (await loadCache()).saveCache([dir], key);
    if (id >= 0) return { ok: true, value: id };
    return { ok: false, reason: 'the cache service did not take it (its message is above)' };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}
