/**
 * Owns reading tar archives, the one reader for them: entries in order, streamed, plain or
 * gzipped (or zstd where Node can), for `docker save` archives and their layers.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { isUserError, UserError } from '../shared/errors.js';

export type Chunks = AsyncIterable<Buffer>;


/** Runs `fn` on each entry of a (possibly gzipped) tar stream, in order; what `fn` leaves unread is skipped. */
export async function eachTarEntry(
  source: Chunks,
  fn: (header: { name: string; size: number; type: string; mode: number; linkname: string }, body: Chunks) => Promise<void>,
): Promise<void> {
  const src = await decompressed(source);
  if (src.kind === 'zstd') throw new Error(`zstd-compressed layer, which Node ${process.versions.node} cannot decompress (Node 22.15 or later can)`);
  const extract = tar.extract();
  const piping = pipeline(src.stream, extract);
  let failed: unknown;
  piping.catch((e: unknown) => (failed = e));
  for await (const entry of extract as unknown as AsyncIterable<Readable & { header: { name: string; size?: number; type?: string; mode?: number; linkname?: string | null } }>) {
    const h = entry.header;
    await fn({ name: h.name, size: h.size ?? 0, type: h.type ?? 'file', mode: h.mode ?? 0, linkname: h.linkname ?? '' }, entry as unknown as Chunks);
    for await (const _ of entry as unknown as Chunks) void _; // drain what fn left
  }
  await piping.catch(() => undefined);
  if (failed) throw failed;
}

/** The stream, gunzipped when it starts with gzip's magic. */
export async function decompressed(source: Chunks): Promise<{ kind: 'plain' | 'gzip' | 'zstd'; stream: Readable }> {
  const it = source[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : first.value;
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = zlib.createGunzip();
    pipeline(Readable.from(all()), gunzip).catch((e: unknown) => gunzip.destroy(e as Error));
    return { kind: 'gzip', stream: gunzip };
  }
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) {
    const z = zlib as unknown as { createZstdDecompress?: () => NodeJS.ReadWriteStream & Readable };
    if (!z.createZstdDecompress) return { kind: 'zstd', stream: Readable.from([]) };
    const unz = z.createZstdDecompress();
    pipeline(Readable.from(all()), unz).catch((e: unknown) => unz.destroy(e as Error));
    return { kind: 'plain', stream: unz };
  }
  return { kind: 'plain', stream: Readable.from(all()) };
}

export async function readAll(body: Chunks): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c);
  return Buffer.concat(chunks);
}

export function fileChunks(file: string): Chunks {
  return createReadStream(file, { highWaterMark: 1 << 20 }) as unknown as Chunks;
}


export interface TarEntry {
  name: string;
  size: number;
  type: string;
  sha256?: string;
}

export interface TarListing {
  entries: TarEntry[];
  /** Contents of the entries `keep` asked for. */
  files: Map<string, Buffer>;
}

/** Lists a tar file once: every entry (hashed when asked, so blobs/sha256/<digest> names can be checked) and the contents `keep` asks for. */
export async function readTar(file: string, keep: (name: string) => boolean, opts: { hash?: boolean } = {}): Promise<TarListing> {
  const entries: TarEntry[] = [];
  const files = new Map<string, Buffer>();
  await eachTarEntry(fileChunks(file), async (h, body) => {
    const entry: TarEntry = { name: h.name, size: h.size, type: h.type };
    const hash = opts.hash && entry.type === 'file' ? createHash('sha256') : undefined;
    const chunks: Buffer[] | undefined = keep(entry.name) ? [] : undefined;
    for await (const c of body) {
      hash?.update(c);
      chunks?.push(c);
    }
    if (hash) entry.sha256 = hash.digest('hex');
    if (chunks) files.set(entry.name, Buffer.concat(chunks));
    entries.push(entry);
  }).catch((e: unknown) => {
    throw isUserError(e) ? e : new UserError(`${file} is not a readable tar archive: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}.`);
  });
  return { entries, files };
}
