/**
 * Owns every call to @actions/cache (the only module that loads it): whether the service is there,
 * and one restore and one save that never throw but say why they failed.
 *
 * @actions/cache never throws for service trouble: it logs the reason (core.warning / core.info:
 * "Failed to restore: ...", "Failed to save: Unable to reserve cache with key ...") and returns a
 * miss. `captured` takes those lines out of its output while it runs, so the build reports them
 * once, through its Log, with what they mean for the build.
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

/**
 * Its failure lines. It never throws for service trouble: it logs the
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

export function reasonOf(error: unknown, reports: string[]): string {
  const parts = [...reports.map((r) => r.replace(/^Failed to (?:restore|save): /, ''))];
  if (error !== undefined) parts.push(error instanceof Error ? error.message : String(error));
  return parts.join('; ') || 'no reason given';
}


/** What a service call came to: a value, or why there is none (service down, key reserved...). */
export type ServiceResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Restores `dir` from `key` (or the newest entry under a restore key): the key it came from, or undefined for a miss. */
export async function restoreEntry(dir: string, key: string, restoreKeys: string[]): Promise<ServiceResult<string | undefined>> {
  const { value, error, reports } = await captured(async () => (await loadCache()).restoreCache([dir], key, restoreKeys));
  if (error !== undefined || reports.length) return { ok: false, reason: reasonOf(error, reports) };
  return { ok: true, value };
}

/** Saves `dir` as `key`. */
export async function saveEntry(dir: string, key: string): Promise<ServiceResult<number>> {
  const { value, error, reports } = await captured(async () => (await loadCache()).saveCache([dir], key));
  if (error !== undefined || reports.length || value === undefined || value < 0) return { ok: false, reason: reasonOf(error, reports) };
  return { ok: true, value };
}
