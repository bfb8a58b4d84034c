/** Owns talking to docker: the few commands the pipeline needs, each with an argument array, and the pull policy. */
import { UserError } from './errors.js';
import { run, tail, type RunOptions, type RunResult } from './proc.js';

export const DOCKER = process.env.FC_PYTHON_PACK_DOCKER || 'docker';

/** `missing` (default): pull an image that is not present; `never`: fail instead (air-gapped runners, tests). */
export function pullPolicy(env: NodeJS.ProcessEnv = process.env): 'missing' | 'never' {
  return env.FC_PYTHON_PACK_PULL === 'never' ? 'never' : 'missing';
}

/** The `docker run` flags that keep to the pull policy (`--pull never` when pulling is off). */
export function runPullArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  return pullPolicy(env) === 'never' ? ['--pull', 'never'] : [];
}

export function docker(args: readonly string[], opts?: RunOptions): Promise<RunResult> {
  return run(DOCKER, args, opts);
}

/** Fails with a clear error when no Docker engine answers. `why` says what needs it. */
export async function ensureDocker(why: string, fix: string): Promise<void> {
  const res = await docker(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 30_000 });
  if (res.spawnError) {
    throw new UserError(`${why} needs Docker, and no docker command was found. ${fix}`);
  }
  if (res.code !== 0) {
    throw new UserError(`${why} needs a running Docker engine: ${tail(res.stderr, 2) || 'docker version failed'}. ${fix}`);
  }
}

export async function imageExists(image: string): Promise<boolean> {
  const res = await docker(['image', 'inspect', '--format', '{{.Id}}', image]);
  return res.code === 0;
}

/** Makes sure `image` is present locally, pulling it if the policy allows. */
export async function ensureImage(image: string, input: string, fix: string): Promise<void> {
  if (await imageExists(image)) return;
  if (pullPolicy() === 'never') {
    throw new UserError(`Input ${input}: image ${image} is not present and pulling is off (FC_PYTHON_PACK_PULL=never). ${fix}`, input);
  }
  const res = await docker(['pull', '--quiet', image], { timeoutMs: 10 * 60_000 });
  if (res.code !== 0) {
    throw new UserError(`Input ${input}: image ${image} is not present and could not be pulled (${tail(res.stderr, 1)}). ${fix}`, input);
  }
}
