/**
 * Owns the check of servers a Python script starts itself: when the start command runs a script
 * (`python3 app.py`), the script's own `uvicorn.run(...)` or `app.run(...)` is what FC calls, so
 * its host must be reachable (not 127.0.0.1) and its port the function's. Takes the start
 * command as parsed (formats/shell.ts), whatever it came from (bootstrap, an image's CMD).
 */
import path from 'node:path';
import { readPySource } from '../../formats/pysource.js';
import type { Ctx } from '../context.js';
import { finding } from '../findings.js';
import type { StartCommand } from '../../formats/shell.js';
import { resolvePath } from '../view.js';

/** The script a `python [options] script [args]` command runs, as written; undefined for -m, -c or no script. */
export function pythonScript(argv: readonly string[]): string | undefined {
  if (!/^python(\d+(\.\d+)?)?$/.test(path.posix.basename(argv[0] ?? ''))) return undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-m' || a === '-c' || a === '-') return undefined;
    if (a === '-W' || a === '-X' || a === '-Q') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return a.includes('$') ? undefined : a;
  }
  return undefined;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/i;

/** The scripts the start commands run that are in the artifact: absolute path → the command that runs it. */
export function startedScripts(ctx: Ctx, commands: readonly StartCommand[]): Map<string, StartCommand> {
  const out = new Map<string, StartCommand>();
  for (const cmd of commands) {
    const arg = pythonScript(cmd.argv);
    if (!arg) continue;
    const abs = ctx.kind === 'image' ? ctx.view.fileAt(resolvePath(cmd.cwd, arg)) : resolvePath(cmd.cwd, arg);
    if (abs && ctx.view.files.has(abs) && !out.has(abs)) out.set(abs, cmd);
  }
  return out;
}

/** Each script's own server: a loopback host or another port than the one FC calls is an error, on its line. */
export function checkScriptServers(ctx: Ctx, scripts: ReadonlyMap<string, StartCommand>, texts: ReadonlyMap<string, Buffer>, startFile: string): void {
  const fcPort = ctx.opts.port;
  for (const [abs, cmd] of scripts) {
    const text = texts.get(abs);
    if (!text) continue;
    const shown = ctx.view.show(abs);
    const runs = `${startFile}${cmd.line ? `:${cmd.line}` : ''} runs ${cmd.argv.join(' ')}`;
    const fix = `Listen where FC calls: ${'`'}host="0.0.0.0", port=int(os.environ.get("FC_SERVER_PORT", "${fcPort}"))${'`'} (or start the server from ${startFile}: python3 -m uvicorn main:app --host 0.0.0.0 --port ${fcPort}). If the function's port is not ${fcPort}, say which: --port (the port input).`;
    for (const s of readPySource(text.toString('utf8')).servers) {
      const fcSymptom = `Function instance health check failed on port ${fcPort} in 120 seconds (FunctionNotStarted)`;
      if (s.host !== null && LOOPBACK.test(s.host)) {
        ctx.add(
          finding({ severity: 'error', code: 'app-listen', file: shown, line: s.line, message: `${runs}, and this line starts ${s.call}() on ${s.host}${s.defaulted.includes('host') ? ` (its default: no host= given)` : ''}, which FC cannot reach: FC calls port ${fcPort} from outside the instance`, fcSymptom, fix }),
        );
      }
      if (s.port !== null && s.port !== fcPort) {
        ctx.add(
          finding({ severity: 'error', code: 'app-port', file: shown, line: s.line, message: `${runs}, and this line starts ${s.call}() on port ${s.port}${s.defaulted.includes('port') ? ` (its default: no port= given)` : ''}, but FC calls port ${fcPort}`, fcSymptom, fix }),
        );
      }
    }
  }
}
