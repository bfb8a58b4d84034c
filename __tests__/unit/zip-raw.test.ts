/**
 * The zip writer's raw entries (bytes copied from another zip) and the parallel unpack: real
 * zips, read back by Info-ZIP's unzip and by our own reader.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip, type ZipEntry } from '../../src/assemble/zip.js';
import { readZipDirectory } from '../../src/assemble/wheel-read.js';
import { extractZip } from '../../src/assemble/unzip.js';
import { writeTree } from '../../src/assemble/tree.js';

// Outside UTC: a zip time taken in local time would show (zip.test.ts checks the fixed date itself).
const zoneBefore = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-raw-'));

/** A source zip made by Python's zipfile: one deflated text, one stored text, one big random (stored: it does not shrink). */
function sourceZip(dir: string): string {
  const file = path.join(dir, 'src.zip');
  execFileSync('python3', ['-c', `
import os, random, zipfile, sys
random.seed(1)
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr(zipfile.ZipInfo('pkg/text.py'), 'print("hello")\\n' * 500, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo('pkg/stored.txt'), 'stored ' * 400, compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo('pkg/big.bin'), random.randbytes(3 * 1024 * 1024), compress_type=zipfile.ZIP_DEFLATED)
`, file]);
  return file;
}

describe('raw zip entries', () => {
  it('copies deflated entries as they are, deflates stored ones, and gives the same bytes twice', async () => {
    const dir = tmp();
    const src = sourceZip(dir);
    const { members } = await readZipDirectory(src);
    const entries: ZipEntry[] = [
      { name: 'python/', mode: 0o755 },
      ...members.map((m) => ({ name: `python/${m.name}`, mode: 0o644, raw: m.raw, size: m.raw.usize })),
    ].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    const a = await writeZip(entries, path.join(dir, 'a.zip'));
    const b = await writeZip(entries, path.join(dir, 'b.zip'));
    expect(a.sha256).toBe(b.sha256);
    const out = await readZipDirectory(a.path);
    const by = new Map(out.members.map((m) => [m.name, m.raw]));
    const text = members.find((m) => m.name === 'pkg/text.py')!.raw;
    expect(by.get('python/pkg/text.py')).toMatchObject({ method: 8, csize: text.csize, crc: text.crc });
    expect(by.get('python/pkg/stored.txt')!.method).toBe(8);
    expect(by.get('python/pkg/stored.txt')!.csize).toBeLessThan(by.get('python/pkg/stored.txt')!.usize);
    for (const m of members) {
      expect(execFileSync('unzip', ['-p', a.path, `python/${m.name}`], { maxBuffer: 16 << 20 }).equals(execFileSync('unzip', ['-p', src, m.name], { maxBuffer: 16 << 20 }))).toBe(true);
    }
    expect(execFileSync('unzip', ['-tq', a.path], { encoding: 'utf8' })).toMatch(/No errors/);
  });

  it('refuses a stored entry whose bytes do not match its CRC', async () => {
    const dir = tmp();
    const { members } = await readZipDirectory(sourceZip(dir));
    const stored = members.find((m) => m.name === 'pkg/stored.txt')!;
    await expect(writeZip([{ name: 'x', mode: 0o644, raw: { ...stored.raw, crc: stored.raw.crc ^ 1 } }], path.join(dir, 'bad.zip'))).rejects.toThrow(/CRC/);
    expect(fs.existsSync(path.join(dir, 'bad.zip'))).toBe(false);
  });
});

describe('extractZip', () => {
  it('unpacks in parallel: bytes, exec bits, big streamed files, the last copy of a name', async () => {
    const dir = tmp();
    const big = crypto.randomBytes(2 * 1024 * 1024);
    const entries: ZipEntry[] = [
      { name: 'a/', mode: 0o755 },
      { name: 'a/big.bin', mode: 0o644, data: big },
      { name: 'a/run', mode: 0o755, data: Buffer.from('#!/bin/sh\n') },
      ...Array.from({ length: 50 }, (_, i) => ({ name: `a/b/f${i}.txt`, mode: 0o644, data: Buffer.from(`file ${i}\n`.repeat(i + 1)) })),
      { name: 'a/dup.txt', mode: 0o644, data: Buffer.from('first') },
      { name: 'a/dup.txt', mode: 0o644, data: Buffer.from('second') },
    ];
    const zip = await writeZip(entries, path.join(dir, 'x.zip'));
    const dest = path.join(dir, 'out');
    fs.mkdirSync(dest);
    expect(await extractZip(zip.path, dest)).toBe(53);
    expect(fs.readFileSync(path.join(dest, 'a/big.bin')).equals(big)).toBe(true);
    expect(fs.statSync(path.join(dest, 'a/run')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(dest, 'a/b/f3.txt')).mode & 0o777).toBe(0o644);
    expect(fs.readFileSync(path.join(dest, 'a/b/f49.txt'), 'utf8')).toBe('file 49\n'.repeat(50));
    expect(fs.readFileSync(path.join(dest, 'a/dup.txt'), 'utf8')).toBe('second');
  });
});

describe('writeTree', () => {
  it('writes the entries a zip would hold as the same files: raw members from two zips, bytes, sources, modes', async () => {
    const dir = tmp();
    const one = (await readZipDirectory(sourceZip(dir))).members;
    const other = await writeZip([{ name: 'bin/tool', mode: 0o755, data: Buffer.from('#!/usr/bin/env python3\nprint(1)\n') }], path.join(dir, 'other.zip'));
    const two = (await readZipDirectory(other.path)).members;
    const src = path.join(dir, 'plain.txt');
    fs.writeFileSync(src, 'from a file\n');
    const entries: ZipEntry[] = [
      { name: 'bin/', mode: 0o755 },
      { name: 'pkg/', mode: 0o755 },
      ...[...one, ...two].map((m) => ({ name: m.name, mode: m.mode & 0o111 ? 0o755 : 0o644, raw: m.raw, size: m.raw.usize })),
      { name: 'pkg/data.txt', mode: 0o644, data: Buffer.from('generated\n') },
      { name: 'pkg/plain.txt', mode: 0o644, source: src },
    ].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    const tree = path.join(dir, 'tree');
    expect(await writeTree(entries, tree)).toBe(6);
    // The same entries as a zip, unpacked: file for file, byte for byte, mode for mode.
    const zip = await writeZip(entries, path.join(dir, 'same.zip'));
    const unpacked = path.join(dir, 'unpacked');
    fs.mkdirSync(unpacked);
    await extractZip(zip.path, unpacked);
    const files = (root: string) =>
      (fs.readdirSync(root, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(root, f)).isFile())
        .sort()
        .map((f) => [f, fs.statSync(path.join(root, f)).mode & 0o777, crypto.createHash('sha256').update(fs.readFileSync(path.join(root, f))).digest('hex')]);
    expect(files(tree)).toEqual(files(unpacked));
    expect(files(tree).find(([f]) => f === 'bin/tool')![1]).toBe(0o755);
  });
});
