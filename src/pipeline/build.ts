/**
 * Owns the order of the stages both front ends run: plan → install → assemble → doctor → verify,
 * then the cache save. Works in a temporary folder; the output folder only ever receives a
 * finished, verified artifact.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Plan } from '../plan/plan.js';
import { createDepsCache } from '../publish/cache.js';
import type { BuildResult } from '../publish/result.js';
import type { Log } from '../shared/log.js';
import { formatBytes } from '../shared/bytes.js';
import { removeOnCancel } from '../shared/cancel.js';
import { UserError } from '../shared/errors.js';
import type { StageTimer } from '../shared/timer.js';
import { preflightVerify } from '../verify/imports.js';
import { buildCode } from './code.js';
import type { Built } from './common.js';
import { buildImage, type ImageReport } from './image.js';
import { buildLayer } from './layer.js';

export type { BuildResult } from '../publish/result.js';

/**
 * Moves a finished file into place; a rename when it can, a copy across file systems. A full
 * output-dir is one error with its free space and the artifact's size; nothing partial stays.
 */
export async function moveInto(src: string, dest: string): Promise<void> {
  const dir = path.dirname(dest);
  await fs.mkdir(dir, { recursive: true });
  const tmp = `${dest}.partial-${process.pid}`;
  const forget = removeOnCancel(tmp);
  try {
    try {
      await fs.rename(src, tmp);
    } catch {
      await fs.copyFile(src, tmp);
    }
    await fs.rename(tmp, dest);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      const size = (await fs.stat(src)).size;
      const st = await fs.statfs(dir).catch(() => undefined);
      const free = st ? `${formatBytes(st.bavail * st.bsize)} free` : 'no room left';
      throw new UserError(`output-dir ${dir} is full: ${free}, and ${path.basename(dest)} is ${formatBytes(size)}. Free some space there, or set output-dir to a folder with room.`, 'output-dir');
    }
    if (code) throw new UserError(`Cannot write ${path.basename(dest)} into output-dir ${dir} (${code}). Set output-dir to a folder this user can write.`, 'output-dir');
    throw e;
  } finally {
    forget();
  }
}

/** Runs the plan's stages. The front ends make the plan (makePlan) from the inputs they read. */
export async function build(plan: Plan, log: Log): Promise<BuildResult> {
  for (const w of plan.warnings) log.warning(w.message, { title: w.input });
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
  const v = plan.verify;
  if (v && plan.target !== 'image') await timed('preflight', () => preflightVerify(v));
  const cache = await createDepsCache(plan, log, { enabled: !!plan.cache, prefix: plan.cache?.prefix, timed });
  const tmpRoot = process.env.RUNNER_TEMP || os.tmpdir();
  const scratch = await fs
    .mkdir(tmpRoot, { recursive: true })
    .then(() => fs.mkdtemp(path.join(tmpRoot, 'fcpp-')))
    .catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`Cannot use the temp folder ${tmpRoot} (${e.code}): set RUNNER_TEMP (or TMPDIR) to a folder this user can write.`);
    });
  const forgetScratch = removeOnCancel(scratch);
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
    forgetScratch();
  }
}
