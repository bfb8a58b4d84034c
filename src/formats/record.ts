/** Owns reading a wheel's .dist-info/RECORD: the paths it lists (CSV: path,hash,size; a path with a comma is quoted). */

/** The path of one RECORD line, as written (relative to the install root, may start with ../); undefined for a blank or broken line. */
export function recordLinePath(line: string): string | undefined {
  if (!line.trim()) return undefined;
  if (line.startsWith('"')) {
    const end = line.indexOf('",');
    if (end < 0) return undefined;
    return line.slice(1, end).replace(/""/g, '"') || undefined;
  }
  return line.split(',')[0] || undefined;
}

/** Every path a RECORD lists, in order. */
export function recordPaths(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(recordLinePath)
    .filter((p): p is string => p !== undefined);
}

/** A RECORD path inside the install root: "../../bin/x" is bin/x there; undefined when nothing is left. */
export function recordRootPath(p: string): string | undefined {
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (!s || s === '.') continue;
    // Leading ../ climb from lib/python to the root; no '..' is left to climb out of it.
    if (s === '..') parts.pop();
    else parts.push(s);
  }
  return parts.length ? parts.join('/') : undefined;
}
