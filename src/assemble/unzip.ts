/**
 * Reading zips back: listing the central directory and unpacking safely (no entry may
 * land outside the destination).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import { writeMembers } from './tree.js';
import { readCentralDirectory, readMember, readMemberParts, readZipDirectory, type Ranges, type WheelMember, type ZipDirectoryEntry } from './wheel-read.js';


export interface ZipListing {
  name: string;
  /** Unix mode bits (type and permissions) from the external attributes, 0 if none. */
  mode: number;
  isDir: boolean;
  isSymlink: boolean;
  size: number;
  compressedSize: number;
  crc32: number;
  /** Raw DOS date/time, for reproducibility checks. */
  dosDate: number;
  dosTime: number;
}

/** Why an entry name is unsafe to unpack, or undefined when it is fine. */
export function unsafeEntryReason(name: string): string | undefined {
  if (name.includes('\\')) return 'contains a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').includes('..')) return 'climbs out with ..';
  if (name.includes('\0')) return 'contains a NUL byte';
  return undefined;
}

function toListing(e: ZipDirectoryEntry): ZipListing {
  const isDir = e.name.endsWith('/') || (e.mode & 0o170000) === 0o040000;
  return {
    name: e.name,
    mode: e.mode,
    isDir,
    isSymlink: (e.mode & 0o170000) === 0o120000,
    size: e.usize,
    compressedSize: e.csize,
    crc32: e.crc,
    dosDate: e.dosDate,
    dosTime: e.dosTime,
  };
}

/** The central directory, in stored order. Nothing is unpacked. */
export async function listZip(zipPath: string): Promise<ZipListing[]> {
  return readCentralDirectory(zipPath).map(toListing);
}

/**
 * Calls `fn` with the bytes of each wanted entry, one at a time (never the whole archive in
 * memory). An entry `parts` gives a range finder for is read in part (readMemberParts).
 */
export async function forEachZipEntry(
  zipPath: string,
  want: (name: string) => boolean,
  fn: (name: string, data: Buffer) => void | Promise<void>,
  parts?: (name: string) => ((buf: Buffer) => Ranges | undefined) | undefined,
): Promise<void> {
  const { members } = await readZipDirectory(zipPath, 'zip', (e) => !e.name.endsWith('/') && want(e.name) && !unsafeEntryReason(e.name));
  const scratch = { buf: Buffer.alloc(0) };
  for (const m of members) {
    const ranges = parts?.(m.name);
    await fn(m.name, ranges ? await readMemberParts(m, ranges) : readMember(m, scratch));
  }
}

/** Reads the wanted entries' bytes (small files: bootstrap, WHEEL, METADATA, RECORD...). */
export async function readZipEntries(zipPath: string, want: (name: string) => boolean): Promise<Map<string, Buffer>> {
  const { members } = await readZipDirectory(zipPath, 'zip', (e) => !e.name.endsWith('/') && want(e.name));
  return new Map(members.map((m) => [m.name, readMember(m)]));
}

/**
 * Unpacks into `dest` (which must exist). Refuses entries that would land outside it and
 * symbolic links; files keep their executable bit. The bytes go through tree.ts's writeMembers;
 * a name stored twice unpacks its last copy, as unzip does.
 */
export async function extractZip(zipPath: string, dest: string): Promise<number> {
  const root = path.resolve(dest);
  const { members } = await readZipDirectory(zipPath);
  const files = new Map<string, WheelMember>();
  const dirs = new Set<string>();
  for (const m of members) {
    const why = unsafeEntryReason(m.name);
    const target = path.resolve(root, m.name);
    if (why || (target !== root && !target.startsWith(root + path.sep))) {
      throw new UserError(`Refusing to unpack ${zipPath}: entry "${m.name}" ${why ?? 'lands outside the destination'}.`);
    }
    const type = m.mode & 0o170000;
    if (type === 0o120000) throw new UserError(`Refusing to unpack ${zipPath}: entry "${m.name}" is a symbolic link.`);
    if (m.name.endsWith('/') || type === 0o040000) {
      dirs.add(target);
      continue;
    }
    dirs.add(path.dirname(target));
    files.delete(target);
    files.set(target, m);
  }
  for (const d of [...dirs].sort()) await fs.mkdir(d, { recursive: true });
  await writeMembers([...files].map(([target, m]) => ({ target, raw: m.raw, perm: m.mode & 0o111 ? 0o755 : 0o644, name: m.name })));
  return files.size;
}
