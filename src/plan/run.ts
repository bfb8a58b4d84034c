/**
 * Owns how the function runs on FC, decided once: exactly the start FC runs (its bootstrap, or its
 * command and args), exactly its environment, the PYTHONPATH and PATH that gives its Python, and
 * so where the dependencies go so that Python finds them (`python/`, or the code root as
 * `pip install -t .` puts them). A start whose Python cannot find them is an error here, before
 * anything is built: verify never assumes a PYTHONPATH FC does not set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { FunctionConfig } from './function.js';
import type { ImportSpec } from './imports.js';
import { describePythons, shippedPython, type RuntimeName } from './runtimes.js';
import { analyzeStart, findsCodeRoot, type StartAnalysis } from './start.js';

export const CODE_PYTHON_DIR = '/code/python';
export const OPT_PYTHON_DIR = '/opt/python';

/** How verify and the smoke test run the function: what FC runs, with what FC gives it. */
export interface RunPlan {
  /** What starts it, for messages: the bootstrap's file, or "s.yaml (customRuntimeConfig)", "start-command". */
  shown: string;
  start: { kind: 'bootstrap'; file: string } | { kind: 'command'; argv: string[] };
  /** The function's environment variables, exactly as FC sets them (none: {}). */
  env: Record<string, string>;
  /** Where they come from, for messages. */
  envFrom?: string;
  /** The folders on the start's PYTHONPATH: the environment's and the bootstrap's export. */
  pythonPath: string[];
  /** The PATH the start runs with (the environment's, the bootstrap's, or FC's default). */
  path: string[];
  /** sys.path[0] of the start's Python (the script's folder; the cwd for -m), when known. */
  path0?: string;
  /** The interpreter FC's PATH finds for the start, when it runs the runtime's Python (e.g. /var/fc/lang/python3.10/bin/python3). */
  interpreter?: string;
  /** The server the start runs (uvicorn...): it must import. */
  server?: string;
  /** The function's own entry module (main of main:app, index of python3 index.py), and the folder it is in. */
  entry?: { module: string; dir: string };
}

export interface RunDecision {
  run?: RunPlan;
  /** code with the deps in function.zip: where they go in it. */
  depsPrefix: 'python/' | '';
  notices: string[];
}

/** Whether `dir` (the code folder) holds the module `mod` as a file or a package. */
function hasModule(codeDir: string, relDir: string, mod: string): boolean {
  const base = path.join(codeDir, path.posix.relative('/code', relDir), ...mod.split('.'));
  return fs.existsSync(`${base}.py`) || fs.existsSync(path.join(base, '__init__.py')) || fs.existsSync(base);
}

function envShown(fn: FunctionConfig): string {
  return fn.environment ? fn.environment.from : "the function's environment (none is set)";
}

/** The error for a Python that runs another version than the one the deps are built for. */
function checkInterpreter(a: StartAnalysis, runtime: RuntimeName, pythonVersion: string, fn: FunctionConfig): void {
  const py = a.python;
  if (!py?.resolved || py.resolved.version === pythonVersion) return;
  const target = shippedPython(runtime, pythonVersion);
  const how = target ? `PATH=${target.home}/bin:$PATH` : undefined;
  const where = fn.start.kind === 'bootstrap' ? `export ${how} in ${a.shown} before the server starts, or ` : '';
  throw new UserError(
    `${a.shown} runs ${py.argv0}, which on ${runtime} is ${py.resolved.fc ? '' : "Debian's own "}Python ${py.resolved.version} (${py.resolved.path}) with the PATH FC gives it, ` +
      `but the dependencies are built for Python ${pythonVersion}${target ? ` (${runtime} has it at ${target.home}/bin/python3, not on the default PATH)` : ` (${runtime} ships ${describePythons(runtime)})`}. ` +
      (how ? `Set ${where}${how} in the function's environment variables (s.yaml's environmentVariables, or the environment input).` : 'Build for the runtime\'s Python (leave python-version unset).'),
    fn.start.kind === 'command' && fn.start.from === 'start-command' ? 'environment' : fn.sYaml ? 's-yaml' : 'bootstrap',
  );
}

/**
 * Decides how the function runs and where its deps go. `depsIn`: code's deps in function.zip, as a
 * layer, or none; a layer target passes 'layer'.
 */
export function decideRun(
  fn: FunctionConfig,
  target: 'code' | 'layer' | 'image',
  depsIn: 'zip' | 'layer' | 'none',
  pythonVersion: string,
  verify: boolean,
): RunDecision {
  const env = fn.environment?.vars ?? {};
  const a = analyzeStart(fn.start, fn.codeDir, env, fn.runtime, fn.port);
  const notices: string[] = [];
  if (!a || fn.start.kind === 'none') {
    if (target === 'code' && depsIn !== 'none' && verify) {
      throw new UserError(
        'bootstrap is none and no start command is given, so verify cannot know where FC\'s Python looks for the dependencies. ' +
          'Give the command FC runs (start-command, e.g. python3 -u index.py, with environment for its variables), or point s-yaml at the function\'s s.yaml, or set verify: false.',
        'start-command',
      );
    }
    return { depsPrefix: 'python/', notices };
  }
  // A layer built from a folder with no start of its own (no bootstrap, no s.yaml, no start-command) is just the deps.
  const bootstrapMissing = fn.start.kind === 'bootstrap' && !fs.existsSync(path.join(fn.codeDir, fn.start.file));
  if (target === 'layer' && bootstrapMissing && !fn.environment) return { depsPrefix: 'python/', notices };
  if (target !== 'image') checkInterpreter(a, fn.runtime, pythonVersion, fn);

  const run: RunPlan = {
    shown: a.shown,
    start: fn.start.kind === 'bootstrap' ? { kind: 'bootstrap', file: fn.start.file } : { kind: 'command', argv: fn.start.argv },
    env,
    envFrom: fn.environment?.from,
    pythonPath: a.pythonPath,
    path: a.pathDirs,
    path0: a.path0,
    interpreter: a.python?.resolved?.fc ? a.python.resolved.path : undefined,
    server: a.server?.module,
    entry: a.entryModule && a.entryDir && hasModule(fn.codeDir, a.entryDir, a.entryModule) ? { module: a.entryModule, dir: a.entryDir } : undefined,
  };
  const onPath = (d: string) => a.pythonPath.includes(d);
  const pp = a.pythonPath.length ? `PYTHONPATH=${a.pythonPath.join(':')}` : 'no PYTHONPATH';
  const needOpt = (what: string) => {
    if (onPath(OPT_PYTHON_DIR) || (fn.start.kind === 'bootstrap' && !fn.environment && bootstrapMissing)) return;
    throw new UserError(
      `${what} at ${OPT_PYTHON_DIR}, but the function never puts ${OPT_PYTHON_DIR} on PYTHONPATH (${a.shown} with ${envShown(fn)}: ${pp}), and FC sets none for custom runtimes: ` +
        `deployed, it would fail with "No module named ${a.server?.module ?? 'uvicorn'}". Add PYTHONPATH=${OPT_PYTHON_DIR} to the function's environment variables (s.yaml's environmentVariables, or the environment input)` +
        `${fn.start.kind === 'bootstrap' ? `, or export PYTHONPATH=${OPT_PYTHON_DIR}:$PYTHONPATH in ${a.shown}` : ''}.`,
      fn.environment?.from === 'environment' ? 'environment' : fn.sYaml ? 's-yaml' : 'bootstrap',
    );
  };
  if (target === 'layer') {
    needOpt('The layer puts the dependencies');
    return { run, depsPrefix: 'python/', notices };
  }
  if (target === 'image' || depsIn === 'none') return { run, depsPrefix: 'python/', notices };
  if (depsIn === 'layer') {
    needOpt('include-deps is false: the dependencies come from a layer');
    return { run, depsPrefix: 'python/', notices };
  }
  if (onPath(CODE_PYTHON_DIR)) return { run, depsPrefix: 'python/', notices };
  if (findsCodeRoot(a)) {
    notices.push(
      `Nothing puts ${CODE_PYTHON_DIR} on PYTHONPATH (${a.shown} with ${envShown(fn)}), and its Python looks in /code: the dependencies go at the top of function.zip, beside the code, as pip install -t . puts them. ` +
        `To keep them apart, set PYTHONPATH=${CODE_PYTHON_DIR} in the function's environment${fn.start.kind === 'bootstrap' ? ` or export it in ${a.shown}` : ''}.`,
    );
    return { run, depsPrefix: '', notices };
  }
  // A bootstrap that never exports PYTHONPATH is the bootstrap check's to report, line by line.
  if (fn.start.kind === 'bootstrap') return { run, depsPrefix: 'python/', notices };
  const argv0 = a.command?.argv[0] ?? fn.start.argv[0]!;
  throw new UserError(
    `${a.shown} runs ${argv0}${a.server?.consoleScript ? ' (a console script, whose Python looks in its own folder, not /code)' : ''}, and nothing puts the dependencies on its path: ` +
      `FC sets no PYTHONPATH for custom runtimes, so deployed it would fail with "No module named ${a.server?.module ?? 'uvicorn'}". ` +
      `Add PYTHONPATH=${CODE_PYTHON_DIR} to the function's environment variables (s.yaml's environmentVariables, or the environment input)` +
      `${a.server?.consoleScript ? `, or start it as python3 -m ${a.server.module} ...` : ''}.`,
    fn.environment?.from === 'environment' || fn.start.from === 'start-command' ? 'environment' : 's-yaml',
  );
}

/** The verify plan with what the function's start needs added to its imports. */
export function withStart<V extends { imports: ImportSpec }>(v: V | undefined, d: RunDecision): V | undefined {
  const run = d.run;
  if (!v || !run || (!run.server && !run.entry)) return v;
  return {
    ...v,
    imports: { ...v.imports, start: { server: run.server, entry: run.entry?.module, entryDir: run.entry?.dir, path0: run.path0 ?? null } },
  };
}
