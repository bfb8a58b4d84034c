/**
 * Owns reading a Python source file for the few facts the checks need, without running it: the
 * servers a script starts itself (`uvicorn.run(app, host=..., port=...)`, a Flask app's
 * `app.run(...)`, ...) with the host and port they listen on, and the file names the code spells
 * out (`open("data/seed.db")`, `sqlite3.connect("app.db")`, `"sqlite:///./app.db"`, a path joined
 * from `__file__`). Each fact carries its 1-based line. A tokenizer of its own (strings, comments,
 * brackets, logical lines): no Python needed, no I/O.
 */

/** A server a script starts when it runs as the main program. */
export interface PyServerCall {
  /** 1-based line of the call. */
  line: number;
  /** The call as written, e.g. `uvicorn.run` or `app.run`. */
  call: string;
  /** The host it binds: the literal given, the library's default, or null when an expression decides. */
  host: string | null;
  /** The port it listens on: the literal given, the library's default, or null when an expression decides. */
  port: number | null;
  /** The names of the arguments the library's defaults filled in (host, port). */
  defaulted: ('host' | 'port')[];
}

/** A file name the code spells out: a string literal, or literals joined into a path. */
export interface PyFileRef {
  line: number;
  /** The path as written (leading ./ dropped); relative paths are relative to the folder the code runs from, or to the file when `fromFile`. */
  path: string;
  /** The line builds the path from `__file__` (os.path.dirname(__file__), Path(__file__).parent). */
  fromFile: boolean;
}

export interface PySourceFacts {
  servers: PyServerCall[];
  fileRefs: PyFileRef[];
}

interface Logical {
  line: number;
  indent: number;
  /** The code with comments removed and every string literal replaced by \u0000N\u0000. */
  code: string;
}

/** Marks a string literal in `Logical.code`; `strings[N]` holds its value (null for an f-string with fields). */
const LIT = /\u0000(\d+)\u0000/g;

function tokenize(text: string): { lines: Logical[]; strings: (string | null)[] } {
  const lines: Logical[] = [];
  const strings: (string | null)[] = [];
  let code = '';
  let depth = 0;
  let lineNo = 1;
  let start = 1;
  let indent = 0;
  let atLineStart = true;
  const end = () => {
    if (code.trim()) lines.push({ line: start, indent, code: code.trim() });
    code = '';
    atLineStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (atLineStart) {
      if (c === ' ' || c === '\t') continue;
      if (c === '\n') {
        lineNo++;
        continue;
      }
      const lineBegin = text.lastIndexOf('\n', i - 1) + 1;
      indent = i - lineBegin;
      start = lineNo;
      atLineStart = false;
    }
    if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i++;
      lineNo++;
      code += ' ';
      continue;
    }
    if (c === '\n') {
      lineNo++;
      if (depth > 0) code += ' ';
      else end();
      continue;
    }
    // A string literal, with its prefix (r, b, f, u and their pairs) already in `code`.
    if (c === '"' || c === "'") {
      const prefix = /([rRbBuUfF]{0,2})$/.exec(code)?.[1] ?? '';
      const raw = /r/i.test(prefix);
      const isF = /f/i.test(prefix);
      code = code.slice(0, code.length - prefix.length);
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      let value = '';
      while (j < text.length && !text.startsWith(quote, j)) {
        const d = text[j]!;
        if (d === '\n') {
          lineNo++;
          if (!triple) break; // an unterminated string: stop at the line's end
        }
        if (d === '\\' && !raw && j + 1 < text.length) {
          const n = text[j + 1]!;
          value += n === 'n' ? '\n' : n === 't' ? '\t' : n === '\n' ? '' : n;
          if (n === '\n') lineNo++;
          j += 2;
          continue;
        }
        value += d;
        j++;
      }
      strings.push(isF && value.includes('{') ? null : value);
      code += `\u0000${strings.length - 1}\u0000`;
      i = j + quote.length - 1;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    code += c;
  }
  end();
  return { lines, strings };
}

/** The text between the bracket at `open` and its match. */
function bracketed(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if ('([{'.includes(code[i]!)) depth++;
    else if (')]}'.includes(code[i]!) && --depth === 0) return code.slice(open + 1, i);
  }
  return code.slice(open + 1);
}

/** Arguments split at top-level commas. */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of args) {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

interface ServerKind {
  defaults: { host: string; port: number };
  /** Positional parameters, in order ('-' for one that is neither host nor port). */
  positional: string[];
}

const UVICORN: ServerKind = { defaults: { host: '127.0.0.1', port: 8000 }, positional: ['-'] };
const FLASK: ServerKind = { defaults: { host: '127.0.0.1', port: 5000 }, positional: ['host', 'port'] };
const SOCKETIO: ServerKind = { defaults: { host: '127.0.0.1', port: 5000 }, positional: ['-', 'host', 'port'] };
const AIOHTTP: ServerKind = { defaults: { host: '0.0.0.0', port: 8080 }, positional: ['-'] };
const WAITRESS: ServerKind = { defaults: { host: '0.0.0.0', port: 8080 }, positional: ['-'] };

/** Reads a Python file: the servers it starts as a script, and the file names it spells out. */
export function readPySource(text: string): PySourceFacts {
  const { lines, strings } = tokenize(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
  const literal = (expr: string): string | null | undefined => {
    const m = /^\u0000(\d+)\u0000$/.exec(expr.trim());
    return m ? strings[Number(m[1])] : undefined;
  };
  const imports = (mod: string) => lines.some((l) => new RegExp(`^(import\\s+${mod}\\b|from\\s+${mod}\\b)`).test(l.code));
  // Names bound to a Flask/Quart app, a Flask-SocketIO server, or (in a Flask file) an app factory's result.
  const flaskApps = new Set<string>();
  const socketios = new Set<string>();
  const usesFlask = imports('flask') || imports('quart');
  for (const l of lines) {
    const m = /^(\w+)\s*(?::\s*[\w.]+\s*)?=\s*([\w.]+)\s*\(/.exec(l.code);
    if (!m) continue;
    const callee = m[2]!.split('.').pop()!;
    if (callee === 'Flask' || callee === 'Quart' || (usesFlask && /^(create_app|make_app|get_app)$/.test(callee))) flaskApps.add(m[1]!);
    if (callee === 'SocketIO') socketios.add(m[1]!);
  }
  const waitressServe = lines.some((l) => /^from\s+waitress\s+import\s+.*\bserve\b/.test(l.code));

  const servers: PyServerCall[] = [];
  let inMain = false;
  for (const l of lines) {
    if (l.indent === 0) inMain = /^if\s+(__name__\s*==\s*\u0000\d+\u0000|\u0000\d+\u0000\s*==\s*__name__)\s*:/.test(l.code);
    // What runs when the file is the main program: its top level, and its `if __name__ == "__main__":` block.
    if (l.indent !== 0 && !inMain) continue;
    for (const m of l.code.matchAll(/(?<![\w.])([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)\s*\(/g)) {
      const call = m[1]!;
      const [obj, fn] = call.includes('.') ? call.split('.') : [undefined, call];
      let kind: ServerKind | undefined;
      if (call === 'uvicorn.run') kind = UVICORN;
      else if (fn === 'run' && obj && flaskApps.has(obj)) kind = FLASK;
      else if (fn === 'run' && obj && socketios.has(obj)) kind = SOCKETIO;
      else if (call === 'web.run_app' || call === 'aiohttp.web.run_app') kind = AIOHTTP;
      else if (call === 'waitress.serve' || (call === 'serve' && waitressServe)) kind = WAITRESS;
      if (!kind) continue;
      const args = splitArgs(bracketed(l.code, m.index! + m[0].length - 1));
      if (args.some((a) => a.startsWith('*'))) continue; // **options: the values are not in the text
      const given: { host?: string | null; port?: number | null } = {};
      let pos = 0;
      for (const a of args) {
        const kw = /^(\w+)\s*=(?!=)\s*(.*)$/s.exec(a);
        const name = kw ? kw[1]! : kind.positional[pos++];
        const value = kw ? kw[2]! : a;
        if (name === 'host') given.host = literal(value) ?? null;
        else if (name === 'port') given.port = /^\d+$/.test(value.trim()) ? Number(value) : literal(value) && /^\d+$/.test(literal(value)!) ? Number(literal(value)) : null;
        else if (name === 'listen' || name === 'sock' || name === 'path' || name === 'uds' || name === 'fd') given.host = given.port = null;
      }
      const defaulted: ('host' | 'port')[] = [];
      if (!('host' in given)) defaulted.push('host');
      if (!('port' in given)) defaulted.push('port');
      servers.push({ line: l.line, call, host: 'host' in given ? given.host! : kind.defaults.host, port: 'port' in given ? given.port! : kind.defaults.port, defaulted });
    }
  }

  const fileRefs: PyFileRef[] = [];
  for (const l of lines) {
    const lits: string[] = [];
    for (const m of l.code.matchAll(LIT)) {
      const v = strings[Number(m[1])];
      if (v) lits.push(v);
    }
    if (!lits.length) continue;
    const fromFile = /__file__/.test(l.code);
    const seen = new Set<string>();
    const add = (p: string) => {
      const clean = p.replace(/^(\.\/)+/, '');
      if (!clean || seen.has(clean) || clean.length > 300 || /[\s*?<>|]/.test(clean) || !/[./]/.test(clean) || /^[a-z]+:\/\//i.test(clean)) return;
      seen.add(clean);
      fileRefs.push({ line: l.line, path: clean, fromFile });
    };
    for (const v of lits) {
      const url = /^sqlite(?:\+\w+)?:\/\/\/(.+)$/.exec(v);
      add(url ? url[1]!.replace(/\?.*$/, '') : v);
    }
    // os.path.join(BASE, "data", "seed.db") or Path(__file__).parent / "data" / "seed.db": the literals in order.
    if (lits.length > 1 && (/join\s*\(/.test(l.code) || /\u0000\s*\/\s*\u0000|\)\s*\/\s*\u0000/.test(l.code))) add(lits.join('/').replace(/\/+/g, '/'));
  }
  return { servers, fileRefs };
}

/**
 * The absolute imports of a Python file, as far as a static check needs: each module, its line,
 * whether it runs when the module is imported (not inside a def or class), and whether it is guarded
 * (inside try:/except:/if:, where a missing module may be expected). Relative imports are the package's own.
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

export function pythonImports(text: string): PyImport[] {
  const out: PyImport[] = [];
  // The blocks enclosing the current line: their indent and kind.
  const stack: { indent: number; kind: 'def' | 'guard' | 'other' }[] = [];
  for (const l of tokenize(text.replace(/^\uFEFF/, '')).lines.map((x) => ({ text: x.code, line: x.line, indent: x.indent }))) {
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
