/**
 * Owns "is a file the code opens by name left out?": the default exclusions (`*.db`...), .fcignore
 * and the exclude input can drop a seed database or a data file the code opens
 * (`sqlite3.connect("app.db")`, `open("data/seed.db")`, a path joined from `__file__`); on FC it
 * is simply not there. Reads the selected Python files (formats/pysource.ts) against what the
 * selection left out.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { readPySource } from '../formats/pysource.js';
import type { Selection } from './select.js';

export interface LeftOutRead {
  /** The Python file, relative to the working directory. */
  file: string;
  line: number;
  /** The left-out path the code names, relative to the working directory. */
  target: string;
  /** The rule that left it out. */
  rule: { source: string; pattern: string };
}

/** Python files bigger than this are not read (generated code, vendored blobs). */
const MAX_SOURCE = 1_000_000;
/** Left-out names the checks already speak about, or that no code opens as data. */
const NOT_DATA = /(^|\/)(\.env|\.git|__pycache__|[^/]*\.pyc|\.DS_Store|s\.ya?ml|\.fcignore|\.?venv|node_modules|\.history|\.s)$/;

/** Where each selected Python file opens, by name, a file the selection left out. */
export async function leftOutReads(sel: Selection): Promise<LeftOutRead[]> {
  if (!sel.excludedFiles.length) return [];
  // Every left-out path, and the rule that left it (a folder covers what is under it).
  const ruleOf = (p: string): { source: string; pattern: string } | undefined => {
    for (let q = p; q && q !== '.'; q = path.posix.dirname(q)) {
      const r = sel.excludedBy.get(q);
      if (r) return r;
    }
    return undefined;
  };
  const byBase = new Map<string, string[]>();
  for (const f of sel.excludedFiles) {
    if (NOT_DATA.test(f)) continue;
    const base = path.posix.basename(f);
    byBase.set(base, [...(byBase.get(base) ?? []), f]);
  }
  if (!byBase.size) return []; // nothing but clutter left out: no file to read
  const out: LeftOutRead[] = [];
  for (const e of sel.entries) {
    if (!e.name.endsWith('.py') || (!e.source && !e.data) || (e.size ?? 0) > MAX_SOURCE || e.name.startsWith('python/')) continue;
    const text = e.data ? e.data.toString('utf8') : await fs.readFile(e.source!, 'utf8').catch(() => '');
    const dir = path.posix.dirname(e.name);
    for (const ref of readPySource(text).fileRefs) {
      // FC runs the code from /code: "/code/x" and "x" are the same file; the file's own folder counts for paths built from __file__.
      const p = ref.path.replace(/^\/code\//, '');
      if (p.startsWith('/')) continue;
      const candidates = [path.posix.normalize(p), path.posix.normalize(path.posix.join(dir, p))].filter((c) => !c.startsWith('../') && !NOT_DATA.test(c));
      let target = candidates.find((c) => ruleOf(c));
      // A bare name ("seed.db") the code joins onto a folder: a left-out file of that name, when there is exactly one.
      if (!target && !p.includes('/')) {
        const same = byBase.get(p);
        if (same?.length === 1) target = same[0];
      }
      if (!target) continue;
      const rule = ruleOf(target)!;
      if (!out.some((o) => o.file === e.name && o.target === target)) out.push({ file: e.name, line: ref.line, target, rule });
    }
  }
  return out;
}

/** "*.db (a default exclusion)", ".fcignore line 3: data/", "the exclude input: *.csv". */
export function ruleWords(rule: { source: string; pattern: string }): string {
  if (rule.source === 'default') return `${rule.pattern} (a default exclusion)`;
  if (rule.source.startsWith('.fcignore:')) return `${rule.pattern} (.fcignore line ${rule.source.slice('.fcignore:'.length)})`;
  return `${rule.pattern} (the exclude input)`;
}
