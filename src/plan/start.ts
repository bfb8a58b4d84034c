/**
 * Owns what the function's start runs, read once: the command that starts Python (from the
 * bootstrap, s.yaml's customRuntimeConfig or start-command), the interpreter FC's PATH finds for it,
 * the server it runs and the function's own entry module, the PYTHONPATH and PATH it runs with, and
 * so where the dependencies must go for that Python to find them. Reads the bootstrap; writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseStartScript, pythonPathDirs, SHELL_BUILTINS, type StartCommand } from '../formats/shell.js';
import { FC_DEFAULT_PATH, resolveFcPython, type ResolvedPython, type RuntimeName } from './runtimes.js';
import type { FunctionStart } from './function.js';

export const CODE_ROOT = '/code';

/** Servers whose app spec (module:app) names the function's entry module. */
const APP_SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'granian', 'daphne']);
const APP_SPEC = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):([A-Za-z_][\w.]*)(\(\))?$/;
const PYTHON = /^python(\d+(\.\d+)?)?$/;

export interface StartAnalysis {
  /** What starts the function, for messages: "bootstrap", "s.yaml (customRuntimeConfig)", "start-command". */
  shown: string;
  /** The command that starts the server, as FC runs it (exec/env taken off), when it was found. */
  command?: StartCommand;
  /** The interpreter that command runs on the runtime (python3 through PATH, or a path), when it runs Python. */
  python?: { argv0: string; resolved?: ResolvedPython };
  /** The server module (uvicorn, gunicorn...), run by `python -m` or as a console script. */
  server?: { module: string; consoleScript: boolean };
  /** The function's own module the start loads (main of main:app; index of python3 index.py). */
  entryModule?: string;
  /** Where the entry module is looked for (the script's folder, the cwd, --app-dir). */
  entryDir?: string;
  /** sys.path[0] of the start's Python: the script's folder, the cwd for -m; undefined for a console script. */
  path0?: string;
  /** PYTHONPATH folders: the environment's, then what the bootstrap exports. */
  pythonPath: string[];
  /** The PATH the command is looked up with. */
  pathDirs: string[];
  /** The raw PATH value when the environment or the script sets one. */
  pathSet?: string[];
}

/** FC's variables as a start sees them. */
function startVars(port: number, env: Record<string, string>): Record<string, string> {
  return { FC_FUNC_CODE_PATH: CODE_ROOT, FC_SERVER_PORT: String(port), FC_CUSTOM_LISTEN_PORT: String(port), ...env };
}

/** PATH as the environment sets it ($PATH in it is FC's default), or FC's default. */
export function environmentPath(env: Record<string, string>): string[] {
  if (env.PATH === undefined) return [...FC_DEFAULT_PATH];
  return env.PATH.split(':').flatMap((p) => (/^\$\{?PATH\}?$/.test(p) ? FC_DEFAULT_PATH : p ? [p] : []));
}

/** The command of a script that starts the server: the first that runs Python or a known server. */
function serverCommand(commands: StartCommand[]): StartCommand | undefined {
  return commands.find((c) => {
    const a0 = c.argv[0] ?? '';
    if (a0.includes('$') || SHELL_BUILTINS.has(a0)) return false;
    const base = path.posix.basename(a0);
    return PYTHON.test(base) || APP_SERVERS.has(base) || base === 'fastapi' || base === 'flask';
  });
}

/** The module a server's args load, and the folder it is looked for in (--app-dir / --chdir, else cwd). */
function appOf(args: string[], cwd: string): { module?: string; dir: string } {
  let dir = cwd;
  let module: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const opt = /^(--app-dir|--chdir)(?:=(.*))?$/.exec(a);
    if (opt) {
      const v = opt[2] ?? args[++i];
      if (v && !v.includes('$')) dir = path.posix.resolve(cwd, v);
      continue;
    }
    if (/^(-k|--worker-class|-w|--workers|-b|--bind|--host|--port|--log-level|-c|--config|--factory)$/.test(a)) {
      if (!/^--factory$/.test(a)) i++;
      continue;
    }
    const m = APP_SPEC.exec(a);
    if (m && !module) module = m[1];
  }
  return { module, dir };
}

/**
 * Reads the start: `start` (plan/function.ts), the bootstrap's text when it is one, the function's
 * environment, the runtime and the port.
 */
export function analyzeStart(
  start: FunctionStart,
  codeDir: string,
  env: Record<string, string>,
  runtime: RuntimeName,
  port: number,
): StartAnalysis | undefined {
  if (start.kind === 'none') return undefined;
  const envPath = environmentPath(env);
  const vars = startVars(port, env);
  delete (vars as Record<string, string | undefined>).PATH;
  delete (vars as Record<string, string | undefined>).PYTHONPATH;
  const ctx = { cwd: CODE_ROOT, scriptDir: CODE_ROOT, vars, path: envPath };
  let commands: StartCommand[];
  let scriptPath: string[] | undefined;
  let scriptPythonPath: string | undefined;
  let shown: string;
  if (start.kind === 'bootstrap') {
    shown = start.file;
    let text: string;
    try {
      text = fs.readFileSync(path.join(codeDir, start.file), 'utf8');
    } catch {
      return { shown, pythonPath: env.PYTHONPATH ? pythonPathDirs(env.PYTHONPATH) : [], pathDirs: envPath };
    }
    const scriptDir = path.posix.dirname(path.posix.join(CODE_ROOT, start.file));
    const parsed = parseStartScript(text.replace(/^\uFEFF/, ''), { ...ctx, scriptDir });
    commands = parsed.commands;
    scriptPath = parsed.path;
    scriptPythonPath = parsed.pythonPath;
  } else {
    shown = start.shown;
    commands = [{ argv: start.argv.map((a) => a.replace(/\$\{?(FC_SERVER_PORT|FC_CUSTOM_LISTEN_PORT)\}?/g, String(port))), cwd: CODE_ROOT }];
  }
  const pythonPath = [...new Set([...(scriptPythonPath !== undefined ? pythonPathDirs(scriptPythonPath) : []), ...(env.PYTHONPATH ? pythonPathDirs(env.PYTHONPATH) : [])])];
  const pathDirs = scriptPath ?? envPath;
  const out: StartAnalysis = { shown, pythonPath, pathDirs, pathSet: scriptPath ?? (env.PATH !== undefined ? envPath : undefined) };
  const cmd = serverCommand(commands);
  if (!cmd) return out;
  const read = readServerCommand(cmd);
  return {
    ...out,
    command: cmd,
    server: read.server,
    entryModule: read.entryModule,
    entryDir: read.entryDir,
    path0: read.path0,
    python: read.python ? { argv0: read.python, resolved: resolveFcPython(runtime, read.python, pathDirs) } : undefined,
  };
}

/** What one server command loads: its interpreter, server, entry module and sys.path[0]. */
export interface ServerCommandInfo {
  command: StartCommand;
  /** The interpreter it runs (python3...), when it runs Python directly. */
  python?: string;
  server?: { module: string; consoleScript: boolean };
  entryModule?: string;
  entryDir?: string;
  path0?: string;
}

/** The server command among a start's commands (the first that runs Python or a server), read. */
export function serverCommandInfo(commands: StartCommand[]): ServerCommandInfo | undefined {
  const cmd = serverCommand(commands);
  return cmd ? readServerCommand(cmd) : undefined;
}

/** Reads a command that starts Python or a server. Pure. */
export function readServerCommand(cmd: StartCommand): ServerCommandInfo {
  const out: ServerCommandInfo = { command: cmd };
  const argv0 = cmd.argv[0]!;
  const base = path.posix.basename(argv0);
  if (PYTHON.test(base)) {
    out.python = argv0;
    for (let i = 1; i < cmd.argv.length; i++) {
      const a = cmd.argv[i]!;
      if (a === '-m') {
        const mod = cmd.argv[i + 1];
        if (!mod || mod.includes('$')) return out;
        out.path0 = cmd.cwd;
        const top = mod.split('.')[0]!;
        if (APP_SERVERS.has(top) || top === 'fastapi' || top === 'flask') {
          out.server = { module: top, consoleScript: false };
          const app = appOf(cmd.argv.slice(i + 2), cmd.cwd);
          if (app.module) {
            out.entryModule = app.module;
            out.entryDir = app.dir;
          }
        } else {
          out.entryModule = mod;
          out.entryDir = cmd.cwd;
        }
        return out;
      }
      if (a === '-c') return out;
      if (a === '-W' || a === '-X') {
        i++;
        continue;
      }
      if (a.startsWith('-')) continue;
      if (a.includes('$')) return out;
      const script = path.posix.resolve(cmd.cwd, a);
      out.path0 = path.posix.dirname(script);
      if (script.endsWith('.py')) {
        out.entryModule = path.posix.basename(script, '.py');
        out.entryDir = out.path0;
      }
      return out;
    }
    return out;
  }
  out.server = { module: base, consoleScript: true };
  const args = cmd.argv.slice(1);
  if (base === 'fastapi' && (args[0] === 'run' || args[0] === 'dev') && args[1]?.endsWith('.py')) {
    const script = path.posix.resolve(cmd.cwd, args[1]);
    out.entryModule = path.posix.basename(script, '.py');
    out.entryDir = path.posix.dirname(script);
  } else {
    const app = appOf(args, cmd.cwd);
    if (app.module) {
      out.entryModule = app.module;
      out.entryDir = app.dir;
    }
  }
  return out;
}

/** Whether the start's Python finds modules at the code root (/code) without being told. */
export function findsCodeRoot(a: StartAnalysis): boolean {
  return a.path0 === CODE_ROOT || a.pythonPath.includes(CODE_ROOT);
}
