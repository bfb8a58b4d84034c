/**
 * The reader of a Python source file's import statements, as far as a static check needs: each
 * absolute import's module, its line, whether it runs when the module is imported (at the top
 * level) or later (inside a function or class), and whether it is guarded (inside `try:` or
 * `if TYPE_CHECKING:`/`if ...:`, where a missing module may be expected). Strings, comments and
 * continuation lines are skipped; relative imports (`from . import x`) are the package's own.
 */

export interface PyImport {
  /** The dotted module, e.g. fastapi.middleware.cors. */
  module: string;
  /** 1-based. */
  line: number;
  /** Runs when the module is imported: not inside a def or class. */
  topLevel: boolean;
  /** Inside try: or an if: block: the code may expect it to be missing. */
  guarded: boolean;
}

const IMPORT = /^import\s+(.+)$/;
const FROM = /^from\s+(\.*)([A-Za-z_][\w.]*)?\s+import\b/;
const NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

/** The logical lines of the source: strings blanked, comments dropped, continuations joined. */
function logicalLines(text: string): { text: string; line: number; indent: number }[] {
  const out: { text: string; line: number; indent: number }[] = [];
  let cur = '';
  let startLine = 1;
  let depth = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  const flush = () => {
    const t = cur.replace(/\s+$/, '');
    if (t.trim()) {
      const indent = /^[ \t]*/.exec(t)![0].replace(/\t/g, '        ').length;
      out.push({ text: t.trim(), line: startLine, indent });
    }
    cur = '';
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      i += q.length;
      while (i < n && !text.startsWith(q, i)) {
        if (text[i] === '\\') i++;
        else if (text[i] === '\n') {
          if (!triple) break;
          line++;
        }
        i++;
      }
      i += q.length;
      cur += '""';
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      line++;
      cur += ' ';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    if (c === '\n') {
      line++;
      i++;
      if (depth === 0) {
        flush();
        startLine = line;
      } else cur += ' ';
      continue;
    }
    if (c === '\r') {
      i++;
      continue;
    }
    if (!cur.trim() && cur === '' && c !== ' ' && c !== '\t') startLine = line;
    cur += c;
    i++;
  }
  flush();
  return out;
}

/** The absolute imports of a Python file. */
export function pythonImports(text: string): PyImport[] {
  const out: PyImport[] = [];
  // The blocks enclosing the current line: their indent and kind.
  const stack: { indent: number; kind: 'def' | 'guard' | 'other' }[] = [];
  for (const l of logicalLines(text.replace(/^\uFEFF/, ''))) {
    while (stack.length && stack.at(-1)!.indent >= l.indent) stack.pop();
    // A compound statement's own line, possibly with its body after the colon (`try: import x`).
    const head = /^(async\s+def|def|class|try|except|finally|if|elif|else|with|async\s+with|for|async\s+for|while|match|case)\b[^:]*:\s*(.*)$/.exec(l.text);
    let stmt = l.text;
    if (head) {
      const kind = /def|class/.test(head[1]!) ? 'def' : /^(try|except|if|elif|else)$/.test(head[1]!) ? 'guard' : 'other';
      stack.push({ indent: l.indent, kind });
      stmt = head[2] ?? '';
      if (!stmt) continue;
    }
    const topLevel = !stack.some((s) => s.kind === 'def');
    const guarded = stack.some((s) => s.kind === 'guard');
    for (const part of stmt.split(';').map((p) => p.trim())) {
      const m = IMPORT.exec(part);
      if (m) {
        for (const item of m[1]!.split(',')) {
          const mod = item.trim().split(/\s+as\s+/)[0]!.trim();
          if (NAME.test(mod)) out.push({ module: mod, line: l.line, topLevel, guarded });
        }
        continue;
      }
      const f = FROM.exec(part);
      if (f && !f[1] && f[2] && NAME.test(f[2])) out.push({ module: f[2], line: l.line, topLevel, guarded });
    }
  }
  return out;
}
