/**
 * The scripts pip writes into bin/ for --target: wrappers for entry_points.txt's console and GUI
 * scripts (pip's distlib template), and the #! fix of a wheel's own .data/scripts files. Every
 * #! line ends as the pipeline's rewriteScripts leaves it: #!/usr/bin/env python3.
 */
import { rewriteScriptText, SCRIPT_SHEBANG } from '../formats/script.js';

export interface EntryPoints {
  console: Map<string, string>;
  gui: Map<string, string>;
}

/** entry_points.txt as importlib.metadata reads it: sections, `name = value`, '#' comments. */
export function parseEntryPoints(text: string): EntryPoints {
  const out: EntryPoints = { console: new Map(), gui: new Map() };
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const head = /^\[(.*)\]$/.exec(line);
    if (head) {
      section = head[1]!.trim();
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const name = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (section === 'console_scripts') out.console.set(name, value);
    else if (section === 'gui_scripts') out.gui.set(name, value);
  }
  return out;
}

/**
 * The specs pip generates for console scripts: pip and easy_install get versioned twins for the
 * Python that runs pip (`pipPython`, "3.11"), and their own versioned entries are dropped.
 */
export function consoleScriptSpecs(console: Map<string, string>, pipPython: string): [string, string][] {
  const rest = new Map(console);
  const out: [string, string][] = [];
  const major = pipPython.split('.')[0]!;
  const pip = rest.get('pip');
  if (pip !== undefined) {
    rest.delete('pip');
    out.push(['pip', pip], [`pip${major}`, pip], [`pip${pipPython}`, pip]);
    for (const k of [...rest.keys()]) if (/^pip(\d+(\.\d+)?)?$/.test(k)) rest.delete(k);
  }
  const easy = rest.get('easy_install');
  if (easy !== undefined) {
    rest.delete('easy_install');
    out.push(['easy_install', easy], [`easy_install-${pipPython}`, easy]);
    for (const k of [...rest.keys()]) if (/^easy_install(-\d+\.\d+)?$/.test(k)) rest.delete(k);
  }
  return [...out, ...rest];
}

/** distlib's export entry: `module:attr.attr [extras]`. */
const ENTRY = /^([\w.]+)\s*:\s*(\w+(?:\.\w+)*)\s*(\[[^\]]*\])?\s*$/;

/** distlib's SCRIPT_TEMPLATE as pip 23 vendors it (pip 26's imports inside the `if`): see install/wheels.ts's pipFacts. */
export const PIP23_SCRIPT_TEMPLATE =
  "# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom %(module)s import %(import_name)s\nif __name__ == '__main__':\n" +
  "    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(%(func)s())\n";

/**
 * The wrapper pip's distlib writes (ScriptMaker, variants {""}) from `template` (its
 * %(module)s, %(import_name)s, %(func)s), #! already rewritten. Throws for an entry without a
 * callable, as pip does.
 */
export function entryPointScript(name: string, value: string, wheel: string, template = PIP23_SCRIPT_TEMPLATE): string {
  const m = ENTRY.exec(value);
  if (!m) throw new Error(`${wheel}: entry point "${name} = ${value}" has no module:callable; pip refuses it too.`);
  const vars: Record<string, string> = { module: m[1]!, import_name: m[2]!.split('.')[0]!, func: m[2]! };
  return `${SCRIPT_SHEBANG}\n${template.replace(/%\((\w+)\)s/g, (all, k: string) => vars[k] ?? all)}`;
}

/** Whether a .data/scripts file is a setuptools wrapper of an entry point (pip skips those). */
export function isEntryPointWrapper(base: string, eps: EntryPoints): boolean {
  const lower = base.toLowerCase();
  let match = base;
  if (lower.endsWith('.exe') || lower.endsWith('.pya')) match = base.slice(0, -4);
  else if (lower.endsWith('-script.py')) match = base.slice(0, -10);
  return eps.console.has(match) || eps.gui.has(match);
}

/**
 * A file in bin/ as it ends up: pip's fix_script (a first line starting "#!python" becomes
 * "#!<python>"), then rewriteScripts. Undefined when the bytes stay as they are.
 */
export function finalScriptBytes(data: Buffer, fromScriptsScheme: boolean): Buffer | undefined {
  let bytes = data;
  if (fromScriptsScheme && bytes.subarray(0, 8).toString('latin1') === '#!python') {
    const nl = bytes.indexOf(0x0a);
    // Any path that ends in "python3" stands in for the runner's interpreter: rewriteScripts replaces it.
    bytes = Buffer.concat([Buffer.from('#!/usr/bin/python3\n'), nl < 0 ? Buffer.alloc(0) : bytes.subarray(nl + 1)]);
  }
  const text = rewriteScriptText(bytes.toString('utf8'));
  if (text !== undefined) return Buffer.from(text, 'utf8');
  return bytes === data ? undefined : bytes;
}
