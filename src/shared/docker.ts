/** Owns talking to docker: the few commands the pipeline needs, each with an argument array, and the pull policy. */
import { spawnSync } from 'node:child_process';
import { onCancel } from './cancel.js';
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

/** Containers this process has made and not yet removed, by name: removed on cancel. */
const live = new Set<string>();
const forgetAll = new Map<string, () => void>();

function track(name: string): void {
  if (live.has(name)) return;
  live.add(name);
  forgetAll.set(name, onCancel(() => {
    if (live.size) spawnSync(DOCKER, ['rm', '-f', ...live], { stdio: 'ignore', timeout: 30_000 });
    live.clear();
  }));
}

function untrack(name: string): void {
  live.delete(name);
  forgetAll.get(name)?.();
  forgetAll.delete(name);
}

/**
 * Runs docker. A container made with `run`/`create --name` is tracked until `rm` removes it (or a
 * foreground `run --rm` ends): a cancelled run removes it. A foreground `run` that times out is
 * removed at once, or it would run on with nobody waiting for it.
 */
export async function docker(args: readonly string[], opts?: RunOptions): Promise<RunResult> {
  const verb = args[0];
  const at = args.indexOf('--name');
  const name = (verb === 'run' || verb === 'create') && at > 0 ? args[at + 1] : undefined;
  if (name) track(name);
  // Labelled with this process: what a crashed job left is found with --filter label=fc-python-pack.pid.
  const all = verb === 'run' || verb === 'create' ? [verb, '--label', `fc-python-pack.pid=${process.pid}`, ...args.slice(1)] : args;
  const res = await run(DOCKER, all, opts);
  if (name && verb === 'run' && !args.includes('-d') && !args.includes('--detach')) {
    if (res.timedOut) await run(DOCKER, ['rm', '-f', name], { timeoutMs: 30_000 });
    untrack(name);
  }
  if (verb === 'create' && name && res.code !== 0 && !res.timedOut) untrack(name);
  if (verb === 'rm' && res.code === 0) for (const n of args.slice(1)) untrack(n);
  return res;
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
