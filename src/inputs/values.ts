/**
 * The parsers of inputs given as text with a shape of their own: words split as a shell would
 * (never run through one), KEY=VALUE lines. Each error names the input.
 */
import { UserError } from '../shared/errors.js';

/**
 * Splits pip-args the way a POSIX shell splits words (quotes and backslashes), with no
 * expansion of any kind: the words go to pip as an argument array, never through a shell.
 */
export function splitArgs(value: string, inputName = 'pip-args'): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < value.length && '"\\$`'.includes(value[i + 1]!)) cur += value[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new UserError(`Input ${inputName} has an unterminated ${quote} quote.`, inputName);
  if (inWord) out.push(cur);
  return out;
}

const BUILD_ARG = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

export function parseBuildArgs(value: string): [string, string][] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line, i) => {
      const m = BUILD_ARG.exec(line);
      if (!m) {
        throw new UserError(`Input build-args, line ${i + 1}: "${line}" is not KEY=VALUE (one argument per line, KEY of letters, digits and _).`, 'build-args');
      }
      return [m[1]!, m[2]!] as [string, string];
    });
}

const ENV_LINE = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/** The function's environment: KEY=VALUE lines (blank lines and # comments dropped), in order. */
export function parseEnvironment(value: string, input = 'environment'): Record<string, string> {
  const out: Record<string, string> = {};
  value.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = ENV_LINE.exec(line);
    if (!m) throw new UserError(`Input ${input}, line ${i + 1}: "${line.slice(0, 60)}" is not KEY=VALUE (one variable per line, KEY of letters, digits and _).`, input);
    out[m[1]!] = m[2]!;
  });
  return out;
}
