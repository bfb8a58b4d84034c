/** Owns what the doctor's checks share: its options and report, the context a diagnosis runs in, the FC facts the checks use. */
import { linuxCPythonEnvironment, type MarkerEnvironment } from '../formats/pep508.js';
import { RUNTIMES, type Runtime, type RuntimeName } from '../plan/runtimes.js';
import type { Target } from './checks/binary.js';
import type { Artifact } from './artifact.js';
import type { Finding } from './findings.js';
import type { Dist, LayerSource, View } from './view.js';
import { CODE_DIR } from '../plan/plan.js';

export type { LayerSource } from './view.js';

export type DoctorKind = 'code' | 'layer' | 'image';


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
  /** The function's start command (s.yaml's customRuntimeConfig, or start-command), when it has no bootstrap. */
  startCommand?: string[];
  /** The function's environment variables (s.yaml's environmentVariables, or environment), when known. */
  environment?: Record<string, string>;
  /** Where the start and the environment come from, for messages (e.g. "s.yaml"). */
  functionFrom?: string;
  /** Layer ARNs the function has (s.yaml): modules an official FC layer brings cannot be checked. */
  layerArns?: string[];
  /** Hash every file a RECORD gives a digest for (default true); false: presence and sizes only. */
  recordHashes?: boolean;
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


/** The full versions of the Pythons FC's custom runtimes ship, by major.minor (from the runtime table, plan/runtimes.ts). */
export const FC_PYTHON_FULL_VERSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(RUNTIMES as Record<string, Runtime>).flatMap((r) => r.pythons.map((p) => [p.version, p.fullVersion] as const)),
);

/** FC's marker environment (Linux x86-64, CPython) for a Python version: `3.10` means the runtime's 3.10.9. */
export function fcMarkerEnvironment(pythonVersion: string): MarkerEnvironment {
  return linuxCPythonEnvironment(FC_PYTHON_FULL_VERSIONS[pythonVersion] ?? pythonVersion);
}

/** Native code the checks read whole: extension modules and shared libraries. */
export const NATIVE = /\.(so(\.\d+)*|pyd|dylib)$/;
/** Small text files worth reading for secrets. */
export const SECRET_SCAN_MAX = 64 * 1024;
export const SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'granian', 'daphne', 'fastapi', 'flask', 'waitress-serve', 'streamlit']);
export const APP_SPEC = /^([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*):([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)(\(\))?$/;
/** FC's PATH for custom runtimes, as far as the package's own folders go. */
export const FC_CODE_PATH = [CODE_DIR, `${CODE_DIR}/bin`, '/opt/bin'];
export const DEFAULT_IMAGE_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Interpreters a console script may name on FC's custom runtimes. */
export const FC_INTERPRETERS = /^(\/usr\/bin\/env\b|\/bin\/(ba)?sh\b|\/usr\/bin\/(ba)?sh\b|\/usr\/bin\/python3(\.\d+)?\b|\/usr\/local\/bin\/python3(\.\d+)?\b|\/var\/fc\/lang\/)/;


export const importName = (dist: string) => dist.replace(/-/g, '_');


export const SHELLS = /^(\/usr)?(\/bin\/)?(ba|da)?sh$/;
export const isElf = (b: Buffer | undefined) => !!b && b.length >= 4 && b.readUInt32BE(0) === 0x7f454c46;


export interface Ctx {
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
  /** What the doctor was given, as the user named it. */
  subject?: string;
  /** A source folder whose declared deps are not built yet (checks/requirements.ts): said once, as information, not per module. */
  depsNotBuilt?: boolean;
}


/** Where a module would be found: in a searched root, in a deps folder Python is not told about, or nowhere. */
export function locateModule(ctx: Ctx, roots: string[], dotted: string): 'found' | 'unlisted' | 'missing' {
  const { view } = ctx;
  if (roots.some((r) => view.hasModule(r, dotted) || ctx.layerView?.hasModule(r, dotted))) return 'found';
  if (ctx.depsRoots.some((r) => view.hasModule(r, dotted))) return 'unlisted';
  return 'missing';
}

/** Folders on the path that are outside the artifact (code: /opt; layer: /code): what a layer or the code would bring. */
export function externalRoots(ctx: Ctx, roots: string[]): string[] {
  return ctx.kind === 'image' ? [] : roots.filter((r) => !ctx.view.inside(r) && !(ctx.layerView && ctx.layerView.dirs.has(r)));
}

