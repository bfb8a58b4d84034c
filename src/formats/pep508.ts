/**
 * Owns PEP 508 dependency specifiers: the one reader of `name[extras] (specifier) @ url ; marker` strings
 * (Requires-Dist lines, requirements) and the one evaluator of environment markers. No npm library
 * does PEP 508 (checked: `npm view pep508`, `pep508-parser`, `@renovatebot/pep508` do not exist), so it
 * is here, with its own tests; versions and specifiers go through formats/versions.ts
 * (@renovatebot/pep440), as `packaging` does: an operator and a literal that form a valid PEP 440 specifier compare as
 * versions, anything else compares as strings. Pure functions; no I/O.
 */
import { isSpecifier, isVersion, versionSatisfies } from './versions.js';

/** PEP 503 normalisation, as pip compares distribution (and, since packaging 22, extra) names. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The marker variables of one environment (without `extra`, which evaluation takes separately). */
export interface MarkerEnvironment {
  python_version: string;
  python_full_version: string;
  implementation_name: string;
  implementation_version: string;
  platform_python_implementation: string;
  sys_platform: string;
  platform_system: string;
  platform_machine: string;
  os_name: string;
  platform_release: string;
  platform_version: string;
}

/** FC's environment (Linux x86-64, CPython) for a Python version: `3.10.9`, or `3.10` (then `3.10.0`). */
export function linuxCPythonEnvironment(pythonVersion: string): MarkerEnvironment {
  const parts = pythonVersion.trim().split('.');
  const full = parts.length >= 3 ? parts.slice(0, 3).join('.') : `${parts[0]}.${parts[1] ?? 0}.0`;
  return {
    python_version: `${parts[0]}.${parts[1] ?? 0}`,
    python_full_version: full,
    implementation_name: 'cpython',
    implementation_version: full,
    platform_python_implementation: 'CPython',
    sys_platform: 'linux',
    platform_system: 'Linux',
    platform_machine: 'x86_64',
    os_name: 'posix',
    platform_release: '',
    platform_version: '',
  };
}

/** Old spellings packaging still accepts. */
const ALIASES: Record<string, string> = {
  'os.name': 'os_name',
  'sys.platform': 'sys_platform',
  'platform.version': 'platform_version',
  'platform.machine': 'platform_machine',
  'platform.python_implementation': 'platform_python_implementation',
  python_implementation: 'platform_python_implementation',
};
const VARIABLES = new Set<string>(['extra', ...Object.keys(linuxCPythonEnvironment('3.0'))]);

export type MarkerNode =
  | { op: 'and' | 'or'; left: MarkerNode; right: MarkerNode }
  | { op: 'cmp'; lhs: MarkerValue; cmp: string; rhs: MarkerValue };
export type MarkerValue = { variable: string } | { literal: string };

export class MarkerSyntaxError extends Error {}

type Tok = { t: 'str' | 'var' | 'cmp' | '(' | ')' | 'and' | 'or'; v: string };

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const c = s[i]!;
    if (c === '(' || c === ')') {
      out.push({ t: c, v: c });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = s.indexOf(c, i + 1);
      if (end < 0) throw new MarkerSyntaxError(`unterminated string in marker: ${s}`);
      out.push({ t: 'str', v: s.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const cmp = /^(===|==|!=|<=|>=|~=|<|>|not\s+in(?![\w.])|in(?![\w.]))/.exec(rest);
    if (cmp) {
      out.push({ t: 'cmp', v: cmp[1]!.replace(/\s+/g, ' ') });
      i += cmp[1]!.length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(rest);
    if (!word) throw new MarkerSyntaxError(`unexpected "${c}" in marker: ${s}`);
    const w = word[0];
    if (w === 'and' || w === 'or') out.push({ t: w, v: w });
    else {
      const name = ALIASES[w] ?? w;
      if (!VARIABLES.has(name)) throw new MarkerSyntaxError(`unknown marker variable ${w} in: ${s}`);
      out.push({ t: 'var', v: name });
    }
    i += w.length;
  }
  return out;
}

/** Parses a marker (`python_version < "3.11" and (extra == "x" or os_name != "nt")`); throws MarkerSyntaxError. */
export function parseMarker(text: string): MarkerNode {
  const toks = tokenize(text);
  let pos = 0;
  const fail = (why: string): never => {
    throw new MarkerSyntaxError(`${why} in marker: ${text}`);
  };
  const value = (): MarkerValue => {
    const tok = toks[pos++];
    if (tok?.t === 'str') return { literal: tok.v };
    if (tok?.t === 'var') return { variable: tok.v };
    return fail(tok ? `unexpected ${tok.v}` : 'it ends too early');
  };
  const atom = (): MarkerNode => {
    if (toks[pos]?.t === '(') {
      pos++;
      const inner = or();
      if (toks[pos++]?.t !== ')') fail('missing )');
      return inner;
    }
    const lhs = value();
    const op = toks[pos++];
    if (op?.t !== 'cmp') fail('missing comparison');
    return { op: 'cmp', lhs, cmp: op!.v, rhs: value() };
  };
  const and = (): MarkerNode => {
    let left = atom();
    while (toks[pos]?.t === 'and') {
      pos++;
      left = { op: 'and', left, right: atom() };
    }
    return left;
  };
  const or = (): MarkerNode => {
    let left = and();
    while (toks[pos]?.t === 'or') {
      pos++;
      left = { op: 'or', left, right: and() };
    }
    return left;
  };
  if (!toks.length) fail('empty');
  const tree = or();
  if (pos !== toks.length) fail(`unexpected ${toks[pos]!.v}`);
  return tree;
}

function compare(lhs: string, cmp: string, rhs: string): boolean {
  if (cmp === 'in') return rhs.includes(lhs);
  if (cmp === 'not in') return !rhs.includes(lhs);
  // As packaging: a version comparison when `<op><rhs>` is a PEP 440 specifier and lhs a version.
  if (cmp !== '===' && isVersion(lhs) && isSpecifier(`${cmp}${rhs}`)) return versionSatisfies(lhs, `${cmp}${rhs}`);
  switch (cmp) {
    case '==':
    case '===':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
    case '<':
      return lhs < rhs;
    case '<=':
      return lhs <= rhs;
    case '>':
      return lhs > rhs;
    case '>=':
      return lhs >= rhs;
  }
  throw new MarkerSyntaxError(`cannot compare "${lhs}" ${cmp} "${rhs}" as strings`);
}

/**
 * Whether a marker holds in `env` for one `extra` ('' = none asked). Extra names compare normalised
 * (`extra == "Socks_Proxy"` holds for extra socks-proxy).
 */
export function evaluateMarker(marker: string | MarkerNode, env: MarkerEnvironment, extra = ''): boolean {
  const node = typeof marker === 'string' ? parseMarker(marker) : marker;
  const val = (v: MarkerValue, isExtra: boolean): string => {
    const s = 'literal' in v ? v.literal : v.variable === 'extra' ? extra : env[v.variable as keyof MarkerEnvironment];
    return isExtra ? normalizeName(s) : s;
  };
  const walk = (n: MarkerNode): boolean => {
    if (n.op !== 'cmp') return n.op === 'and' ? walk(n.left) && walk(n.right) : walk(n.left) || walk(n.right);
    const isExtra = ('variable' in n.lhs && n.lhs.variable === 'extra') || ('variable' in n.rhs && n.rhs.variable === 'extra');
    return compare(val(n.lhs, isExtra), n.cmp, val(n.rhs, isExtra));
  };
  return walk(node);
}

/** Whether a requirement's marker holds for the distribution's base install or any of the extras asked of it. */
export function markerHolds(marker: string | MarkerNode | undefined, env: MarkerEnvironment, extras: Iterable<string> = []): boolean {
  if (marker === undefined) return true;
  const node = typeof marker === 'string' ? parseMarker(marker) : marker;
  return ['', ...extras].some((x) => evaluateMarker(node, env, x));
}

/** One dependency specifier. */
export interface Pep508Requirement {
  /** As written. */
  name: string;
  /** Normalised (PEP 503). */
  key: string;
  /** Normalised extras asked for. */
  extras: string[];
  /** The version specifier without spaces or parentheses ('' = any), e.g. `>=1.2,<2`. */
  specifier: string;
  url?: string;
  marker?: string;
}

export class RequirementSyntaxError extends Error {}

/** Parses `name[extra,...] (>=1,<2) ; marker` or `name[extras] @ url ; marker`; throws RequirementSyntaxError. */
export function parseRequirement(text: string): Pep508Requirement {
  const s = text.trim();
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s.exec(s);
  if (!m) throw new RequirementSyntaxError(`not a requirement: ${text}`);
  const name = m[1]!;
  const extras = (m[2] ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map(normalizeName);
  let rest = m[3]!;
  let url: string | undefined;
  let marker: string | undefined;
  if (rest.startsWith('@')) {
    // A URL ends at whitespace; a marker after it must follow whitespace and `;`.
    const u = /^@\s*(\S+)\s*(.*)$/s.exec(rest)!;
    url = u[1];
    rest = u[2]!;
    if (rest && !rest.startsWith(';')) throw new RequirementSyntaxError(`unexpected text after the URL: ${text}`);
  }
  const semi = rest.indexOf(';');
  if (semi >= 0) {
    marker = rest.slice(semi + 1).trim();
    rest = rest.slice(0, semi);
    if (!marker) throw new RequirementSyntaxError(`empty marker: ${text}`);
    parseMarker(marker);
  }
  let specifier = rest.trim().replace(/^\((.*)\)$/s, '$1').replace(/\s+/g, '');
  if (url && specifier) throw new RequirementSyntaxError(`a URL requirement cannot have a version specifier: ${text}`);
  if (specifier && !isSpecifier(specifier)) throw new RequirementSyntaxError(`invalid version specifier "${specifier}": ${text}`);
  specifier = specifier.replace(/,+$/, '');
  return { name, key: normalizeName(name), extras, specifier, ...(url ? { url } : {}), ...(marker ? { marker } : {}) };
}
