/**
 * Owns finding the uv workspace a folder is a member of, the way uv does: walk up from the
 * folder to the first pyproject.toml with a [tool.uv.workspace] table; the folder is a member when
 * one of its `members` globs matches the folder's path relative to that root and no `exclude` glob
 * does. The workspace's one uv.lock, at the root, is what the member installs from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { arrayAt, tableAt } from './toml.js';

export interface UvWorkspace {
  /** The workspace root folder (absolute). */
  root: string;
  /** Its uv.lock (absolute); undefined when the root has none (then nothing is locked). */
  lock?: string;
  /** The member's path relative to the root, with forward slashes, as uv.lock's `editable = "backend"` names it. */
  member: string;
}

const isFile = (p: string) => fs.existsSync(p) && fs.statSync(p).isFile();

/** A glob of uv's members list as a regular expression over a relative path: `*` within a segment, `**` across. */
function globRegex(glob: string): RegExp {
  const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      re += '.*';
      i++;
      if (g[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The workspace `dir` is a member of, or undefined when it is none (uv: its own project). */
export function findUvWorkspace(dir: string): UvWorkspace | undefined {
  const member = path.resolve(dir);
  for (let cur = path.dirname(member); ; cur = path.dirname(cur)) {
    const pyproject = path.join(cur, 'pyproject.toml');
    if (isFile(pyproject)) {
      let ws: unknown;
      try {
        ws = tableAt(tableAt(tableAt(parse(fs.readFileSync(pyproject, 'utf8'))).tool).uv).workspace;
      } catch {
        ws = undefined;
      }
      if (ws !== undefined) {
        const rel = path.relative(cur, member).split(path.sep).join('/');
        const globs = (key: string) => arrayAt(tableAt(ws)[key]).filter((g): g is string => typeof g === 'string');
        const included = globs('members').some((g) => globRegex(g).test(rel)) && !globs('exclude').some((g) => globRegex(g).test(rel));
        if (!included) return undefined;
        const lock = path.join(cur, 'uv.lock');
        return { root: cur, member: rel, ...(isFile(lock) ? { lock } : {}) };
      }
    }
    if (path.dirname(cur) === cur) return undefined;
  }
}
