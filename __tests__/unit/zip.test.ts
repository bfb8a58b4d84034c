import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectTree, writeZip } from '../../src/assemble/zip.js';
import { extractZip, listZip, unsafeEntryReason } from '../../src/assemble/unzip.js';
import { dosDateTime } from '../../src/assemble/zipwriter.js';

// A zone far from UTC: a timestamp taken in local time shows (8 hours off) only outside UTC.
const zoneBefore = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

/** 1980-01-01 00:00:00 in MS-DOS form, worked out by hand: day 1 | month 1 << 5 | (1980 - 1980) << 9. */
const DOS_1980_01_01 = { date: 1 | (1 << 5), time: 0 };

function tree(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-zip-'));
  fs.mkdirSync(path.join(d, 'pkg/__pycache__'), { recursive: true });
  fs.mkdirSync(path.join(d, 'Zeta'));
  fs.writeFileSync(path.join(d, 'pkg/__init__.py'), 'x = 1\n'.repeat(1000));
  fs.writeFileSync(path.join(d, 'pkg/__pycache__/__init__.cpython-311.pyc'), 'junk');
  fs.writeFileSync(path.join(d, 'pkg/mod.pyc'), 'junk');
  fs.writeFileSync(path.join(d, 'pkg/empty.txt'), '');
  fs.writeFileSync(path.join(d, 'pkg/random.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  fs.writeFileSync(path.join(d, 'run'), '#!/bin/sh\n', { mode: 0o700 });
  fs.writeFileSync(path.join(d, 'Zeta/ünïcode.py'), 'pass\n', { mode: 0o600 });
  return d;
}

describe('collectTree + writeZip', () => {
  it('sorts entries byte-wise, drops bytecode, normalises modes and times', async () => {
    const d = tree();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-zo-')), 'a.zip');
    const res = await writeZip(await collectTree(d, 'python/'), out);
    const list = await listZip(out);
    expect(list.map((e) => e.name)).toEqual([
      'python/',
      'python/Zeta/',
      'python/Zeta/ünïcode.py',
      'python/pkg/',
      'python/pkg/__init__.py',
      'python/pkg/empty.txt',
      'python/pkg/random.bin',
      'python/run',
    ]);
    const mode = Object.fromEntries(list.map((e) => [e.name, e.mode & 0o7777]));
    expect(mode['python/run']).toBe(0o755);
    expect(mode['python/Zeta/ünïcode.py']).toBe(0o644);
    expect(mode['python/pkg/']).toBe(0o755);
    expect(new Date(0).getHours(), 'the zone this test runs in').toBe(8);
    expect(list.map((e) => [e.dosDate, e.dosTime])).toEqual(list.map(() => [DOS_1980_01_01.date, DOS_1980_01_01.time]));
    // Python reads the same fixed time back.
    const times = execFileSync('python3', ['-c', 'import sys,zipfile; print(set(i.date_time for i in zipfile.ZipFile(sys.argv[1]).infolist()))', out], { encoding: 'utf8' });
    expect(times.trim()).toBe('{(1980, 1, 1, 0, 0, 0)}');
    expect(res.entries).toBe(8);
    expect(res.unpackedSize).toBe(6000 + 4096 + 10 + 5);
    // Info-ZIP and Python both read it back intact.
    execFileSync('unzip', ['-tq', out]);
    const py = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip(), z.read("python/pkg/__init__.py").count(b"x"))', out], { encoding: 'utf8' });
    expect(py.trim()).toBe('None 1000');
  });

  it('takes DOS times in UTC, whatever the zone', () => {
    // 2020-01-01 20:30:10 UTC is 2020-01-02 04:30:10 in Shanghai.
    expect(dosDateTime(new Date(Date.UTC(2020, 0, 1, 20, 30, 10)))).toEqual({ date: (40 << 9) | (1 << 5) | 1, time: (20 << 11) | (30 << 5) | 5 });
  });

  it('gives the same bytes for the same tree, whatever the files\' times', async () => {
    const d = tree();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-zo-'));
    const a = await writeZip(await collectTree(d, 'python/'), path.join(dir, 'a.zip'));
    fs.utimesSync(path.join(d, 'pkg/__init__.py'), new Date(), new Date(2001, 1, 1));
    const b = await writeZip(await collectTree(d, 'python/'), path.join(dir, 'b.zip'), {});
    expect(b.sha256).toBe(a.sha256);
    expect(fs.readFileSync(path.join(dir, 'a.zip')).equals(fs.readFileSync(path.join(dir, 'b.zip')))).toBe(true);
  });

  it('streams big trees in a bounded window and still writes in order', async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-zip-'));
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(d, `f${String(i).padStart(3, '0')}`), `file ${i}\n`.repeat(i * 50));
    const out = path.join(d, '..', `${path.basename(d)}.zip`);
    const { writeZipFile } = await import('../../src/assemble/zipwriter.js');
    const entries = (await collectTree(d, '')).map((e) => ({ name: e.name, mode: e.mode, size: e.size, load: () => fs.promises.readFile(e.source!) }));
    await writeZipFile(out, entries, { windowBytes: 10_000, windowEntries: 3 });
    const names = (await listZip(out)).map((e) => e.name);
    expect(names).toEqual(entries.map((e) => e.name));
    execFileSync('unzip', ['-tq', out]);
  });
});

describe('extractZip', () => {
  it('refuses entries that escape the destination', async () => {
    expect(unsafeEntryReason('../evil')).toMatch(/climbs out/);
    expect(unsafeEntryReason('/etc/passwd')).toMatch(/absolute/);
    expect(unsafeEntryReason('a\\..\\b')).toMatch(/backslash/);
    expect(unsafeEntryReason('python/ok.py')).toBeUndefined();
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-evil-'));
    const zip = path.join(d, 'evil.zip');
    execFileSync('python3', ['-c', 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],"w"); z.writestr("ok.txt","x"); z.writestr("../../evil.txt","x"); z.close()', zip]);
    const dest = path.join(d, 'dest');
    fs.mkdirSync(dest);
    await expect(extractZip(zip, dest)).rejects.toThrow(/entry "\.\.\/\.\.\/evil\.txt" climbs out/);
    expect(fs.existsSync(path.join(d, '..', 'evil.txt'))).toBe(false);
  });

  it('keeps the executable bit', async () => {
    const d = tree();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-zo-')), 'a.zip');
    await writeZip(await collectTree(d, ''), out);
    const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-x-'));
    await extractZip(out, dest);
    expect(fs.statSync(path.join(dest, 'run')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(dest, 'pkg/__init__.py')).mode & 0o777).toBe(0o644);
  });
});

describe('writeZipFile workers', () => {
  it('gives the same bytes with worker threads, inline, and with big streamed files', async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-zw-'));
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(d, `s${String(i).padStart(3, '0')}.py`), `x = ${i}\n`.repeat(i * 20));
    fs.writeFileSync(path.join(d, 'big.so'), Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 31) % 97)));
    fs.writeFileSync(path.join(d, 'noise.bin'), randomBytes(1536 * 1024));
    const { writeZipFile } = await import('../../src/assemble/zipwriter.js');
    const entries = (await collectTree(d, 'python/')).map((e) => ({ name: e.name, mode: e.mode, size: e.size, source: e.source }));
    const out = (n: string) => path.join(d, '..', `${path.basename(d)}-${n}.zip`);
    const a = await writeZipFile(out('w0'), entries, { workers: 0 });
    const b = await writeZipFile(out('w2'), entries, { workers: 2, windowBytes: 64 * 1024, inlineBytes: 0 });
    expect(b.sha256).toBe(a.sha256);
    const c = await writeZipFile(out('w2-late'), entries, { workers: 2, windowBytes: 64 * 1024, inlineBytes: 16 * 1024 });
    expect(c.sha256).toBe(a.sha256);
    execFileSync('unzip', ['-tq', out('w2')]);
    const list = await listZip(out('w0'));
    expect(list.find((e) => e.name === 'python/noise.bin')!.compressedSize).toBe(1536 * 1024); // stored: it does not shrink
    expect(list.find((e) => e.name === 'python/big.so')!.compressedSize).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('DeflatePool', () => {
  it('starts no worker while the work is small, then one at a time up to its size', async () => {
    const { DeflatePool } = await import('../../src/assemble/deflate-pool.js');
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-pool-'));
    const files: [number, string][] = Array.from({ length: 8 }, (_, i) => {
      const f = path.join(d, `f${i}.py`);
      fs.writeFileSync(f, `y = ${i}\n`.repeat(500));
      return [i, f];
    });
    const pool = new DeflatePool(2, 6, 8 * 1024);
    try {
      const first = await pool.run(files.slice(0, 1), 4000);
      expect(pool.started).toBe(0);
      expect(first[0]).toMatchObject({ id: 0, method: 8, usize: fs.statSync(files[0]![1]).size });
      const rest = await Promise.all(files.slice(1).map((f) => pool.run([f], 4000)));
      expect(pool.started).toBe(2);
      expect(rest.map((r) => r[0]!.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(rest.every((r) => r[0]!.method === 8 && r[0]!.data!.length > 0)).toBe(true);
    } finally {
      await pool.close();
    }
    const none = new DeflatePool(3, 6);
    await none.run(files, 32_000);
    expect(none.started).toBe(0); // below INLINE_BYTES: the layer and code paths deflate on their own thread
    await none.close();
  });
});
