/**
 * poetry.lock's `content-hash`, computed as Poetry does: sha256 of Python's
 * `json.dumps(relevant, sort_keys=True)` over the pyproject keys Poetry considers relevant
 * ([project] requires-python, dependencies, optional-dependencies; [tool.poetry] dependencies,
 * source, extras, dev-dependencies, group). Used only to warn that a lock is stale.
 */
import { createHash } from 'node:crypto';
import { isTable, tableAt, type Table } from './toml.js';

function pyString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`; // UTF-16 units: Python's surrogate pairs
    else out += ch;
  }
  return out + '"';
}

/** Python's `json.dumps(v, sort_keys=True)` with its default separators and ensure_ascii. */
export function pythonJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? String(v) : Number.isFinite(v) ? (Number.isInteger(v) ? `${v}.0` : String(v)) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
  if (typeof v === 'string') return pyString(v);
  if (Array.isArray(v)) return `[${v.map(pythonJson).join(', ')}]`;
  if (v instanceof Date || (typeof v === 'object' && typeof (v as { toISOString?: unknown }).toISOString === 'function')) return pyString(String(v));
  const keys = Object.keys(v as object).sort();
  return `{${keys.map((k) => `${pyString(k)}: ${pythonJson((v as Table)[k])}`).join(', ')}}`;
}

const LEGACY = ['dependencies', 'source', 'extras', 'dev-dependencies'];
const RELEVANT = [...LEGACY, 'group'];
const PROJECT = ['requires-python', 'dependencies', 'optional-dependencies'];

/**
 * The content-hash candidates for a pyproject: Poetry's, and the same with [dependency-groups]
 * added when there are any (newer Poetry releases that read PEP 735 groups also hash them).
 */
export function poetryContentHashes(pyproject: Table): string[] {
  const project = tableAt(pyproject.project);
  const poetry = tableAt(tableAt(pyproject.tool).poetry);
  const rp: Table = {};
  for (const k of PROJECT) if (project[k] !== undefined) rp[k] = project[k];
  const hasProject = Object.keys(rp).length > 0;
  const rt: Table = {};
  for (const k of RELEVANT) {
    const v = poetry[k];
    if (v === undefined && (!LEGACY.includes(k) || hasProject)) continue;
    rt[k] = v ?? null;
  }
  const sha = (x: unknown) => createHash('sha256').update(pythonJson(x)).digest('hex');
  if (!hasProject) return [sha(rt)];
  const base = { project: rp, tool: { poetry: rt } };
  const out = [sha(base)];
  const groups = pyproject['dependency-groups'];
  if (isTable(groups) && Object.keys(groups).length) out.push(sha({ ...base, 'dependency-groups': groups }));
  return out;
}
