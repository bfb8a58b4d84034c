/**
 * Stage 4: assemble the artifact. Zips are reproducible: entries sorted by name, one fixed
 * timestamp, modes normalised (0644 files, 0755 folders and executables), no bytecode.
 * Files are streamed from disk: memory stays flat whatever the tree's size.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeZipFile, type RawSource } from './zipwriter.js';

export interface ZipEntry {
  /** Name inside the zip, '/'-separated, no leading slash; folders end with '/'. */
  name: string;
  /** File to stream the bytes from (files only). */
  source?: string;
  /** Bytes, instead of a source file. */
  data?: Buffer;
  /** Bytes another zip holds (a wheel's entry), copied as they are. */
  raw?: RawSource;
  /** Unix permission bits, 0o644 / 0o755. */
  mode: number;
  /** Uncompressed size in bytes (files). */
  size?: number;
}

export interface ZipResult {
  path: string;
  size: number;
  sha256: string;
  entries: number;
  /** Sum of the uncompressed sizes of the files. */
  unpackedSize: number;
}

/** 1980-01-01 00:00:00 UTC, the earliest time a zip can store: the same in every build. */
export const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

export const FILE_MODE = 0o644;
export const EXEC_MODE = 0o755;

export function normalizeMode(mode: number, isDir: boolean): number {
  return isDir || (mode & 0o111) !== 0 ? EXEC_MODE : FILE_MODE;
}

/** Byte-wise order of names: the same on every machine and locale. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

export function sortEntries(entries: ZipEntry[]): ZipEntry[] {
  return [...entries].sort((a, b) => compareNames(a.name, b.name));
}

export function isBytecode(rel: string): boolean {
  return rel.split('/').includes('__pycache__') || /\.py[co]$/.test(rel);
}

/**
 * Lists a folder as zip entries under `prefix` (e.g. "python/"), skipping bytecode and
 * whatever `skip` rejects. Folders get entries of their own.
 */
export async function collectTree(
  root: string,
  prefix: string,
  skip: (rel: string, isDir: boolean) => boolean = (rel) => isBytecode(rel),
): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  if (prefix) entries.push({ name: prefix.endsWith('/') ? prefix : `${prefix}/`, mode: EXEC_MODE });
  const walk = async (dir: string, rel: string): Promise<void> => {
    const items = await fs.readdir(dir, { withFileTypes: true });
    for (const item of items) {
      const childRel = rel ? `${rel}/${item.name}` : item.name;
      const full = path.join(dir, item.name);
      const st = item.isSymbolicLink() ? await fs.stat(full) : undefined;
      const isDir = st ? st.isDirectory() : item.isDirectory();
      if (skip(childRel, isDir)) continue;
      const name = prefix ? `${prefix.replace(/\/$/, '')}/${childRel}` : childRel;
      if (isDir) {
        entries.push({ name: `${name}/`, mode: EXEC_MODE });
        await walk(full, childRel);
      } else {
        const fst = st ?? (await fs.stat(full));
        entries.push({ name, source: full, mode: normalizeMode(fst.mode, false), size: fst.size });
      }
    }
  };
  await walk(root, '');
  return sortEntries(entries);
}

export interface WriteZipOptions {
  /** zlib level, default 6 (Info-ZIP's default). */
  level?: number;
}

/** Writes the entries, in the order given, to `outPath`; a failed write leaves no file behind. */
export async function writeZip(entries: ZipEntry[], outPath: string, opts: WriteZipOptions = {}): Promise<ZipResult> {
  await fs.mkdir(path.dirname(outPath), { recursive: true });
  const res = await writeZipFile(
    outPath,
    entries.map((e) => ({
      name: e.name,
      mode: e.mode,
      size: e.size ?? e.data?.length,
      source: e.data ? undefined : e.source,
      load: e.data ? async () => e.data! : undefined,
      raw: e.data ? undefined : e.raw,
    })),
    { level: opts.level, date: FIXED_DATE },
  );
  return { path: outPath, ...res };
}
