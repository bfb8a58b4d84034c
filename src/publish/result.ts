/** Owns the shape of a finished build: what the pipeline hands to publish, the outputs and the job summary. */
import type { ImageReport } from '../assemble/dockerfile.js';
import type { ExclusionRule } from '../assemble/select.js';
import type { ZipResult } from '../assemble/zip.js';
import type { InstallResult } from '../install/pip.js';
import type { BuiltFromSource } from '../install/sdists.js';
import type { Plan } from '../plan/plan.js';
import type { VerifyReport } from '../verify/imports.js';
import type { SmokeResult } from '../verify/smoke.js';

/** The `cache-hit` output: deps tree restored and pip skipped / pip's cache restored and pip ran / neither. */
export type CacheHit = 'true' | 'partial' | 'false';

export interface BuildResult {
  plan: Plan;
  artifact: ZipResult;
  install?: InstallResult;
  /** Packages whose wheels were built from their sdists (cached: built by an earlier run), where, in how long. */
  fromSource?: BuiltFromSource[];
  verify?: VerifyReport;
  smoke?: SmokeResult;
  image?: ImageReport;
  /** code: what the file selection left out, by rule. */
  leftOut?: ExclusionRule[];
  /** true: deps from the cache, pip skipped; partial: pip's cache restored; false; undefined: no cache. */
  cacheHit?: CacheHit;
  timings: Record<string, number>;
}
