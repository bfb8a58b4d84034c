/** Owns how paths read in messages: relative to the workspace when inside it, else absolute (never ../../tmp/...). */
import path from 'node:path';

export function shownPath(workspace: string, p: string): string {
  const rel = path.relative(workspace, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : rel === '' ? '.' : path.resolve(p);
}
