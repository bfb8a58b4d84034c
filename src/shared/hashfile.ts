/** Reads a file through SHA-256: its digest and size, with flat memory (one buffer, reused). */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';

export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  const fh = await fs.open(file, 'r');
  try {
    // A stream would allocate a fresh 64 KiB chunk per read: garbage that piled up to ~30 MiB
    // when the wheel cache's 26 wheels were hashed at once.
    const buf = Buffer.allocUnsafe(256 * 1024);
    for (let n; (n = (await fh.read(buf, 0, buf.length, null)).bytesRead) > 0; ) {
      h.update(buf.subarray(0, n));
      size += n;
    }
  } finally {
    await fh.close();
  }
  return { sha256: h.digest('hex'), size };
}
