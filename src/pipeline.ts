/**
 * The core both front ends call: inputs → plan → install → assemble → verify → result.
 * Works in a temporary folder; the output folder only ever receives a finished,
 * verified artifact.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ZipResult } from './assemble.js';
import { createDepsCache, type CacheHit } from './cache.js';
import type { Inputs } from './inputs.js';
import type { InstallResult } from './install.js';
import type { Log } from './log.js';
import { makePlan, type Plan } from './plan.js';
import type { SmokeResult } from './smoke.js';
import { buildCode } from './targets/code.js';
import type { Built, StageTimer } from './targets/common.js';
import { buildImage, type ImageReport } from './targets/image.js';
import { buildLayer } from './targets/layer.js';
import { preflightVerify, type VerifyReport } from './verify.js';

export interface BuildResult {
  plan: Plan;
  artifact: ZipResult;
  install?: InstallResult;
  verify?: VerifyReport;
  smoke?: SmokeResult;
  image?: ImageReport;
  /** true: deps from the cache, pip skipped; partial: pip's cache restored; false; undefined: no cache. */
  cacheHit?: CacheHit;
  timings: Record<string, number>;
}

/** Moves a finished file into place; a rename when it can, a copy across file systems. */
async function moveInto(src: string, dest: string): Promise<void> {
  await fs.mkdir(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.partial-${process.pid}`;
  try {
    await fs.rename(src, tmp);
  } catch {
    await fs.copyFile(src, tmp);
  }
  await fs.rename(tmp, dest);
}

export async function build(inputs: Inputs, log: Log): Promise<BuildResult> {
  const plan = makePlan(inputs);
  for (const w of plan.warnings) log.warning(w, { title: 'python-version' });
  const timings: Record<string, number> = {};
  const timed: StageTimer = async (stage, fn) => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + Date.now() - t;
    }
  };
  // The image target verifies in the image it builds; the others in verify-image.
  if (inputs.verify && plan.target !== 'image') await timed('preflight', () => preflightVerify(plan));
  const cache = await createDepsCache(plan, log, { enabled: inputs.cache, prefix: inputs.cacheKeyPrefix, timed });
  const scratch = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fcpp-'));
  try {
    let built: Built & { image?: ImageReport };
    switch (plan.target) {
      case 'layer':
        built = await buildLayer(plan, scratch, log, timed, cache);
        break;
      case 'code':
        built = await buildCode(plan, scratch, log, timed, cache);
        break;
      case 'image':
        built = await buildImage(plan, scratch, log, timed, cache);
        break;
    }
    await moveInto(built.artifact.path, plan.artifactPath);
    // Only a build that passed verify is worth caching.
    await cache.save();
    return { plan, ...built, artifact: { ...built.artifact, path: plan.artifactPath }, cacheHit: cache.active ? cache.hit : undefined, timings };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
