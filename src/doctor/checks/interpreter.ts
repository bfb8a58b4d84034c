/**
 * Owns the interpreter check (bootstrap-python): which Python a start command runs on an FC
 * custom runtime — `python3` found through the PATH the runtime sets (and the script changes), or
 * an interpreter by path — against the Pythons the runtime ships (plan/runtimes.ts). A Python
 * other than the one the dependencies were built for, or one the runtime lacks, is a finding.
 * Pure functions; no I/O.
 */
import { FC_PYTHON_BINS, RUNTIMES, resolveFcPython, runtimePythonPath, type RuntimeName, type RuntimePython } from '../../plan/runtimes.js';
import type { Ctx } from '../context.js';
import { finding, type Severity } from '../findings.js';
import type { StartInfo } from './start.js';

function pythons(runtime: RuntimeName): readonly RuntimePython[] {
  return RUNTIMES[runtime].pythons;
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
  const known = new Set([...FC_PYTHON_BINS, '/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin']);
  const firstUnknown = (scriptPath ?? []).findIndex((d) => !known.has(d));
  const dirs = firstUnknown >= 0 ? (scriptPath ?? []).slice(0, firstUnknown) : [...(scriptPath ?? []), ...runtimePythonPath(runtime)];
  const found = resolveFcPython(runtime, argv0, dirs);
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
    severity: 'error',
    message:
      `the start command runs ${argv0}, which on ${runtime} is ${found.fc ? '' : "Debian's own "}Python ${found.version} (${found.path}), ` +
      `but the dependencies are built for Python ${pythonVersion}`,
    fcSymptom: 'ModuleNotFoundError or "undefined symbol" on native modules built for another Python (Function instance exited unexpectedly(code 1, ...))',
    fix: `${useIt[0]!.toUpperCase()}${useIt.slice(1)} (or set PATH=${target ? `${target.home}/bin:` : ''}$PATH in the function's environment variables: s.yaml's environmentVariables, or the environment input).`,
  };
}

/**
 * The start command's interpreter on the runtime, as a finding (code and layer artifacts; an
 * image brings its own Python, which image-python checks).
 */
export function checkInterpreter(ctx: Ctx, start: StartInfo, argv0: string, line: number | undefined): void {
  if (ctx.kind === 'image') return;
  const p = interpreterProblem(ctx.opts.runtime, ctx.target.pythonVersion, argv0, start.script?.path ?? start.envPath, (f) => ctx.view.files.has(f));
  if (p) ctx.add(finding({ ...p, code: 'bootstrap-python', file: start.file, line }));
}
