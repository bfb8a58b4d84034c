/**
 * The doctor: every Function Compute start failure that can be seen in an artifact before it is
 * deployed. Takes a function.zip, a layer.zip, a `docker save` image tar or a folder; reads it
 * without unpacking anything to disk; reports each finding with its severity, the file (and line)
 * it concerns, what FC would print, and the fix. The build runs the same checks on its own
 * artifact (`checkArtifact`).
 *
 * Everything is looked at where FC puts it: a code package at /code, a layer at /opt, an image
 * at its own paths. Imports are resolved the way Python would on FC: the start folder, the
 * PYTHONPATH the bootstrap (or the image's ENV) sets, and an image's own site-packages.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { analyzeBootstrap, pythonPathDirs } from '../bootstrap.js';
import { UserError } from '../errors.js';
import { formatBytes } from '../publish.js';
import { FC_LIMITS, RUNTIMES, type RuntimeName } from '../runtimes.js';
import { listLayerNames, openFolderArtifact, openZipArtifact, sniffFormat, type Artifact, type ArtifactFile } from './artifact.js';
import { checkNativeFile, checkWheelTags, classifyBinary, parseWheelTags, type ElfDynamic, type Target } from './binary.js';
import { closureFindings, CLOSURE_FINDING_CODES } from './checks/closure.js';
import { checkNativeLibs, ldLibraryPathOf, NATIVE_LIB_FINDING_CODES } from './checks/native-libs.js';
import { hasErrors, sortFindings, type Finding, type Severity } from './findings.js';
import { openImageArtifact } from './image.js';
import { evaluateMarker, fcMarkerEnv, normalizeName, parseRequirements, sameVersion, type Requirement } from './requirements.js';
import { parseCommandLine, parseStartScript, SHELL_BUILTINS, type StartCommand, type StartScript } from './startcmd.js';

export { normalizeName } from './requirements.js';

export type DoctorKind = 'code' | 'layer' | 'image';

/**
 * Every `Finding.code` the doctor reports besides the bootstrap analysis (bootstrap-shebang, -crlf,
 * -listen, -port, -pip-install, -no-pythonpath) and the native checks (NATIVE_FINDING_CODES).
 */
export const DOCTOR_FINDING_CODES = [
  'bootstrap-missing',
  'bootstrap-mode',
  'bootstrap-command',
  'bootstrap-shebang',
  'bootstrap-no-pythonpath',
  'deps-missing',
  'deps-external',
  'deps-version',
  'app-missing',
  'layer-layout',
  'zip-unsafe-entry',
  'zip-duplicate-entry',
  'image-unsafe-entry',
  'image-layer-unreadable',
  'image-os',
  'image-python',
  'image-glibc',
  'wheel-platform',
  'elf-machine',
  'artifact-unreadable',
  'size-limit',
  'size-api-limit',
  'secret-shipped',
  'secret-git',
  ...CLOSURE_FINDING_CODES,
  ...NATIVE_LIB_FINDING_CODES,
] as const;

/** A layer the function will have, given only to resolve imports: a layer.zip, or a folder laid out like one (python/...). */
export type LayerSource = string | { dir: string; mount: string };

export interface DoctorOptions {
  /** major.minor of the runtime's Python (an image's own Python wins when the image says which). */
  pythonVersion: string;
  runtime: RuntimeName;
  /** The port FC calls. */
  port: number;
  /** The start script, relative to the code root; default 'bootstrap'; null or 'none' = the function has another start command. */
  bootstrap?: string | null;
  kind?: 'auto' | DoctorKind;
  /** Layers the function will have (mounted at /opt), so that modules they bring are not reported missing. */
  layers?: LayerSource[];
}

export interface DoctorReport {
  subject: string;
  kind: DoctorKind;
  /** Why this kind (auto-detection), in words. */
  kindReason: string;
  target: { pythonVersion: string; glibc: string; runtime: RuntimeName; port: number; musl?: boolean };
  findings: Finding[];
  stats: { files: number; zippedSize?: number; unpackedSize: number; largest: { name: string; bytes: number }[] };
}

/** Native code the checks read whole: extension modules and shared libraries. */
const NATIVE = /\.(so(\.\d+)*|pyd|dylib)$/;
/** Small text files worth reading for secrets. */
const SECRET_SCAN_MAX = 64 * 1024;
const SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'granian', 'daphne', 'fastapi', 'flask', 'waitress-serve', 'streamlit']);
const APP_SPEC = /^([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*):([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)(\(\))?$/;
/** FC's PATH for custom runtimes, as far as the package's own folders go. */
const FC_CODE_PATH = ['/code', '/code/bin', '/opt/bin'];
const DEFAULT_IMAGE_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Interpreters a console script may name on FC's custom runtimes. */
const FC_INTERPRETERS = /^(\/usr\/bin\/env\b|\/bin\/(ba)?sh\b|\/usr\/bin\/(ba)?sh\b|\/usr\/bin\/python3(\.\d+)?\b|\/usr\/local\/bin\/python3(\.\d+)?\b|\/var\/fc\/lang\/)/;

// ---------------------------------------------------------------------------------------------
// The artifact as FC lays it out
// ---------------------------------------------------------------------------------------------

class View {
  readonly files = new Map<string, ArtifactFile>();
  readonly dirs = new Set<string>(['/']);
  /** Paths without their extension suffixes (main.py → main, x.cpython-311-x86_64-linux-gnu.so → x): importable names. */
  readonly stems = new Set<string>();

  constructor(
    entries: ArtifactFile[],
    /** '/code/', '/opt/' or '' (image names are absolute already). */
    readonly mount: string,
  ) {
    for (const e of entries) {
      const abs = this.abs(e.name);
      if (e.isDir) this.dirs.add(abs);
      else this.files.set(abs, e);
      for (let p = path.posix.dirname(abs); p !== '/'; p = path.posix.dirname(p)) this.dirs.add(p);
      if (!e.isDir) {
        const base = path.posix.basename(abs);
        if (/\.(py|pyc|so|pyd)$/.test(base)) this.stems.add(`${path.posix.dirname(abs)}/${base.split('.')[0]}`);
      }
    }
    if (mount) this.dirs.add(mount.replace(/\/$/, ''));
  }

  abs(name: string): string {
    const n = name.replace(/\/+$/, '');
    return this.mount ? `${this.mount}${n}`.replace(/\/+$/, '') || '/' : n.startsWith('/') ? n : `/${n}`;
  }

  /** How a path is shown: as the archive names it. */
  show(abs: string): string {
    if (this.mount && abs.startsWith(this.mount)) return abs.slice(this.mount.length);
    if (this.mount && `${abs}/` === this.mount) return '.';
    return abs;
  }

  exists(abs: string): boolean {
    return this.files.has(abs) || this.dirs.has(abs);
  }

  /** The path with symbolic links followed (an image's /bin -> usr/bin); undefined when a link dangles or loops. */
  realpath(abs: string): string | undefined {
    let parts = abs.split('/').filter(Boolean);
    for (let hops = 0, i = 0; i < parts.length; i++) {
      const prefix = `/${parts.slice(0, i + 1).join('/')}`;
      const e = this.files.get(prefix);
      if (!e?.isSymlink) continue;
      if (!e.linkTarget || ++hops > 32) return undefined;
      const target = path.posix.resolve(path.posix.dirname(prefix), e.linkTarget);
      parts = [...target.split('/').filter(Boolean), ...parts.slice(i + 1)];
      i = -1;
    }
    return `/${parts.join('/')}`;
  }

  /** A regular file (or a link to one) at this path, links followed. */
  fileAt(abs: string): string | undefined {
    const real = this.realpath(abs);
    return real && this.files.has(real) && !this.files.get(real)!.isDir ? real : undefined;
  }

  /** Whether `dotted` imports from `root`: a module, a package or a namespace folder. */
  hasModule(root: string, dotted: string): boolean {
    const p = `${root === '/' ? '' : root}/${dotted.split('.').join('/')}`;
    return this.dirs.has(p) || this.stems.has(p);
  }

  /** Whether the path is inside the artifact's own tree (a code package cannot see /opt, and the other way round). */
  inside(abs: string): boolean {
    return !this.mount || abs === this.mount.replace(/\/$/, '') || abs.startsWith(this.mount);
  }
}

function isUnder(p: string, dir: string): boolean {
  return dir === '/' || p === dir || p.startsWith(`${dir}/`);
}

function resolvePath(cwd: string, p: string): string {
  return path.posix.resolve(cwd, p);
}

// ---------------------------------------------------------------------------------------------
// Kind
// ---------------------------------------------------------------------------------------------

const LAYER_META = /^(requirements[^/]*\.txt|readme[^/]*|licen[cs]e[^/]*|\.fcignore)$/i;

/** code or layer, for a zip or folder, from its names; and why. */
export function detectKind(names: readonly string[], bootstrap: string | null): { kind: 'code' | 'layer'; reason: string } {
  const files = names.filter((n) => !n.endsWith('/'));
  if (bootstrap && files.includes(bootstrap)) return { kind: 'code', reason: `${bootstrap} at the top` };
  const content = files.filter((n) => !LAYER_META.test(n));
  if (content.length && content.every((n) => /^(python|lib|bin)\//.test(n)) && content.some((n) => n.startsWith('python/'))) {
    return { kind: 'layer', reason: 'everything is under python/ (a layer, unpacked at /opt)' };
  }
  return { kind: 'code', reason: bootstrap ? `files at the top, no python/-only layout` : 'files at the top' };
}

// ---------------------------------------------------------------------------------------------
// Findings helpers
// ---------------------------------------------------------------------------------------------

function finding(severity: Severity, code: string, file: string, message: string, fcSymptom: string, fix: string, line?: number): Finding {
  return line === undefined ? { severity, code, file, message, fcSymptom, fix } : { severity, code, file, line, message, fcSymptom, fix };
}

/** One line per finding, for logs and annotations. */
export function findingLine(f: Finding): string {
  return `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}. On FC: ${f.fcSymptom}. Fix: ${f.fix}`;
}

const importName = (dist: string) => dist.replace(/-/g, '_');

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

interface Dist {
  name: string;
  version?: string;
  /** The .dist-info / .egg-info folder. */
  dir: string;
  /** The folder it is installed in. */
  root: string;
}

interface Ctx {
  view: View;
  format: Artifact['format'];
  kind: DoctorKind;
  opts: DoctorOptions;
  target: Target & { musl?: boolean };
  findings: Finding[];
  add(f: Finding): void;
  /** The folder FC starts in (code: /code; layer: /opt; image: WorkingDir). */
  codeDir: string;
  /** Folders holding installed distributions. */
  depsRoots: string[];
  /** Folders Python searches without being told (an image's site-packages). */
  defaultRoots: string[];
  /** Names from layers given with `layers`, as absolute paths (mounted at /opt). */
  layerView?: View;
  dists: Map<string, Dist>;
}

function siteRoots(view: View, pythonVersion: string, pathDirs: string[]): string[] {
  const out: string[] = [];
  for (const d of view.dirs) {
    const m = /^(\/usr\/local|\/usr|(.+))\/lib\/python(\d+\.\d+)\/site-packages$/.exec(d);
    if (m && m[3] === pythonVersion) {
      const venv = m[2] && !/^\/root\/\.local$/.test(m[2]) ? m[2] : undefined;
      // A virtualenv's site-packages count when its bin/ is on PATH (its python is the one that runs).
      if (venv && !(view.files.has(`${venv}/pyvenv.cfg`) && pathDirs.includes(`${venv}/bin`))) continue;
      out.push(d);
    }
    if (d === '/usr/lib/python3/dist-packages') out.push(d);
  }
  return out.sort();
}

/** Which Python an image runs: its PYTHON_VERSION, else the standard library it carries. */
function imagePython(view: View, env: Record<string, string>): string | undefined {
  const v = /^(\d+\.\d+)/.exec(env.PYTHON_VERSION ?? '');
  if (v) return v[1];
  for (const prefix of ['/usr/local/lib', '/usr/lib']) {
    const found = [...view.files.keys()]
      .map((f) => new RegExp(`^${prefix}/python(3\\.\\d+)/os\\.py$`).exec(f)?.[1])
      .filter((x): x is string => !!x)
      .sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]));
    if (found.length) return found[0];
  }
  return undefined;
}

function collectDists(view: View, metadata: Map<string, Buffer>): Map<string, Dist> {
  const dists = new Map<string, Dist>();
  for (const d of view.dirs) {
    const base = path.posix.basename(d);
    const m = /^(.+?)(?:-([^-]+))?\.(dist-info|egg-info)$/.exec(base);
    if (!m) continue;
    const meta = metadata.get(`${d}/METADATA`) ?? metadata.get(`${d}/PKG-INFO`);
    const text = meta?.toString('utf8') ?? '';
    const name = normalizeName(/^Name:\s*(.+?)\s*$/m.exec(text)?.[1] ?? m[1]!);
    const version = /^Version:\s*(.+?)\s*$/m.exec(text)?.[1] ?? m[2];
    if (!dists.has(name)) dists.set(name, { name, version, dir: d, root: path.posix.dirname(d) });
  }
  return dists;
}

/** The roots that hold distributions: parents of .dist-info / .egg-info folders. */
function depsRootsOf(view: View): string[] {
  const roots = new Set<string>();
  for (const d of view.dirs) if (/\.(dist-info|egg-info)$/.test(d)) roots.add(path.posix.dirname(d));
  return [...roots].sort();
}

const SHELLS = /^(\/usr)?(\/bin\/)?(ba|da)?sh$/;
const isElf = (b: Buffer | undefined) => !!b && b.length >= 4 && b.readUInt32BE(0) === 0x7f454c46;

/** What an image's ENTRYPOINT + CMD start: a script, a command, or `sh -c` text. */
interface ImageStart {
  argv: string[];
  /** `sh -c "..."`: the text. */
  shellText?: string;
  /** The file argv names (argv[0], or the script given to a shell), as written. */
  scriptArg?: string;
  /** Where that file is in the image (symbolic links followed), if it is. */
  scriptAbs?: string;
  /** False when a shell runs the script (no #! or exec bit needed). */
  needsShebang: boolean;
}

function planImageStart(view: View, image: NonNullable<Artifact['image']>, codeDir: string, pathDirs: string[]): ImageStart {
  const argv = [...image.entrypoint, ...image.cmd];
  if (!argv.length) return { argv, needsShebang: true };
  if (SHELLS.test(argv[0]!) && argv[1] === '-c') return { argv, shellText: argv[2] ?? '', needsShebang: false };
  const viaShell = SHELLS.test(argv[0]!) && !!argv[1] && !argv[1].startsWith('-');
  const scriptArg = viaShell ? argv[1]! : argv[0]!;
  const candidates = scriptArg.includes('/') ? [resolvePath(codeDir, scriptArg)] : pathDirs.map((d) => `${d}/${scriptArg}`);
  const abs = candidates.map((c) => view.fileAt(c)).find(Boolean);
  return { argv, scriptArg, scriptAbs: abs, needsShebang: !viaShell };
}

interface StartInfo {
  /** Display name of what starts the function (bootstrap, or 'CMD' for an image's command). */
  file: string;
  script?: StartScript;
  /** PYTHONPATH folders the start leaves (the script's and the image's ENV). */
  pythonPath: string[];
  /** The PATH the start command runs with. */
  pathDirs: string[];
  /** The bootstrap analysis already reported missing deps folders on PYTHONPATH. */
  noPythonPathReported: boolean;
}

/** The start script or command: FC's contract (analyzeBootstrap), exec bit, existence. */
function checkStart(ctx: Ctx, texts: Map<string, Buffer>, startAbs: string | undefined, imageStart: ImageStart | undefined, image: Artifact['image'], format: Artifact['format']): StartInfo | undefined {
  const { view, opts } = ctx;
  const env = image?.env ?? {};
  const envPythonPath = env.PYTHONPATH ? pythonPathDirs(env.PYTHONPATH) : [];
  const basePath = image ? (env.PATH ? env.PATH.split(':').filter(Boolean) : DEFAULT_IMAGE_PATH) : FC_CODE_PATH;
  const vars: Record<string, string> = { FC_FUNC_CODE_PATH: '/code', ...env, FC_SERVER_PORT: String(opts.port) };
  delete (vars as Record<string, string | undefined>).PYTHONPATH;
  delete (vars as Record<string, string | undefined>).PATH;
  // Deps folders that must be on PYTHONPATH: inside the artifact, not the start folder, not searched by default
  // (nor another interpreter's own site-packages in an image).
  const mustBeOnPath = ctx.depsRoots.filter(
    (r) => r !== ctx.codeDir && !ctx.defaultRoots.includes(r) && view.inside(r) && !(ctx.kind === 'image' && /\/lib\/python3[^/]*\/(site|dist)-packages$/.test(r)),
  );

  let text: Buffer | undefined;
  let file = 'CMD';
  let scriptDir = ctx.codeDir;
  let commandLine: string | undefined;
  let needsShebang = true;

  if (ctx.kind === 'image') {
    const is = imageStart!;
    if (!is.argv.length) {
      ctx.add(finding('warning', 'bootstrap-missing', 'image config', 'the image has no ENTRYPOINT or CMD', 'FC cannot start the container unless the function sets a start command', 'Add CMD ["./bootstrap"] (or your server command) to the Dockerfile, or set the function\'s command.'));
      return undefined;
    }
    needsShebang = is.needsShebang;
    if (is.shellText !== undefined) {
      commandLine = is.shellText;
    } else if (!is.scriptAbs) {
      const arg = is.scriptArg!;
      ctx.add(
        finding('error', 'bootstrap-command', 'CMD', `the image starts ${arg}, which is not in the image${arg.includes('/') ? ` (WORKDIR ${ctx.codeDir})` : ` (PATH: ${basePath.join(':')})`}`, `exec: "${arg}": executable file not found in $PATH (the container exits at once, code 127)`, 'Copy the start script into the image (COPY bootstrap /code/), or fix ENTRYPOINT/CMD and WORKDIR.'),
      );
      return undefined;
    } else {
      const base = path.posix.basename(is.scriptArg!);
      const body = texts.get(is.scriptAbs);
      if (/^python(\d+(\.\d+)?)?$/.test(base) || SERVERS.has(base) || !body || isElf(body)) {
        commandLine = is.argv.map((a) => (/[\s"'$;&|]/.test(a) ? `'${a.replace(/'/g, "'\\''")}'` : a)).join(' ');
      } else {
        startAbs = is.scriptAbs;
        const interp = /^#!\s*(\S+)/.exec(body.toString('latin1'))?.[1];
        if (needsShebang && interp && !view.fileAt(interp)) {
          ctx.add(finding('error', 'bootstrap-shebang', view.show(startAbs), `${view.show(startAbs)} starts with #!${interp}, which the image does not have`, `exec ${view.show(startAbs)}: no such file or directory (the container exits at once)`, `Use an interpreter the image has (#!/bin/sh), or install it in the Dockerfile.`, 1));
        }
        const entry = view.files.get(startAbs)!;
        if (needsShebang && (entry.mode & 0o111) === 0) {
          ctx.add(finding('error', 'bootstrap-mode', view.show(startAbs), `${view.show(startAbs)} is not executable in the image (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')})`, 'exec: permission denied (Function instance exited unexpectedly(code 13, message:permission denied))', 'RUN chmod 755 on it in the Dockerfile (or COPY --chmod=755).'));
        }
      }
    }
  } else {
    if (!startAbs) return undefined;
    const shown = view.show(startAbs);
    const entry = view.files.get(startAbs);
    if (!entry) {
      const nested = [...view.files.keys()].find((f) => path.posix.basename(f) === path.posix.basename(startAbs!) && f !== startAbs);
      ctx.add(
        finding(
          'error',
          'bootstrap-missing',
          shown,
          `there is no ${shown} at the top of the package${nested ? ` (there is ${view.show(nested)}: the zip holds the folder, not its contents)` : ''}`,
          'Failed to start function instance. Error: the file /code/bootstrap is not exist',
          nested ? 'Zip the folder\'s contents, not the folder (cd into it, then zip -r ../function.zip .), or let fc-python-pack build it.' : 'Add a bootstrap script (#!/bin/bash, then exec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000), or set the function\'s start command (--bootstrap none).',
        ),
      );
      return undefined;
    }
    if ((entry.mode & 0o111) === 0) {
      const noUnixModes = format === 'zip' && entry.mode === 0;
      ctx.add(
        finding(
          format === 'folder' ? 'info' : 'error',
          'bootstrap-mode',
          shown,
          noUnixModes
            ? `${shown} is stored without Unix permissions (the zip was made on Windows), so FC unpacks it without its executable bit`
            : format === 'folder'
              ? `${shown} is not executable here (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')}); fc-python-pack build stores it 0755, but a zip made by hand would keep the missing bit`
              : `${shown} is stored without its executable bit (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')})`,
          'Function instance exited unexpectedly(code 13, message:permission denied)',
          'Store it 0755: fc-python-pack build --target code always does; or chmod 755 bootstrap and zip on Linux/macOS (git update-index --chmod=+x bootstrap for the repository).',
        ),
      );
    }
    file = shown;
  }

  if (startAbs) {
    file = view.show(startAbs);
    scriptDir = path.posix.dirname(startAbs);
    text = texts.get(startAbs) ?? Buffer.alloc(0);
  }
  const content = text ?? Buffer.from(`#!/bin/sh\n${commandLine ?? ''}\n`);
  const analysis = analyzeBootstrap(content, { file, depsDirs: ctx.kind === 'code' ? mustBeOnPath : [], port: opts.port });
  for (const f of analysis.findings) {
    if (f.code === 'bootstrap-shebang' && (!text || !needsShebang)) continue;
    ctx.add(text ? f : { ...f, line: undefined, file: 'CMD' });
  }
  const pythonPath = [...new Set([...(analysis.pythonPath !== undefined ? pythonPathDirs(analysis.pythonPath) : []), ...envPythonPath])];
  const sctx = { cwd: ctx.codeDir, scriptDir, vars, path: basePath };
  const script = text ? parseStartScript(content.toString('utf8'), sctx) : parseCommandLine(commandLine ?? '', sctx);
  const noPythonPathReported = analysis.findings.some((f) => f.code === 'bootstrap-no-pythonpath');

  // Every deps folder must be on PYTHONPATH (the bootstrap analysis reports the case where none is).
  if (!noPythonPathReported) {
    for (const r of mustBeOnPath) {
      if (pythonPath.includes(r)) continue;
      const pkgs = [...ctx.dists.values()].filter((d) => d.root === r).map((d) => d.name);
      ctx.add(
        finding(
          'error',
          'bootstrap-no-pythonpath',
          text ? file : 'CMD',
          `${view.show(r)}/ holds installed packages (${pkgs.slice(0, 4).join(', ')}${pkgs.length > 4 ? ', ...' : ''}), but ${ctx.kind === 'image' ? 'neither ENV PYTHONPATH nor the start command puts' : `${file} never puts`} it on PYTHONPATH`,
          `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(pkgs[0] ?? 'uvicorn')}`,
          ctx.kind === 'image' ? `ENV PYTHONPATH=${r} in the Dockerfile.` : `Add export PYTHONPATH=${r}:$PYTHONPATH to ${file} before the server starts.`,
          text ? 1 : undefined,
        ),
      );
    }
  }
  return { file: text ? file : 'CMD', script, pythonPath, pathDirs: script.path ?? basePath, noPythonPathReported };
}

/** Where a module would be found: in a searched root, in a deps folder Python is not told about, or nowhere. */
function locateModule(ctx: Ctx, roots: string[], dotted: string): 'found' | 'unlisted' | 'missing' {
  const { view } = ctx;
  if (roots.some((r) => view.hasModule(r, dotted) || ctx.layerView?.hasModule(r, dotted))) return 'found';
  if (ctx.depsRoots.some((r) => view.hasModule(r, dotted))) return 'unlisted';
  return 'missing';
}

/** Folders on the path that are outside the artifact (code: /opt; layer: /code): what a layer or the code would bring. */
function externalRoots(ctx: Ctx, roots: string[]): string[] {
  return ctx.kind === 'image' ? [] : roots.filter((r) => !ctx.view.inside(r) && !(ctx.layerView && ctx.layerView.dirs.has(r)));
}

/** The commands that start the server: the modules they import, the app they serve, the scripts they run. */
function checkCommands(ctx: Ctx, start: StartInfo, texts: Map<string, Buffer>): void {
  const { view } = ctx;
  const file = start.file;
  const report = (sev: Severity, code: string, message: string, fcSymptom: string, fix: string, line?: number) => ctx.add(finding(sev, code, file, message, fcSymptom, fix, line));
  const where = ctx.kind === 'code' ? `function.zip${ctx.layerView ? ' nor the layers given' : ''}` : ctx.kind === 'layer' ? 'the layer' : 'the image';

  const moduleMissing = (roots: string[], mod: string, line: number | undefined, how: string) => {
    // 'unlisted': it is installed, in a folder not on PYTHONPATH, and that folder's own finding says so.
    if (locateModule(ctx, roots, mod) !== 'missing') return;
    const top = mod.split('.')[0]!;
    const name = locateModule(ctx, roots, top) === 'missing' ? top : mod;
    const external = externalRoots(ctx, roots);
    if (external.length) {
      report(
        'warning',
        'deps-missing',
        `${how}, but ${name} is not in ${where}: it must come from a layer mounted at ${external.join(' or ')}`,
        `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${name}, if no layer brings it`,
        `Attach the layer that has ${top} (target layer), or build the dependencies in (target code with include-deps: true). To check both together: fc-python-pack doctor function.zip --layer layer.zip.`,
        line,
      );
      return;
    }
    report(
      'error',
      'deps-missing',
      `${how}, but ${name} is not in ${where} (looked in ${roots.map((r) => (ctx.kind === 'image' ? r : `${view.show(r)}/`)).join(', ')})`,
      `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${name}`,
      ctx.kind === 'image'
        ? `pip install ${top} in the Dockerfile (or add it to requirements.txt), into a folder on the image's Python path.`
        : `Add ${top} to requirements.txt and build the dependencies in (fc-python-pack build --target code, include-deps: true), or attach a layer with it and put /opt/python on PYTHONPATH.`,
      line,
    );
  };

  const appMissing = (appRoots: string[], spec: string, mod: string, line: number | undefined) => {
    if (locateModule(ctx, appRoots, mod) === 'found') return;
    const rel = mod.split('.').join('/');
    report(
      'error',
      'app-missing',
      `the server is told to load ${spec}, but there is no ${rel}.py (nor ${rel}/) in ${appRoots.map((r) => (ctx.kind === 'image' ? r : `${view.show(r)}/`)).join(', ')}`,
      `ERROR: Error loading ASGI app. Could not import module "${mod}". (Function instance exited unexpectedly(code 1, ...))`,
      ctx.kind === 'code' ? `Put ${rel}.py at the top of the package (zip the app folder's contents), or fix the module path (or --app-dir) in ${file}.` : 'Copy the app into the image\'s WORKDIR, or fix the module path in the start command.',
      line,
    );
  };

  const serverArgs = (server: string, args: string[], cwd: string, line: number | undefined, roots: string[]) => {
    let appDir: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const opt = /^(--app-dir|--chdir)(?:=(.*))?$/.exec(a);
      if (opt) {
        const v = opt[2] ?? args[++i];
        if (v && !v.includes('$')) appDir = resolvePath(cwd, v);
        continue;
      }
      if ((a === '-k' || a === '--worker-class') && args[i + 1] && /^[A-Za-z_][\w.]*$/.test(args[i + 1]!)) {
        const worker = args[++i]!;
        const mod = worker.split('.').slice(0, -1).join('.');
        if (mod) moduleMissing(roots, mod, line, `${server} runs the worker class ${worker}`);
      }
    }
    const spec = args.find((a) => APP_SPEC.test(a));
    if (spec) {
      const mod = APP_SPEC.exec(spec)![1]!;
      appMissing([appDir ?? cwd, ...start.pythonPath, ...ctx.defaultRoots], spec, mod, line);
    } else if (server === 'fastapi' && (args[0] === 'run' || args[0] === 'dev') && args[1] && !args[1].startsWith('-') && !args[1].includes('$')) {
      const p = resolvePath(cwd, args[1]);
      if (!view.exists(p)) appMissing([cwd], args[1], args[1].replace(/\.py$/, '').replace(/\//g, '.'), line);
    }
  };

  for (const cmd of start.script?.commands ?? []) checkCommand(cmd);

  function checkCommand(cmd: StartCommand): void {
    const { argv, line, cwd } = cmd;
    const argv0 = argv[0]!;
    if (argv0.includes('$') || SHELL_BUILTINS.has(argv0)) return;
    const base = path.posix.basename(argv0);
    const pyRoots = (withCwd: boolean) => [...new Set([...(withCwd ? [cwd] : []), ...start.pythonPath, ...ctx.defaultRoots])];

    if (ctx.kind === 'image') {
      const spots = argv0.includes('/') ? [resolvePath(cwd, argv0)] : start.pathDirs.map((d) => `${d}/${argv0}`);
      if (!spots.some((p) => view.fileAt(p))) {
        report('error', 'bootstrap-command', `${file} runs ${argv0}, which is not in the image${argv0.includes('/') ? '' : ` (PATH: ${start.pathDirs.join(':')})`}`, `${argv0}: not found (the container exits with code 127)`, `Install it in the Dockerfile, or fix the command (PATH comes from ENV PATH).`, line);
        return;
      }
    }
    if (/^python(\d+(\.\d+)?)?$/.test(base)) {
      for (let i = 1; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '-m') {
          const mod = argv[i + 1];
          if (!mod || mod.includes('$')) return;
          moduleMissing(pyRoots(true), mod, line, `${file} starts python -m ${mod}`);
          const server = mod.split('.')[0]!;
          if (SERVERS.has(server)) serverArgs(server, argv.slice(i + 2), cwd, line, pyRoots(true));
          return;
        }
        if (a === '-c') return;
        if (a === '-W' || a === '-X' || a === '-Q') {
          i++;
          continue;
        }
        if (a.startsWith('-')) continue;
        if (a.includes('$')) return;
        const scriptPath = resolvePath(cwd, a);
        if (!view.exists(scriptPath) && view.inside(scriptPath)) {
          report('error', 'app-missing', `${file} runs python ${a}, but there is no ${view.show(scriptPath)} in ${where}`, `python3: can't open file '${scriptPath}': [Errno 2] No such file or directory (Function instance exited unexpectedly(code 2, ...))`, `Fix the path in ${file}: FC runs it from ${cwd}.`, line);
        }
        return;
      }
      return;
    }

    // A command by path, or a console script found through PATH.
    const candidates = argv0.includes('/') ? [resolvePath(cwd, argv0)] : start.pathDirs.map((d) => `${d}/${argv0}`);
    const found = candidates.map((p) => (ctx.kind === 'image' ? view.fileAt(p) : view.files.has(p) || ctx.layerView?.files.has(p) ? p : undefined)).find(Boolean);
    const inArtifactBin = [...ctx.depsRoots, ctx.codeDir].map((r) => `${r}/bin/${base}`).find((p) => view.files.has(p));
    const isServer = SERVERS.has(base);
    if (!found) {
      if (!isServer && !inArtifactBin && !(argv0.includes('/') && view.inside(candidates[0]!))) return; // a system command we cannot see
      // Only a PATH the script points at a layer (/opt/...) leaves room for the command to come from one.
      const outside = ctx.kind === 'code' && !ctx.layerView && (start.script?.path ?? []).some((d) => !view.inside(d) && !FC_CODE_PATH.includes(d) && d.startsWith('/opt'));
      report(
        outside && isServer ? 'warning' : 'error',
        'bootstrap-command',
        `${file} runs ${argv0}, which is ${argv0.includes('/') ? `not in ${where}` : `on no PATH folder (${start.pathDirs.join(':')})`}${inArtifactBin ? `; ${view.show(inArtifactBin)} exists, but ${view.show(path.posix.dirname(inArtifactBin))} is not on PATH` : ''}${outside && isServer ? ', unless a layer brings it' : ''}`,
        `Function instance exited unexpectedly(code 127, ...): ${argv0}: command not found`,
        isServer ? `Start it through the interpreter: exec python3 -m ${base} ... (with the deps folder on PYTHONPATH).` : `Fix the command in ${file}, or ship ${argv0} in ${where}.`,
        line,
      );
      if (isServer) serverArgs(base, argv.slice(1), cwd, line, pyRoots(false));
      return;
    }
    // A script of the package run directly needs its exec bit (a folder gets it from the build).
    const entry = view.files.get(found);
    if (entry && !entry.isSymlink && (entry.mode & 0o111) === 0 && ctx.format !== 'folder') {
      report('error', 'bootstrap-command', `${file} runs ${view.show(found)}, which is stored without its executable bit (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')})`, `${argv0}: Permission denied (Function instance exited unexpectedly(code 126, ...))`, `Store it 0755 (chmod 755 and zip on Linux/macOS), or run it through its interpreter (bash ${argv0}, python3 ${argv0}).`, line);
    }
    // A console script: its #! must name an interpreter FC has, and its module must import.
    const body = texts.get(found);
    const shebang = body && body.subarray(0, 2).toString('latin1') === '#!' ? body.toString('utf8').split('\n')[0]!.slice(2).trim() : undefined;
    if (shebang) {
      const interp = shebang.split(/\s+/)[0]!;
      const bad = ctx.kind === 'image' ? !view.fileAt(interp) : !FC_INTERPRETERS.test(interp);
      if (bad) {
        report('error', 'bootstrap-command', `${view.show(found)} starts with #!${interp}, an interpreter FC does not have (pip wrote the build machine's Python into it)`, `${argv0}: bad interpreter: ${interp}: No such file or directory (Function instance exited unexpectedly(code 126 or 127, ...))`, `Start the server through the interpreter (exec python3 -m ${base} ...), or rebuild with fc-python-pack (console scripts point at /usr/bin/env python3).`, line);
      }
    }
    if (isServer) {
      moduleMissing(pyRoots(false), base === 'waitress-serve' ? 'waitress' : base, line, `${file} runs ${argv0}`);
      serverArgs(base, argv.slice(1), cwd, line, pyRoots(false));
    }
  }
}

function checkRequirements(ctx: Ctx, texts: Map<string, Buffer>, start: StartInfo | undefined): void {
  const { view } = ctx;
  const reqAbs = [ctx.codeDir, '/code', '/app'].map((d) => `${d === '/' ? '' : d}/requirements.txt`).find((p) => texts.has(p));
  if (!reqAbs) return;
  const shown = view.show(reqAbs);
  const reqs: (Requirement & { file: string })[] = [];
  const seen = new Set<string>();
  const load = (abs: string, depth: number) => {
    if (seen.has(abs) || depth > 4) return;
    seen.add(abs);
    const text = texts.get(abs);
    if (!text) return;
    const parsed = parseRequirements(text.toString('utf8'));
    for (const r of parsed.requirements) reqs.push({ ...r, file: view.show(abs) });
    for (const inc of parsed.includes) load(resolvePath(path.posix.dirname(abs), inc.file), depth + 1);
  };
  load(reqAbs, 0);
  if (!reqs.length) return;

  const env = fcMarkerEnv(ctx.target.pythonVersion);
  const needed: { req: (typeof reqs)[number]; sure: boolean }[] = [];
  for (const req of reqs) {
    if (!req.marker) {
      needed.push({ req, sure: true });
      continue;
    }
    try {
      if (evaluateMarker(req.marker, env)) needed.push({ req, sure: true });
    } catch {
      needed.push({ req, sure: false });
    }
  }

  const layerDists = ctx.layerView ? collectDists(ctx.layerView, new Map()) : new Map<string, Dist>();
  const haveDeps = ctx.dists.size > 0 || layerDists.size > 0;
  const pythonPath = start?.pythonPath ?? [];
  const external = externalRoots(ctx, pythonPath);
  if (!haveDeps && ctx.kind === 'code') {
    const names = needed.map((n) => n.req.written);
    if (!names.length) return;
    if (external.length || !start) {
      ctx.add(
        finding(
          'info',
          'deps-external',
          shown,
          `${shown} names ${names.length} distribution${names.length > 1 ? 's' : ''} (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}), none of them in function.zip: ${external.length ? `they must come from a layer at ${external.join(' or ')}` : 'they must come from a layer or the runtime'}`,
          'No module named ... at start, if no layer brings them',
          'Check the layer with fc-python-pack doctor layer.zip, or both together: fc-python-pack doctor function.zip --layer layer.zip.',
        ),
      );
      return;
    }
    ctx.add(
      finding(
        'error',
        'deps-missing',
        shown,
        `${shown} names ${names.length} distribution${names.length > 1 ? 's' : ''} (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}), but function.zip has none installed (no python/ folder), and ${start.file} puts no layer folder on PYTHONPATH`,
        `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(needed[0]!.req.name)}`,
        'Build the dependencies in (fc-python-pack build --target code, include-deps: true), or build a layer (target layer), attach it and export PYTHONPATH=/opt/python in bootstrap.',
      ),
    );
    return;
  }

  const roots = [...new Set([...ctx.depsRoots, ...ctx.defaultRoots, ctx.codeDir])];
  for (const { req, sure } of needed) {
    const dist = ctx.dists.get(req.name) ?? layerDists.get(req.name);
    if (dist) {
      if (req.pinned && dist.version && !sameVersion(req.pinned, dist.version)) {
        ctx.add(finding('warning', 'deps-version', req.file, `${req.file} pins ${req.written}==${req.pinned}, but ${dist.version} is installed (${ctx.view.show(dist.dir)})`, 'the function runs another version than the one tested', 'Rebuild the dependencies from requirements.txt (fc-python-pack build).', req.line));
      }
      continue;
    }
    // A vendored copy without its .dist-info still imports.
    if (roots.some((r) => view.hasModule(r, importName(req.name)) || view.hasModule(r, req.name))) continue;
    ctx.add(
      finding(
        sure ? 'error' : 'warning',
        'deps-missing',
        req.file,
        `${req.file} asks for ${req.written}${req.marker ? ` (marker: ${req.marker})` : ''}, which is not installed in ${ctx.kind === 'image' ? 'the image' : ctx.depsRoots.length ? ctx.depsRoots.map((r) => `${view.show(r)}/`).join(', ') : 'the package'}${ctx.layerView ? ' nor the layers given' : ''} (no ${req.name.replace(/-/g, '_')}-*.dist-info)${sure ? '' : '; its marker could not be evaluated'}`,
        `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(req.name)}`,
        ctx.kind === 'image' ? 'Install requirements.txt in the Dockerfile (pip install -r requirements.txt) and rebuild the image.' : 'Rebuild the dependencies for FC from requirements.txt: fc-python-pack build (target layer, or code with include-deps).',
        req.line,
      ),
    );
  }
}

const SECRET_NAME = /^(\.env(\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+)?|id_(rsa|dsa|ecdsa|ed25519)|\.netrc|\.pypirc|.+\.(p12|pfx|jks|keystore))$/;
const PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/;

/** Inside a folder of installed packages (not the code folder itself, where pip install -t . puts them). */
function inDeps(ctx: Ctx, abs: string): boolean {
  return [...ctx.depsRoots, ...ctx.defaultRoots].some((r) => r !== ctx.codeDir && isUnder(abs, r));
}

function isSecretCandidate(ctx: Ctx, abs: string, size: number): boolean {
  if (size > SECRET_SCAN_MAX || abs.includes('/__pycache__/')) return false;
  if (inDeps(ctx, abs)) return false;
  if (ctx.kind === 'image') return secretScopes(ctx).some((d) => isUnder(abs, d));
  return true;
}

function secretScopes(ctx: Ctx): string[] {
  return [...new Set([...(ctx.codeDir !== '/' ? [ctx.codeDir] : []), '/code', '/app', '/srv', '/root'])];
}

function checkSecrets(ctx: Ctx, texts: Map<string, Buffer>): void {
  const { view } = ctx;
  const owned = new Set<string>();
  for (const [abs, data] of texts) {
    if (!abs.endsWith('.dist-info/RECORD')) continue;
    const root = path.posix.dirname(path.posix.dirname(abs));
    for (const line of data.toString('utf8').split('\n')) {
      const rel = line.split(',').slice(0, -2).join(',').replace(/^"|"$/g, '');
      if (rel) owned.add(resolvePath(root, rel));
    }
  }
  const gitDirs = new Set<string>();
  for (const d of view.dirs) {
    if (path.posix.basename(d) === '.git' && !inDeps(ctx, d) && (ctx.kind !== 'image' || secretScopes(ctx).some((s) => isUnder(d, s)))) gitDirs.add(d);
  }
  for (const d of gitDirs) {
    ctx.add(finding('warning', 'secret-git', `${view.show(d)}/`, `the ${ctx.kind === 'image' ? 'image' : 'package'} carries ${view.show(d)}/ (the history, remotes, maybe credentials)`, 'nothing fails, but anyone who can read the code can read the history', ctx.kind === 'image' ? 'Add .git to .dockerignore.' : 'Leave .git out (fc-python-pack build does by default; or add it to .fcignore).'));
  }
  for (const abs of view.files.keys()) {
    if (gitDirs.size && [...gitDirs].some((g) => isUnder(abs, g))) continue;
    if (owned.has(abs) || inDeps(ctx, abs) || (ctx.kind === 'image' && !secretScopes(ctx).some((d) => isUnder(abs, d)))) continue;
    const base = path.posix.basename(abs);
    const body = texts.get(abs);
    const text = body?.toString('latin1');
    let why: string | undefined;
    let line: number | undefined;
    if (SECRET_NAME.test(base)) why = base.startsWith('.env') ? 'an environment file (usually secrets)' : base.startsWith('id_') ? 'an SSH private key' : /\.(netrc|pypirc)$/.test(base) ? 'a credentials file' : 'a key store';
    else if (text && PRIVATE_KEY.test(text)) {
      why = 'a private key';
      line = text.slice(0, PRIVATE_KEY.exec(text)!.index).split('\n').length;
    } else if (text && /"private_key"\s*:\s*"-----BEGIN/.test(text)) why = 'a service-account key with a private key';
    else if (abs.endsWith('/.aws/credentials') || abs.endsWith('/.docker/config.json')) why = 'a credentials file';
    if (!why) continue;
    ctx.add(
      finding(
        'warning',
        'secret-shipped',
        view.show(abs),
        `${view.show(abs)} looks like ${why}, and it ships with the ${ctx.kind === 'image' ? 'image' : 'function'}`,
        'nothing fails, but anyone who can read the code package (or pull the image) can read it',
        ctx.kind === 'image' ? 'Keep it out of the build context (.dockerignore); give the function its secrets as environment variables or through KMS.' : 'Leave it out (.fcignore, or the exclude input) and set the values as the function\'s environment variables (or use KMS).',
        line,
      ),
    );
  }
}

function checkLayerLayout(ctx: Ctx): void {
  for (const r of ctx.depsRoots) {
    if (r === '/opt') {
      ctx.add(
        finding('error', 'layer-layout', '.', 'the packages are at the top of the layer: FC unpacks a layer into /opt, so they land in /opt, which no Python searches', 'Function instance exited unexpectedly(code 1, ...) ... No module named ...', 'Put them under python/ in the zip (pip install --target python ...; or fc-python-pack build --target layer) and export PYTHONPATH=/opt/python in bootstrap.'),
      );
    }
    const m = /^\/opt\/python\/lib\/python(\d+\.\d+)\/site-packages$/.exec(r);
    if (m) {
      ctx.add(
        finding(
          m[1] === ctx.target.pythonVersion ? 'info' : 'warning',
          'layer-layout',
          `${ctx.view.show(r)}/`,
          `the packages are in ${ctx.view.show(r)}/ (built for Python ${m[1]}): the function must put /opt/python/lib/python${m[1]}/site-packages (not /opt/python) on PYTHONPATH`,
          'No module named ... if bootstrap exports only /opt/python',
          `export PYTHONPATH=${r}:$PYTHONPATH in bootstrap, or rebuild the layer flat under python/ (fc-python-pack build --target layer).`,
        ),
      );
    }
  }
}

function checkSize(ctx: Ctx, subject: string, zipped: number | undefined, unpacked: number): void {
  const file = path.basename(subject);
  if (ctx.kind === 'image') {
    if (unpacked > FC_LIMITS.imageUncompressed) {
      ctx.add(finding('error', 'size-limit', file, `the image is ${formatBytes(unpacked)} unpacked, over FC's ${formatBytes(FC_LIMITS.imageUncompressed)} limit for custom-container images`, 'the function cannot be created or updated with this image', 'Use a slim base image, a multi-stage build, and leave build tools and caches out.'));
    }
    return;
  }
  if (zipped === undefined) return;
  if (zipped > FC_LIMITS.codeZipConsole) {
    ctx.add(finding('error', 'size-limit', file, `the ${ctx.kind === 'layer' ? 'layer' : 'package'} is ${formatBytes(zipped)} zipped, over FC's ${formatBytes(FC_LIMITS.codeZipConsole)} limit`, 'CodeSizeExceeded when the function (or layer) is created or updated', ctx.kind === 'layer' ? 'Split the dependencies into several layers, or use a container image (target image).' : 'Move the dependencies into a layer (target layer), or use a container image (target image).'));
  } else if (zipped > FC_LIMITS.codeZipApi) {
    ctx.add(finding('warning', 'size-api-limit', file, `the ${ctx.kind === 'layer' ? 'layer' : 'package'} is ${formatBytes(zipped)} zipped, over the ${formatBytes(FC_LIMITS.codeZipApi)} limit for uploads through the API`, 'CodeSizeExceeded when deployed through the API (s deploy without OSS)', 'Upload through OSS or the console, or split the deps into a layer.'));
  }
}

/** Sizes by package (inside deps folders) or top-level folder. */
function largest(ctx: Ctx): { name: string; bytes: number }[] {
  const by = new Map<string, number>();
  const roots = [...ctx.depsRoots, ...ctx.defaultRoots].sort((a, b) => b.length - a.length);
  for (const [abs, f] of ctx.view.files) {
    const root = roots.find((r) => abs.startsWith(`${r}/`));
    let key: string;
    if (root) {
      const first = abs.slice(root.length + 1).split('/')[0]!;
      const pkg = first.replace(/\.libs$/, '').replace(/\.(py|so)$/, '');
      key = `${ctx.view.show(root)}/${pkg}`;
    } else {
      const parts = ctx.view.show(abs).split('/').filter(Boolean);
      key = ctx.kind === 'image' ? `/${parts.slice(0, 2).join('/')}` : parts.length > 1 ? parts[0]! : parts[0] ?? abs;
    }
    by.set(key, (by.get(key) ?? 0) + f.size);
  }
  return [...by.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, bytes]) => ({ name, bytes }));
}

// ---------------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------------

function bootstrapName(b: string | null | undefined): string | null {
  if (b === null || b === 'none' || b === '') return null;
  return (b ?? 'bootstrap').replace(/^\.\//, '');
}

async function layerView(sources: LayerSource[] | undefined): Promise<View | undefined> {
  if (!sources?.length) return undefined;
  const entries: ArtifactFile[] = [];
  for (const s of sources) {
    const { src, mount } = typeof s === 'string' ? { src: s, mount: '/opt/' } : { src: s.dir, mount: `${s.mount.replace(/\/$/, '')}/` };
    for (const n of await listLayerNames(src)) {
      const isDir = n.endsWith('/');
      entries.push({ name: `${mount}${n}`, mode: 0, size: 0, isDir, isSymlink: false });
    }
  }
  return new View(entries, '');
}

export async function diagnose(artifact: Artifact, subject: string, opts: DoctorOptions): Promise<DoctorReport> {
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const bootstrap = bootstrapName(opts.bootstrap);

  for (const u of artifact.unsafe) {
    add(finding('error', artifact.format === 'image' ? 'image-unsafe-entry' : 'zip-unsafe-entry', u.name, `entry "${u.name}" ${u.reason}: it would land outside ${artifact.format === 'image' ? 'the image\'s root' : 'the function\'s folder'}, so the doctor refuses to read it`, 'FC refuses or mis-unpacks the package (InvalidArgument, or files where the code does not expect them)', 'Rebuild the archive from the folder with relative paths only (fc-python-pack build does).'));
  }
  for (const d of [...new Set(artifact.duplicates)]) {
    add(finding('warning', 'zip-duplicate-entry', d, `"${d}" is stored more than once; which copy FC unpacks is up to its unzip`, 'the function may run a different file than the one you tested', 'Rebuild the zip from a clean folder (fc-python-pack build).'));
  }
  for (const n of artifact.notes) add(n);

  // Kind.
  let kind: DoctorKind;
  let kindReason: string;
  if (artifact.format === 'image') {
    kind = 'image';
    kindReason = 'a docker save archive';
  } else {
    const detected = detectKind(artifact.entries.map((e) => e.name), bootstrap);
    kind = opts.kind && opts.kind !== 'auto' ? opts.kind : detected.kind;
    kindReason = opts.kind && opts.kind !== 'auto' ? `as asked (--kind ${opts.kind})` : detected.reason;
    if (kind === 'image') throw new UserError(`${subject} is not an image archive (docker save tar); it is a ${artifact.format}.`);
  }
  const view = new View(artifact.entries, kind === 'code' ? '/code/' : kind === 'layer' ? '/opt/' : '');
  const image = artifact.image;

  // The target: the runtime's Python and glibc, or an image's own.
  let pythonVersion = opts.pythonVersion;
  let glibc: string = RUNTIMES[opts.runtime].glibc;
  let musl: boolean | undefined;
  if (image) {
    const py = imagePython(view, image.env);
    if (py && py !== opts.pythonVersion) {
      add(finding('info', 'image-python', 'image', `the image runs Python ${py}; extensions are checked against it (not --python-version ${opts.pythonVersion})`, '-', '-'));
    }
    pythonVersion = py ?? pythonVersion;
    if (image.glibc) glibc = image.glibc;
    else if (!image.musl) {
      add(finding('info', 'image-glibc', 'image', `could not tell the image's glibc (no dpkg record of libc6); native code is checked against ${glibc} (${opts.runtime})`, '-', '-'));
    }
    musl = image.musl;
    if (image.architecture && image.architecture !== 'amd64') {
      add(finding('error', 'elf-machine', 'image config', `the image is built for ${image.architecture}; FC runs x86-64 (amd64)`, 'Function instance exited unexpectedly(code 8, message:exec format error)', 'Build for amd64: docker build --platform linux/amd64 (or docker buildx build --platform linux/amd64).'));
    }
    if (image.os && image.os !== 'linux') {
      add(finding('error', 'image-os', 'image config', `the image is for ${image.os}; FC runs Linux containers`, 'the container cannot start', 'Build a Linux image (--platform linux/amd64).'));
    }
  }
  const target = { pythonVersion, glibc, musl };

  const codeDir = kind === 'code' ? '/code' : kind === 'layer' ? '/opt' : (image?.workingDir ?? '/').replace(/(.)\/+$/, '$1');
  const envPath = image ? (image.env.PATH ? image.env.PATH.split(':') : DEFAULT_IMAGE_PATH) : [];
  const depsRoots = depsRootsOf(view);
  if (kind === 'code' && view.dirs.has('/code/python') && !depsRoots.includes('/code/python')) depsRoots.push('/code/python');
  const defaultRoots = image ? siteRoots(view, pythonVersion, envPath) : [];
  const ctx: Ctx = { view, format: artifact.format, kind, opts, target, findings, add, codeDir, depsRoots, defaultRoots, dists: new Map(), layerView: await layerView(opts.layers) };

  // Which files to read: the start script, requirements, .dist-info records, secrets, console scripts, native code.
  let startAbs: string | undefined;
  if (kind === 'code' && bootstrap) startAbs = `/code/${bootstrap}`;
  const imageStart = image ? planImageStart(view, image, codeDir, envPath) : undefined;
  const scriptAbs = startAbs ?? imageStart?.scriptAbs;
  const binDirs = [...depsRoots.map((r) => `${r}/bin`), `${codeDir}/bin`, ...(image ? envPath : [])];
  const nativeScope = (abs: string) => kind !== 'image' || [codeDir === '/' ? '/code' : codeDir, '/code', '/opt', '/app', ...depsRoots, ...defaultRoots].some((d) => isUnder(abs, d));
  const textWanted = (abs: string, f: ArtifactFile) =>
    abs === scriptAbs ||
    (/\.(txt|in)$/.test(abs) && f.size <= 1024 * 1024 && [codeDir, '/code', '/app'].some((d) => path.posix.dirname(abs) === d || (path.posix.basename(path.posix.dirname(abs)) === 'requirements' && path.posix.dirname(path.posix.dirname(abs)) === d))) ||
    (/\.(dist-info|egg-info)\/(WHEEL|METADATA|PKG-INFO)$/.test(abs) && f.size <= 4 * 1024 * 1024 && (kind !== 'image' || nativeScope(abs))) ||
    // Packages installed into the code folder itself (pip install -t .): their files are theirs, not the user's secrets.
    (/\.dist-info\/RECORD$/.test(abs) && path.posix.dirname(path.posix.dirname(abs)) === codeDir && f.size <= 4 * 1024 * 1024) ||
    (binDirs.includes(path.posix.dirname(abs)) && f.size <= SECRET_SCAN_MAX && !NATIVE.test(abs)) ||
    isSecretCandidate(ctx, abs, f.size);
  const texts = new Map<string, Buffer>();
  const elfs = new Map<string, ElfDynamic>();
  const byName = new Map<string, string>();
  for (const e of artifact.entries) if (!e.isDir) byName.set(e.name, view.abs(e.name));
  await artifact.read(
    (name) => {
      const abs = byName.get(name);
      if (!abs) return false;
      const f = view.files.get(abs)!;
      if (f.isSymlink) return false;
      return textWanted(abs, f) || (NATIVE.test(abs) && nativeScope(abs));
    },
    (name, data) => {
      const abs = byName.get(name)!;
      const f = view.files.get(abs)!;
      if (textWanted(abs, f)) texts.set(abs, data);
      if (NATIVE.test(abs)) {
        const bin = classifyBinary(data);
        if (bin.kind === 'elf') elfs.set(abs, bin.dynamic);
        for (const nf of checkNativeFile(view.show(abs), data, target)) {
          if (musl && (nf.code === 'glibc-too-new' || nf.code === 'musllinux' || (nf.code === 'ext-platform' && /musl/.test(nf.message)))) continue;
          add(nf);
        }
      }
    },
  );

  // Installed distributions, and their wheel tags.
  ctx.dists = collectDists(view, texts);
  for (const [abs, data] of texts) {
    if (!abs.endsWith('.dist-info/WHEEL')) continue;
    const text = data.toString('utf8');
    if (musl) {
      const tags = parseWheelTags(text);
      if (tags.length && tags.every((t) => /^manylinux/.test(t.platform))) {
        add(finding('error', 'wheel-platform', view.show(abs), `a manylinux (glibc) wheel in a musl image: ${tags.map((t) => t.platform).join(', ')}`, 'ImportError: Error loading shared library ... (the loader looks for glibc)', 'Install musllinux wheels (pip on the image itself picks them), or use a Debian-based image.'));
      }
      continue;
    }
    for (const f of checkWheelTags(text, target, view.show(abs))) add(f);
  }

  if (kind === 'layer') checkLayerLayout(ctx);
  const start = kind === 'layer' ? undefined : checkStart(ctx, texts, startAbs, imageStart, image, artifact.format);
  if (start) checkCommands(ctx, start, texts);
  checkRequirements(ctx, texts, start);
  // The dependency closure and the native libraries FC lacks (src/doctor/checks/).
  const where = kind === 'layer' ? 'the layer' : kind === 'image' ? 'the image' : 'function.zip';
  const requirementsFiles = [codeDir, '/code', '/app'].map((d) => `${d === '/' ? '' : d}/requirements.txt`);
  for (const f of await closureFindings(texts, { pythonVersion, where, show: (a) => view.show(a), layers: opts.layers, requirementsFiles })) add(f);
  const startText = scriptAbs ? texts.get(scriptAbs)?.toString('utf8') : undefined;
  const ldLibraryPath = kind === 'image' ? (ldLibraryPathOf(startText, image?.env.LD_LIBRARY_PATH) ?? []) : startText !== undefined ? (ldLibraryPathOf(startText) ?? []) : undefined;
  const optLibFiles = [...view.files.keys(), ...(ctx.layerView?.files.keys() ?? [])].filter((f) => f.startsWith('/opt/lib/')).length;
  const exists = (abs: string) => (kind === 'image' ? !!view.fileAt(abs) : view.files.has(abs) || !!ctx.layerView?.files.has(abs));
  for (const f of checkNativeLibs({ kind, runtime: opts.runtime, elfs, exists, show: (a) => view.show(a), depsRoots, ldLibraryPath, startFile: start?.file, optLibFiles })) add(f);
  checkSecrets(ctx, texts);

  const unpackedSize = artifact.unpackedSize ?? [...view.files.values()].reduce((n, f) => n + f.size, 0);
  checkSize(ctx, subject, artifact.zippedSize, unpackedSize);

  return {
    subject,
    kind,
    kindReason,
    target: { pythonVersion, glibc, runtime: opts.runtime, port: opts.port, ...(musl ? { musl } : {}) },
    findings: sortFindings(dedupe(findings)),
    stats: { files: view.files.size, zippedSize: artifact.zippedSize, unpackedSize, largest: largest(ctx) },
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\0${f.file}\0${f.line ?? ''}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Opens what the doctor was given: a zip, an image tar (plain or gzipped), or a folder. */
export async function openArtifact(subject: string, kind: DoctorOptions['kind'] = 'auto'): Promise<Artifact> {
  const st = await stat(subject).catch(() => undefined);
  if (!st) throw new UserError(`${subject} does not exist. Give the doctor a function.zip, a layer.zip, an image tar (docker save) or a folder.`);
  if (st.isDirectory()) {
    if (kind === 'image') throw new UserError(`${subject} is a folder; --kind image needs a docker save archive.`);
    return openFolderArtifact(subject);
  }
  const format = await sniffFormat(subject);
  if (format === 'zip') return openZipArtifact(subject);
  if (format === 'tar' || format === 'gzip') return openImageArtifact(subject);
  if (/\.zip$/i.test(subject)) return openZipArtifact(subject); // let the zip reader say what is wrong
  throw new UserError(`${subject} is neither a zip nor a tar: give the doctor a function.zip, a layer.zip, an image tar (docker save) or a folder.`);
}

/** Diagnoses a function.zip, a layer.zip, an image tar (docker save) or a folder. */
export async function runDoctor(subject: string, opts: DoctorOptions): Promise<DoctorReport> {
  let artifact: Artifact;
  try {
    artifact = await openArtifact(subject, opts.kind);
  } catch (e) {
    // A file that exists but cannot be read as an archive is a finding (FC would refuse it too), not bad usage.
    const exists = await stat(subject).then(() => true, () => false);
    if (!exists || !(e instanceof UserError) || !/not a readable (zip|image archive)|not valid JSON|no Config|leads to no image/.test(e.message)) throw e;
    return {
      subject,
      kind: opts.kind && opts.kind !== 'auto' ? opts.kind : /\.tar(\.gz)?$|\.tgz$/.test(subject) ? 'image' : 'code',
      kindReason: 'unreadable',
      target: { pythonVersion: opts.pythonVersion, glibc: RUNTIMES[opts.runtime].glibc, runtime: opts.runtime, port: opts.port },
      findings: [finding('error', 'artifact-unreadable', path.basename(subject), e.message, 'InvalidArgument / the code package cannot be unpacked', 'Rebuild the artifact; check that the upload or download did not cut it short.')],
      stats: { files: 0, zippedSize: (await stat(subject)).size, unpackedSize: 0, largest: [] },
    };
  }
  return diagnose(artifact, subject, opts);
}

export interface CheckArtifactOptions {
  /** The build's target: what the artifact is. */
  target: DoctorKind;
  pythonVersion: string;
  runtime: RuntimeName;
  port: number;
  /** The bootstrap input: a path, or undefined when it is "none". */
  bootstrap?: string;
  /** Layers the function will have (e.g. the installed deps folder when include-deps is false). */
  layers?: LayerSource[];
}

/** The doctor's checks on an artifact the build just made: its findings, most severe first. */
export async function checkArtifact(file: string, opts: CheckArtifactOptions): Promise<Finding[]> {
  const report = await runDoctor(file, {
    pythonVersion: opts.pythonVersion,
    runtime: opts.runtime,
    port: opts.port,
    bootstrap: opts.bootstrap ?? null,
    kind: opts.target,
    layers: opts.layers,
  });
  return report.findings;
}

export function doctorExitCode(report: DoctorReport): 0 | 1 {
  return hasErrors(report.findings) ? 1 : 0;
}

const KIND_WORDS: Record<DoctorKind, string> = { code: 'code package', layer: 'layer', image: 'container image' };

/** Human text (severity, file[:line], message, what FC prints, fix) or JSON. */
export function formatReport(report: DoctorReport, opts: { json?: boolean } = {}): string {
  const counts = { errors: 0, warnings: 0, info: 0 };
  for (const f of report.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.info++;
  }
  if (opts.json) return JSON.stringify({ ...report, summary: { ...counts, ok: counts.errors === 0 } }, null, 2);

  const s = report.stats;
  const t = report.target;
  const out: string[] = [];
  out.push(
    `${report.subject}: ${KIND_WORDS[report.kind]} (${report.kindReason}), ${s.files} files, ${formatBytes(s.unpackedSize)} unpacked` +
      (s.zippedSize !== undefined ? `, ${formatBytes(s.zippedSize)} ${report.kind === 'image' ? 'on disk' : 'zipped'}` : ''),
  );
  out.push(`checked for ${report.kind === 'image' ? 'the image\'s own system' : t.runtime} (${t.musl ? 'musl' : `glibc ${t.glibc}`}), Python ${t.pythonVersion}, port ${t.port}`);
  if (s.largest.length) out.push(`largest: ${s.largest.slice(0, 5).map((l) => `${l.name} ${formatBytes(l.bytes)}`).join(', ')}`);
  if (!counts.errors && !counts.warnings) out.push('', 'No problems found: nothing here would stop FC from starting it.');

  // Many findings of one kind (every .so of a package built for another Python): the first few in full.
  const byCode = new Map<string, Finding[]>();
  for (const f of report.findings) byCode.set(`${f.severity}\0${f.code}`, [...(byCode.get(`${f.severity}\0${f.code}`) ?? []), f]);
  const shown = new Set<Finding>();
  for (const group of byCode.values()) group.slice(0, group.length > 6 ? 4 : group.length).forEach((f) => shown.add(f));
  const told = new Set<string>();
  for (const f of report.findings) {
    const key = `${f.severity}\0${f.code}`;
    if (!shown.has(f)) {
      if (told.has(key)) continue;
      told.add(key);
      const rest = byCode.get(key)!.filter((x) => !shown.has(x));
      out.push('', `${f.severity.toUpperCase()} [${f.code}] ... and ${rest.length} more: ${rest.slice(0, 8).map((x) => x.file).join(', ')}${rest.length > 8 ? ', ...' : ''} (--json lists them all)`);
      continue;
    }
    out.push('', `${f.severity.toUpperCase()} [${f.code}] ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`);
    if (f.fcSymptom !== '-') out.push(`  on FC: ${f.fcSymptom}`);
    if (f.fix !== '-') out.push(`  fix:   ${f.fix}`);
  }
  out.push('', `${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}${counts.info ? `, ${counts.info} note${counts.info === 1 ? '' : 's'}` : ''}`);
  return out.join('\n');
}
