/**
 * Owns what `explain` reads out of FC's error text before its rules run: the types its rules share,
 * the normalised text, the exit code and errno text, the start command; and the helpers rules use.
 * Pure string work; no I/O.
 */
import type { FindingCode } from './findings.js';


export interface Explanation {
  /** False only for the single "not recognised" answer. */
  matched: boolean;
  /** Stable rule id, e.g. 'module-missing'. */
  id: string;
  title: string;
  cause: string;
  fix: string;
  /** `fc-python-pack doctor` finding codes that detect this problem before deploying. */
  findingCodes?: FindingCode[];
}

/** What the text says, pulled out once for all rules. */
export interface Facts {
  /** Normalised text (JSON escaping undone). */
  text: string;
  /** Exit code of the start command, if stated. */
  exitCode?: number;
  /** The errno text FC attaches to the exit code ('operation not permitted'). */
  errnoText?: string;
  startCommand?: string;
}

export type Match = Omit<Explanation, 'matched' | 'id'>;

export interface Rule {
  id: string;
  /** `earlier`: ids of the more specific rules that already matched. */
  test(f: Facts, earlier: ReadonlySet<string>): Match | undefined;
}

export const DOCTOR = 'fc-python-pack doctor <artifact>';
/** A bootstrap start line that avoids the usual mistakes (as shown to users, in backquotes). */
export const BOOTSTRAP_EXAMPLE = '`exec python3 -m uvicorn main:app --host 0.0.0.0 --port ${FC_SERVER_PORT:-9000}`';

// ---------------------------------------------------------------------------------------------
// Normalisation and fact extraction
// ---------------------------------------------------------------------------------------------

/**
 * Undo up to three levels of JSON string escaping (`\"code\":1`, `\\n`), so the rules see the text
 * the process printed. A literal backslash-r (as printed by env for a CR) is kept as `\r`, and a real
 * carriage return becomes the same two characters, so one pattern catches both.
 */
export function normalizeErrorText(raw: string): string {
  let s = raw;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(/\\(["\\/nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
    if (next === s) break;
    s = next;
  }
  return s.replace(/\r(?!\n)/g, '\\r').replace(/\r\n/g, '\n');
}

/** errno names FC puts after the exit code; the same number means the same thing. */
export const ERRNO_TEXT: Record<string, number> = {
  'operation not permitted': 1,
  'no such file or directory': 2,
  'exec format error': 8,
  'permission denied': 13,
};

export function extractFacts(raw: string): Facts {
  const text = normalizeErrorText(raw);
  const fc = /exited\s+unexpectedly\s*\(\s*code\s*[:=]?\s*(\d+)\s*(?:,\s*message\s*[:=]\s*([^)\n]*))?\)/i.exec(text);
  const message = fc?.[2] ?? /\bmessage"?\s*[:=]\s*"?([a-z ]+?)"?\s*[,)}\n]/i.exec(text)?.[1];
  const errnoText = message?.trim().toLowerCase();
  const codeText =
    fc?.[1] ??
    /\bcode\s*[:=]?\s*(\d+)\s*,\s*"?message/i.exec(text)?.[1] ??
    /"(?:exit_?)?code"\s*:\s*"?(\d+)/i.exec(text)?.[1] ??
    /\bexit(?:ed)?(?:\s+with)?\s+(?:code|status)\s*[:=]?\s*(\d+)/i.exec(text)?.[1];
  const exitCode = codeText !== undefined ? Number(codeText) : errnoText !== undefined ? ERRNO_TEXT[errnoText] : undefined;
  const startCommand = /with\s+start\s+command\s+'([^']*)'/i.exec(text)?.[1]?.trim();
  return {
    text,
    ...(exitCode !== undefined ? { exitCode } : {}),
    ...(errnoText ? { errnoText } : {}),
    ...(startCommand ? { startCommand } : {}),
  };
}

export const has = (f: Facts, re: RegExp): boolean => re.test(f.text);

/** "The start command (/code/bootstrap)" or "The start command". */
export const startCmd = (f: Facts): string => (f.startCommand ? `The start command (${f.startCommand})` : 'The start command');

/** Why "operation not permitted" appears next to exit code 1. */
export const EPERM_NOTE =
  '"operation not permitted" is not a permission problem: FC prints the errno name that has the same number as the exit code, and errno 1 is EPERM; the process simply exited with status 1.';

/** The last "SomethingError: message" line of a Python traceback, if any. */
export function lastPythonError(text: string): string | undefined {
  const lines = [...text.matchAll(/^[ \t]*([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b:?.*)$/gm)];
  return lines[lines.length - 1]?.[1]?.trim();
}
