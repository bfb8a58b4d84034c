/**
 * FC's environment for pip's resolver: the PEP 508 marker variables of the function's Python
 * on FC (CPython on x86-64 Linux), and the command that runs the runner's pip with them
 * (through the launcher in pip-launcher.ts, written to a temp folder for the run).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PIP_LAUNCHER } from './pip-launcher.js';

/** The PEP 508 environment markers, every key packaging's default_environment() has. */
export interface MarkerEnvironment {
  implementation_name: string;
  implementation_version: string;
  os_name: string;
  platform_machine: string;
  platform_release: string;
  platform_system: string;
  platform_version: string;
  python_full_version: string;
  platform_python_implementation: string;
  python_version: string;
  sys_platform: string;
}

/**
 * What markers see on FC for CPython `fullVersion` (e.g. "3.10.9"). The kernel's release and
 * version are FC's and unknown here: empty, so markers on them are false rather than the runner's.
 * `extra` is not part of it: pip sets it for each extra that is asked for.
 */
export function targetMarkerEnvironment(fullVersion: string): MarkerEnvironment {
  const [major, minor] = fullVersion.split('.');
  return {
    implementation_name: 'cpython',
    implementation_version: fullVersion,
    os_name: 'posix',
    platform_machine: 'x86_64',
    platform_release: '',
    platform_system: 'Linux',
    platform_version: '',
    python_full_version: fullVersion,
    platform_python_implementation: 'CPython',
    python_version: `${major}.${minor}`,
    sys_platform: 'linux',
  };
}

/** The plan's target (structurally: only what it needs, so this module depends on no stage). */
export function planMarkerEnvironment(plan: { pythonFullVersion: string }): MarkerEnvironment {
  return targetMarkerEnvironment(plan.pythonFullVersion);
}

export interface PipCommand {
  /** Arguments after the interpreter: the launcher, the environment, then pip's own. */
  args: string[];
  /** What to log instead of the environment JSON. */
  display: string[];
  /** Removes the launcher's temp folder. */
  dispose: () => Promise<void>;
}

/**
 * `python <launcher> <env> <pipArgs...>`: the runner's pip, its markers evaluated for FC.
 * The launcher goes to a fresh temp folder (never the user's tree) and is removed by dispose().
 */
export async function pipCommand(env: MarkerEnvironment, pipArgs: string[], tmpRoot = process.env.RUNNER_TEMP || os.tmpdir()): Promise<PipCommand> {
  const dir = await fs.mkdtemp(path.join(tmpRoot, 'fcpp-pip-'));
  const launcher = path.join(dir, 'fcpp_pip.py');
  await fs.writeFile(launcher, PIP_LAUNCHER);
  return {
    args: [launcher, JSON.stringify(env), ...pipArgs],
    display: [`<pip for CPython ${env.python_full_version}, ${env.sys_platform} ${env.platform_machine}>`, ...pipArgs],
    dispose: () => fs.rm(dir, { recursive: true, force: true }),
  };
}
