/**
 * The one zip reader: a zip's central directory (names, modes, CRCs, sizes, dates) and where each
 * entry's compressed bytes lie, so wheels can be copied into our zips as they are, artifacts listed
 * (doctor, summary) and unpacked (unzip.ts) without a streaming library.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { isUserError, UserError } from '../shared/errors.js';
import type { RawSource } from './zipwriter.js';

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

/** CP437's upper half: the names Python's zipfile (and so pip) decodes when an entry lacks the UTF-8 flag. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(b: Buffer, utf8: boolean): string {
  if (utf8) return b.toString('utf8');
  // ASCII (nearly every name): one string, not one per character.
  if (!b.some((c) => c >= 0x80)) return b.toString('latin1');
  let s = '';
  for (const c of b) s += c < 0x80 ? String.fromCharCode(c) : CP437_HIGH[c - 0x80];
  return s;
}

function readAt(fd: number, length: number, position: number, file: string): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new Error(`${file} is truncated`);
    done += n;
  }
  return buf;
}

/** Where the central directory lies, from the end record (and its zip64 twin when the fields are full). */
function findDirectory(fd: number, size: number, file: string): { offset: number; length: number; count: number } {
  const tailLen = Math.min(size, 22 + 0xffff + 20);
  const tail = readAt(fd, tailLen, size - tailLen, file);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) {
    at = i;
    break;
  }
  if (at < 0) throw new Error('no end of central directory record');
  let count = tail.readUInt16LE(at + 10);
  let length = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if ((count === 0xffff || length === 0xffffffff || offset === 0xffffffff) && at >= 20 && tail.readUInt32LE(at - 20) === 0x07064b50) {
    const rec = readAt(fd, 56, Number(tail.readBigUInt64LE(at - 12)), file);
    if (rec.readUInt32LE(0) !== 0x06064b50) throw new Error('bad zip64 end record');
    count = Number(rec.readBigUInt64LE(32));
    length = Number(rec.readBigUInt64LE(40));
    offset = Number(rec.readBigUInt64LE(48));
  }
  return { offset, length, count };
}

/**
 * Lists a wheel's entries from its central directory (one read) and finds where each one's data
 * starts (one 30-byte read per entry). Hand-written rather than yauzl: a streaming reader's entry-by-entry
 * reads took ~600 ms to list the large app's 26 wheels, this takes a few.
 */
export async function readWheel(file: string): Promise<Wheel> {
  return readZipDirectory(file, 'wheel');
}

/** One central-directory record of any zip: what listing needs, and where the entry's local header is. */
export interface ZipDirectoryEntry {
  name: string;
  /** Unix mode from the external attributes (type and permissions), 0 when there is none. */
  mode: number;
  flags: number;
  /** 0 stored, 8 deflated; anything else is listed, never unpacked. */
  method: number;
  crc: number;
  csize: number;
  usize: number;
  /** Offset of the local header. */
  local: number;
  /** Raw DOS date and time, for reproducibility checks. */
  dosDate: number;
  dosTime: number;
}

function notReadable(file: string, what: string, e: unknown): UserError {
  if (e instanceof UserError) return e;
  return new UserError(`${file} is not a readable ${what}: ${(e as Error).message}.${what === 'wheel' ? ' Delete it from the wheel cache and build again.' : ''}`);
}

function openFile(file: string, what: string): number {
  try {
    return fs.openSync(file, 'r');
  } catch (e) {
    throw new UserError(`Cannot open the ${what} ${file}: ${(e as Error).message}.`);
  }
}

function centralDirectory(fd: number, file: string): ZipDirectoryEntry[] {
  const { offset, length, count } = findDirectory(fd, fs.fstatSync(fd).size, file);
  const cd = readAt(fd, length, offset, file);
  const out: ZipDirectoryEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const dosTime = cd.readUInt16LE(p + 12);
    const dosDate = cd.readUInt16LE(p + 14);
    const crc = cd.readUInt32LE(p + 16);
    let csize = cd.readUInt32LE(p + 20);
    let usize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const external = cd.readUInt32LE(p + 38);
    let local = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) throw new Error(`central directory entry ${i} runs past its end`);
    const name = decodeName(cd.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    // zip64 extra field: the full values of the fields that read 0xffffffff, in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (usize === 0xffffffff) (usize = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (csize === 0xffffffff) (csize = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (local === 0xffffffff) local = Number(cd.readBigUInt64LE(q));
      }
      x += 4 + len;
    }
    p += 46 + nameLen + extraLen + commentLen;
    out.push({ name, mode: (external >>> 16) & 0xffff, flags, method, crc: crc >>> 0, csize, usize, local, dosDate, dosTime });
  }
  return out;
}

/**
 * The central directory of any zip (`what` names it in errors), in stored order: one read, nothing
 * unpacked. The one zip reader: listing (doctor, summary) and, through readZipDirectory, unpacking.
 */
export function readCentralDirectory(file: string, what = 'zip'): ZipDirectoryEntry[] {
  const fd = openFile(file, what);
  try {
    return centralDirectory(fd, file);
  } catch (e) {
    throw notReadable(file, what, e);
  } finally {
    fs.closeSync(fd);
  }
}

/** Where one entry's compressed bytes start (its local header is 30 bytes plus name and extra). */
function dataOffset(fd: number, e: ZipDirectoryEntry, header: Buffer): number {
  if (fs.readSync(fd, header, 0, 30, e.local) !== 30 || header.readUInt32LE(0) !== 0x04034b50) throw new Error(`no local header for ${e.name}`);
  return e.local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** An entry as a member whose bytes can be read or copied: stored or deflated, not encrypted. */
function toMember(fd: number, file: string, e: ZipDirectoryEntry, header: Buffer, fileSize: number): WheelMember {
  if (e.flags & 0x1) throw new UserError(`${file}: entry ${e.name} is encrypted; pip cannot install it either.`);
  if (e.method !== 0 && e.method !== 8) {
    throw new UserError(`${file}: entry ${e.name} uses compression method ${e.method}; only stored and deflated entries are supported.`);
  }
  const offset = dataOffset(fd, e, header);
  // The bytes must lie inside the file (a hostile size would have a reader allocate gigabytes).
  if (offset + e.csize > fileSize || (e.method === 0 && e.usize !== e.csize)) throw new UserError(`${file} is corrupt: ${e.name} states ${e.csize} bytes at ${offset}, past the end of the file or not its size.`);
  return { name: e.name, mode: e.mode, raw: { file, offset, method: e.method, crc: e.crc, csize: e.csize, usize: e.usize } };
}

/** Every entry of a zip as a member (wheels, and unzip.ts unpacking); `want` picks some from the directory. */
export async function readZipDirectory(file: string, what = 'zip', want?: (e: ZipDirectoryEntry) => boolean): Promise<Wheel> {
  const fd = openFile(file, what);
  try {
    const header = Buffer.alloc(30);
    const size = fs.fstatSync(fd).size;
    const members = centralDirectory(fd, file)
      .filter((e) => !want || want(e))
      .map((e) => toMember(fd, file, e, header, size));
    return { file, members };
  } catch (e) {
    throw notReadable(file, what, e);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The uncompressed bytes of one member: RECORD, WHEEL, entry_points.txt, a script, a .so for the
 * doctor. `scratch`: a buffer to reuse for the compressed bytes of deflated members (one read after
 * another allocates nothing but their output).
 */
export function readMember(m: WheelMember, scratch?: { buf: Buffer }): Buffer {
  const fd = fs.openSync(m.raw.file, 'r');
  try {
    if (scratch && m.raw.method === 8 && scratch.buf.length < m.raw.csize) scratch.buf = Buffer.allocUnsafe(m.raw.csize);
    const buf = scratch && m.raw.method === 8 ? scratch.buf.subarray(0, m.raw.csize) : Buffer.allocUnsafe(m.raw.csize);
    let done = 0;
    while (done < buf.length) {
      const n = fs.readSync(fd, buf, done, buf.length - done, m.raw.offset + done);
      if (n === 0) throw new UserError(`${m.raw.file} is truncated inside ${m.name}.`);
      done += n;
    }
    const data = m.raw.method === 8 ? inflateMember(buf, m.raw.usize, m.raw.file, m.name) : buf;
    if (data.length !== m.raw.usize || zlib.crc32(data) >>> 0 !== m.raw.crc) throw new UserError(`${m.raw.file} is corrupt: ${m.name} fails its CRC.`);
    return data;
  } finally {
    fs.closeSync(fd);
  }
}

/** Deflate never packs more than 1032 bytes into one: a bigger stated size is a corrupt (or hostile) entry. */
const MAX_RATIO = 1032;

/**
 * A deflated member's bytes, at most `usize` of them: a corrupt stream, or a size the packed bytes
 * cannot hold, is the zip's error, not zlib's (and no bomb inflates past what the entry states).
 */
export function inflateMember(packed: Buffer, usize: number, file: string, name: string): Buffer {
  if (usize > packed.length * MAX_RATIO + 64) throw new UserError(`${file} is corrupt: ${name} claims ${usize} bytes from ${packed.length} packed.`);
  try {
    // Output room for the whole entry and a byte: zlib inflates into one buffer. Its default 16 KiB
    // pieces joined at the end held a big .so twice and took twice the time (a 117 MB .so: 1369 against 706 ms).
    return zlib.inflateRawSync(packed, { chunkSize: Math.max(64, usize + 1), maxOutputLength: Math.max(1, usize + 1) });
  } catch (e) {
    throw new UserError(`${file} is corrupt: ${name} does not inflate (${(e as Error).message}).`);
  }
}

/** Whether pip gives the installed file an executable bit: a regular file with any x bit in the wheel. */
export function isExecutableMember(m: WheelMember): boolean {
  return (m.mode & 0o170000) === 0o100000 && (m.mode & 0o111) !== 0;
}

/** Byte ranges [start, end) of a file. */
export type Ranges = [number, number][];

/** What a partial read keeps from the start of a member in its first pass: where an ELF file's dynamic sections usually lie. */
const PARTS_WINDOW = 4 * 1024 * 1024;

/**
 * Only the parts of a member that `ranges` asks for, in a buffer of the member's size that holds
 * zeros elsewhere: its untouched pages take no memory, so a 100 MB .so costs a few MB. `ranges`
 * is asked again as parts arrive (the ELF header names the section table, the table the sections)
 * until it wants nothing new; undefined from it: the whole member (readMember). A deflated member
 * is inflated as a stream from its start, as far as the parts reach (a pass through it all checks
 * its CRC); a part that lies behind the stream takes another pass.
 */
export async function readMemberParts(m: WheelMember, ranges: (buf: Buffer) => Ranges | undefined): Promise<Buffer> {
  const { file, offset, csize, usize, method, crc } = m.raw;
  if (usize > csize * MAX_RATIO + 64) throw new UserError(`${file} is corrupt: ${m.name} claims ${usize} bytes from ${csize} packed.`);
  const out = Buffer.alloc(usize);
  const clamp = (r: Ranges) => r.map(([a, b]) => [Math.max(0, a), Math.min(usize, b)] as [number, number]).filter(([a, b]) => a < b);
  const first = ranges(out);
  if (!first) return readMember(m);
  const have: Ranges = [];
  const covered = ([a, b]: [number, number]) => have.some(([s, e]) => s <= a && b <= e);
  let want = clamp([[0, Math.min(usize, PARTS_WINDOW)], ...first]);
  for (let pass = 0; pass < 4; pass++) {
    const missing = want.filter((r) => !covered(r));
    if (!missing.length) return out;
    if (method === 0) {
      const fd = fs.openSync(file, 'r');
      try {
        for (const [a, b] of missing) {
          if (fs.readSync(fd, out, a, b - a, offset + a) !== b - a) throw new UserError(`${file} is truncated inside ${m.name}.`);
          have.push([a, b]);
        }
      } finally {
        fs.closeSync(fd);
      }
    } else {
      await inflateParts(m, out, missing, have, (r) => clamp(ranges(out) ?? []).filter(([a]) => a >= r));
    }
    const next = ranges(out);
    if (!next) return readMember(m);
    want = clamp(next);
  }
  return out;
}

/** One streamed pass through a deflated member: copies what lies in `missing`, and in what `ahead(pos)` adds as bytes arrive. */
async function inflateParts(m: WheelMember, out: Buffer, missing: Ranges, have: Ranges, ahead: (pos: number) => Ranges): Promise<void> {
  const { file, offset, csize, usize, crc } = m.raw;
  const todo = [...missing];
  let end = Math.max(...todo.map(([, b]) => b));
  let pos = 0;
  let sum = 0;
  const source = fs.createReadStream(file, { start: offset, end: offset + Math.max(0, csize - 1), highWaterMark: 256 * 1024 });
  const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  source.pipe(inflate);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      const from = pos;
      pos += chunk.length;
      if (pos > usize) throw new UserError(`${file} is corrupt: ${m.name} unpacks past its ${usize} bytes.`);
      sum = zlib.crc32(chunk, sum);
      let touched = false;
      for (const [a, b] of todo) {
        const s = Math.max(a, from);
        const e = Math.min(b, pos);
        if (s < e) {
          chunk.copy(out, s, s - from, e - from);
          touched = true;
        }
      }
      if (touched) {
        for (const r of ahead(pos)) if (!todo.some(([a, b]) => a <= r[0] && r[1] <= b)) todo.push(r);
        end = Math.max(end, ...todo.map(([, b]) => b));
      }
      if (pos >= end && pos < usize) break;
    }
  } catch (e) {
    throw isUserError(e) ? e : new UserError(`${file} is corrupt: ${m.name} does not inflate (${(e as Error).message}).`);
  } finally {
    source.destroy();
    inflate.destroy();
  }
  if (pos === usize && sum >>> 0 !== crc) throw new UserError(`${file} is corrupt: ${m.name} fails its CRC.`);
  if (pos < end) throw new UserError(`${file} is corrupt: ${m.name} unpacks to ${pos} bytes, not ${usize}.`);
  have.push(...todo.filter(([, b]) => b <= pos));
}
