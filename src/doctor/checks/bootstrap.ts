/**
 * The bootstrap contract: FC starts /code/bootstrap, so it must be an executable script
 * with a #! line and LF endings, put the dependencies on PYTHONPATH, and start a server
 * on 0.0.0.0:<port>. Each finding names the line it is about.
 */
import type { Finding } from '../findings.js';
import { CODE_DIR } from '../../plan/plan.js';
import { BOM, expandShell, pythonPathDirs, withoutBom } from '../../formats/shell.js';

export interface BootstrapFinding extends Finding {
  line?: number;
}

export interface BootstrapContext {
  /** Path of the bootstrap as shown to the user (relative to the repository). */
  file: string;
  /** Folders that hold dependencies and must be on PYTHONPATH (e.g. /code/python, /opt/python). */
  depsDirs: string[];
  /** The port FC calls. */
  port: number;
  /** The start command hands the script to a shell (`bash bootstrap`): the kernel never reads its #! line. */
  runByShell?: boolean;
}

export interface BootstrapAnalysis {
  findings: BootstrapFinding[];
  /** PYTHONPATH as the script leaves it (FC's variables expanded), undefined if never set. */
  pythonPath?: string;
}


/** FC's variables, as the script sees them at start. */
const KNOWN_VARS: Record<string, string> = { FC_FUNC_CODE_PATH: CODE_DIR, PWD: CODE_DIR };

function unquote(v: string): string {
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

const PYTHONPATH_ASSIGN = /(?:^|[\s;&|(])(?:export\s+)?PYTHONPATH=("[^"]*"|'[^']*'|(?:\$\([^)]*\)|\$\{[^}]*\}|[^\s;&|()])*)/g;
const LOOPBACK_BIND = /(?:--host[=\s]+|--bind[=\s]+|-b\s+|host\s*=\s*)["']?(127\.0\.0\.1|localhost)\b/i;
const PIP_INSTALL = /\bpip3?(?:\.\d+)?\s+install\b|-m\s+pip\s+install\b/;
const PORT_FLAG = /(?:--port[=\s]+|--bind[=\s]+\S*:|-b\s+\S*:)["']?(\d{2,5})\b/;

/** A UTF-8 byte-order mark (U+FEFF), as an editor on Windows saves it before the first line. */

/** The script's text without a leading byte-order mark (what the shell reads after reporting it). */
export function analyzeBootstrap(content: Buffer | string, ctx: BootstrapContext): BootstrapAnalysis {
  const raw = typeof content === 'string' ? content : content.toString('utf8');
  const findings: BootstrapFinding[] = [];
  const add = (f: Omit<BootstrapFinding, 'file'>) => findings.push({ file: ctx.file, ...f });
  // A BOM is the one finding it causes: the rest is read as the shell reads it, after the mark.
  const text = withoutBom(raw);
  const lines = text.split('\n');

  if (raw !== text) {
    add(
      ctx.runByShell
        ? {
            severity: 'warning',
            code: 'bootstrap-bom',
            line: 1,
            message: `${ctx.file} starts with a UTF-8 byte-order mark (EF BB BF) before #!: the shell runs its first line as a command named "\ufeff#!..." and goes on`,
            fcSymptom: `${ctx.file}: line 1: #!...: command not found (printed at every start; the rest runs)`,
            fix: 'Save the file as UTF-8 without BOM (in VS Code: "Save with Encoding", UTF-8), or: sed -i \'1s/^\\xEF\\xBB\\xBF//\' bootstrap.',
          }
        : {
            severity: 'error',
            code: 'bootstrap-bom',
            line: 1,
            message: `${ctx.file} starts with a UTF-8 byte-order mark (EF BB BF) before #!: the kernel needs #! as the first two bytes, so it cannot run the script`,
            fcSymptom: 'Function instance exited unexpectedly(code 8, message:exec format error)',
            fix: 'Save the file as UTF-8 without BOM (in VS Code: "Save with Encoding", UTF-8), or: sed -i \'1s/^\\xEF\\xBB\\xBF//\' bootstrap.',
          },
    );
  } else if (!text.startsWith('#!') && !ctx.runByShell) {
    add({
      severity: 'error',
      code: 'bootstrap-shebang',
      line: 1,
      message: `${ctx.file} has no #! line, so the kernel cannot run it`,
      fcSymptom: 'Function instance exited unexpectedly(code 8, message:exec format error)',
      fix: 'Make the first line #!/bin/bash (or #!/usr/bin/env bash).',
    });
  }
  const crlfLine = lines.findIndex((l) => l.endsWith('\r'));
  if (crlfLine >= 0) {
    add({
      severity: 'error',
      code: 'bootstrap-crlf',
      line: crlfLine + 1,
      message: `${ctx.file} has CRLF (Windows) line endings: the interpreter's name ends in \\r`,
      fcSymptom: "Function instance exited unexpectedly(code 127, ...) with /usr/bin/env: 'bash\\r': No such file or directory",
      fix: 'Convert it to LF (dos2unix bootstrap; add "bootstrap text eol=lf" to .gitattributes), or set convert-crlf: true.',
    });
  }

  let pythonPath: string | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const code = line.replace(/(^|\s)#.*$/, '');
    if (!code.trim()) return;
    for (const m of code.matchAll(PYTHONPATH_ASSIGN)) {
      pythonPath = expandShell(unquote(m[1]!), { ...KNOWN_VARS, PYTHONPATH: pythonPath ?? '' });
    }
    if (PIP_INSTALL.test(code)) {
      add({
        severity: 'warning',
        code: 'bootstrap-pip-install',
        line: i + 1,
        message: `${ctx.file} installs packages at start: every cold start pays for it, and it needs network from the function`,
        fcSymptom: 'Slow cold starts, or "No module named ..." when the install fails at start',
        fix: 'Build the dependencies in: target layer, or target code with include-deps: true, and drop the pip install line.',
      });
    }
    const bind = LOOPBACK_BIND.exec(code);
    if (bind) {
      add({
        severity: 'error',
        code: 'bootstrap-listen',
        line: i + 1,
        message: `${ctx.file} binds the server to ${bind[1]}, which FC cannot reach`,
        fcSymptom: 'FunctionNotStarted: the function instance did not start listening on the port in time',
        fix: `Listen on 0.0.0.0: --host 0.0.0.0 --port ${ctx.port}.`,
      });
    }
    const port = PORT_FLAG.exec(code);
    if (port && Number(port[1]) !== ctx.port) {
      // FC's health check calls one port: a server elsewhere fails it as surely as one on 127.0.0.1.
      add({
        severity: 'error',
        code: 'bootstrap-port',
        line: i + 1,
        message: `${ctx.file} listens on port ${port[1]}, but FC calls port ${ctx.port}`,
        fcSymptom: 'FunctionNotStarted: the function instance did not start listening on the port in time',
        fix: `Listen on ${ctx.port} (or use $FC_SERVER_PORT), or set the function's port to ${port[1]}.`,
      });
    }
  });

  if (ctx.depsDirs.length) {
    const dirs = pythonPathDirs(pythonPath ?? '');
    if (!ctx.depsDirs.some((d) => dirs.includes(d))) {
      add({
        severity: 'error',
        code: 'bootstrap-no-pythonpath',
        line: 1,
        message:
          `the dependencies are in ${ctx.depsDirs.join(' or ')}, but ${ctx.file} never puts ${ctx.depsDirs.length > 1 ? 'either' : 'it'} on PYTHONPATH` +
          (pythonPath !== undefined ? ` (it sets PYTHONPATH=${pythonPath})` : ''),
        fcSymptom: 'Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named uvicorn',
        fix: `Add export PYTHONPATH=${ctx.depsDirs[0]}:$PYTHONPATH before the server starts.`,
      });
    }
  }
  return { findings, pythonPath };
}

/** CRLF → LF, for convert-crlf. */
export function toLf(content: Buffer): Buffer {
  return Buffer.from(content.toString('utf8').replace(/\r\n/g, '\n'), 'utf8');
}
