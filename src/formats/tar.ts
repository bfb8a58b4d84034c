/**
 * Reads a `docker save` archive once (gunzipping if needed): lists the entries, keeps the
 * small JSON files asked for, and hashes every file so an OCI layout's
 * blobs/sha256/<digest> names can be checked against their contents.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';

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

export async function readTar(file: string, keep: (name: string) => boolean, opts: { hash?: boolean } = {}): Promise<TarListing> {
  const entries: TarEntry[] = [];
  const files = new Map<string, Buffer>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const entry: TarEntry = { name: header.name, size: header.size ?? 0, type: header.type ?? 'file' };
    const hash = opts.hash && entry.type === 'file' ? createHash('sha256') : undefined;
    const chunks: Buffer[] | undefined = keep(entry.name) ? [] : undefined;
    stream.on('data', (data: unknown) => {
      const c = data as Buffer;
      hash?.update(c);
      chunks?.push(c);
    });
    stream.on('end', () => {
      if (hash) entry.sha256 = hash.digest('hex');
      if (chunks) files.set(entry.name, Buffer.concat(chunks));
      entries.push(entry);
      next();
    });
    stream.resume();
  });
  const source = createReadStream(file);
  if (file.endsWith('.gz')) await pipeline(source, createGunzip(), extract);
  else await pipeline(source, extract);
  return { entries, files };
}
