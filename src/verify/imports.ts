/**
 * Owns the import check: the artifact in a container that behaves like FC (no network, mounted
 * read-only where FC mounts it) must import the modules the plan names, or the top-level modules
 * of the distributions it names (found inside the container, from what Python sees there).
 */
import { randomBytes } from 'node:crypto';
import { docker, ensureDocker, ensureImage, runPullArgs } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import type { VerifyPlan } from '../plan/plan.js';
import { tail } from '../shared/proc.js';
import { TreeUnseen, withVerifyTree } from './tree.js';

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
 * Runs inside the container (python3 -c, never a shell), argv[1] the ImportSpec as JSON. Prints
 * the interpreter, then one line per distribution (its modules, or missing), then one per import.
 * Python 3.8+: importlib.metadata only.
 */
export const IMPORT_PROBE = `
import importlib, json, re, sys
print(json.dumps({"python": "%d.%d" % sys.version_info[:2]}), flush=True)
spec = json.loads(sys.argv[1])
SKIP = {"test", "tests", "testing", "docs", "doc", "examples", "example", "benchmarks", "scripts"}
norm = lambda n: re.sub(r"[-_.]+", "-", n).lower()
found = {}
try:
    from importlib import metadata
    for d in metadata.distributions() if spec["dists"] or spec["optionalDists"] else []:
        n = d.metadata["Name"]
        if n and norm(n) not in found:
            found[norm(n)] = d
except Exception as e:
    metadata = None
owners = None
def top_levels(d):
    names = []
    txt = d.read_text("top_level.txt")
    if txt:
        names = [l.strip().replace("/", ".") for l in txt.splitlines() if l.strip()]
    else:
        for f in d.files or []:
            parts = f.parts
            if not parts or parts[0] in ("..", "bin", "__pycache__") or parts[0].endswith((".dist-info", ".data", ".egg-info", ".pth")):
                continue
            if len(parts) > 1:
                names.append(parts[0])
            elif parts[0].endswith(".py"):
                names.append(parts[0][:-3])
            elif parts[0].endswith(".so"):
                names.append(parts[0].split(".")[0])
    out = []
    for n in names:
        if all(p.isidentifier() for p in n.split(".")) and n.split(".")[0] not in SKIP and n not in out:
            out.append(n)
    return sorted(out, key=lambda n: (n.startswith("_"), n))
mods = list(spec["modules"])
for name, required in [(n, True) for n in spec["dists"]] + [(n, False) for n in spec["optionalDists"]]:
    d = found.get(norm(name))
    if d is None:
        if required:
            print(json.dumps({"dist": name, "missing": True}), flush=True)
        continue
    tl = top_levels(d)
    print(json.dumps({"dist": name, "version": d.version, "modules": tl}), flush=True)
    mods += [m for m in tl if m not in mods]
for name in mods:
    try:
        m = importlib.import_module(name)
        ver = getattr(m, "__version__", None)
        if ver is None:
            try:
                # Reads every RECORD on the path: once, not once per module.
                owners = metadata.packages_distributions() if owners is None else owners
                dists = owners.get(name.split(".")[0]) or []
                ver = metadata.version(dists[0]) if dists else None
            except Exception:
                ver = None
        print(json.dumps({"module": name, "ok": True, "version": None if ver is None else str(ver), "file": getattr(m, "__file__", None)}), flush=True)
    except BaseException as e:
        print(json.dumps({"module": name, "ok": False, "error": "%s: %s" % (type(e).__name__, e)}), flush=True)
print(json.dumps({"done": len(mods)}), flush=True)
`;

/**
 * Lets the container start before the tree it mounts is whole: waits for "go" on stdin (anything
 * else: exit 3), checks that it sees argv[1] (a file of the tree; exit 4 when not), then replaces
 * itself with a fresh interpreter running the rest of its arguments, so that nothing (sys.path's
 * finders, sitecustomize) was looked up before the tree was there.
 */
export const WAIT_THEN_EXEC = `
import os, sys
if sys.stdin.readline().strip() != "go":
    sys.exit(3)
if sys.argv[1] and not os.path.exists(sys.argv[1]):
    print('{"unseen": true}', flush=True)
    sys.exit(4)
os.execv(sys.executable, [sys.executable] + sys.argv[2:])
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

/** How one import check runs: what the container sees, and how failures name it. */
export interface ImportRun {
  /** docker run arguments that mount the artifact and set its environment. */
  mountArgs: string[];
  where: string;
  /** Fail when the interpreter is not python-version (default true; an image brings its own). */
  requireVersion?: boolean;
  /**
   * The mounted tree is still being written (an unpack): the container and its interpreter start
   * now, and the imports begin once this settles. A rejection is thrown once the container is gone.
   */
  ready?: Promise<unknown>;
  /** With `ready`: a path in the container the tree puts there (TreeUnseen when it is not). */
  mustSee?: string;
}

export async function checkImports(verify: VerifyPlan, how: ImportRun, log: Log): Promise<VerifyReport> {
  const image = verify.image;
  const args = [
    'run',
    '--rm',
    // Named, so that a timed-out or cancelled check removes it (shared/docker.ts).
    '--name',
    `fcpp-imports-${randomBytes(6).toString('hex')}`,
    ...(how.ready ? ['-i'] : []),
    '--network',
    'none',
    ...runPullArgs(),
    ...how.mountArgs,
    '--entrypoint',
    'python3',
    image,
    ...(how.ready ? ['-c', WAIT_THEN_EXEC, how.mustSee ?? ''] : []),
    '-c',
    IMPORT_PROBE,
    JSON.stringify(verify.imports),
  ];
  const started = Date.now();
  let readyAt = 0;
  const input = how.ready?.then(() => {
    readyAt = Date.now();
    return 'go\n';
  });
  const res = await docker(args, { timeoutMs: 5 * 60_000, input });
  if (how.ready) {
    await how.ready;
    log.info(`  the tree was ready ${((readyAt - started) / 1000).toFixed(2)} s after the container was asked for; the container ran ${((Date.now() - started) / 1000).toFixed(2)} s in all`);
  }
  if (how.ready && res.code === 4 && res.stdout.includes('{"unseen": true}')) {
    throw new TreeUnseen(
      `Verify: the container does not see the files unpacked for it (${how.mustSee} is missing in ${image}): the Docker engine does not share the folder they are in (a remote engine, Docker Desktop's file sharing, a job container). Run the build where the engine shares the runner's folders, or set verify: false.`,
      'verify',
    );
  }
  // The container gone under the check (timed out, killed, the engine stopped): say so, with the image.
  if (res.timedOut) throw new UserError(`Verify: the import check in ${image} did not finish within 5 minutes (an import that hangs, or a Docker engine that stopped answering); its container is removed.`);
  if (res.code === 137) throw new UserError(`Verify: the import check's container in ${image} was killed (exit 137: docker kill, the Docker engine, or out of memory) before it finished.`);
  const { python, imports, dists, done } = parseProbeOutput(res.stdout);
  if (!python) {
    throw new UserError(
      `Verify could not run python3 in ${image} (exit ${res.code}): ${tail(res.stderr, 5)}. Set verify-image to an image with python3.`,
      'verify-image',
    );
  }
  if (python !== verify.pythonVersion && how.requireVersion === false) {
    log.info(`  ${image} runs Python ${python} (python-version is ${verify.pythonVersion}; the image decides)`);
  } else if (python !== verify.pythonVersion) {
    throw new UserError(
      `Input verify-image: ${image} runs Python ${python}, but python-version is ${verify.pythonVersion}: the check would prove nothing. Use an image with Python ${verify.pythonVersion}.`,
      'verify-image',
    );
  }
  for (const d of dists) {
    if (d.modules) log.info(`  ${d.dist} ${d.version ?? ''}: ${d.modules.length ? `imports ${d.modules.join(', ')}` : 'no top-level modules'}`);
  }
  const missing = dists.filter((d) => d.missing).map((d) => d.dist);
  if (missing.length) {
    throw new UserError(
      `Verify: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} named in ${verify.requirementsShown || 'the requirements'} but not installed where Python looks in ${how.where}. ` +
        'On FC the imports would fail with ModuleNotFoundError. Check that the dependencies are on PYTHONPATH (export PYTHONPATH=... in bootstrap), or set verify-imports.',
      'verify-imports',
    );
  }
  for (const r of imports) {
    if (r.ok) log.info(`  import ${r.module} ${r.version ?? ''} from ${r.file ?? '(built-in)'}`);
  }
  const failed = imports.find((r) => !r.ok);
  if (failed) throw new UserError(importFailureMessage(failed, how.where), 'verify-imports');
  if (done === undefined || imports.length !== done) {
    throw new UserError(`Verify: the import check in ${image} stopped early (exit ${res.code}): ${tail(res.stderr, 5)}`);
  }
  return { image, python, imports };
}

/**
 * A layer: unpacked where FC unpacks layers (/opt), with PYTHONPATH=/opt/python. The container
 * starts while the layer unpacks into the folder it mounts; the imports wait for the whole tree.
 */
export async function verifyLayer(zipPath: string, verify: VerifyPlan, scratch: string, log: Log): Promise<VerifyReport> {
  log.info(`Verifying in ${verify.image} (network none, layer read-only at /opt)`);
  return withVerifyTree(zipPath, scratch, 'opt', log, (opt) =>
    checkImports(
      verify,
      {
        mountArgs: ['-v', `${opt.dir}:/opt:ro`, '-e', 'PYTHONPATH=/opt/python'],
        where: 'the layer (/opt/python)',
        ready: opt.ready,
        mustSee: opt.sample && `/opt/${opt.sample}`,
      },
      log,
    ),
  );
}
