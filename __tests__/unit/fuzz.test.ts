/**
 * Bounded fuzzing of the readers the doctor runs on archives other tools made (issue 19): the zip
 * reader (central directory, members, unpack), the tar reader (docker save), ELF and RECORD.
 * Mutations of real artifacts from a fixed seed: truncations, flipped bytes, fields set to 0 or
 * all ones. Every outcome must be a result or a UserError (one clear line, no stack trace), within
 * a bounded time, and an unpack never writes outside its folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractZip, listZip, readZipEntries } from '../../src/assemble/unzip.js';
import { writeZip } from '../../src/assemble/zip.js';
import { runDoctor } from '../../src/doctor/doctor.js';
import { classifyBinary } from '../../src/formats/native.js';
import { recordPaths, recordRootPath } from '../../src/formats/record.js';
import { readTar } from '../../src/formats/tar.js';
import { isUserError } from '../../src/shared/errors.js';
import { craftImage, fakeDist } from '../fixtures/doctor/craft.js';
import { GLIBC_229_NEEDS, buildElf } from '../fixtures/elf.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-fuzz-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const OPTS = { pythonVersion: '3.11', runtime: 'custom.debian10' as const, port: 9000 };

/** mulberry32: the same mutations on every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One mutation of `src`; `hot` are offsets worth hitting (headers, directories). */
function mutate(src: Buffer, r: () => number, hot: number[]): Buffer {
  const b = Buffer.from(src);
  const at = () => (r() < 0.6 && hot.length ? hot[Math.floor(r() * hot.length)]! + Math.floor(r() * 48) : Math.floor(r() * b.length)) % b.length;
  switch (Math.floor(r() * 5)) {
    case 0:
      return b.subarray(0, Math.floor(r() * b.length));
    case 1:
      for (let i = 1 + Math.floor(r() * 8); i > 0; i--) b[at()] = Math.floor(r() * 256);
      return b;
    case 2: {
      const p = at();
      if (p + 4 <= b.length) b.writeUInt32LE(r() < 0.5 ? 0xffffffff : 0, p);
      return b;
    }
    case 3: {
      const p = at();
      if (p + 2 <= b.length) b.writeUInt16LE(r() < 0.5 ? 0xffff : Math.floor(r() * 0x10000), p);
      return b;
    }
    default: {
      const p = at();
      return Buffer.concat([b.subarray(0, p), b.subarray(p, p + Math.floor(r() * 64)), b.subarray(p)]);
    }
  }
}

const offsetsOf = (buf: Buffer, sig: number[]) => {
  const out: number[] = [];
  const needle = Buffer.from(sig);
  for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + 1)) out.push(i);
  return out;
};

/** The outcome must be a value or a UserError; anything else is a crash. */
async function survives(what: string, fn: () => unknown): Promise<void> {
  const t = Date.now();
  try {
    await fn();
  } catch (e) {
    if (!isUserError(e)) throw new Error(`${what}: ${e instanceof Error ? e.stack : String(e)}`);
    expect((e as Error).message, what).not.toMatch(/\n\s+at /);
  }
  expect(Date.now() - t, `${what} took too long`).toBeLessThan(5_000);
}

describe('fuzzed archives', () => {
  it('zip: mutated layers and function.zips list, read, unpack and doctor without a crash or a write outside', async () => {
    const entries = [
      ...fakeDist('python/', 'pkg', '1.0', { files: [{ name: 'python/pkg/_ext.cpython-311-x86_64-linux-gnu.so', data: buildElf({ needs: GLIBC_229_NEEDS }) }] }),
      { name: 'python/pkg-1.0.dist-info/RECORD', data: 'pkg/__init__.py,sha256=x,0\n"a,b.py",,\n../../bin/x,,\n' },
      { name: 'python/pkg/big.txt', data: 'fc-python-pack '.repeat(8000) },
    ].map((e) => ({ name: e.name, mode: 0o644, data: Buffer.from(e.data ?? '') }));
    const seedZip = (await writeZip(entries, path.join(root, 'seed.zip'))).path;
    const seed = fs.readFileSync(seedZip);
    // Local headers, the central directory's entries, its end record.
    const hot = [...offsetsOf(seed, [0x50, 0x4b, 3, 4]), ...offsetsOf(seed, [0x50, 0x4b, 1, 2]), ...offsetsOf(seed, [0x50, 0x4b, 5, 6])];
    const r = rng(19);
    const box = path.join(root, 'box');
    for (let i = 0; i < 120; i++) {
      const file = path.join(root, `m${i}.zip`);
      fs.writeFileSync(file, mutate(seed, r, hot));
      await survives(`listZip #${i}`, () => listZip(file));
      await survives(`readZipEntries #${i}`, () => readZipEntries(file, () => true));
      fs.mkdirSync(box, { recursive: true });
      await survives(`extractZip #${i}`, () => extractZip(file, path.join(box, 'out')));
      expect(fs.readdirSync(box), `extractZip #${i} wrote outside its folder`).toEqual(fs.existsSync(path.join(box, 'out')) ? ['out'] : []);
      fs.rmSync(box, { recursive: true, force: true });
      if (i % 4 === 0) await survives(`doctor #${i}`, () => runDoctor(file, { ...OPTS, kind: 'layer' }));
      fs.rmSync(file);
    }
  });

  it('tar: mutated docker save archives read and doctor without a crash', async () => {
    const seedTar = craftImage(path.join(root, 'seed.tar'), {
      layers: [[{ name: 'bin/sh', data: buildElf(), mode: 0o755 }, { name: 'code/bootstrap', data: '#!/bin/sh\nexec python3 main.py\n', mode: 0o755 }]],
      cmd: ['./bootstrap'],
      workingDir: '/code',
    });
    const seed = fs.readFileSync(seedTar);
    // Every 512-byte header.
    const hot = Array.from({ length: Math.floor(seed.length / 512) }, (_, i) => i * 512).filter((o) => seed[o] !== 0);
    const r = rng(1919);
    for (let i = 0; i < 60; i++) {
      const file = path.join(root, `m${i}.tar`);
      fs.writeFileSync(file, mutate(seed, r, hot));
      await survives(`readTar #${i}`, () => readTar(file, () => true, { hash: true }));
      if (i % 3 === 0) await survives(`doctor #${i}`, () => runDoctor(file, { ...OPTS, kind: 'image' }));
      fs.rmSync(file);
    }
  });

  it('ELF: mutated headers, section tables and version needs classify without throwing', () => {
    const seeds = [buildElf({ needs: GLIBC_229_NEEDS }), buildElf({ bits: 32, needs: GLIBC_229_NEEDS }), buildElf({ endian: 'big', needs: GLIBC_229_NEEDS })];
    const r = rng(2026);
    for (let i = 0; i < 1500; i++) {
      const seed = seeds[i % seeds.length]!;
      const buf = mutate(seed, r, [0, 0x20, 0x28, 0x3a, seed.length - 256]);
      const t = Date.now();
      const info = classifyBinary(buf);
      expect(Date.now() - t, `ELF #${i}`).toBeLessThan(1_000);
      expect(typeof info.kind).toBe('string');
    }
  });

  it('RECORD: any text gives paths, and no root path climbs out', () => {
    const r = rng(7);
    const alphabet = ['"', ',', '\n', '\r', '.', '/', '..', 'a', '""', ' ', '\0', '\\'];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(r() * 60) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
      for (const p of recordPaths(text)) {
        const rooted = recordRootPath(p);
        if (rooted !== undefined) expect(rooted.split('/')).not.toContain('..');
      }
    }
  });
});
