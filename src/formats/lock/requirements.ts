/**
 * requirements*.txt as a dependency file: passed to pip as it is (`-r FILE`), so pip keeps its
 * own rules (includes, options, `--hash` turning on hash checking). Read only far enough to
 * count what it pins and to tell whether it is a hashed lock.
 */
import { keyText, normalizeName, type DependencyFile, type LockedPackage, type Selection, checkSelection } from './types.js';

/** Backslash continuations joined, comments dropped, blank lines gone. */
function logicalLines(text: string): string[] {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
}

export function readRequirementsTxt(file: string, text: string): DependencyFile {
  const packages: LockedPackage[] = [];
  for (const line of logicalLines(text)) {
    if (line.startsWith('-')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,]+)\s*(?:;\s*([^-]*?))?\s*(?:\s--|$)/.exec(line);
    const hashes = [...line.matchAll(/--hash[=\s]+([a-z0-9]+:[0-9a-fA-F]+)/g)].map((h) => h[1]!.toLowerCase()).sort();
    const name = m?.[1] ?? /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (!name) continue;
    packages.push({ name: normalizeName(name), version: m?.[2] ?? '', hashes, source: 'registry', ...(m?.[3]?.trim() ? { marker: m[3].trim() } : {}) });
  }
  const hashed = packages.length > 0 && packages.every((p) => p.hashes.length && p.version);
  const df: DependencyFile = {
    file,
    kind: 'requirements.txt',
    locked: false,
    packages,
    extras: [],
    groups: [],
    warnings: [],
    select(sel: Selection) {
      const s = checkSelection(df, sel);
      const lines = [`-r ${file}`];
      return { packages, local: [], lines, key: keyText('requirements.txt', s, [`hashed=${hashed}`, ...logicalLines(text)]), warnings: [] };
    },
  };
  return df;
}
