/** Owns how a path is shown in a message: relative to the workspace when inside it, else absolute (never ../../tmp/...). */
import path from 'node:path';

export function shownPath(workspace: string, file: string): string {
  const abs = path.resolve(workspace, file);
  const rel = path.relative(workspace, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}
