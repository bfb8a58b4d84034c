/**
 * Owns running pip: the plan's one pip invocation, run for FC's platform (not the runner's) into
 * a folder, its failures turned into errors that say what to do, console scripts made portable.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import type { DepsPlan, Plan } from '../plan/plan.js';
import { pipInstallArgv } from '../plan/pip.js';
import { LAUNCHER_EXIT_UNSUPPORTED, launcherCommand } from './pip-launcher.js';
import { run, tail } from '../shared/proc.js';
import { rewriteScriptText } from '../formats/script.js';
import { writeGenerated } from './generated.js';
import { explainLockFailure } from './lock-errors.js';
export { rewriteScriptText, SCRIPT_SHEBANG } from '../formats/script.js';

export interface InstallResult {
  /** "name-version" of each installed distribution, as pip reports them. */
  installed: string[];
  /** Console scripts whose #! line was rewritten. */
  scripts: string[];
  durationMs: number;
}

export interface InstallOptions {
  /** Python interpreter that runs pip (default: FC_PYTHON_PACK_PYTHON or python3). */
  python?: string;
  env?: NodeJS.ProcessEnv;
}

/** Hide the password of URLs like https://user:secret@host/simple. */
export function redactUrl(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+):[^\s/@]+@/gi, '$1:***@');
}

/** Turns pip's "no matching distribution" into an error that says what to do. */
export function explainPipFailure(stderr: string, plan: Plan): UserError | undefined {
  const locked = explainLockFailure(stderr, plan);
  if (locked) return locked;
  const m = /No matching distribution found for ([^\s;]+)/.exec(stderr);
  if (!m) return undefined;
  const req = m[1]!;
  const versions = /Could not find a version that satisfies the requirement [^\s]+ \(from versions: ([^)]*)\)/.exec(stderr)?.[1]?.trim();
  const { pythonVersion, runtime } = plan;
  const seen =
    versions && versions !== 'none'
      ? `The index has versions ${versions}, but none with a wheel for this platform.`
      : 'The index has no wheel of it for this platform (or does not carry it at all).';
  return new UserError(
    `No installable wheel for "${req}" on ${runtime} (CPython ${pythonVersion}, x86_64, glibc ${plan.glibc}). ${seen} ` +
      `Tags tried: ${plan.platforms.join(', ')}, plus pure-Python wheels. ` +
      `Fix: pin a version of ${req.replace(/[<>=!~].*$/, '')} that ships manylinux x86_64 wheels for Python ${pythonVersion}, ` +
      `choose a runtime with a newer glibc (input runtime), or check index-url.`,
    'requirements',
  );
}

/**
 * pip writes console scripts with the runner's interpreter in their #! line (or, for long
 * paths, a /bin/sh trampoline that execs it). On FC that path does not exist: point them at
 * python3 on PATH instead. Returns the rewritten file names.
 */
export async function rewriteScripts(binDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await fs.readdir(binDir)).sort();
  } catch {
    return [];
  }
  const rewritten: string[] = [];
  for (const name of names) {
    const file = path.join(binDir, name);
    const st = await fs.lstat(file);
    if (!st.isFile()) continue;
    const text = rewriteScriptText(await fs.readFile(file, 'utf8'));
    if (text === undefined) continue;
    await fs.writeFile(file, text);
    rewritten.push(name);
  }
  return rewritten;
}

/** The requirements a plan installs; a plan without any is a programming error. */
export function depsOf(plan: Plan): DepsPlan {
  if (!plan.install) throw new Error(`the ${plan.target} plan installs no requirements`);
  return plan.install;
}

export async function installRequirements(plan: Plan, dest: string, log: Log, opts: InstallOptions = {}): Promise<InstallResult> {
  const python = opts.python ?? process.env.FC_PYTHON_PACK_PYTHON ?? 'python3';
  const deps = depsOf(plan);
  const generated = await writeGenerated(deps, python, opts.env ?? process.env, log);
  // Markers are evaluated for FC's Python and platform, not the runner's (see pip-launcher.ts).
  const cmd = await launcherCommand(deps.pip.markers, pipInstallArgv(deps.pip, dest, generated.file));
  log.info(`pip: ${redactUrl([python, ...cmd.display].join(' '))}`);
  const started = Date.now();
  const res = await run(python, cmd.args, {
    env: { ...(opts.env ?? process.env), PIP_ROOT_USER_ACTION: 'ignore', PYTHONDONTWRITEBYTECODE: '1' },
    onLine: (line) => {
      if (line.trim()) log.debug(redactUrl(line));
    },
  }).finally(async () => {
    await cmd.dispose();
    await generated.cleanup();
  });
  const durationMs = Date.now() - started;
  if (res.spawnError) {
    throw new UserError(
      `Could not run ${python} to install the requirements (${res.spawnError.code}). Install Python 3 on the runner (actions/setup-python) or set FC_PYTHON_PACK_PYTHON.`,
    );
  }
  if (res.code === LAUNCHER_EXIT_UNSUPPORTED) {
    throw new UserError(
      `${python} cannot build for FC's Python: ${tail(res.stderr, 2)}. Install a pip from 23.2 on (python3 -m pip install -U pip) or set FC_PYTHON_PACK_PYTHON to a Python that has one.`,
    );
  }
  if (res.code !== 0) {
    const known = explainPipFailure(res.stderr, plan);
    if (known) throw known;
    throw new UserError(
      `pip could not install ${deps.source.shown} (exit ${res.code}):\n${redactUrl(tail(res.stderr || res.stdout, 15))}`,
      'requirements',
    );
  }
  const installed = /Successfully installed (.*)/.exec(res.stdout)?.[1]?.trim().split(/\s+/) ?? [];
  const scripts = await rewriteScripts(path.join(dest, 'bin'));
  return { installed, scripts, durationMs };
}
