/**
 * Owns what every pip run shares: the plan's requirements (depsOf), pip's failures turned into
 * errors that say what to do, URLs with their passwords hidden, and what an install reports
 * (InstallResult); rewriteScripts makes a pip --target tree's console scripts portable.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { DepsPlan, Plan } from '../plan/plan.js';
import { rewriteScriptText } from '../formats/script.js';
import { explainLockFailure } from './lock-errors.js';
export { rewriteScriptText, SCRIPT_SHEBANG } from '../formats/script.js';

export interface InstallResult {
  /** "name-version" of each installed distribution, as pip reports them. */
  installed: string[];
  /** Console scripts whose #! line was rewritten. */
  scripts: string[];
  durationMs: number;
}

export { redactUrl } from '../shared/redact.js';

/**
 * pip's index flags moved into its environment (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL): a command
 * line is readable by every user of the machine (/proc/<pid>/cmdline), an environment only by
 * the process's owner. The other arguments keep their order.
 */
export function indexUrlsToEnv(args: readonly string[]): { args: string[]; env: Record<string, string> } {
  const out: string[] = [];
  let index: string | undefined;
  const extra: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^(--index-url|--extra-index-url|-i)=(.*)$/s.exec(a);
    const flag = eq ? eq[1]! : a;
    const value = eq ? eq[2]! : args[i + 1];
    if ((flag === '--index-url' || flag === '-i') && value !== undefined) index = value;
    else if (flag === '--extra-index-url' && value !== undefined) extra.push(value);
    else {
      out.push(a);
      continue;
    }
    if (!eq) i++;
  }
  const env: Record<string, string> = {};
  if (index !== undefined) env.PIP_INDEX_URL = index;
  if (extra.length) env.PIP_EXTRA_INDEX_URL = extra.join(' ');
  return { args: out, env };
}

/** A dependency whose Requires-Python excludes the Python built for, named (pip's two ways of saying so). */
function explainRequiresPython(stderr: string, plan: Plan): UserError | undefined {
  const target = `the build is for ${plan.runtime}'s Python ${plan.pythonFullVersion}.`;
  const fix = 'Pin a version of it that supports this Python, or build for a newer one (inputs runtime, python-version).';
  const one = /Package '([^']+)' requires a different Python: \S+ not in '([^']*)'/.exec(stderr);
  if (one) return new UserError(`${one[1]} requires Python ${one[2]} (its Requires-Python); ${target} ${fix}`, 'python-version');
  const ignored = /Ignored the following versions that require a different python version: ([^\n]+)/.exec(stderr);
  const missing = /No matching distribution found for ([^\s;]+)/.exec(stderr);
  // Only when nothing else was left: versions that fit Python but lack a wheel are the other message.
  const left = /\(from versions: ([^)]*)\)/.exec(stderr)?.[1]?.trim();
  if (ignored && missing && (!left || left === 'none')) return new UserError(`${missing[1]}: the versions that would fit require another Python (${ignored[1]!.trim()}); ${target} ${fix}`, 'python-version');
  return undefined;
}

/** Turns pip's "no matching distribution" into an error that says what to do. */
export function explainPipFailure(stderr: string, plan: Plan): UserError | undefined {
  const python = explainRequiresPython(stderr, plan);
  if (python) return python;
  const locked = explainLockFailure(stderr, plan);
  if (locked) return locked;
  const m = /No matching distribution found for ([^\s;]+)/.exec(stderr);
  if (!m) return undefined;
  const req = m[1]!;
  const versions = /Could not find a version that satisfies the requirement [^\s]+ \(from versions: ([^)]*)\)/.exec(stderr)?.[1]?.trim();
  const { pythonVersion, runtime } = plan;
  const name = req.replace(/[<>=!~].*$/, '');
  const building = plan.install?.build !== undefined;
  const seen =
    versions && versions !== 'none'
      ? `The index has versions ${versions}, but none with a wheel for this platform${building ? ' or a source distribution to build' : ''}.`
      : `The index has no wheel of it for this platform${building ? ', nor a source distribution to build' : ''} (or does not carry it at all).`;
  return new UserError(
    `No installable wheel for "${req}" on ${runtime} (CPython ${pythonVersion}, x86_64, glibc ${plan.glibc}). ${seen} ` +
      `Tags tried: ${plan.platforms.join(', ')}, plus pure-Python wheels.${building ? '' : ' Input build-sdists is false, so source distributions are not built.'} ` +
      `Fix: ${building ? '' : `set build-sdists: true (the default) to build ${name} from its source, `}pin a version of ${name} that ships manylinux x86_64 wheels for Python ${pythonVersion}, ` +
      `choose a runtime with a newer glibc (input runtime), or check index-url.`,
    building ? 'requirements' : 'build-sdists',
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
