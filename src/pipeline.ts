/**
 * The core both front ends call: inputs → plan → install → assemble → verify → result.
 * Works in a temporary folder; the output folder only ever receives a finished,
 * verified artifact.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collectTree, writeZip, type ZipResult } from './assemble.js';
import type { Inputs } from './inputs.js';
import { installRequirements, type InstallResult } from './install.js';
import type { Log } from './log.js';
import { makePlan, type Plan } from './plan.js';
import { preflightVerify, verifyLayer, type VerifyReport } from './verify.js';

export interface BuildResult {
  plan: Plan;
  artifact: ZipResult;
  install?: InstallResult;
  verify?: VerifyReport;
  timings: Record<string, number>;
}

export interface BuildOptions {
  /** Environment for pip (default process.env). */
  env?: NodeJS.ProcessEnv;
}

async function timed<T>(timings: Record<string, number>, name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Date.now() - t;
  }
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

export async function build(inputs: Inputs, log: Log, opts: BuildOptions = {}): Promise<BuildResult> {
  const plan = makePlan(inputs);
  const timings: Record<string, number> = {};
  if (inputs.verify) await timed(timings, 'preflight', () => preflightVerify(plan));
  const scratch = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fcpp-'));
  try {
    const depsRoot = path.join(scratch, 'layer');
    const pythonDir = path.join(depsRoot, 'python');
    const install = await log.group(`Installing ${inputs.requirementsInput} for ${inputs.runtime}, Python ${inputs.pythonVersion}`, () =>
      timed(timings, 'install', () => installRequirements(plan, pythonDir, log, { env: opts.env })),
    );
    log.info(`Installed ${install.installed.length} distributions in ${(install.durationMs / 1000).toFixed(1)} s`);
    if (install.scripts.length) log.info(`Console scripts pointed at /usr/bin/env python3: ${install.scripts.join(', ')}`);

    const built = path.join(scratch, 'out', plan.artifactName);
    const artifact = await log.group(`Assembling ${plan.artifactName}`, () =>
      timed(timings, 'assemble', async () => writeZip(await collectTree(pythonDir, 'python/'), built)),
    );
    log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);

    let verify: VerifyReport | undefined;
    if (inputs.verify) {
      verify = await log.group('Verifying like FC', () => timed(timings, 'verify', () => verifyLayer(built, plan, path.join(scratch, 'verify'), log)));
    }
    await moveInto(built, plan.artifactPath);
    return { plan, artifact: { ...artifact, path: plan.artifactPath }, install, verify, timings };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
