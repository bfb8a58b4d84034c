/**
 * Local project folders a lock names (uv workspace members, path dependencies) built into
 * wheels with pip, from a copy so the user's tree stays untouched. Only pure-Python wheels
 * are accepted: a layer built on the runner cannot carry a native build for FC.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { LocalPackage } from '../formats/lock/index.js';
import { wheelLine } from '../formats/lock/index.js';
import { removeOnCancel } from '../shared/cancel.js';
import { indexUrlsToEnv, redactUrl } from './pip.js';
import { pipTimeoutMs, run, shownTimeout, tail } from '../shared/proc.js';

const SKIP = new Set(['.git', '.hg', '.venv', 'venv', 'node_modules', '__pycache__', 'build', 'dist', '.tox', '.nox', '.mypy_cache', '.pytest_cache']);

export interface BuildLocalOptions {
  /** Interpreter that runs pip. */
  python: string;
  /** Index options for the isolated build environment (--index-url ..., --find-links ...). */
  indexArgs: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Where the wheels go (a fresh folder under it per package). */
  outDir: string;
}

export interface BuiltWheel {
  pkg: LocalPackage;
  wheel: string;
  /** The requirements line installing it, hash-pinned. */
  line: string;
}

/** Builds each folder into a pure-Python wheel; any failure is the user's error naming the package. */
export async function buildLocalWheels(local: readonly LocalPackage[], opts: BuildLocalOptions): Promise<BuiltWheel[]> {
  const out: BuiltWheel[] = [];
  for (const pkg of local) {
    const env = opts.env ?? process.env;
    const work = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), `fcpp-local-${pkg.name}-`));
    const forget = removeOnCancel(work);
    const wheels = path.join(opts.outDir, pkg.name);
    let res;
    try {
      const src = path.join(work, 'src');
      try {
        fs.cpSync(pkg.dir, src, { recursive: true, filter: (f) => !SKIP.has(path.basename(f)) || f === pkg.dir });
      } catch (e) {
        throw new UserError(`requirements: the lock's local package ${pkg.name} (${pkg.dir}) could not be copied to build it (${(e as NodeJS.ErrnoException).code ?? String(e)}).`, 'requirements');
      }
      fs.mkdirSync(wheels, { recursive: true });
      // Index URLs (and their credentials) through pip's environment, not its command line.
      const index = indexUrlsToEnv(opts.indexArgs);
      const args = ['-m', 'pip', 'wheel', '--disable-pip-version-check', '--no-input', '--no-deps', '--wheel-dir', wheels, ...index.args, src];
      res = await run(opts.python, args, { env: { ...env, ...index.env }, timeoutMs: pipTimeoutMs(env) });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
      forget();
    }
    if (res.timedOut) throw new UserError(`requirements: building the lock's local package ${pkg.name} (${pkg.dir}) did not finish within ${shownTimeout(pipTimeoutMs(env))} (FC_PYTHON_PACK_PIP_TIMEOUT).`, 'requirements');
    if (res.code !== 0)
      throw new UserError(`requirements: the lock's local package ${pkg.name} (${pkg.dir}) did not build into a wheel:\n${redactUrl(tail(res.stderr || res.stdout, 12))}`, 'requirements');
    const built = fs.readdirSync(wheels).filter((f) => f.endsWith('.whl'));
    if (built.length !== 1) throw new UserError(`requirements: building ${pkg.name} (${pkg.dir}) gave ${built.length} wheels; expected one.`, 'requirements');
    const wheel = path.join(wheels, built[0]!);
    const tags = built[0]!.replace(/\.whl$/, '').split('-').slice(-3);
    if (tags[1] !== 'none' || tags[2] !== 'any')
      throw new UserError(`requirements: the lock's local package ${pkg.name} (${pkg.dir}) builds a platform wheel (${built[0]}); only pure-Python local packages are built here. Publish it to an index as manylinux wheels and lock again.`, 'requirements');
    out.push({ pkg, wheel, line: wheelLine(wheel) });
  }
  return out;
}
