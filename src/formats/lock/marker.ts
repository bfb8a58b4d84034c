/**
 * PEP 508 environment markers as lock files hold them: parsed into a tree only far enough to
 * settle the variables a lock's reader knows (`extra`, PEP 751's `extras` and
 * `dependency_groups`) and to write the rest back for pip to evaluate. Pure functions.
 */
import { normalizeName } from '../pep508.js';

export type Marker =
  | { kind: 'atom'; lhs: Operand; op: string; rhs: Operand }
  | { kind: 'and' | 'or'; items: Marker[] }
  | { kind: 'const'; value: boolean };

export type Operand = { var: string } | { str: string };

const TOKEN = /\s*(\(|\)|'[^']*'|"[^"]*"|===|==|!=|~=|<=|>=|<|>|not\s+in\b|in\b|and\b|or\b|[A-Za-z_][A-Za-z0-9_.]*)/y;

function tokenize(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read the marker "${text}" at "${text.slice(pos)}"`);
    out.push(m[1]!.replace(/\s+/g, ' '));
    pos = TOKEN.lastIndex;
  }
  return out;
}

/** Parses a marker expression; throws an Error naming the marker when it is not one. */
export function parseMarker(text: string): Marker {
  const toks = tokenize(text);
  let i = 0;
  const fail = (): never => {
    throw new Error(`cannot read the marker "${text}"`);
  };
  const operand = (): Operand => {
    const t = toks[i++] ?? fail();
    if (t.startsWith("'") || t.startsWith('"')) return { str: t.slice(1, -1) };
    if (/^[A-Za-z_]/.test(t) && !['and', 'or', 'in', 'not in'].includes(t)) return { var: t };
    return fail();
  };
  const primary = (): Marker => {
    if (toks[i] === '(') {
      i++;
      const m = orExpr();
      if (toks[i++] !== ')') fail();
      return m;
    }
    const lhs = operand();
    const op = toks[i++] ?? fail();
    if (!['===', '==', '!=', '~=', '<=', '>=', '<', '>', 'in', 'not in'].includes(op)) fail();
    return { kind: 'atom', lhs, op, rhs: operand() };
  };
  const andExpr = (): Marker => {
    const items = [primary()];
    while (toks[i] === 'and') (i++, items.push(primary()));
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  };
  const orExpr = (): Marker => {
    const items = [andExpr()];
    while (toks[i] === 'or') (i++, items.push(andExpr()));
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  };
  const m = orExpr();
  if (i !== toks.length) fail();
  return m;
}

function quote(s: string): string {
  return s.includes('"') ? `'${s}'` : `"${s}"`;
}

function operandText(o: Operand): string {
  return 'var' in o ? o.var : quote(o.str);
}

/** Writes a marker back as text pip reads; `and` inside `or` gets parentheses. */
export function markerText(m: Marker): string {
  switch (m.kind) {
    case 'const':
      return m.value ? '' : 'python_version < "0"';
    case 'atom':
      return `${operandText(m.lhs)} ${m.op} ${operandText(m.rhs)}`;
    case 'and':
      return m.items.map((x) => (x.kind === 'or' ? `(${markerText(x)})` : markerText(x))).join(' and ');
    case 'or':
      return m.items.map((x) => (x.kind === 'and' ? `(${markerText(x)})` : markerText(x))).join(' or ');
  }
}

/** PEP 685 name normalisation for extras and groups. */
/** PEP 685 name normalisation for extras and groups: PEP 503's, as packaging does. */
export const normalizeExtra = normalizeName;

/** What a reader knows: the chosen extras and dependency groups (normalised names). */
export interface KnownVariables {
  extras: ReadonlySet<string>;
  groups?: ReadonlySet<string>;
}

function settleAtom(m: Extract<Marker, { kind: 'atom' }>, known: KnownVariables): boolean | undefined {
  const { lhs, op, rhs } = m;
  // `extra == "x"` / `"x" == extra`: true when x is one of the chosen extras.
  const extraSide = 'var' in lhs && lhs.var === 'extra' ? rhs : 'var' in rhs && rhs.var === 'extra' ? lhs : undefined;
  if (extraSide && 'str' in extraSide && (op === '==' || op === '!=' || op === '===')) {
    const hit = known.extras.has(normalizeExtra(extraSide.str));
    return op === '!=' ? !hit : hit;
  }
  // PEP 751: `"x" in extras`, `"x" not in dependency_groups`.
  if ((op === 'in' || op === 'not in') && 'str' in lhs && 'var' in rhs) {
    const set = rhs.var === 'extras' ? known.extras : rhs.var === 'dependency_groups' ? known.groups : undefined;
    if (!set) return undefined;
    const hit = set.has(normalizeExtra(lhs.str));
    return op === 'in' ? hit : !hit;
  }
  return undefined;
}

/** Settles the known variables and simplifies; what is left is for pip. */
export function settle(m: Marker, known: KnownVariables): Marker {
  if (m.kind === 'const') return m;
  if (m.kind === 'atom') {
    const v = settleAtom(m, known);
    return v === undefined ? m : { kind: 'const', value: v };
  }
  const items: Marker[] = [];
  const absorbing = m.kind === 'or';
  const settled = m.items.map((i) => settle(i, known));
  if (settled.every((x, i) => x === m.items[i])) return m; // nothing known here: the same tree
  for (const x of settled) {
    if (x.kind === 'const') {
      if (x.value === absorbing) return x;
      continue;
    }
    items.push(x);
  }
  if (items.length === 0) return { kind: 'const', value: !absorbing };
  return items.length === 1 ? items[0]! : { kind: m.kind, items };
}

/**
 * A marker string after settling: `undefined` when it always holds, `null` when it never does,
 * else the text for pip.
 */
export function settleText(text: string | undefined, known: KnownVariables): string | undefined | null {
  if (text === undefined || !text.trim()) return undefined;
  const parsed = parseMarker(text);
  const m = settle(parsed, known);
  if (m === parsed) return text.trim(); // as the lock wrote it
  if (m.kind === 'const') return m.value ? undefined : null;
  return markerText(m);
}

/** `(a) and (b)`: every part must hold; parts that always hold drop out. */
export function allOf(parts: (string | undefined)[]): string | undefined {
  const ps = [...new Set(parts.filter((p): p is string => !!p && !!p.trim()))];
  if (ps.length <= 1) return ps[0];
  return ps.map((p) => `(${p})`).join(' and ');
}

/** `(x) or (y)`: any part may hold; one that always holds makes the whole hold. */
export function anyOf(parts: (string | undefined)[]): string | undefined {
  if (parts.length === 0) return undefined;
  if (parts.some((p) => !p || !p.trim())) return undefined;
  const ps = [...new Set(parts as string[])];
  if (ps.length === 1) return ps[0];
  return ps.map((p) => `(${p})`).join(' or ');
}

/** The names a marker compares `extra` with (uv's and Poetry's optional packages). */
export function mentionsExtra(text: string | undefined): boolean {
  return !!text && /\bextras?\b/.test(text);
}
