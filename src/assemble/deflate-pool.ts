/**
 * Owns the deflate work of the zip writer: batches of small files read, checksummed and deflated
 * synchronously, on the calling thread or on worker threads (the same function runs in both).
 */
import fsSync from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';

/**
 * Reads, checksums and deflates a batch of small files. Self-contained (its modules come in as
 * arguments) because its source text also runs as the worker's code.
 */
export function packFiles(
  files: [number, string][],
  level: number,
  fs: typeof import('node:fs'),
  zlib: typeof import('node:zlib'),
  state: { scratch: Buffer },
): WorkerResult[] {
  const out: WorkerResult[] = [];
  for (const [id, file] of files) {
    try {
      const fd = fs.openSync(file, 'r');
      let size = 0;
      try {
        const want = fs.fstatSync(fd).size;
        // One reused read buffer: no garbage per file.
        if (want > state.scratch.length) state.scratch = Buffer.allocUnsafe(want);
        while (size < want) {
          const n = fs.readSync(fd, state.scratch, size, want - size, size);
          if (n === 0) break;
          size += n;
        }
      } finally {
        fs.closeSync(fd);
      }
      const raw = state.scratch.subarray(0, size);
      const crc = zlib.crc32(raw);
      let method: 0 | 8 = 0;
      let data: Uint8Array = raw;
      if (size > 0) {
        const packed = zlib.deflateRawSync(raw, { level });
        if (packed.length < size) {
          method = 8;
          data = packed;
        }
      }
      // Bytes of their own (never a view of the scratch buffer or a pool): safe to keep or transfer.
      if (data.byteOffset !== 0 || data.byteLength !== data.buffer.byteLength) {
        const own = new Uint8Array(data.length);
        own.set(data);
        data = own;
      }
      out.push({ id, crc, method, usize: size, data });
    } catch (e) {
      out.push({ id, error: String((e as Error)?.message ?? e) });
    }
  }
  return out;
}

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const packFiles = ${packFiles.toString()};
const state = { scratch: Buffer.allocUnsafe(1024 * 1024) };
parentPort.on('message', ({ level, files }) => {
  const out = packFiles(files, level, require('node:fs'), require('node:zlib'), state);
  parentPort.postMessage(out, out.filter((r) => r.data).map((r) => r.data.buffer));
});
`;

export interface WorkerResult {
  id: number;
  crc?: number;
  method?: 0 | 8;
  usize?: number;
  data?: Uint8Array;
  error?: string;
}

/**
 * On two cores the main thread deflates the small files itself while libuv's pool streams the
 * big ones (a worker thread bought ~5% time for ~20 MiB, bench/); with more cores, workers pay.
 */
export function defaultWorkers(): number {
  const cores = os.availableParallelism();
  return cores <= 2 ? 0 : Math.min(3, cores - 1);
}

/**
 * Bytes of small files deflated on the calling thread before the first worker starts. A layer made
 * from wheels deflates nothing here (their entries are copied; generated files are packed by the
 * writer), an app's code is small: neither pays a worker's start-up and its ~10 MiB.
 */
export const INLINE_BYTES = 4 * 1024 * 1024;

/** Up to `size` workers, started only once the work is worth them, each taking one batch at a time. */
export class DeflatePool {
  private readonly idle: Worker[] = [];
  private readonly queue: { files: [number, string][]; resolve: (r: WorkerResult[]) => void; reject: (e: Error) => void }[] = [];
  private readonly all: Worker[] = [];
  private submitted = 0;

  /** Batches run on the calling thread until then, and always without workers. */
  private readonly inline = { scratch: Buffer.alloc(0) };

  constructor(
    private readonly size: number,
    private readonly level: number,
    private readonly inlineBytes = INLINE_BYTES,
  ) {}

  /** Worker threads started so far. */
  get started(): number {
    return this.all.length;
  }

  /** Reads, checksums and deflates a batch of files (`bytes`: their total size, as listed). */
  run(files: [number, string][], bytes: number): Promise<WorkerResult[]> {
    this.submitted += bytes;
    if (this.size === 0 || (this.all.length === 0 && this.submitted <= this.inlineBytes)) {
      return Promise.resolve().then(() => packFiles(files, this.level, fsSync, zlib, this.inline));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ files, resolve, reject });
      this.pump();
    });
  }

  private spawn(): void {
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.unref();
    this.all.push(w);
    this.idle.push(w);
  }

  private pump(): void {
    // One more worker whenever work waits and none is idle, up to the pool's size.
    if (this.queue.length && !this.idle.length && this.all.length < this.size) this.spawn();
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      const onMessage = (r: WorkerResult[]) => {
        w.off('error', onError);
        this.idle.push(w);
        job.resolve(r);
        this.pump();
      };
      const onError = (e: Error) => {
        w.off('message', onMessage);
        job.reject(e);
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage({ level: this.level, files: job.files });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
