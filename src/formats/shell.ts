/**
 * The reader of start scripts and start commands (a bootstrap, an image's CMD, s.yaml's
 * customRuntimeConfig): what they run, read the way bash would as far as a build needs: the simple
 * commands (with `exec`, `env`, `nohup` and assignments taken off), the folder each runs in
 * (`cd`), the PATH and PYTHONPATH the script sets, with FC's variables expanded. Pure functions; no I/O.
 */
import path from 'node:path';

/** FC's code folder, where a start script starts. */
const CODE_DIR = '/code';

/** The UTF-8 byte order mark, as a character. */
export const BOM = '\ufeff';

/** A word as a POSIX shell reads it back: quoted when it holds anything the shell would act on. */
export function shellQuote(word: string): string {
  return /[\s"'$;&|`\\]/.test(word) ? `'${word.replace(/'/g, "'\\''")}'` : word;
}

/** Words joined into one command line that splits back into the same words. */
export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

/** The text without a leading BOM (the shell reads the script after it). */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Expands $VAR, ${VAR}, ${VAR:+word} and $(pwd) the way bash would for the variables we know. */
export function expandShell(value: string, vars: Record<string, string | undefined>): string {
  const pwd = vars.PWD ?? CODE_DIR;
  return value
    .replace(/\$\(pwd\)|`pwd`/g, pwd)
    .replace(/\$\{(\w+):\+([^}]*)\}/g, (_m, name: string, word: string) => (vars[name] ? expandShell(word, vars) : ''))
    .replace(/\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)/g, (m, a?: string, dflt?: string, b?: string) => {
      const name = (a ?? b)!;
      if (name in vars) return vars[name] || dflt || '';
      return m;
    });
}

/** The directories a PYTHONPATH value names, resolved as FC would (relative entries against `cwd`, /code by default). */
export function pythonPathDirs(value: string, cwd = CODE_DIR): string[] {
  return value
    .split(':')
    .filter((p) => p && !p.includes('$'))
    .map((p) => path.posix.resolve(cwd, p));
}

export interface StartCommand {
  /** 1-based line in the script (undefined for a command that is not from a script). */
  line?: number;
  /** The words, variables FC defines expanded; words with other variables keep their `$`. */
  argv: string[];
  /** The folder the command runs in. */
  cwd: string;
}

export interface StartScript {
  commands: StartCommand[];
  /** PATH as the script leaves it, when it sets it (unknown parts dropped). */
  path?: string[];
  /** PYTHONPATH as the script leaves it, when it sets it (known variables expanded). */
  pythonPath?: string;
}

export interface StartScriptContext {
  /** Where the script starts (FC: /code; an image: its WorkingDir). */
  cwd: string;
  /** The folder the script lives in, for `cd "$(dirname "$0")"`. */
  scriptDir: string;
  /** Variables known at start (FC_FUNC_CODE_PATH, the image's ENV...). */
  vars: Record<string, string>;
  /** PATH at start. */
  path: string[];
}

const SKIP_WORDS = new Set(['exec', 'nohup', 'time', 'command', 'builtin', 'stdbuf', 'setsid', 'dumb-init', 'tini', '--']);

/** Shell keywords and builtins that never start the server. */
export const SHELL_BUILTINS = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'function', '{', '}', '[', '[[', ']]',
  'test', 'echo', 'printf', 'set', 'unset', 'trap', 'source', '.', 'read', 'local', 'return', 'exit', 'true', 'false', 'wait',
  'sleep', 'export', 'cd', 'ulimit', 'umask', 'shift', 'declare', 'readonly', 'eval', ':', 'mkdir', 'cp', 'mv', 'rm', 'ln',
  'chmod', 'cat', 'ls', 'pwd', 'env', 'alias', 'pushd', 'popd', 'let', 'touch', 'tee', 'date', 'which', 'hash', 'type',
]);

interface Segment {
  words: string[];
  /** A `cd` argument before expansion (for $0 handling). */
  raw: string;
}

/** Splits one logical line into simple commands of words (quotes removed). */
export function splitCommands(line: string): Segment[] {
  const segs: Segment[] = [];
  let words: string[] = [];
  let word: string | undefined;
  let segStart = 0;
  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endSeg = (i: number) => {
    endWord();
    if (words.length) segs.push({ words, raw: line.slice(segStart, i) });
    words = [];
    segStart = i + 1;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      endWord();
    } else if (c === '#' && word === undefined) {
      break;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      const stop = end < 0 ? line.length : end;
      word = (word ?? '') + line.slice(i + 1, stop);
      i = stop;
    } else if (c === '"') {
      let s = '';
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1]!)) s += line[++j];
        else s += line[j];
      }
      word = (word ?? '') + s;
      i = j;
    } else if (c === '\\') {
      word = (word ?? '') + (line[i + 1] ?? '');
      i++;
    } else if (c === '$' && line[i + 1] === '(') {
      let depth = 0;
      let j = i + 1;
      for (; j < line.length; j++) {
        if (line[j] === '(') depth++;
        else if (line[j] === ')' && --depth === 0) break;
      }
      word = (word ?? '') + line.slice(i, j + 1);
      i = j;
    } else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      endSeg(i);
      if ((c === '&' || c === '|') && (line[i + 1] === c || line[i + 1] === '&')) {
        i++;
        segStart = i + 1;
      }
    } else if ((c === '>' || c === '<') && (word === undefined || /^\d+$/.test(word))) {
      // A redirection: drop it and its target.
      word = undefined;
      let j = i + 1;
      while (line[j] === '>' || line[j] === '<' || line[j] === '&') j++;
      if (line[i + 1] === '<' && line[i + 2] !== '<') j = i + 2;
      while (line[j] === ' ') j++;
      while (j < line.length && !' \t;&|'.includes(line[j]!)) j++;
      i = j - 1;
    } else {
      word = (word ?? '') + c;
    }
  }
  endSeg(line.length);
  return segs;
}

const ASSIGN = /^([A-Za-z_]\w*)=(.*)$/s;

function resolveDir(cwd: string, dir: string): string {
  return path.posix.resolve(cwd, dir);
}

/** The simple commands of a start script, with the folder each runs in and the PATH it leaves. */
export function parseStartScript(text: string, ctx: StartScriptContext): StartScript {
  const physical = withoutBom(text).replace(/\r/g, '').split('\n');
  const commands: StartCommand[] = [];
  let cwd = ctx.cwd;
  let path: string[] | undefined;
  let heredoc: string | undefined;
  let pythonPath: string | undefined;
  const vars = () => ({ ...ctx.vars, PATH: (path ?? ctx.path).join(':'), PWD: cwd, ...(pythonPath !== undefined ? { PYTHONPATH: pythonPath } : {}) });
  for (let i = 0; i < physical.length; i++) {
    const lineNo = i + 1;
    let line = physical[i]!;
    if (heredoc !== undefined) {
      if (line.replace(/^\t+/, '') === heredoc) heredoc = undefined;
      continue;
    }
    while (line.endsWith('\\') && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i]!;
    const hd = /<<-?\s*(['"]?)(\w+)\1/.exec(line);
    if (hd) heredoc = hd[2];
    if (i === 0 && line.startsWith('#!')) continue;
    for (const seg of splitCommands(line)) {
      const words = seg.words.map((w) => expandShell(w, vars()));
      // Leading assignments: `PATH=... exec x` applies to x only; alone, they set the variable.
      let k = 0;
      while (k < words.length && ASSIGN.test(words[k]!)) k++;
      const assigns = words.slice(0, k);
      let argv = words.slice(k);
      if (argv[0] === 'export' || argv[0] === 'declare' || argv[0] === 'readonly' || (argv.length === 0 && assigns.length)) {
        for (const a of argv.length ? argv.slice(1) : assigns) {
          const m = ASSIGN.exec(a);
          if (m?.[1] === 'PATH') path = m[2]!.split(':').filter((p) => p && !p.includes('$'));
          if (m?.[1] === 'PYTHONPATH') pythonPath = m[2]!.replace(/\$\{?PYTHONPATH\}?/g, '');
        }
        continue;
      }
      if (argv[0] === 'cd') {
        const target = seg.words[1];
        if (target === undefined) cwd = '/root';
        else if (/\$0|BASH_SOURCE/.test(target)) cwd = ctx.scriptDir;
        else if (!argv[1]!.includes('$')) cwd = resolveDir(cwd, argv[1]!);
        continue;
      }
      // exec, nohup, env [-i] [VAR=x]... in front of the real command.
      for (;;) {
        if (argv.length && SKIP_WORDS.has(argv[0]!)) argv = argv.slice(1);
        else if (argv[0] === 'env') {
          argv = argv.slice(1);
          while (argv.length && (argv[0]!.startsWith('-') || ASSIGN.test(argv[0]!))) argv = argv.slice(1);
        } else if (argv.length && ASSIGN.test(argv[0]!)) argv = argv.slice(1);
        else break;
      }
      if (argv.length) commands.push({ line: lineNo, argv, cwd });
    }
  }
  return { commands, path, pythonPath };
}

/** Splits a command line (an image's shell-form CMD) into commands; no line numbers. */
export function parseCommandLine(text: string, ctx: StartScriptContext): StartScript {
  const r = parseStartScript(text, ctx);
  return { ...r, commands: r.commands.map((c) => ({ ...c, line: undefined })) };
}
