/**
 * Owns the interpreter check (bootstrap-python): which Python a start command runs on an FC
 * custom runtime — `python3` found through the PATH the runtime sets (and the script changes), or
 * an interpreter by path — against the Pythons the runtime ships (plan/runtimes.ts). A Python
 * other than the one the dependencies were built for, or one the runtime lacks, is a finding.
 * Pure functions; no I/O.
 */
import { RUNTIMES, type RuntimeName, type RuntimePython } from '../../plan/runtimes.js';
import type { Ctx } from '../context.js';
import { finding, type Severity } from '../findings.js';
import type { StartInfo } from './start.js';

/** Folders of FC's default PATH where Debian's own python3 lives. */
const SYSTEM_BINS = ['/usr/local/bin', '/usr/bin', '/bin'];

export interface ResolvedPython {
  /** The interpreter's path on the runtime. */
  path: string;
  /** MAJOR.MINOR. */
  version: string;
  /** The runtime's documented Python (not Debian's own). */
  fc: boolean;
}

function pythons(runtime: RuntimeName): readonly RuntimePython[] {
  return RUNTIMES[runtime].pythons;
}

/** FC's default PATH for the runtime, as far as Pythons go: its own Python's bin first when FC puts it there. */
export function runtimePythonPath(runtime: RuntimeName): string[] {
  const own = pythons(runtime).filter((p) => p.onDefaultPath && p.home !== '/usr').map((p) => `${p.home}/bin`);
  return [...own, ...SYSTEM_BINS];
}

/** What `name` (python3, python3.12, python) is in `dir` on the runtime, if anything. */
function pythonIn(runtime: RuntimeName, dir: string, name: string): ResolvedPython | undefined {
  const m = /^python(3(?:\.(\d+))?)?$/.exec(name);
  if (!m) return undefined;
  const wanted = m[2] !== undefined ? `3.${m[2]}` : undefined;
  for (const p of pythons(runtime)) {
    if (`${p.home}/bin` !== dir) continue;
    // Debian ships no bare `python`; FC's own Python folders do.
    if (p.home === '/usr' && !m[1]) return undefined;
    if (!wanted || wanted === p.version) return { path: `${dir}/${name}`, version: p.version, fc: true };
  }
  if (dir === '/usr/bin' && m[1]) {
    const sys = RUNTIMES[runtime].systemPython;
    if (!wanted || wanted === sys) return { path: `${dir}/${name}`, version: sys, fc: pythons(runtime).some((p) => p.home === '/usr') };
  }
  return undefined;
}

/** The Python `argv0` runs on the runtime with `pathDirs` (the script's PATH, or the runtime's). */
export function resolvePython(runtime: RuntimeName, argv0: string, pathDirs: readonly string[]): ResolvedPython | undefined {
  if (argv0.includes('/')) {
    const i = argv0.lastIndexOf('/');
    return pythonIn(runtime, argv0.slice(0, i), argv0.slice(i + 1));
  }
  for (const d of pathDirs) {
    const r = pythonIn(runtime, d, argv0);
    if (r) return r;
  }
  return undefined;
}

export interface InterpreterProblem {
  severity: Severity;
  message: string;
  fcSymptom: string;
  fix: string;
}

/**
 * The problem with starting `argv0` on `runtime` for dependencies built for `pythonVersion`, if
 * any. `scriptPath`: the PATH the script sets (its own folders; undefined when it keeps FC's).
 * `inArtifact`: whether a path is a file the artifact ships (its own interpreter).
 */
export function interpreterProblem(
  runtime: RuntimeName,
  pythonVersion: string,
  argv0: string,
  scriptPath: readonly string[] | undefined,
  inArtifact: (p: string) => boolean,
): InterpreterProblem | undefined {
  if (!/^python(3(\.\d+)?)?$/.test(argv0.split('/').pop() ?? '')) return undefined;
  if (argv0.includes('/') && inArtifact(argv0)) return undefined;
  const own = pythons(runtime);
  const target = own.find((p) => p.version === pythonVersion);
  const useIt = target
    ? `add export PATH=${target.home}/bin:$PATH to the bootstrap before the server starts${target.home === '/usr' ? '' : `, or run ${target.home}/bin/python3`}`
    : `ship Python ${pythonVersion} (an image), or build for the runtime's Python (${own.map((p) => p.version).join(' or ')}: leave python-version unset)`;
  // The script's own folders come first; FC's default PATH stays behind them when it ends in $PATH.
  // A folder of the script's that is not the runtime's may hold another python3 (a layer's): unknown.
  const known = new Set([...own.map((p) => `${p.home}/bin`), ...SYSTEM_BINS]);
  const firstUnknown = (scriptPath ?? []).findIndex((d) => !known.has(d));
  const dirs = firstUnknown >= 0 ? (scriptPath ?? []).slice(0, firstUnknown) : [...(scriptPath ?? []), ...runtimePythonPath(runtime)];
  const found = resolvePython(runtime, argv0, dirs);
  if (!found) {
    if (!argv0.includes('/')) return undefined; // Another python on a PATH folder the doctor cannot see into.
    return {
      severity: 'error',
      message: `the start command runs ${argv0}, which ${runtime} does not have (it ships ${own.map((p) => `${p.home}/bin/python3 (${p.fullVersion})`).join(' and ')})`,
      fcSymptom: `${argv0}: No such file or directory (Function instance exited unexpectedly(code 127, ...))`,
      fix: target ? `Run ${target.home}/bin/python3, or python3 with ${target.home}/bin on PATH.` : `Use one of the runtime's Pythons, or ${useIt}.`,
    };
  }
  if (found.version === pythonVersion) return undefined;
  return {
    severity: 'warning',
    message:
      `the start command runs ${argv0}, which on ${runtime} is ${found.fc ? '' : "Debian's own "}Python ${found.version} (${found.path}), ` +
      `but the dependencies are built for Python ${pythonVersion}`,
    fcSymptom: 'ModuleNotFoundError or "undefined symbol" on native modules built for another Python (Function instance exited unexpectedly(code 1, ...))',
    fix: `${useIt[0]!.toUpperCase()}${useIt.slice(1)} (or set PATH in the function's environment variables).`,
  };
}

/**
 * The start command's interpreter on the runtime, as a finding (code and layer artifacts; an
 * image brings its own Python, which image-python checks).
 */
export function checkInterpreter(ctx: Ctx, start: StartInfo, argv0: string, line: number | undefined): void {
  if (ctx.kind === 'image') return;
  const p = interpreterProblem(ctx.opts.runtime, ctx.target.pythonVersion, argv0, start.script?.path, (f) => ctx.view.files.has(f));
  if (p) ctx.add(finding({ ...p, code: 'bootstrap-python', file: start.file, line }));
}
