/**
 * Owns "what does the code declare?" for the requirements check when the code ships a lock or a
 * pyproject.toml: the dependency file the build would use (DETECTION_ORDER), read from the
 * artifact's own texts, as requirements with their pins, markers and lines. requirements.txt
 * (first in that order, or alone) is left to the check's own reader.
 */
import path from 'node:path';
import { DETECTION_ORDER, parseDependencyText } from '../../formats/lock/index.js';
import { parseRequirements, type Requirement } from '../../formats/requirements.js';

export interface Declared {
  /** The file's absolute path in the artifact. */
  abs: string;
  requirements: Requirement[];
}

const PYLOCK_NAMED = /^pylock\.[^.]+\.toml$/;

/** 1-based line of the first line of `text` that starts with `needle` (1 when none does). */
function lineOf(text: string, needle: string): number {
  const i = text.startsWith(needle) ? 0 : text.indexOf(`\n${needle}`) + 1;
  return i <= 0 && !text.startsWith(needle) ? 1 : text.slice(0, i).split('\n').length;
}

/** The first dependency file of DETECTION_ORDER in `dir`, among the texts read. */
function firstIn(dir: string, texts: ReadonlyMap<string, Buffer>): string | undefined {
  const base = dir === '/' ? '' : dir;
  for (const { file } of DETECTION_ORDER) {
    if (file === 'pylock.<name>.toml') {
      const named = [...texts.keys()].filter((k) => path.posix.dirname(k) === (base || '/') && PYLOCK_NAMED.test(path.posix.basename(k))).sort();
      if (named.length) return named[0];
    } else if (texts.has(`${base}/${file}`)) return `${base}/${file}`;
  }
  return undefined;
}

/**
 * The requirements a lock or pyproject in the code folder declares (no extras, no groups: what
 * the build installs by default), or undefined when the code folder's file is requirements.txt,
 * there is none, or it cannot be read (the build reports that one).
 */
export function declaredByLock(dirs: readonly string[], texts: ReadonlyMap<string, Buffer>): Declared | undefined {
  for (const dir of dirs) {
    const abs = firstIn(dir, texts);
    if (!abs) continue;
    if (path.posix.basename(abs) === 'requirements.txt') return undefined;
    const text = texts.get(abs)!.toString('utf8');
    try {
      const df = parseDependencyText(abs, text, (name) => texts.get(path.posix.join(path.posix.dirname(abs), name))?.toString('utf8'));
      const sel = df.select({ extras: [], groups: [] });
      if (df.locked) {
        const needle = (name: string) => (df.kind === 'Pipfile.lock' ? `        "${name}": {` : `name = "${name}"`);
        const requirements = sel.packages.map((p) => ({ name: p.name, written: p.name, line: lineOf(text, needle(p.name)), pinned: p.version || undefined, marker: p.marker }));
        return { abs: df.file, requirements };
      }
      const parsed = parseRequirements(sel.lines.join('\n')).requirements;
      return { abs: df.file, requirements: parsed.map((r) => ({ ...r, line: text.includes(`"${r.written}`) ? text.slice(0, text.indexOf(`"${r.written}`)).split('\n').length : 1 })) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
