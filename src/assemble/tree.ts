/**
 * Owns writing zip members out as files: the one writer behind unpacking a zip (extractZip, for
 * verify) and writing a layout's entries as a folder (writeTree: the dependencies where a tree on
 * disk is needed, a generated Dockerfile's context or a layer mounted for verify, from the same
 * entries layer.zip would hold, so the tree and the zip cannot differ). Members are inflated from
 * the zip or wheel that holds them, several at once; nothing is installed by pip.
 */
import fsSync, { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { UserError } from '../shared/errors.js';
import { inflateMember } from './wheel-read.js';
import type { ZipEntry } from './zip.js';
import type { RawSource } from './zipwriter.js';

/** Members written at once: enough to keep libuv's pool inflating and writing while we read. */
const PARALLEL = 8;
/** Members larger than this (compressed) are streamed rather than inflated whole. */
const STREAM_BYTES = 1024 * 1024;

export interface MemberJob {
  /** Absolute path to write (its folder exists). */
  target: string;
  raw: RawSource;
  /** 0o644 or 0o755. */
  perm: number;
  /** The member's name, for errors. */
  name: string;
}

/**
 * Writes each member's bytes to its target, checked against its size and CRC. Several at once:
 * big members streamed through libuv's pool, small ones synchronously (a round trip to the pool
 * per step cost more than the work; the large app's layer took ~9 s of CPU entry by entry
 * through streams, see bench/unzip.mjs). A target named twice gets the later member.
 */
export async function writeMembers(jobs: readonly MemberJob[]): Promise<void> {
  const fds = new Map<string, number>();
  const fdOf = (file: string) => {
    let fd = fds.get(file);
    if (fd === undefined) fds.set(file, (fd = fsSync.openSync(file, 'r')));
    return fd;
  };
  try {
    let next = 0;
    let small = 0;
    const worker = async (): Promise<void> => {
      while (next < jobs.length) {
        const { target, raw, perm, name } = jobs[next++]!;
        const { file, offset, csize, usize, method, crc } = raw;
        if (csize > STREAM_BYTES) {
          const from = createReadStream(file, { start: offset, end: offset + csize - 1, highWaterMark: 1024 * 1024 });
          // The CRC of the bytes as they pass, so a big member is checked like a small one.
          let sum = 0;
          let size = 0;
          const check = new Transform({
            transform(chunk: Buffer, _enc, done) {
              sum = zlib.crc32(chunk, sum);
              size += chunk.length;
              done(null, chunk);
            },
          });
          const to = createWriteStream(target, { mode: perm });
          try {
            await (method === 8 ? pipeline(from, zlib.createInflateRaw(), check, to) : pipeline(from, check, to));
          } catch (e) {
            throw new UserError(`${file} is corrupt: ${name} does not inflate (${(e as Error).message}).`);
          }
          if (size !== usize) throw new UserError(`${file} is corrupt: ${name} does not unpack to ${usize} bytes.`);
          if (sum >>> 0 !== crc) throw new UserError(`${file} is corrupt: ${name} fails its CRC.`);
          await fs.chmod(target, perm);
          continue;
        }
        const packed = Buffer.allocUnsafe(csize);
        if (csize && fsSync.readSync(fdOf(file), packed, 0, csize, offset) !== csize) throw new UserError(`${file} is truncated inside ${name}.`);
        // Output room for the whole member: one buffer, not zlib's 16 KiB pieces joined at the end.
        const data = method === 8 ? inflateMember(packed, usize, file, name) : packed;
        if (data.length !== usize || zlib.crc32(data) >>> 0 !== crc) throw new UserError(`${file} is corrupt: ${name} fails its CRC.`);
        const fd = fsSync.openSync(target, 'w', perm);
        try {
          for (let done = 0; done < data.length; ) done += fsSync.writeSync(fd, data, done);
          // The umask may have taken bits away.
          fsSync.fchmodSync(fd, perm);
        } finally {
          fsSync.closeSync(fd);
        }
        // Let the streamed members' callbacks run now and then.
        if (++small % 32 === 0) await new Promise((r) => setImmediate(r));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
  } finally {
    for (const fd of fds.values()) fsSync.closeSync(fd);
  }
}

/**
 * Writes `entries` (names relative to `dest`, folders ending in '/') under `dest`, which is
 * created. Returns the number of files written.
 */
export async function writeTree(entries: readonly ZipEntry[], dest: string): Promise<number> {
  const root = path.resolve(dest);
  const members: MemberJob[] = [];
  const others: { target: string; entry: ZipEntry }[] = [];
  const dirs = new Set<string>([root]);
  for (const e of entries) {
    const target = path.resolve(root, e.name);
    if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`entry ${e.name} lands outside ${root}`);
    if (e.name.endsWith('/')) {
      dirs.add(target);
      continue;
    }
    dirs.add(path.dirname(target));
    const perm = e.mode & 0o111 ? 0o755 : 0o644;
    if (e.raw) members.push({ target, raw: e.raw, perm, name: e.name });
    else others.push({ target, entry: e });
  }
  for (const d of [...dirs].sort()) await fs.mkdir(d, { recursive: true });
  await writeMembers(members);
  for (const { target, entry } of others) {
    const perm = entry.mode & 0o111 ? 0o755 : 0o644;
    if (entry.data) await fs.writeFile(target, entry.data, { mode: perm });
    else await fs.copyFile(entry.source!, target);
    await fs.chmod(target, perm);
  }
  return members.length + others.length;
}
