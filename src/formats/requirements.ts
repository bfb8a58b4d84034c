/**
 * Owns reading requirements files, the one parser for them: which distributions a file names,
 * with which pins, under which environment markers, and which other files it pulls in (-r, -c,
 * local archives); PEP 508 markers evaluated for an FC runtime; and the bytes of a file with
 * everything it pulls in (what the cache key hashes).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { versionSatisfies } from './versions.js';

export { sameVersion } from './versions.js';

/** PEP 503 name normalisation, as pip compares distribution names. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export interface Requirement {
  /** Normalised distribution name. */
  name: string;
  /** The name as written. */
  written: string;
  /** 1-based line where the requirement starts. */
  line: number;
  /** `==X` pin (no wildcard), if any. */
  pinned?: string;
  /** The environment marker text after `;`, if any. */
  marker?: string;
}

export interface RequirementsFile {
  requirements: Requirement[];
  /** Files named by -r / --requirement, as written (relative to the including file). */
  includes: { file: string; line: number }[];
  /** Lines naming something whose distribution name cannot be told (a local path, a bare URL). */
  unnamed: { text: string; line: number }[];
  /** Every local file the requirements pull in, in line order: -r / -c files and local archives (wheels, sdists). */
  references: { file: string; line: number; kind: 'requirements' | 'constraints' | 'archive' }[];
}

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** Joins backslash continuations, keeping each logical line's first physical line number. */
function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let cur = lines[i]!;
    while (cur.endsWith('\\') && i + 1 < lines.length) cur = cur.slice(0, -1) + ' ' + lines[++i]!;
    out.push({ text: cur, line: start + 1 });
  }
  return out;
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

function nameFromUrl(url: string): string | undefined {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return egg[1];
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const wheel = /^([A-Za-z0-9][A-Za-z0-9._]*)-[^-]+(-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (wheel) return wheel[1];
  const sdist = /^([A-Za-z0-9][A-Za-z0-9._-]*?)-\d[^/]*\.(tar\.gz|zip|tar\.bz2)$/.exec(file);
  return sdist?.[1];
}

export function parseRequirements(text: string): RequirementsFile {
  const out: RequirementsFile = { requirements: [], includes: [], unnamed: [], references: [] };
  for (const { text: raw, line } of logicalLines(text)) {
    // Comments: a # at the start or after whitespace (a URL's #egg= fragment survives).
    const s = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!s) continue;
    const opt = /^(-r|--requirement|-c|--constraint|-e|--editable)(?:\s*=\s*|\s+)(\S+)/.exec(s);
    if (opt) {
      const [, flag, value] = opt;
      if (flag === '-r' || flag === '--requirement') out.includes.push({ file: value!, line });
      if ((flag === '-r' || flag === '--requirement' || flag === '-c' || flag === '--constraint') && !isUrl(value!)) {
        out.references.push({ file: value!, line, kind: flag === '-r' || flag === '--requirement' ? 'requirements' : 'constraints' });
      } else if (flag === '-e' || flag === '--editable') {
        const n = nameFromUrl(value!);
        if (n) out.requirements.push({ name: normalizeName(n), written: n, line });
        else out.unnamed.push({ text: s, line });
      }
      continue;
    }
    if (s.startsWith('-')) continue; // --index-url, --find-links, --hash ... : options, not requirements
    // Per-requirement options (--hash=..., --config-settings ...) end the requirement.
    const req = s.replace(/\s+--?[a-z][\w-]*(=\S*)?(\s+\S+)*$/i, '').trim();
    const [spec = '', ...markerParts] = req.split(';');
    const marker = markerParts.join(';').trim() || undefined;
    const at = /^([^@\s[]+)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(spec.trim());
    if (at) {
      out.requirements.push({ name: normalizeName(at[1]!), written: at[1]!, line, marker });
      continue;
    }
    const local = spec.trim().replace(/^file:/, '');
    if (!isUrl(spec.trim()) && /\.(whl|tar\.gz|zip)$/.test(local)) out.references.push({ file: local, line, kind: 'archive' });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || spec.startsWith('.') || spec.startsWith('/') || /\.(whl|tar\.gz|zip)$/.test(spec)) {
      const n = nameFromUrl(spec.trim());
      if (n) out.requirements.push({ name: normalizeName(n), written: n, line, marker });
      else out.unnamed.push({ text: s, line });
      continue;
    }
    const m = NAME.exec(spec.trim());
    if (!m) {
      out.unnamed.push({ text: s, line });
      continue;
    }
    const rest = spec.trim().slice(m[1]!.length).replace(/^\s*\[[^\]]*\]/, '');
    const pin = /^\s*\(?\s*===?\s*([A-Za-z0-9.+!_-]+)\s*\)?\s*$/.exec(rest);
    out.requirements.push({ name: normalizeName(m[1]!), written: m[1]!, line, marker, pinned: pin && !pin[1]!.includes('*') ? pin[1] : undefined });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// PEP 508 environment markers, evaluated for an FC runtime.
// ---------------------------------------------------------------------------------------------

/** The marker variables on FC (Linux x86-64, CPython `pythonVersion`). */
export function fcMarkerEnv(pythonVersion: string): Record<string, string> {
  return {
    python_version: pythonVersion,
    python_full_version: `${pythonVersion}.0`,
    implementation_version: `${pythonVersion}.0`,
    os_name: 'posix',
    sys_platform: 'linux',
    platform_system: 'Linux',
    platform_machine: 'x86_64',
    platform_python_implementation: 'CPython',
    implementation_name: 'cpython',
    platform_release: '',
    platform_version: '',
    extra: '',
  };
}

type Token = { t: 'str' | 'var' | 'op' | '(' | ')' | 'and' | 'or'; v: string };

function tokenizeMarker(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      out.push({ t: c, v: c });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = s.indexOf(c, i + 1);
      if (end < 0) throw new Error('unterminated string');
      out.push({ t: 'str', v: s.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const op = /^(===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)/.exec(s.slice(i));
    if (op) {
      out.push({ t: 'op', v: op[1]!.replace(/\s+/g, ' ') });
      i += op[1]!.length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(s.slice(i));
    if (!word) throw new Error(`unexpected "${c}"`);
    const w = word[0];
    out.push(w === 'and' || w === 'or' ? { t: w, v: w } : { t: 'var', v: w });
    i += w.length;
  }
  return out;
}

const VERSION_VARS = new Set(['python_version', 'python_full_version', 'implementation_version']);

function compareOp(op: string, left: string, right: string, versions: boolean): boolean {
  if (op === 'in') return right.includes(left);
  if (op === 'not in') return !right.includes(left);
  if (op === '===') return left === right;
  if (!versions) {
    if (op === '==') return left === right;
    if (op === '!=') return left !== right;
    throw new Error(`cannot compare strings with ${op}`);
  }
  if (['==', '!=', '<', '<=', '>', '>=', '~='].includes(op)) return versionSatisfies(left, op, right);
  throw new Error(`unknown operator ${op}`);
}

/**
 * Whether a requirement's marker holds in `env`. Throws on a marker it cannot read (the caller
 * then treats the requirement as possibly needed).
 */
export function evaluateMarker(marker: string, env: Record<string, string>): boolean {
  const toks = tokenizeMarker(marker);
  let pos = 0;
  const peek = () => toks[pos];
  const value = (): { v: string; isVersionVar: boolean } => {
    const tok = toks[pos++];
    if (!tok) throw new Error('marker ends too early');
    if (tok.t === 'str') return { v: tok.v, isVersionVar: false };
    if (tok.t === 'var') {
      const name = tok.v.replace(/^os\.name$/, 'os_name').replace(/^sys\.platform$/, 'sys_platform').replace(/^platform\.(\w+)$/, 'platform_$1');
      if (!(name in env)) throw new Error(`unknown marker variable ${tok.v}`);
      return { v: env[name]!, isVersionVar: VERSION_VARS.has(name) };
    }
    throw new Error(`unexpected ${tok.v}`);
  };
  const atom = (): boolean => {
    if (peek()?.t === '(') {
      pos++;
      const r = or();
      if (toks[pos++]?.t !== ')') throw new Error('missing )');
      return r;
    }
    const l = value();
    const op = toks[pos++];
    if (op?.t !== 'op') throw new Error('missing operator');
    const r = value();
    return compareOp(op.v, l.v, r.v, l.isVersionVar || r.isVersionVar);
  };
  const and = (): boolean => {
    let r = atom();
    while (peek()?.t === 'and') {
      pos++;
      r = atom() && r;
    }
    return r;
  };
  const or = (): boolean => {
    let r = and();
    while (peek()?.t === 'or') {
      pos++;
      r = and() || r;
    }
    return r;
  };
  const result = or();
  if (pos !== toks.length) throw new Error('trailing text');
  return result;
}


// ---------------------------------------------------------------------------------------------
// The files a requirements file pulls in, as bytes (what the cache key hashes).
// ---------------------------------------------------------------------------------------------

export interface RequirementsFileBytes {
  /** Where it is, relative to the first requirements file's folder ('' or its base name for the first). */
  name: string;
  content: string | Buffer;
}

/**
 * The requirements file and what it pulls in: files named by -r / -c (recursively) and local
 * wheel or archive files, each read whole. A file it names that does not exist is hashed as
 * missing (pip will say so itself).
 */
export async function readRequirementsFiles(file: string): Promise<RequirementsFileBytes[]> {
  const root = path.dirname(path.resolve(file));
  const out: RequirementsFileBytes[] = [];
  const seen = new Set<string>();
  const visit = async (abs: string, asText: boolean): Promise<void> => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const name = path.relative(root, abs).split(path.sep).join('/');
    let content: Buffer;
    try {
      content = await fs.readFile(abs);
    } catch {
      out.push({ name, content: '\0missing' });
      return;
    }
    out.push({ name, content });
    if (!asText) return;
    for (const ref of parseRequirements(content.toString('utf8')).references) {
      await visit(path.resolve(path.dirname(abs), ref.file), ref.kind !== 'archive');
    }
  };
  await visit(path.resolve(file), true);
  return out;
}

