/**
 * Owns what a cancelled run cleans up. A cancelled GitHub run sends SIGINT, then SIGTERM; Ctrl-C
 * sends SIGINT. Whatever the run holds at that moment — child processes (pip, docker), containers,
 * temp folders (the build's, the verify tree in /dev/shm), a partial file in output-dir — is
 * registered here while it lives, and removed synchronously before the process exits with
 * 128 + the signal's number (130, 143).
 */
import fs from 'node:fs';

type Action = () => void;

/** Processes first (so nothing writes while the rest is removed), then the others, newest first. */
const processes = new Set<Action>();
const others = new Set<Action>();

function register(set: Set<Action>, action: Action): () => void {
  const a: Action = () => action();
  set.add(a);
  return () => void set.delete(a);
}

/** Kills a child process on cancel; the returned function unregisters it (when it has exited). */
export function killOnCancel(kill: Action): () => void {
  return register(processes, kill);
}

/** Runs `action` on cancel (synchronously: the process exits right after). */
export function onCancel(action: Action): () => void {
  return register(others, action);
}

/** Removes a temp folder (or file) on cancel, unless it is unregistered first. */
export function removeOnCancel(target: string): () => void {
  return onCancel(() => fs.rmSync(target, { recursive: true, force: true }));
}

/** Runs every registered action once; each failure is ignored (the others still run). */
export function cleanUpNow(): void {
  const all = [...processes, ...[...others].reverse()];
  processes.clear();
  others.clear();
  for (const a of all) {
    try {
      a();
    } catch {
      // best effort: the rest still runs
    }
  }
}

let installed = false;

/**
 * On SIGINT or SIGTERM: clean up, say so on stderr, exit 130 or 143. A second signal while
 * cleaning up is ignored (the cleanup is synchronous and short).
 */
export function cleanUpOnSignals(say: (message: string) => void = (m) => process.stderr.write(`${m}\n`)): void {
  if (installed) return;
  installed = true;
  let cancelling = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (cancelling) return;
      cancelling = true;
      cleanUpNow();
      say(`Cancelled (${signal}): containers, temp folders and partial output removed.`);
      process.exit(code);
    });
  }
}
