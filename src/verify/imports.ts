/**
 * Owns the import check: the artifact in a container that behaves like FC (no network, mounted
 * read-only where FC mounts it) must import the modules the plan names.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { docker, ensureDocker, ensureImage, runPullArgs } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import type { VerifyPlan } from '../plan/plan.js';
import { tail } from '../shared/proc.js';
import { extractZip } from '../assemble/unzip.js';

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

/**
 * Runs inside the container: reports the interpreter, then imports each module and
 * prints one JSON line per module. Passed with -c, never through a shell.
 */
export const IMPORT_PROBE = `
import importlib, json, sys
print(json.dumps({"python": "%d.%d" % sys.version_info[:2]}), flush=True)
for name in sys.argv[1:]:
    try:
        m = importlib.import_module(name)
        ver = getattr(m, "__version__", None)
        if ver is None:
            try:
                from importlib import metadata
                dists = metadata.packages_distributions().get(name.split(".")[0]) or []
                ver = metadata.version(dists[0]) if dists else None
            except Exception:
                ver = None
        print(json.dumps({"module": name, "ok": True, "version": None if ver is None else str(ver), "file": getattr(m, "__file__", None)}), flush=True)
    except BaseException as e:
        print(json.dumps({"module": name, "ok": False, "error": "%s: %s" % (type(e).__name__, e)}), flush=True)
`;

const VERIFY_FIX = 'Start Docker on the runner (ubuntu-latest has it), or set verify: false.';

/** Checks, before any work is done, that verify can run: docker answers and the image is there. */
export async function preflightVerify(verify: VerifyPlan): Promise<void> {
  await ensureDocker('Input verify', VERIFY_FIX);
  await ensureImage(
    verify.image,
    'verify-image',
    `Set verify-image to an image with Python ${verify.pythonVersion} that is present or can be pulled, or set verify: false.`,
  );
}

export function parseProbeOutput(stdout: string): { python?: string; imports: ImportResult[] } {
  let python: string | undefined;
  const imports: ImportResult[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const obj = JSON.parse(line) as Record<string, unknown>;
      if (typeof obj.python === 'string') python = obj.python;
      else if (typeof obj.module === 'string') imports.push(obj as unknown as ImportResult);
    } catch {
      /* not ours */
    }
  }
  return { python, imports };
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
  modules: string[];
  /** docker run arguments that mount the artifact and set its environment. */
  mountArgs: string[];
  where: string;
  /** Fail when the interpreter is not python-version (default true; an image brings its own). */
  requireVersion?: boolean;
}

export async function checkImports(check: ImportCheck, log: Log): Promise<VerifyReport> {
  const args = [
    'run',
    '--rm',
    '--network',
    'none',
    ...runPullArgs(),
    ...check.mountArgs,
    '--entrypoint',
    'python3',
    check.image,
    '-c',
    IMPORT_PROBE,
    ...check.modules,
  ];
  const res = await docker(args, { timeoutMs: 5 * 60_000 });
  const { python, imports } = parseProbeOutput(res.stdout);
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
  for (const r of imports) {
    if (r.ok) log.info(`  import ${r.module} ${r.version ?? ''} from ${r.file ?? '(built-in)'}`);
  }
  const failed = imports.find((r) => !r.ok);
  if (failed) throw new UserError(importFailureMessage(failed, check.where), 'verify-imports');
  if (imports.length !== check.modules.length) {
    throw new UserError(`Verify: the import check stopped early (exit ${res.code}): ${tail(res.stderr, 5)}`);
  }
  return { image: check.image, python, imports };
}

/** A layer: unpacked where FC unpacks layers (/opt), with PYTHONPATH=/opt/python. */
export async function verifyLayer(zipPath: string, verify: VerifyPlan, scratch: string, log: Log): Promise<VerifyReport> {
  const opt = path.join(scratch, 'opt');
  await fs.mkdir(opt, { recursive: true });
  await extractZip(zipPath, opt);
  log.info(`Verifying in ${verify.image} (network none, layer read-only at /opt)`);
  return checkImports(
    {
      image: verify.image,
      pythonVersion: verify.pythonVersion,
      modules: verify.imports,
      mountArgs: ['-v', `${opt}:/opt:ro`, '-e', 'PYTHONPATH=/opt/python'],
      where: 'the layer (/opt/python)',
    },
    log,
  );
}
