/**
 * The artifact as the doctor sees it: a listing (names, modes, sizes) and a way to read some of
 * its files, whatever it came from — a zip (central directory; nothing unpacked to disk), a
 * folder (as function.zip would take it), or a `docker save` tar (see image.ts).
 */
import { open as openFile, readdir, lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { leftOutFinding, type Finding } from './findings.js';
import { selectFiles } from '../assemble/select.js';
import { leftOutReads, ruleWords } from '../assemble/left-out.js';
import { forEachZipEntry, listZip, unsafeEntryReason } from '../assemble/unzip.js';
import type { Ranges } from '../assemble/wheel-read.js';

export interface ArtifactFile {
  /** The name as the artifact stores it: a zip entry name, a relative path, or (images) an absolute path. */
  name: string;
  /** Unix type and permission bits; 0 when the archive stores none (zipped on Windows). */
  mode: number;
  size: number;
  isDir: boolean;
  isSymlink: boolean;
  /** Symbolic and hard links: the target as stored. */
  linkTarget?: string;
}

export interface ImageConfig {
  architecture?: string;
  os?: string;
  env: Record<string, string>;
  entrypoint: string[];
  cmd: string[];
  workingDir: string;
  /** What the image says about its base system. */
  glibc?: string;
  musl?: boolean;
}

export interface Artifact {
  format: 'zip' | 'folder' | 'image';
  /** Safe entries only; see `unsafe`. */
  entries: ArtifactFile[];
  /** Entries refused because they would land outside the target folder. */
  unsafe: { name: string; reason: string }[];
  /** Names stored more than once. */
  duplicates: string[];
  /** The file's size on disk (zips and tars). */
  zippedSize?: number;
  /** Bytes once unpacked (images: every layer's files, including the ones later layers hide). */
  unpackedSize?: number;
  /** Images only. */
  image?: ImageConfig;
  /** Notes about reading the artifact that the report should carry (layers it could not read...). */
  notes: Finding[];
  /**
   * Calls `fn` with the whole bytes of each wanted file, one at a time. `parts`: files that may be
   * read in part (zips: only the ranges it asks for, zeros elsewhere; others read them whole).
   */
  read(want: (name: string) => boolean, fn: (name: string, data: Buffer) => void | Promise<void>, parts?: (name: string) => ((buf: Buffer) => Ranges | undefined) | undefined): Promise<void>;
}

export type ArtifactFormat = 'zip' | 'tar' | 'gzip' | 'unknown';

/** What a file is, by its first bytes. */
export async function sniffFormat(file: string): Promise<ArtifactFormat> {
  const fh = await openFile(file, 'r');
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    if (bytesRead >= 4 && buf.readUInt32LE(0) === 0x04034b50) return 'zip';
    if (bytesRead >= 4 && buf.readUInt32LE(0) === 0x06054b50) return 'zip'; // empty zip
    if (bytesRead >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) return 'gzip';
    if (bytesRead >= 262 && buf.toString('latin1', 257, 262) === 'ustar') return 'tar';
    return 'unknown';
  } finally {
    await fh.close();
  }
}

export async function openZipArtifact(file: string): Promise<Artifact> {
  const listing = await listZip(file);
  const unsafe: Artifact['unsafe'] = [];
  const entries: ArtifactFile[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const e of listing) {
    const why = unsafeEntryReason(e.name);
    if (why) {
      unsafe.push({ name: e.name, reason: why });
      continue;
    }
    if (seen.has(e.name)) duplicates.push(e.name);
    seen.add(e.name);
    entries.push({ name: e.isDir && !e.name.endsWith('/') ? `${e.name}/` : e.name, mode: e.mode, size: e.isDir ? 0 : e.size, isDir: e.isDir, isSymlink: e.isSymlink });
  }
  return {
    format: 'zip',
    entries,
    unsafe,
    duplicates,
    zippedSize: (await stat(file)).size,
    notes: [],
    read: (want, fn, parts) => forEachZipEntry(file, want, fn, parts),
  };
}

/** A folder as `fc-python-pack build --target code` would zip it (default excludes applied). */
export async function openFolderArtifact(dir: string): Promise<Artifact> {
  const sel = await selectFiles(dir, { exclude: [] });
  const sources = new Map<string, { source?: string; data?: Buffer }>();
  const entries: ArtifactFile[] = sel.entries.map((e) => {
    const isDir = e.name.endsWith('/');
    if (!isDir) sources.set(e.name, { source: e.source, data: e.data });
    return { name: e.name, mode: (isDir ? 0o040000 : 0o100000) | e.mode, size: e.size ?? 0, isDir, isSymlink: false };
  });
  // A file the code opens by name that the build would leave out: the build warns, so does the doctor.
  const notes = (await leftOutReads(sel)).map((r) => leftOutFinding({ ...r, rule: ruleWords(r.rule) }));
  return {
    format: 'folder',
    entries,
    unsafe: [],
    duplicates: [],
    notes,
    read: async (want, fn) => {
      for (const [name, s] of sources) if (want(name)) await fn(name, s.data ?? (await readFile(s.source!)));
    },
  };
}

/**
 * The names in a layer given only to resolve imports (`--layer`): a zip's entries, or a folder's
 * files without any excludes. Names are relative to the layer's root (python/...).
 */
export async function listLayerNames(source: string): Promise<string[]> {
  const st = await stat(source);
  if (!st.isDirectory()) return (await listZip(source)).filter((e) => !unsafeEntryReason(e.name)).map((e) => e.name);
  const root = await realpath(source);
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const d of await readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      const full = path.join(dir, d.name);
      const isDir = d.isDirectory() || (d.isSymbolicLink() && (await lstat(full).then(() => stat(full)).then((s) => s.isDirectory()).catch(() => false)));
      if (isDir) {
        out.push(`${r}/`);
        await walk(full, r);
      } else out.push(r);
    }
  };
  await walk(root, '');
  return out;
}
