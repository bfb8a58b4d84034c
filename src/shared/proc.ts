/**
 * Owns running programs: argument arrays (never a shell), output captured and streamed by line,
 * a timeout that kills.
 *
 * Why this and not @actions/exec (measured 2026-12, @actions/exec 3.0.0, node 20):
 * - It has no timeout and hands back no child to kill: `getExecOutput('sleep', ['3'])` can only be
 *   waited out. Four calls here need one (docker version 30 s, the import probe 5 min, the smoke
 *   test's container 120 s, docker pull 10 min); a hung container would hold the job to its limit.
 * - It echoes `[command]<full command line>` to stdout unless silent: unredacted (pip's
 *   --index-url credentials on a laptop, where no setSecret masks them) and into the CLI's
 *   stdout, which `--json` keeps for the report. We log the command ourselves, redacted.
 * - A missing program is a thrown string ("Unable to locate executable file: ..."), not ENOENT,
 *   which the install and docker errors map to their fixes.
 * - It adds 22.7 KB to each bundle for what these 90 lines do.
 * So package.json does not declare it; scripts/check-deps.mjs fails on a declared, unused dependency.
 */
import { spawn } from 'node:child_process';
import { killOnCancel } from './cancel.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each line of stdout/stderr as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Bytes written to stdin, then closed; a promise is written when it settles (rejected: stdin just closes). */
  input?: string | Buffer | Promise<string | Buffer>;
  /** Kill the process after this many milliseconds. */
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  spawnError?: NodeJS.ErrnoException;
  timedOut: boolean;
}

/** Keep at most this much of each stream in memory (pip and docker can be chatty). */
const MAX_CAPTURE = 4 * 1024 * 1024;

export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      shell: false,
    });
    // A cancelled run kills it (and its output is not waited for).
    const forget = killOnCancel(() => child.kill('SIGKILL'));
    const out = { stdout: '', stderr: '' };
    const partial = { stdout: '', stderr: '' };
    let timedOut = false;
    let spawnError: NodeJS.ErrnoException | undefined;
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (out[stream].length < MAX_CAPTURE) out[stream] += text;
      if (opts.onLine) {
        const lines = (partial[stream] + text).split('\n');
        partial[stream] = lines.pop() ?? '';
        for (const l of lines) opts.onLine(l.replace(/\r$/, ''), stream);
      }
    };
    child.stdout!.on('data', collect('stdout'));
    child.stderr!.on('data', collect('stderr'));
    if (opts.input !== undefined) {
      // A child that exits before reading its input must not turn into an EPIPE crash.
      child.stdin!.on('error', () => undefined);
      Promise.resolve(opts.input).then(
        (data) => child.stdin!.end(data),
        () => child.stdin!.end(),
      );
    }
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, opts.timeoutMs)
      : undefined;
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e;
    });
    child.on('close', (code, signal) => {
      forget();
      if (timer) clearTimeout(timer);
      if (opts.onLine) {
        for (const s of ['stdout', 'stderr'] as const) if (partial[s]) opts.onLine(partial[s], s);
      }
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: out.stdout,
        stderr: out.stderr,
        spawnError,
        timedOut,
      });
    });
  });
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = Number(env[name]);
  return (Number.isFinite(v) && v > 0 ? v : fallback) * 1000;
}

/** How long one pip run may take (FC_PYTHON_PACK_PIP_TIMEOUT, seconds; default 30 minutes). */
export function pipTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return seconds(env, 'FC_PYTHON_PACK_PIP_TIMEOUT', 30 * 60);
}

/** How long `docker build` may take (FC_PYTHON_PACK_BUILD_TIMEOUT, seconds; default 60 minutes). */
export function buildTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return seconds(env, 'FC_PYTHON_PACK_BUILD_TIMEOUT', 60 * 60);
}

/** A timeout for messages: "90 s", "30 minutes". */
export function shownTimeout(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${Math.round(ms / 1000)} s`;
}

/** The last `n` non-empty lines of a text. */
export function tail(text: string, n: number): string {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .slice(-n)
    .join('\n');
}
