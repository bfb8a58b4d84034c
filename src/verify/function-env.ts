/**
 * Owns the environment verify's containers give the function: exactly its environment variables
 * (s.yaml's environmentVariables, or the environment input), FC's own variables, the PATH FC gives
 * it, and no PYTHONPATH the function does not set. Values go through an env file in a private
 * folder (0600), never on a command line, and the file is removed after.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { FC_DEFAULT_PATH } from '../plan/runtimes.js';
import type { RunPlan } from '../plan/plan.js';

export const CODE_DIR = '/code';

/** FC's own variables in a custom runtime. */
export function fcVariables(port: number): Record<string, string> {
  return { FC_FUNC_CODE_PATH: CODE_DIR, FC_SERVER_PORT: String(port), FC_CUSTOM_LISTEN_PORT: String(port) };
}

export interface FunctionEnv {
  /** docker run arguments: --env-file, -e for values an env file cannot hold, -w /code. */
  args: string[];
  /** What the container runs with, for the log: names only (values may be secrets). */
  describe: string;
  dispose(): Promise<void>;
}

/**
 * The docker arguments for the function's environment. `as`: 'start' gives exactly what FC gives the
 * start (the bootstrap exports its own PYTHONPATH); 'python' gives what the start's Python ends up
 * with (the bootstrap's exports applied), for the import check that stands in for it.
 */
export async function functionEnv(run: RunPlan | undefined, port: number, dir: string, as: 'start' | 'python'): Promise<FunctionEnv> {
  const vars: Record<string, string> = { ...(run?.env ?? {}), ...fcVariables(port) };
  vars.PATH = (run?.path ?? FC_DEFAULT_PATH).join(':');
  if (as === 'python') {
    if (run?.pythonPath.length) vars.PYTHONPATH = run.pythonPath.join(':');
    else delete vars.PYTHONPATH;
  }
  const fileVars = Object.entries(vars).filter(([, v]) => !/[\r\n]/.test(v));
  const inline = Object.entries(vars).filter(([, v]) => /[\r\n]/.test(v));
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `env-${as}`);
  await fs.writeFile(file, fileVars.map(([k, v]) => `${k}=${v}\n`).join(''), { mode: 0o600 });
  const own = Object.keys(run?.env ?? {});
  return {
    args: ['--env-file', file, ...inline.flatMap(([k, v]) => ['-e', `${k}=${v}`]), '-w', CODE_DIR],
    describe:
      `${own.length ? `the function's environment (${own.join(', ')})` : 'no environment variables of its own'}, ` +
      `PYTHONPATH=${vars.PYTHONPATH ?? '(unset, as FC leaves it)'}`,
    dispose: () => fs.rm(file, { force: true }),
  };
}
