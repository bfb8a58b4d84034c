/** What the targets share. */
import type { ZipResult } from '../assemble.js';
import { installRequirements, type InstallResult } from '../install.js';
import type { Log } from '../log.js';
import type { Plan } from '../plan.js';
import type { SmokeResult } from '../smoke.js';
import type { VerifyReport } from '../verify.js';

export type StageTimer = <T>(stage: string, fn: () => Promise<T>) => Promise<T>;

export interface Built {
  /** The artifact as written in the scratch folder. */
  artifact: ZipResult;
  install?: InstallResult;
  verify?: VerifyReport;
  smoke?: SmokeResult;
}

export async function installDeps(plan: Plan, dest: string, log: Log, timed: StageTimer, env?: NodeJS.ProcessEnv): Promise<InstallResult> {
  const { inputs } = plan;
  const install = await log.group(`Installing ${inputs.requirementsInput} for ${inputs.runtime}, Python ${inputs.pythonVersion}`, () =>
    timed('install', () => installRequirements(plan, dest, log, { env })),
  );
  log.info(`Installed ${install.installed.length} distributions in ${(install.durationMs / 1000).toFixed(1)} s`);
  if (install.scripts.length) log.info(`Console scripts pointed at /usr/bin/env python3: ${install.scripts.join(', ')}`);
  return install;
}
