/**
 * Owns the import check: the artifact in a container that behaves like FC (no network, mounted
 * read-only where FC mounts it) must import the modules the plan names, or the top-level modules
 * of the distributions it names (found inside the container, from what Python sees there).
 */
import { randomBytes } from 'node:crypto';
import { docker, ensureDocker, ensureImage, runPullArgs } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import path from 'node:path';
import type { RunPlan, VerifyPlan } from '../plan/plan.js';
import { CODE_DIR, functionEnv } from './function-env.js';
import { tail } from '../shared/proc.js';
import { TreeUnseen, withVerifyTree } from './tree.js';
import { baseSonames } from '../doctor/checks/native-libs.js';

export interface ImportResult {
  module: string;
  ok: boolean;
  /** The function's own entry module. */
  entry?: boolean;
  /** The entry module was still running when the check moved on: it starts its server when imported. */
  running?: boolean;
  /** The entry module wrote a file when imported, which this check's read-only code refused (FC allows it). */
  readOnly?: string;
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
print(json.dumps({"python": "%d.%d" % sys.version_info[:2], "executable": sys.executable}), flush=True)
spec = json.loads(sys.argv[1])
st = spec.get("start") or {}
if "path0" in st and sys.path and sys.path[0] == "":
    # python -c puts the cwd first; the start's Python has its script's folder there (a console script: its own).
    if st["path0"] is None:
        del sys.path[0]
    else:
        sys.path[0] = st["path0"]
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
mods = ([st["server"]] if st.get("server") else []) + [m for m in spec["modules"] if m != st.get("server")]
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
if st.get("entry"):
    # Imported as a module (its __main__ part does not run), in a thread: an entry that starts its
    # server when imported (uvicorn.run at the top) keeps running, and that is its start.
    import errno, os, threading
    if st.get("entryDir") and st["entryDir"] not in sys.path:
        sys.path.insert(0, st["entryDir"])
    mods.append(st["entry"])
    box = {}
    def load():
        try:
            box["file"] = getattr(importlib.import_module(st["entry"]), "__file__", None)
        except BaseException as e:
            box["error"] = e
    t = threading.Thread(target=load, daemon=True)
    t.start()
    t.join(float(st.get("timeout") or 15))
    out = {"module": st["entry"], "ok": True, "entry": True, "version": None, "file": box.get("file")}
    if t.is_alive():
        out["running"] = True
    elif "error" in box:
        e = box["error"]
        if isinstance(e, OSError) and e.errno == errno.EROFS:
            # FC lets the function write anywhere; this check mounts the code read-only.
            out["readOnly"] = str(e)
        else:
            out = {"module": st["entry"], "ok": False, "entry": True, "error": "%s: %s" % (type(e).__name__, e)}
    print(json.dumps(out), flush=True)
    if t.is_alive():
        print(json.dumps({"done": len(mods)}), flush=True)
        os._exit(0)
print(json.dumps({"done": len(mods)}), flush=True)
`;

/**
 * Lets the container start before the tree it mounts is whole: waits for "go" on stdin (anything
 * else: exit 3), checks that it sees argv[1] (a file of the tree; exit 4 when not), then replaces
 * itself with a fresh interpreter — argv[2], the one FC's PATH finds for the start, when the image
 * has it — running the rest of its arguments, so that nothing (sys.path's finders, sitecustomize)
 * was looked up before the tree was there.
 */
export const WAIT_THEN_EXEC = `
import os, sys
if sys.stdin.readline().strip() != "go":
    sys.exit(3)
if sys.argv[1] and not os.path.exists(sys.argv[1]):
    print('{"unseen": true}', flush=True)
    sys.exit(4)
exe = sys.argv[2] if sys.argv[2] and os.path.exists(sys.argv[2]) else sys.executable
os.execv(exe, [exe] + sys.argv[3:])
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

/**
 * What FC would have printed for a failed import, so the user recognises it. A shared library the
 * verify image lacks but FC's runtime has (the base-system sonames, doctor/data) is the image's
 * fault, not the requirements': the message says so and names the image to use.
 */
export function importFailureMessage(r: ImportResult, where: string, verify?: Pick<VerifyPlan, 'image' | 'standsInFor'>): string {
  const soname = /([\w.+-]+\.so(?:\.[\w.]+)?): cannot open shared object file/.exec(r.error ?? '')?.[1];
  const base = verify?.standsInFor;
  const pkg = soname && base ? baseSonames(base.runtime)?.sonames[soname] : undefined;
  if (soname && base && pkg) {
    const use = verify.image === base.image ? `an image of ${base.runtime}'s Debian with ${pkg} installed (FROM ${base.image}, then apt-get install ${pkg}) as verify-image` : `verify-image ${base.image} (the image for ${base.runtime}), or install ${pkg} in ${verify.image}`;
    return `Verify: module ${r.module} does not import in ${verify.image}: ${r.error}. ${soname} is part of FC's ${base.runtime} (Debian package ${pkg}), but the verify image lacks it: on FC this import would find it. Nothing to add to the requirements; use ${use}.`;
  }
  const missing = /No module named '?([\w.]+)'?/.exec(r.error ?? '')?.[1];
  const fc = missing
    ? `On FC this is "Function instance exited unexpectedly(code 1, message:operation not permitted)" with "No module named ${missing}" in the logs.`
    : 'On FC the instance would exit with code 1.';
  if (r.entry && missing === r.module) {
    return `Verify: the function's entry module ${r.module}, which its start loads, is not in ${where}: ${r.error}. ${fc} Ship ${r.module.replace(/\./g, '/')}.py in the code folder, or fix the start command.`;
  }
  const what = r.entry ? `the function's entry module ${r.module} (what its start loads)` : `module ${r.module}`;
  const fix = r.entry && !missing ? 'Fix the error above: it happens when the function starts.' : `Add the distribution that provides ${missing ?? r.module} to the requirements file${r.entry ? '' : ' (or fix verify-imports)'}.`;
  return `Verify: ${what} does not import from ${where}: ${r.error}. ${fc} ${fix}`;
}

/** What the entry module raises that fails on FC whatever the network: a module, a library or code it lacks. */
const ENTRY_FATAL = /^(ModuleNotFoundError|ImportError|SyntaxError|IndentationError|TabError|NameError|AttributeError|TypeError|SystemExit):/;

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
  /** The interpreter FC's PATH finds for the start (e.g. /var/fc/lang/python3.10/bin/python3): used when the image has it. */
  interpreter?: string;
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
    ...(how.ready ? ['-c', WAIT_THEN_EXEC, how.mustSee ?? '', how.interpreter ?? ''] : []),
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
    if (r.running) log.info(`  import ${r.module}: still running after 15 s (it starts its server when imported); the smoke test checks that it answers`);
    else if (r.readOnly) log.info(`  import ${r.module}: it writes a file when imported (${r.readOnly}); FC allows that, and the smoke test runs it with a writable /code`);
    else if (r.ok) log.info(`  import ${r.module} ${r.version ?? ''} from ${r.file ?? '(built-in)'}`);
  }
  // The entry module runs the app's own code: what it raises for want of this check's conditions (no
  // network here: a database it connects to at import) is worth a warning; a module it lacks is an error.
  for (const r of imports.filter((x) => !x.ok && x.entry && !ENTRY_FATAL.test(x.error ?? ''))) {
    log.warning(
      `Verify: the function's entry module ${r.module} raised ${r.error} when imported here, with no network. If it needs the network or a service at import, FC may run it; if not, it fails there too ("Function instance exited unexpectedly(code 1, ...)").`,
      { title: 'entry module' },
    );
  }
  const failed = imports.find((r) => !r.ok && (!r.entry || ENTRY_FATAL.test(r.error ?? '')));
  if (failed) throw new UserError(importFailureMessage(failed, how.where, verify), 'verify-imports');
  if (done === undefined || imports.length !== done) {
    throw new UserError(`Verify: the import check in ${image} stopped early (exit ${res.code}): ${tail(res.stderr, 5)}`);
  }
  return { image, python, imports };
}

/** The function a layer is built for, when working-directory holds its code: verify imports as it would start. */
export interface LayerFunction {
  run: RunPlan;
  /** The code folder, mounted read-only at /code. */
  codeDir: string;
  port: number;
}

/**
 * A layer: unpacked where FC unpacks layers (/opt). With its function's code (`fn`), the code is at
 * /code and the imports run with exactly the function's environment; without it, with
 * PYTHONPATH=/opt/python. The container starts while the layer unpacks into the folder it mounts;
 * the imports wait for the whole tree.
 */
export async function verifyLayer(zipPath: string, verify: VerifyPlan, scratch: string, log: Log, fn?: LayerFunction): Promise<VerifyReport> {
  log.info(`Verifying in ${verify.image} (network none, layer read-only at /opt${fn ? `, the function's code at ${CODE_DIR}` : ''})`);
  const env = fn ? await functionEnv(fn.run, fn.port, path.join(scratch, 'env'), 'python') : undefined;
  if (env && fn) log.info(`Imports as ${fn.run.shown} would run them, with ${env.describe}`);
  try {
    return await withVerifyTree(zipPath, scratch, 'opt', log, (opt) =>
      checkImports(
        verify,
        {
          mountArgs: ['-v', `${opt.dir}:/opt:ro`, ...(fn && env ? ['-v', `${fn.codeDir}:${CODE_DIR}:ro`, ...env.args] : ['-e', 'PYTHONPATH=/opt/python'])],
          where: fn ? `the layer (/opt/python) with the function's code (PYTHONPATH=${fn.run.pythonPath.join(':')})` : 'the layer (/opt/python)',
          ready: opt.ready,
          mustSee: opt.sample && `/opt/${opt.sample}`,
          interpreter: fn?.run.interpreter,
        },
        log,
      ),
    );
  } finally {
    await env?.dispose();
  }
}
