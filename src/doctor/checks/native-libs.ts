/**
 * Owns the native-libraries check (libraries FC lacks): every DT_NEEDED soname of every ELF file shipped must be found where
 * the dynamic loader will look on FC — the file's DT_RPATH/DT_RUNPATH folders ($ORIGIN-relative:
 * a manylinux wheel's bundled `<pkg>.libs/`), the LD_LIBRARY_PATH the start leaves (a layer's lib/
 * at /opt/lib), or the runtime's base system (src/doctor/data/sonames-<debian>.json, generated from
 * Debian's package indexes by scripts/gen-sonames.mjs). An image is its own base system. Also: a
 * custom runtime's layer that ships lib/ needs /opt/lib on LD_LIBRARY_PATH.
 */
import path from 'node:path';
import type { ElfDynamic } from '../../formats/native.js';
import { normalizeName } from '../../formats/pep508.js';
import { finding, type Finding } from '../findings.js';
import { expandShell } from '../../formats/shell.js';
import debian10 from '../data/sonames-debian10.json' with { type: 'json' };
import debian11 from '../data/sonames-debian11.json' with { type: 'json' };
import debian12 from '../data/sonames-debian12.json' with { type: 'json' };

interface SonameData {
  runtime: string;
  suite: string;
  source: string;
  note?: string;
  sonames: Record<string, string>;
}
const BASE: Record<string, SonameData> = Object.fromEntries([debian10, debian11, debian12].map((d) => [d.runtime, d as SonameData]));

/** The runtime's base-system sonames (soname → Debian package), and where that list comes from. */
export function baseSonames(runtime: string): SonameData | undefined {
  return BASE[runtime];
}

/** Where the loader looks when nothing else says (Debian amd64: ld.so.conf.d and the trusted folders). */
const DEFAULT_DIRS = ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/lib64', '/usr/lib64', '/lib', '/usr/lib', '/usr/local/lib'];
/** The interpreter provides libpython to the extensions it loads. */
const FROM_INTERPRETER = /^libpython3\.\d+/;
/** opencv-python's GUI build links X11/GL, which FC's runtimes do not have; the -headless build does not. */
const OPENCV_GUI = /^opencv-(contrib-)?python$/;

const ASSIGN = /(?:^|[\s;&|(])(?:export\s+)?LD_LIBRARY_PATH=("[^"]*"|'[^']*'|\S*)/g;

/**
 * The LD_LIBRARY_PATH a start script leaves (its assignments, in order; parts that name unknown
 * variables dropped), starting from `initial` (an image's ENV). undefined when nothing sets it.
 */
export function ldLibraryPathOf(script: string | undefined, initial?: string): string[] | undefined {
  let value = initial;
  for (const raw of (script ?? '').split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    for (const m of line.matchAll(ASSIGN)) {
      const text = m[1]!.replace(/^(["'])(.*)\1$/, '$2');
      value = expandShell(text, { LD_LIBRARY_PATH: value ?? '', FC_FUNC_CODE_PATH: '/code' });
    }
  }
  return value === undefined ? undefined : value.split(':').filter((p) => p && !p.includes('$')).map((p) => p.replace(/\/+$/, '') || '/');
}

export interface NativeLibsInput {
  kind: 'code' | 'layer' | 'image';
  runtime: string;
  /** Every ELF file read, by absolute path as FC lays it out (/code/..., /opt/..., or the image's). */
  elfs: ReadonlyMap<string, ElfDynamic>;
  /** Whether a file is at this absolute path (in the artifact, or a layer given), links followed. */
  exists(abs: string): boolean;
  /** How an absolute path is shown. */
  show(abs: string): string;
  /** Folders holding installed distributions (python/, site-packages). */
  depsRoots: readonly string[];
  /** LD_LIBRARY_PATH the start leaves (ldLibraryPathOf); undefined = no start script is known. */
  ldLibraryPath?: string[];
  /** The start script's name, for messages (bootstrap, CMD). */
  startFile?: string;
  /** Files shipped under /opt/lib (the artifact as a layer, or layers given). */
  optLibFiles: number;
}

/** The distribution a native file belongs to: its `<dist>.libs/` folder, the one its rpath names, or its import folder. */
function packageOf(abs: string, dyn: ElfDynamic, roots: readonly string[]): string {
  const root = [...roots].sort((a, b) => b.length - a.length).find((r) => abs.startsWith(`${r}/`));
  const rel = root ? abs.slice(root.length + 1) : abs.replace(/^\/(code|opt)\//, '');
  const first = rel.split('/')[0]!;
  const libs = /^(.+)\.libs$/.exec(first) ?? [...dyn.rpath, ...dyn.runpath].map((p) => /([^/]+)\.libs\/?$/.exec(p)).find(Boolean);
  return normalizeName(libs ? libs[1]! : first.split('.')[0]!);
}

function searchDirs(abs: string, dyn: ElfDynamic, ldPath: readonly string[]): string[] {
  const origin = path.posix.dirname(abs);
  const expand = (p: string) => path.posix.resolve(origin, p.replace(/\$(\{ORIGIN\}|ORIGIN)/g, origin));
  // The loader's order: DT_RPATH (only without DT_RUNPATH), LD_LIBRARY_PATH, DT_RUNPATH, the defaults.
  return [...(dyn.runpath.length ? [] : dyn.rpath.map(expand)), ...ldPath, ...dyn.runpath.map(expand)];
}

export function checkNativeLibs(input: NativeLibsInput): Finding[] {
  const findings: Finding[] = [];
  const base = input.kind === 'image' ? undefined : baseSonames(input.runtime);
  // An image is its own base system; one whose libc the doctor cannot see (musl, or a listing without it) is not judged.
  if (input.kind === 'image' && !DEFAULT_DIRS.some((d) => input.exists(`${d}/libc.so.6`))) return [];
  const known = input.ldLibraryPath !== undefined;
  // A layer checked alone: its bootstrap is not known; count /opt/lib as the function would have to put it.
  const ldPath = input.ldLibraryPath ?? ['/opt/lib', '/code/lib'];
  const start = input.startFile ?? 'bootstrap';

  if (input.kind !== 'image' && input.optLibFiles > 0 && known && !ldPath.includes('/opt/lib')) {
    findings.push(
      finding({
        severity: 'warning',
        code: 'layer-ld-library-path',
        file: start,
        message: `the layer ships ${input.optLibFiles} file${input.optLibFiles > 1 ? 's' : ''} in lib/ (at /opt/lib on FC), but ${start} does not put /opt/lib on LD_LIBRARY_PATH${input.ldLibraryPath!.length ? ` (it sets ${input.ldLibraryPath!.join(':')})` : ''}`,
        fcSymptom: 'ImportError: lib...so: cannot open shared object file: No such file or directory, for every library only /opt/lib has',
        fix: `Add export LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH to ${start} before the server starts.`,
      }),
    );
  }

  // Resolve every DT_NEEDED: a shipped file (walked further), the base system, or missing.
  const sorted = [...input.elfs].sort(([a], [b]) => (a < b ? -1 : 1));
  const edges = new Map<string, string[]>();
  const missing = new Map<string, string[]>();
  const reached = new Set<string>();
  for (const [abs, dyn] of sorted) {
    const dirs = searchDirs(abs, dyn, ldPath);
    const to: string[] = [];
    const lacks: string[] = [];
    for (const soname of dyn.needed) {
      if (soname.includes('/') || FROM_INTERPRETER.test(soname)) continue;
      const hit = dirs.map((d) => `${d}/${soname}`).find((p) => input.exists(p));
      if (hit) {
        if (input.elfs.has(hit) && hit !== abs) (to.push(hit), reached.add(hit));
        continue;
      }
      if (base ? soname in base.sonames : DEFAULT_DIRS.some((d) => input.exists(`${d}/${soname}`))) continue;
      const elsewhere = sorted.map(([p]) => p).find((p) => path.posix.basename(p) === soname) ?? (input.exists(`/opt/lib/${soname}`) ? `/opt/lib/${soname}` : undefined);
      if (elsewhere) {
        const file = input.show(abs);
        findings.push(
          finding({
            severity: 'warning',
            code: 'native-lib-path',
            file,
            message: `${packageOf(abs, dyn, input.depsRoots)}'s ${path.posix.basename(abs)} needs ${soname}; it ships as ${input.show(elsewhere)}, but not where the loader looks for this file (${[...dirs, 'the system folders'].join(', ')})`,
            fcSymptom: `ImportError: ${soname}: cannot open shared object file: No such file or directory, unless the package loads it first itself`,
            fix: elsewhere.startsWith('/opt/lib/') ? `export LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH in ${start}.` : `Put its folder on LD_LIBRARY_PATH in ${start}, or install the package from its manylinux wheel (whose libraries its rpath finds).`,
          }),
        );
        continue;
      }
      lacks.push(soname);
    }
    edges.set(abs, to);
    missing.set(abs, lacks);
  }

  // One finding per file the loader starts from (an extension module Python imports, a plugin a
  // package opens), with everything missing below it: that is what `import` fails on.
  const stand = base?.note ? ` standing in for ${base.runtime.replace('custom.', '')}, whose indexes were not reachable` : '';
  const system = base ? `${input.runtime}'s base system (Debian ${base.suite}${stand}, ${Object.keys(base.sonames).length} libraries)` : "the image's library folders";
  for (const [abs, dyn] of sorted) {
    if (reached.has(abs)) continue;
    const lacks = new Map<string, string | undefined>(); // soname -> the shipped library it is needed through
    const seen = new Set<string>();
    const walk = (p: string, via: string | undefined) => {
      if (seen.has(p)) return;
      seen.add(p);
      for (const so of missing.get(p) ?? []) if (!lacks.has(so)) lacks.set(so, via);
      for (const q of edges.get(p) ?? []) walk(q, via ?? path.posix.basename(q));
    };
    walk(abs, undefined);
    if (!lacks.size) continue;
    const pkg = packageOf(abs, dyn, input.depsRoots);
    const file = input.show(abs);
    const list = [...lacks].map(([so, via]) => (via ? `${so} (through ${via})` : so));
    const first = [...lacks.keys()][0]!;
    const gui = OPENCV_GUI.test(pkg);
    const libs = lacks.size > 1 ? `${[...lacks.keys()].slice(0, 3).join(', ')}${lacks.size > 3 ? ' ...' : ''}` : first;
    findings.push(
      finding({
        severity: 'error',
        code: 'native-lib-missing',
        file,
        message: `${pkg}'s ${path.posix.basename(abs)} needs ${list.join(', ')}: ${lacks.size > 1 ? 'libraries' : 'a library'} neither shipped (${pkg}'s bundled libraries, its rpath, LD_LIBRARY_PATH${known ? '' : ' /opt/lib'}) nor in ${system}`,
        fcSymptom: `ImportError: ${first}: cannot open shared object file: No such file or directory (when ${path.posix.basename(abs)} is loaded)`,
        fix: gui
          ? `Use ${pkg}-headless instead of ${pkg} (the same cv2 without the GUI libraries FC lacks), or ship ${libs} and what they need in a layer's lib/ with LD_LIBRARY_PATH=/opt/lib.`
          : `Ship ${libs} (from the runtime's Debian ${base?.suite ?? ''}) and what they need in a layer's lib/ with LD_LIBRARY_PATH=/opt/lib in ${start}, or use a build of ${pkg} that bundles ${lacks.size > 1 ? 'them' : 'it'} (manylinux wheels keep theirs in ${pkg.replace(/-/g, '_')}.libs/).`,
      }),
    );
  }
  return findings;
}
