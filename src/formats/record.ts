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

/** One RECORD row: the path, and the hash (`sha256=<urlsafe base64, no padding>`) and size when given. */
export interface RecordRow {
  path: string;
  /** The algorithm and the digest as RECORD writes them, e.g. ['sha256', 'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg']. */
  hash?: [string, string];
  size?: number;
}

/** The rows of a RECORD (CSV: path,hash,size; a path with a comma or quote is quoted). */
export function recordRows(text: string): RecordRow[] {
  const rows: RecordRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const p = recordLinePath(line);
    if (p === undefined) continue;
    const rest = line.startsWith('"') ? line.slice(line.indexOf('",') + 2) : line.slice(line.indexOf(',') + 1);
    const [hash = '', size = ''] = line.includes(',') ? rest.split(',') : [];
    const eq = hash.indexOf('=');
    rows.push({ path: p, ...(eq > 0 ? { hash: [hash.slice(0, eq), hash.slice(eq + 1)] as [string, string] } : {}), ...(/^\d+$/.test(size) ? { size: Number(size) } : {}) });
  }
  return rows;
}
