/**
 * The doctor reads an ELF file in a zip only where its header, section table and dynamic
 * sections lie (issue 19, memory): the same answer as the whole file, without inflating it whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMember, readMemberParts, readZipDirectory } from '../../src/assemble/wheel-read.js';
import { writeZip } from '../../src/assemble/zip.js';
import { classifyBinary, elfRanges } from '../../src/formats/native.js';
import { GLIBC_229_NEEDS, buildElf } from '../fixtures/elf.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-elfparts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A 64-bit little-endian ELF with `pad` bytes between its header and everything else: its sections lie past `pad`. */
function paddedElf(pad: number): Buffer {
  const elf = buildElf({ needs: GLIBC_229_NEEDS });
  const shoff = Number(elf.readBigUInt64LE(0x28));
  const shnum = elf.readUInt16LE(0x3c);
  const out = Buffer.concat([elf.subarray(0, 64), Buffer.alloc(pad, 'fc-python-pack pads this ELF file '), elf.subarray(64)]);
  out.writeBigUInt64LE(BigInt(shoff + pad), 0x28);
  for (let i = 0; i < shnum; i++) {
    const at = shoff + pad + i * 64 + 24;
    const off = Number(out.readBigUInt64LE(at));
    if (off >= 64) out.writeBigUInt64LE(BigInt(off + pad), at);
  }
  return out;
}

describe('reading an ELF member in part', () => {
  it('gives classifyBinary the same answer as the whole file, deflated or stored, near or past the first window', async () => {
    const big = paddedElf(9 * 1024 * 1024);
    expect(classifyBinary(big)).toEqual(classifyBinary(buildElf({ needs: GLIBC_229_NEEDS })));
    const zip = await writeZip(
      [
        { name: 'small.so', mode: 0o755, data: buildElf({ needs: GLIBC_229_NEEDS }) },
        { name: 'big.so', mode: 0o755, data: big },
        { name: 'text.so', mode: 0o644, data: Buffer.from('not an ELF file\n') },
      ],
      path.join(dir, 'layer.zip'),
    );
    const { members } = await readZipDirectory(zip.path);
    for (const m of members) {
      const whole = readMember(m);
      const part = await readMemberParts(m, elfRanges);
      expect(classifyBinary(part), m.name).toEqual(classifyBinary(whole));
      if (m.name === 'big.so') {
        expect(m.raw.method).toBe(8);
        // The padding past the first window was never written: those pages were not touched.
        const mid = 6 * 1024 * 1024;
        expect(part.subarray(mid, mid + 4096).every((b) => b === 0)).toBe(true);
        expect(whole.subarray(mid, mid + 4096).every((b) => b === 0)).toBe(false);
      }
    }
  });
});
