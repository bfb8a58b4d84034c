/**
 * Stage 5: verify the artifact in a container that behaves like FC: no network, the
 * artifact mounted read-only where FC mounts it, and the imports the app needs.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { docker, ensureDocker, ensureImage, pullPolicy } from './docker.js';
import { UserError } from './errors.js';
import type { Log } from './log.js';
import type { Plan } from './plan.js';
import { tail } from './proc.js';
import { extractZip } from './unzip.js';
import { IMPORT_PROBE, importSpec, type ImportSpec } from './verify/imports.js';

export { IMPORT_PROBE };

export interface ImportResult {
  module: string;
  ok: boolean;
  version?: string | null;
  file?: string | null;
  error?: string;
}

export interface VerifyReport {
  image: string;
  python: string;
  imports: ImportResult[];
}

const VERIFY_FIX = 'Start Docker on the runner (ubuntu-latest has it), or set verify: false.';

/** Checks, before any work is done, that verify can run: docker answers and the image is there. */
export async function preflightVerify(plan: Plan): Promise<void> {
  await ensureDocker('Input verify', VERIFY_FIX);
  await ensureImage(
    plan.inputs.verifyImage,
    'verify-image',
    `Set verify-image to an image with Python ${plan.inputs.pythonVersion} that is present or can be pulled, or set verify: false.`,
  );
}

/** A distribution the probe looked up: its top-level modules, or missing. */
export interface DistResult {
  dist: string;
  version?: string;
  modules?: string[];
  missing?: boolean;
}

export function parseProbeOutput(stdout: string): { python?: string; imports: ImportResult[]; dists: DistResult[]; done?: number } {
  let python: string | undefined;
  let done: number | undefined;
  const imports: ImportResult[] = [];
  const dists: DistResult[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const obj = JSON.parse(line) as Record<string, unknown>;
      if (typeof obj.python === 'string') python = obj.python;
      else if (typeof obj.module === 'string') imports.push(obj as unknown as ImportResult);
      else if (typeof obj.dist === 'string') dists.push(obj as unknown as DistResult);
      else if (typeof obj.done === 'number') done = obj.done;
    } catch {
      /* not ours */
    }
  }
  return { python, imports, dists, done };
}

/** What FC would have printed for a failed import, so the user recognises it. */
export function importFailureMessage(r: ImportResult, where: string): string {
  const missing = /No module named '?([\w.]+)'?/.exec(r.error ?? '')?.[1];
  const fc = missing
    ? `On FC this is "Function instance exited unexpectedly(code 1, message:operation not permitted)" with "No module named ${missing}" in the logs.`
    : 'On FC the instance would exit with code 1.';
  return `Verify: module ${r.module} does not import from ${where}: ${r.error}. ${fc} Add the distribution that provides ${missing ?? r.module} to the requirements file (or fix verify-imports).`;
}

export interface ImportCheck {
  image: string;
  pythonVersion: string;
  /** What to import: verify-imports, or the distributions the requirements name (importSpec). */
  spec: ImportSpec;
  /** docker run arguments that mount the artifact and set its environment. */
  mountArgs: string[];
  where: string;
  /** The requirements file as given, for messages. */
  requirementsName?: string;
  /** Fail when the interpreter is not python-version (default true; an image brings its own). */
  requireVersion?: boolean;
}

const requirementsOf = (check: ImportCheck) => check.requirementsName ?? 'the requirements';

export async function checkImports(check: ImportCheck, log: Log): Promise<VerifyReport> {
  const args = [
    'run',
    '--rm',
    '--network',
    'none',
    ...(pullPolicy() === 'never' ? ['--pull', 'never'] : []),
    ...check.mountArgs,
    '--entrypoint',
    'python3',
    check.image,
    '-c',
    IMPORT_PROBE,
    JSON.stringify(check.spec),
  ];
  const res = await docker(args, { timeoutMs: 5 * 60_000 });
  const { python, imports, dists, done } = parseProbeOutput(res.stdout);
  if (!python) {
    throw new UserError(
      `Verify could not run python3 in ${check.image} (exit ${res.code}): ${tail(res.stderr, 5)}. Set verify-image to an image with python3.`,
      'verify-image',
    );
  }
  if (python !== check.pythonVersion && check.requireVersion === false) {
    log.info(`  ${check.image} runs Python ${python} (python-version is ${check.pythonVersion}; the image decides)`);
  } else if (python !== check.pythonVersion) {
    throw new UserError(
      `Input verify-image: ${check.image} runs Python ${python}, but python-version is ${check.pythonVersion}: the check would prove nothing. Use an image with Python ${check.pythonVersion}.`,
      'verify-image',
    );
  }
  for (const d of dists) {
    if (d.modules) log.info(`  ${d.dist} ${d.version ?? ''}: ${d.modules.length ? `imports ${d.modules.join(', ')}` : 'no top-level modules'}`);
  }
  const missing = dists.filter((d) => d.missing).map((d) => d.dist);
  if (missing.length) {
    throw new UserError(
      `Verify: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} named in ${requirementsOf(check)} but not installed where Python looks in ${check.where}. ` +
        'On FC the imports would fail with ModuleNotFoundError. Check that the dependencies are on PYTHONPATH (export PYTHONPATH=... in bootstrap), or set verify-imports.',
      'verify-imports',
    );
  }
  for (const r of imports) {
    if (r.ok) log.info(`  import ${r.module} ${r.version ?? ''} from ${r.file ?? '(built-in)'}`);
  }
  const failed = imports.find((r) => !r.ok);
  if (failed) throw new UserError(importFailureMessage(failed, check.where), 'verify-imports');
  if (done === undefined || imports.length !== done) {
    throw new UserError(`Verify: the import check stopped early (exit ${res.code}): ${tail(res.stderr, 5)}`);
  }
  return { image: check.image, python, imports };
}

/** A layer: unpacked where FC unpacks layers (/opt), with PYTHONPATH=/opt/python. */
export async function verifyLayer(zipPath: string, plan: Plan, scratch: string, log: Log): Promise<VerifyReport> {
  const opt = path.join(scratch, 'opt');
  await fs.mkdir(opt, { recursive: true });
  await extractZip(zipPath, opt);
  log.info(`Verifying in ${plan.inputs.verifyImage} (network none, layer read-only at /opt)`);
  return checkImports(
    {
      image: plan.inputs.verifyImage,
      pythonVersion: plan.inputs.pythonVersion,
      spec: await importSpec(plan),
      requirementsName: plan.inputs.requirementsInput,
      mountArgs: ['-v', `${opt}:/opt:ro`, '-e', 'PYTHONPATH=/opt/python'],
      where: 'the layer (/opt/python)',
    },
    log,
  );
}
