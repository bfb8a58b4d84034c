/**
 * Owns the two places an sdist is built into a wheel, and nothing else: on the runner (`pip wheel`
 * with the runner's Python) and in a build container (`pip wheel` with the target Python of the
 * build image, `--network none`). Both build from the sdist file pip downloaded (its sha256 already
 * checked), with `--no-deps`, and take the build backend from a folder installed on the runner
 * first (`pip install --target` of its [build-system] requires from the plan's index, as wheels for
 * the Python that builds; then `--no-build-isolation` with that folder on PYTHONPATH: one backend
 * for every sdist that needs the same, not a fresh environment per build). The container never
 * needs the index, its credentials or any network, and gets no environment of the runner's.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { docker, imageExists, pullPolicy, runPullArgs } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import { run, tail, type RunResult } from '../shared/proc.js';

/** Options of the plan's pip arguments that say where packages come from (they reach the build backend's download). */
const SOURCE_OPTS_WITH_VALUE = new Set(['--index-url', '-i', '--extra-index-url', '--find-links', '-f', '--trusted-host', '--cert', '--client-cert']);
const SOURCE_FLAGS = new Set(['--no-index', '--pre']);

export function sourceOptions(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    if (eq > 0 && SOURCE_OPTS_WITH_VALUE.has(a.slice(0, eq))) out.push(a);
    else if (SOURCE_OPTS_WITH_VALUE.has(a) && i + 1 < args.length) out.push(a, args[++i]!);
    else if (SOURCE_FLAGS.has(a)) out.push(a);
  }
  return out;
}

export interface BackendRequest {
  python: string;
  env: NodeJS.ProcessEnv;
  /** The plan's pip arguments (index, find-links, pip-args): sourceOptions of them are used. */
  pipArgs: readonly string[];
  requires: readonly string[];
  dest: string;
  /** For a container build: the target's tags (--python-version X.Y.Z, --platform ...); none: the runner's own. */
  target?: { pythonFullVersion: string; platforms: readonly string[] };
}

/** The build backend installed in `dest` (a folder for PYTHONPATH), for the runner's Python or the target's. */
export async function provisionBackend(r: BackendRequest): Promise<RunResult> {
  const tags = r.target ? ['--implementation', 'cp', '--python-version', r.target.pythonFullVersion, ...r.target.platforms.flatMap((p) => ['--platform', p])] : [];
  const args = ['-m', 'pip', 'install', '--target', r.dest, '--only-binary=:all:', '--no-input', '--disable-pip-version-check', '--progress-bar', 'off',
    '--no-compile', '--no-warn-script-location', ...tags, ...sourceOptions(r.pipArgs), ...r.requires];
  return run(r.python, args, { env: { ...r.env, PIP_ROOT_USER_ACTION: 'ignore' } });
}

const WHEEL_FLAGS = ['wheel', '--no-deps', '--no-index', '--no-build-isolation', '--use-pep517', '--no-input', '--disable-pip-version-check', '--progress-bar', 'off', '--no-cache-dir'];

/** `pip wheel` of `sdist` on the runner; the wheel lands in `out`. */
export function buildOnRunner(python: string, env: NodeJS.ProcessEnv, sdist: string, backend: string, out: string): Promise<RunResult> {
  const pythonPath = [backend, env.PYTHONPATH].filter(Boolean).join(path.delimiter);
  return run(python, ['-m', 'pip', ...WHEEL_FLAGS, '--wheel-dir', out, sdist], { env: { ...env, PYTHONPATH: pythonPath, PIP_ROOT_USER_ACTION: 'ignore' } });
}

/**
 * Runs `argv` in the image with `home`/bin first on the image's own PATH: FC's build images keep
 * the runtime's Python at its FC home (/var/fc/lang/python3.10), off the default PATH.
 */
const withHome = (home: string | undefined, argv: string[]) => (home ? ['sh', '-c', 'PATH="$0/bin:$PATH"; export PATH; exec "$@"', home, ...argv] : argv);

/** The same in `image`, with its `pythonX.Y`: no network, the sdist and backend read-only, only `out` writable. */
export function buildInImage(image: string, pythonXY: string, home: string | undefined, sdist: string, backend: string, out: string, name: string): Promise<RunResult> {
  const user = process.getuid && process.getgid ? ['--user', `${process.getuid()}:${process.getgid()}`] : [];
  const file = `/fcpp/src/${path.basename(sdist)}`;
  return docker(
    ['run', '--rm', '--name', name, '--network', 'none', ...runPullArgs(), ...user, '-e', 'HOME=/tmp', '-e', 'PIP_ROOT_USER_ACTION=ignore', '-e', 'PIP_CONFIG_FILE=/dev/null', '-e', 'PYTHONPATH=/fcpp/backend',
      '-v', `${sdist}:${file}:ro`, '-v', `${backend}:/fcpp/backend:ro`, '-v', `${out}:/fcpp/out`,
      '--entrypoint', '', image, ...withHome(home, [`python${pythonXY}`, '-m', 'pip', ...WHEEL_FLAGS, '--wheel-dir', '/fcpp/out', file])],
    { timeoutMs: 30 * 60_000 },
  );
}

const CAN_BUILD = (xy: string) =>
  `command -v python${xy} >/dev/null || { echo "no python${xy}"; exit 1; }; ` +
  `python${xy} -m pip --version >/dev/null 2>&1 || { echo "python${xy} has no pip"; exit 1; }; ` +
  `python${xy} -c 'import sysconfig, os, sys; h = sysconfig.get_paths()["include"]; sys.exit(0 if os.path.exists(os.path.join(h, "Python.h")) else 1)' || { echo "no Python.h for python${xy} (python${xy}-dev)"; exit 1; }; ` +
  `command -v cc >/dev/null || command -v gcc >/dev/null || { echo "no C compiler (gcc)"; exit 1; }`;

/** Undefined when `image` (present locally) has pythonX.Y (on PATH or under `home`) with pip and headers, and a C compiler; else what it lacks. */
export async function imageLacks(image: string, pythonXY: string, home?: string): Promise<string | undefined> {
  const script = `${home ? 'PATH="$0/bin:$PATH"; ' : ''}${CAN_BUILD(pythonXY)}`;
  const res = await docker(['run', '--rm', '--network', 'none', ...runPullArgs(), '--entrypoint', 'sh', image, '-c', script, ...(home ? [home] : [])], { timeoutMs: 120_000 });
  return res.code === 0 ? undefined : tail(res.stdout || res.stderr, 1) || `exit ${res.code}`;
}

/** Present, or pulled when the policy allows; false when it cannot be had. */
export async function haveImage(image: string): Promise<boolean> {
  if (await imageExists(image)) return true;
  if (pullPolicy() === 'never') return false;
  return (await docker(['pull', '--quiet', image], { timeoutMs: 10 * 60_000 })).code === 0;
}

/** The one wheel a build left in `out`. */
export async function builtWheel(out: string, what: string): Promise<string> {
  const wheels = (await fs.readdir(out)).filter((f) => f.endsWith('.whl'));
  if (wheels.length !== 1) throw new UserError(`Building ${what} left ${wheels.length} wheels, not one: ${wheels.join(', ') || 'none'}.`);
  return path.join(out, wheels[0]!);
}
