/**
 * Reading a wheel without unpacking it: its central directory (names, modes, CRCs, sizes) and
 * where each entry's compressed bytes lie, so they can be copied into our zips as they are.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { UserError } from '../errors.js';
import type { RawSource } from '../zipwriter.js';

export interface WheelMember {
  /** As pip reads it: UTF-8 when the entry says so, else CP437 (Python's zipfile does the same). */
  name: string;
  /** Unix mode from the external attributes (type and permissions), 0 when the wheel has none. */
  mode: number;
  /** The entry's data in the wheel: offset of the first compressed byte, method, CRC, sizes. */
  raw: RawSource;
}

export interface Wheel {
  file: string;
  /** Every entry, folders included, in stored order. */
  members: WheelMember[];
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true }, (err, zf) =>
      err ? reject(err) : resolve(zf!),
    ),
  );
}

function entries(zf: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const out: yauzl.Entry[] = [];
  return new Promise((resolve, reject) => {
    zf.on('entry', (e: yauzl.Entry) => {
      out.push(e);
      zf.readEntry();
    });
    zf.on('end', () => resolve(out));
    zf.on('error', reject);
    zf.readEntry();
  });
}

/** Lists a wheel's entries and finds where each one's data starts (one 30-byte read per entry). */
export async function readWheel(file: string): Promise<Wheel> {
  let list: yauzl.Entry[];
  try {
    const zf = await openZip(file);
    try {
      list = await entries(zf);
    } finally {
      zf.close();
    }
  } catch (e) {
    throw new UserError(`${file} is not a readable wheel: ${(e as Error).message}. Delete it from the wheel cache and build again.`);
  }
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(30);
    const members = list.map((e): WheelMember => {
      const name = e.fileName;
      if (e.generalPurposeBitFlag & 0x1) throw new UserError(`${file}: entry ${name} is encrypted; pip cannot install it either.`);
      if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
        throw new UserError(`${file}: entry ${name} uses compression method ${e.compressionMethod}; only stored and deflated wheel entries are supported.`);
      }
      fs.readSync(fd, header, 0, 30, e.relativeOffsetOfLocalHeader);
      if (header.readUInt32LE(0) !== 0x04034b50) throw new UserError(`${file} is corrupt: no local header for ${name}.`);
      const offset = e.relativeOffsetOfLocalHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      return {
        name,
        mode: (e.externalFileAttributes >>> 16) & 0xffff,
        raw: { file, offset, method: e.compressionMethod as 0 | 8, crc: e.crc32 >>> 0, csize: e.compressedSize, usize: e.uncompressedSize },
      };
    });
    return { file, members };
  } finally {
    fs.closeSync(fd);
  }
}

/** The uncompressed bytes of one (small) member: RECORD, WHEEL, entry_points.txt, a script. */
export function readMember(m: WheelMember): Buffer {
  const fd = fs.openSync(m.raw.file, 'r');
  try {
    const buf = Buffer.alloc(m.raw.csize);
    let done = 0;
    while (done < buf.length) {
      const n = fs.readSync(fd, buf, done, buf.length - done, m.raw.offset + done);
      if (n === 0) throw new UserError(`${m.raw.file} is truncated inside ${m.name}.`);
      done += n;
    }
    const data = m.raw.method === 8 ? zlib.inflateRawSync(buf) : buf;
    if (data.length !== m.raw.usize || zlib.crc32(data) >>> 0 !== m.raw.crc) throw new UserError(`${m.raw.file} is corrupt: ${m.name} fails its CRC.`);
    return data;
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether pip gives the installed file an executable bit: a regular file with any x bit in the wheel. */
export function isExecutableMember(m: WheelMember): boolean {
  return (m.mode & 0o170000) === 0o100000 && (m.mode & 0o111) !== 0;
}
