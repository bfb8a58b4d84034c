/**
 * Owns the smoke test: start the function the way FC starts it — its bootstrap (or the image's
 * own command), no network, as root with every directory writable (FC's custom runtimes since
 * 2021-12), FC's port variables — then poll the port from inside the container, check which
 * address the server bound, and warn about files the app wrote under /code (they are the
 * instance's own: lost when FC recycles it).
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { docker, runPullArgs } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import { tail } from '../shared/proc.js';

export interface SmokeSpec {
  image: string;
  port: number;
  path: string;
  timeoutSec: number;
  /** docker run arguments that mount the artifact (-v ...) and set its environment. */
  mountArgs: string[];
  /** Replaces the image's entrypoint (e.g. /code/bootstrap, or python3 of python3 -u index.py); the image's own when absent. */
  entrypoint?: string;
  /** The arguments after the entrypoint (-u index.py). */
  command?: string[];
  /** How the start reads in messages, when it is not the entrypoint alone. */
  shown?: string;
  /** A read-only root with a writable /tmp (for a start that must not write anywhere else). */
  readOnly: boolean;
  /**
   * A folder copied into the container (not bind-mounted) at `to` before it starts: the app may
   * write there as it may on FC, the writes stay in the container, and their times show them.
   */
  copyIn?: { from: string; to: string };
  /** A Python interpreter inside the container to probe with. */
  probePython?: string;
}

export interface SmokeResult {
  status: number;
  /** Milliseconds from container start to the first answer. */
  ms: number;
  /** Addresses the server listens on for the port, e.g. ["0.0.0.0"]. */
  listen: string[];
  /** Files the app wrote (added or changed) under copyIn.to while it started, bytecode caches aside. */
  writes?: string[];
}

/**
 * What under `top` changed at or after `since` (epoch seconds, taken just before the container
 * started: the copied code is older). Part of HTTP_PROBE.
 */
const WRITES_WALK = `
import os
def writes(top, since):
    out = []
    for root, dirs, files in os.walk(top):
        for n in dirs + files:
            p = os.path.join(root, n)
            try:
                if os.lstat(p).st_mtime >= since:
                    out.append(p)
            except OSError:
                pass
    return out
`;

/** The paths the app wrote: bytecode caches left out, a folder only when nothing in it is listed. */
export function appWrites(paths: readonly string[]): string[] {
  const out = paths.filter((p) => !/\/__pycache__(\/|$)|\.pyc$/.test(p));
  return out.filter((p) => !out.some((q) => q.startsWith(`${p}/`))).sort();
}

/**
 * Polls http://127.0.0.1:<port><path> until an answer below 500 or the deadline (every 20 ms
 * while nothing listens), then reads /proc/net/tcp{,6} for the sockets listening on the port and,
 * with argv[4] and argv[5], what changed under a folder since a time (WRITES_PROBE, in the same
 * interpreter). One JSON line out.
 */
export const HTTP_PROBE = `${WRITES_WALK}
import json, os, sys, time, urllib.request, urllib.error
port, path, timeout = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
start = time.monotonic()
status, error = None, None
while time.monotonic() - start < timeout:
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=5) as r:
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception as e:
        error = "%s: %s" % (type(e).__name__, e)
        time.sleep(0.02)
        continue
    if status < 500:
        break
    time.sleep(0.2)
elapsed = time.monotonic() - start
socks = []
for name in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        with open(name) as f:
            next(f)
            for line in f:
                parts = line.split()
                local, state = parts[1], parts[3]
                addr, p = local.rsplit(":", 1)
                if state == "0A":
                    socks.append([addr, int(p, 16)])
    except OSError:
        pass
out = {"status": status, "error": error, "elapsed": elapsed, "listening": socks}
if len(sys.argv) > 5:
    out["writes"] = writes(sys.argv[4], float(sys.argv[5]))
print(json.dumps(out), flush=True)
`;

/** Turns a hex address from /proc/net/tcp{,6} into text. */
export function procAddress(hex: string): string {
  if (hex.length === 8) {
    const b = Buffer.from(hex, 'hex');
    return [b[3], b[2], b[1], b[0]].join('.');
  }
  if (hex === '00000000000000000000000000000000') return '::';
  if (hex === '00000000000000000000000001000000') return '::1';
  if (/^0000000000000000FFFF0000/i.test(hex)) return `::ffff:${procAddress(hex.slice(24))}`;
  return hex;
}

export function isLoopback(addr: string): boolean {
  return addr.startsWith('127.') || addr === '::1' || addr.startsWith('::ffff:127.');
}

/** What FC prints when a process cannot even be started, by the errno docker reports. */
function startFailure(stderr: string): string {
  if (/exec format error/i.test(stderr)) return ' On FC: code 8, exec format error (no #! line).';
  if (/permission denied/i.test(stderr)) return ' On FC: code 13, permission denied (bootstrap not executable).';
  if (/no such file or directory/i.test(stderr)) return " On FC: code 127 (the interpreter in the #! line is missing, or ends in \\r from CRLF line endings).";
  return '';
}

function exitMeaning(code: number): string {
  switch (code) {
    case 1:
      return 'code 1, message:operation not permitted (that is errno 1\'s name: Python exited with an error)';
    case 126:
      return 'code 126 (not executable)';
    case 127:
      return 'code 127 (command not found; with CRLF endings the name ends in \\r)';
    default:
      return `code ${code}`;
  }
}

/**
 * A smoke container made ahead of its start: with copyIn, created, and the code copied in once
 * `ready` settles (while an import check still runs); otherwise nothing is made until it starts.
 */
export interface SmokeContainer {
  spec: SmokeSpec;
  name: string;
  /** Created and filled (copyIn), waiting for `docker start`. */
  created: boolean;
}

/** Removes a prepared container that will not start (the check before it failed). */
export async function discardSmoke(c: SmokeContainer): Promise<void> {
  if (c.created) await docker(['rm', '-f', c.name]);
}

/**
 * Creates the container (copyIn only) and, once `ready` settles (the folder copyIn.from is whole),
 * copies the code in. Failures are the ones its start would have had; nothing is left behind.
 */
export async function prepareSmoke(spec: SmokeSpec, ready?: Promise<unknown>): Promise<SmokeContainer> {
  const c: SmokeContainer = { spec, name: `fcpp-smoke-${randomBytes(6).toString('hex')}`, created: false };
  if (!spec.copyIn) return c;
  const made = docker(['create', ...containerArgs(spec, c.name)], { timeoutMs: 120_000 });
  // Both settle before anything is thrown, so a failure never leaves a container behind.
  const [create, tree] = await Promise.allSettled([made, ready]);
  const created = create.status === 'fulfilled' ? create.value : undefined;
  if (created?.code === 0) c.created = true;
  try {
    if (tree.status === 'rejected') throw tree.reason;
    if (!created || created.code !== 0) {
      const stderr = created?.stderr ?? String(create.status === 'rejected' ? create.reason : '');
      throw new UserError(`Smoke test: the container did not start: ${tail(stderr, 3)}.${startFailure(stderr)}`);
    }
    const cp = await docker(['cp', `${spec.copyIn.from}/.`, `${c.name}:${spec.copyIn.to}`], { timeoutMs: 120_000 });
    if (cp.code !== 0) throw new UserError(`Smoke test: could not copy the code into the container: ${tail(cp.stderr, 3)}`);
  } catch (e) {
    await discardSmoke(c);
    throw e;
  }
  return c;
}

/** The `docker create`/`run` arguments after the command: name, FC's conditions, mounts, image. */
function containerArgs(spec: SmokeSpec, name: string): string[] {
  return [
    '--name',
    name,
    '--network',
    'none',
    ...runPullArgs(),
    ...(spec.readOnly ? ['--read-only', '--tmpfs', '/tmp:rw,exec,size=512m'] : []),
    '-e',
    `FC_SERVER_PORT=${spec.port}`,
    '-e',
    `FC_CUSTOM_LISTEN_PORT=${spec.port}`,
    ...spec.mountArgs,
    ...(spec.entrypoint ? ['--entrypoint', spec.entrypoint] : []),
    spec.image,
    ...(spec.command ?? []),
  ];
}

export async function smokeTest(spec: SmokeSpec, log: Log): Promise<SmokeResult> {
  return runSmoke(await prepareSmoke(spec), log);
}

/** Starts a prepared container (or runs one), probes it from inside, and removes it. */
export async function runSmoke(c: SmokeContainer, log: Log): Promise<SmokeResult> {
  const { spec, name } = c;
  const logsTail = async () => {
    const res = await docker(['logs', '--tail', '30', name]);
    const text = tail(`${res.stdout}\n${res.stderr}`, 30);
    return text ? `\nLast lines of the app's output:\n${text}` : "\n(The app printed nothing.)";
  };
  const started = Date.now();
  // The copied files are older (extracted before, times kept or set by the copy); the app's writes come after.
  const startedAt = Date.now() / 1000;
  const run = c.created ? await docker(['start', name], { timeoutMs: 120_000 }) : await docker(['run', '-d', ...containerArgs(spec, name)], { timeoutMs: 120_000 });
  try {
    if (run.code !== 0) {
      throw new UserError(`Smoke test: the container did not start: ${tail(run.stderr, 3)}.${startFailure(run.stderr)}`);
    }
    log.info(`Started ${spec.shown ?? spec.entrypoint ?? 'the image command'} in ${spec.image}; polling http://127.0.0.1:${spec.port}${spec.path} for up to ${spec.timeoutSec} s`);
    const walk = spec.copyIn ? [spec.copyIn.to, String(startedAt)] : [];
    const probe = await docker(['exec', name, spec.probePython ?? 'python3', '-c', HTTP_PROBE, String(spec.port), spec.path, String(spec.timeoutSec), ...walk], {
      timeoutMs: (spec.timeoutSec + 60) * 1000,
    });
    const line = probe.stdout.split('\n').find((l) => l.startsWith('{'));
    if (!line) {
      const state = await docker(['inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', name]);
      const [running, exit] = state.stdout.trim().split(' ');
      const killed = exit === '137' ? ' (killed with SIGKILL: docker kill, the Docker engine, or out of memory)' : '';
      if (running === 'false') {
        throw new UserError(
          `Verify, smoke test in ${spec.image}: the function exited with code ${exit}${killed} before answering. On FC: Function instance exited unexpectedly(${exitMeaning(Number(exit))}).${await logsTail()}`,
        );
      }
      throw new UserError(`Verify, smoke test in ${spec.image}: could not probe the container (${tail(probe.stderr, 2) || 'no answer'}); is the Docker engine still answering?${await logsTail()}`);
    }
    const report = JSON.parse(line) as { status: number | null; error: string | null; elapsed: number; listening: [string, number][]; writes?: string[] };
    const listen = report.listening.filter(([, p]) => p === spec.port).map(([a]) => procAddress(a));
    if (report.status === null || report.status >= 500) {
      const state = await docker(['inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', name]);
      const [running, exit] = state.stdout.trim().split(' ');
      const others = [...new Set(report.listening.map(([, p]) => p).filter((p) => p !== spec.port))];
      const why =
        running === 'false'
          ? `the function exited with code ${exit}. On FC: Function instance exited unexpectedly(${exitMeaning(Number(exit))}).`
          : report.status !== null
            ? `it answered ${report.status} to ${spec.path} until the timeout.`
            : `nothing answered on port ${spec.port} within ${spec.timeoutSec} s (last error: ${report.error}).` +
              (others.length ? ` The app listens on port ${others.join(', ')} instead: FC calls ${spec.port} (FC_SERVER_PORT).` : '') +
              ' On FC: FunctionNotStarted (the instance must listen on 0.0.0.0:' +
              `${spec.port} within 120 s).`;
      throw new UserError(`Smoke test failed: ${why}${await logsTail()}`);
    }
    if (listen.length && listen.every(isLoopback)) {
      throw new UserError(
        `Smoke test: the server listens only on ${listen.join(', ')}:${spec.port}, which FC cannot reach (FunctionNotStarted). Listen on 0.0.0.0 (uvicorn --host 0.0.0.0 --port ${spec.port}).`,
      );
    }
    const ms = Date.now() - started;
    log.info(`  ${spec.path} answered ${report.status} after ${(report.elapsed).toFixed(2)} s of polling (${(ms / 1000).toFixed(1)} s from start), listening on ${listen.join(', ') || '?'}`);
    let writes: string[] | undefined;
    if (spec.copyIn) {
      // A folder that was copied in only changed because something in it did (Python's __pycache__ too).
      const from = spec.copyIn.from;
      const to = spec.copyIn.to;
      const copiedDir = (p: string) => {
        try {
          return statSync(path.join(from, path.posix.relative(to, p))).isDirectory();
        } catch {
          return false;
        }
      };
      writes = appWrites((report.writes ?? []).filter((p) => !copiedDir(p)));
      if (writes.length) {
        const shown = writes.slice(0, 5).join(', ') + (writes.length > 5 ? `, and ${writes.length - 5} more` : '');
        log.warning(
          `Smoke test: the app wrote under ${spec.copyIn.to} while starting (${shown}). FC allows it (every directory is writable), but those files belong to one instance: ` +
            'other instances do not see them and they are lost when FC recycles the instance. Write scratch files to /tmp, and keep anything that must last in OSS, NAS or a database.',
          { title: 'writes under /code' },
        );
      }
    }
    return { status: report.status, ms: Math.round(report.elapsed * 1000), listen, ...(writes ? { writes } : {}) };
  } finally {
    await docker(['rm', '-f', name]);
  }
}
