/**
 * Owns the doctor's file view: an artifact's names laid out where FC puts them (/code, /opt or an
 * image's own paths), links followed, importable names, installed distributions, the kind.
 */
import path from 'node:path';
import { distInfoName, parseMetadata } from '../formats/metadata.js';
import { listLayerNames, type ArtifactFile } from './artifact.js';

/** A layer the function will have, given only to resolve imports: a layer.zip, or a folder laid out like one (python/...). */
export type LayerSource = string | { dir: string; mount: string };

export class View {
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

export function isUnder(p: string, dir: string): boolean {
  return dir === '/' || p === dir || p.startsWith(`${dir}/`);
}

export function resolvePath(cwd: string, p: string): string {
  return path.posix.resolve(cwd, p);
}


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


export interface Dist {
  name: string;
  version?: string;
  /** The .dist-info / .egg-info folder. */
  dir: string;
  /** The folder it is installed in. */
  root: string;
}

export function siteRoots(view: View, pythonVersion: string, pathDirs: string[]): string[] {
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
export function imagePython(view: View, env: Record<string, string>): string | undefined {
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

export function collectDists(view: View, metadata: Map<string, Buffer>): Map<string, Dist> {
  const dists = new Map<string, Dist>();
  for (const d of view.dirs) {
    const base = path.posix.basename(d);
    const folder = distInfoName(base);
    if (!folder) continue;
    const text = (metadata.get(`${d}/METADATA`) ?? metadata.get(`${d}/PKG-INFO`))?.toString('utf8') ?? '';
    const meta = parseMetadata(text, folder.name, folder.version);
    const name = meta.key;
    const version = meta.version || undefined;
    if (!dists.has(name)) dists.set(name, { name, version, dir: d, root: path.posix.dirname(d) });
  }
  return dists;
}

/** The roots that hold distributions: parents of .dist-info / .egg-info folders. */
export function depsRootsOf(view: View): string[] {
  const roots = new Set<string>();
  for (const d of view.dirs) if (/\.(dist-info|egg-info)$/.test(d)) roots.add(path.posix.dirname(d));
  return [...roots].sort();
}


export async function layerView(sources: LayerSource[] | undefined): Promise<View | undefined> {
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


/** Sizes by package (inside deps folders) or top-level folder. */
export function largest(view: View, depsRoots: string[], kind: string): { name: string; bytes: number }[] {
  const by = new Map<string, number>();
  const roots = [...depsRoots].sort((a, b) => b.length - a.length);
  for (const [abs, f] of view.files) {
    const root = roots.find((r) => abs.startsWith(`${r}/`));
    let key: string;
    if (root) {
      const first = abs.slice(root.length + 1).split('/')[0]!;
      const pkg = first.replace(/\.libs$/, '').replace(/\.(py|so)$/, '');
      key = `${view.show(root)}/${pkg}`;
    } else {
      const parts = view.show(abs).split('/').filter(Boolean);
      key = kind === 'image' ? `/${parts.slice(0, 2).join('/')}` : parts.length > 1 ? parts[0]! : parts[0] ?? abs;
    }
    by.set(key, (by.get(key) ?? 0) + f.size);
  }
  return [...by.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, bytes]) => ({ name, bytes }));
}

