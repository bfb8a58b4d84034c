/**
 * Owns writing zip entries out as a folder: the dependencies as a tree on disk where one is
 * needed (a generated Dockerfile's context, a layer mounted for verify), written from the same
 * entries layer.zip would hold, so the tree and the zip cannot differ. A wheel's entry is
 * inflated from the wheel itself, several at once; nothing is installed by pip.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { UserError } from '../shared/errors.js';
import type { ZipEntry } from './zip.js';
import type { RawSource } from './zipwriter.js';

/** Entries written at once; a larger one is streamed instead of read whole. */
const PARALLEL = 8;
const STREAM_BYTES = 1024 * 1024;

/** One entry's bytes as another zip holds them, inflated into `target` (created with `perm`). */
export async function writeRawTo(raw: RawSource, target: string, perm: number, what: string): Promise<void> {
  const { file, offset, csize, usize, method, crc } = raw;
  if (csize > STREAM_BYTES) {
    const from = createReadStream(file, { start: offset, end: offset + csize - 1, highWaterMark: 1024 * 1024 });
    await (method === 8 ? pipeline(from, zlib.createInflateRaw(), createWriteStream(target, { mode: perm })) : pipeline(from, createWriteStream(target, { mode: perm })));
    if ((await fs.stat(target)).size !== usize) throw new UserError(`${file} is corrupt: ${what} does not unpack to ${usize} bytes.`);
  } else {
    const packed = Buffer.allocUnsafe(csize);
    const fd = await fs.open(file, 'r');
    try {
      if (csize && (await fd.read(packed, 0, csize, offset)).bytesRead !== csize) throw new UserError(`${file} is truncated inside ${what}.`);
    } finally {
      await fd.close();
    }
    const data = method === 8 ? zlib.inflateRawSync(packed, { chunkSize: Math.max(64, usize + 1) }) : packed;
    if (data.length !== usize || zlib.crc32(data) >>> 0 !== crc) throw new UserError(`${file} is corrupt: ${what} fails its CRC.`);
    await fs.writeFile(target, data, { mode: perm });
  }
  // The umask may have taken bits away.
  await fs.chmod(target, perm);
}

/**
 * Writes `entries` (names relative to `dest`, folders ending in '/') under `dest`, which is
 * created. Returns the number of files written.
 */
export async function writeTree(entries: readonly ZipEntry[], dest: string): Promise<number> {
  const root = path.resolve(dest);
  const files: { target: string; entry: ZipEntry }[] = [];
  const dirs = new Set<string>([root]);
  for (const e of entries) {
    const target = path.resolve(root, e.name);
    if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`entry ${e.name} lands outside ${root}`);
    if (e.name.endsWith('/')) dirs.add(target);
    else {
      dirs.add(path.dirname(target));
      files.push({ target, entry: e });
    }
  }
  for (const d of [...dirs].sort()) await fs.mkdir(d, { recursive: true });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const { target, entry } = files[next++]!;
      const perm = entry.mode & 0o111 ? 0o755 : 0o644;
      if (entry.raw) await writeRawTo(entry.raw, target, perm, entry.name);
      else {
        if (entry.data) await fs.writeFile(target, entry.data, { mode: perm });
        else await fs.copyFile(entry.source!, target);
        await fs.chmod(target, perm);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
  return files.length;
}

