import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkNativeFile,
  checkWheelTags,
  classifyBinary,
  parseExtensionTag,
  parseWheelTags,
  type ElfInfo,
} from '../../src/doctor/checks/binary.js';
import { compareVersions } from '../../src/formats/versions.js';
import type { Finding } from '../../src/doctor/findings.js';
import { EM, GLIBC_229_NEEDS, buildElf } from '../fixtures/elf.js';

const DEBIAN10 = { pythonVersion: '3.10', glibc: '2.28' };
const codes = (fs: Finding[]): string[] => fs.map((f) => f.code);

let hasReadelf = true;
try {
  execFileSync('readelf', ['--version'], { stdio: 'ignore' });
} catch {
  hasReadelf = false;
}

/** GLIBC_x.y names in the "Version needs" part of `readelf -V`, i.e. binutils' reading of .gnu.version_r. */
function readelfGlibcNeeds(path: string): string[] {
  const out = execFileSync('readelf', ['-V', '-W', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const start = out.indexOf("Version needs section '.gnu.version_r'");
  if (start < 0) return [];
  const rest = out.slice(start + 1);
  const end = rest.search(/^Version \w+ section/m);
  const needs = end < 0 ? rest : rest.slice(0, end);
  return [...new Set([...needs.matchAll(/Name: GLIBC_(\d+(?:\.\d+)+)\s/g)].map((m) => m[1]!))].sort(compareVersions);
}

const tmp = mkdtempSync(join(tmpdir(), 'fcpp-binary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('classifyBinary: hand-built ELF', () => {
  it('reads GLIBC needs from .gnu.version_r of a 64-bit x86-64 ELF', () => {
    const info = classifyBinary(buildElf({ needs: GLIBC_229_NEEDS })) as ElfInfo;
    expect(info).toMatchObject({ kind: 'elf', bits: 64, endian: 'little', machine: 62, machineName: 'x86-64', type: 'shared-object', hasSectionHeaders: true });
    expect(info.glibcVersions).toEqual(['2.2.5', '2.14', '2.27', '2.29']);
    expect(info.glibcMax).toBe('2.29');
    expect(info.glibcOther).toEqual(['GLIBC_PRIVATE']);
    expect(info.versionNeeds).toEqual(GLIBC_229_NEEDS);
  });

  it.skipIf(!hasReadelf)('agrees with readelf -V on the hand-built file', () => {
    const path = join(tmp, 'needs229.so');
    writeFileSync(path, buildElf({ needs: GLIBC_229_NEEDS }));
    expect(readelfGlibcNeeds(path)).toEqual(['2.2.5', '2.14', '2.27', '2.29']);
  });

  it("accepts a need equal to the runtime's glibc, flags one past it (ELF and wheel tags)", () => {
    const elf = (v: string) => buildElf({ needs: [{ file: 'libc.so.6', versions: [`GLIBC_${v}`, 'GLIBC_2.2.5'] }] });
    expect(codes(checkNativeFile('lib/x.so', elf('2.28'), DEBIAN10))).toEqual([]);
    expect(codes(checkNativeFile('lib/x.so', elf('2.29'), DEBIAN10))).toEqual(['glibc-too-new']);
    const wheel = (tag: string) => `Wheel-Version: 1.0\nTag: cp310-cp310-${tag}\n`;
    expect(codes(checkWheelTags(wheel('manylinux_2_28_x86_64'), DEBIAN10))).toEqual([]);
    expect(codes(checkWheelTags(wheel('manylinux_2_29_x86_64'), DEBIAN10))).toEqual(['glibc-too-new']);
  });

  it('does not take GLIBC strings from outside .gnu.version_r', () => {
    // A string that looks like a need, in a file with no version needs at all.
    const buf = Buffer.concat([buildElf({ needs: [] }), Buffer.from('\0GLIBC_2.99\0libc.so.6\0')]);
    const info = classifyBinary(buf) as ElfInfo;
    expect(info.kind).toBe('elf');
    expect(info.glibcVersions).toEqual([]);
    expect(checkNativeFile('lib/x.so', buf, DEBIAN10)).toEqual([]);
  });

  it('names aarch64 and i386 machines and the class', () => {
    expect(classifyBinary(buildElf({ machine: EM.aarch64 }))).toMatchObject({ kind: 'elf', bits: 64, machineName: 'aarch64' });
    const i386 = classifyBinary(buildElf({ bits: 32, machine: EM.i386, needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.0', 'GLIBC_2.1.3'] }] })) as ElfInfo;
    expect(i386).toMatchObject({ kind: 'elf', bits: 32, endian: 'little', machineName: 'i386', glibcMax: '2.1.3' });
  });

  it('reads big-endian files', () => {
    const info = classifyBinary(buildElf({ endian: 'big', machine: EM.s390, needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.2', 'GLIBC_2.33'] }] })) as ElfInfo;
    expect(info).toMatchObject({ kind: 'elf', endian: 'big', machineName: 's390x', glibcMax: '2.33' });
  });

  it('reports a file without section headers as such', () => {
    const info = classifyBinary(buildElf({ needs: GLIBC_229_NEEDS, noSections: true })) as ElfInfo;
    expect(info).toMatchObject({ kind: 'elf', hasSectionHeaders: false, glibcVersions: [] });
    expect(codes(checkNativeFile('bin/tool', buildElf({ noSections: true }), DEBIAN10))).toEqual(['elf-no-sections']);
  });
});

describe('classifyBinary: damaged input never throws', () => {
  const good = buildElf({ needs: GLIBC_229_NEEDS });

  it('classifies truncations as corrupt, keeping the header when it was readable', () => {
    expect(classifyBinary(good.subarray(0, 10))).toMatchObject({ kind: 'corrupt', format: 'elf' });
    expect(classifyBinary(good.subarray(0, 40))).toMatchObject({ kind: 'corrupt', format: 'elf' });
    const cut = classifyBinary(good.subarray(0, 100));
    expect(cut).toMatchObject({ kind: 'corrupt', format: 'elf', elf: { machineName: 'x86-64', bits: 64 } });
    expect(cut.kind === 'corrupt' && cut.reason).toMatch(/past the end/);
  });

  it('reports a truncated aarch64 file as corrupt and as the wrong machine', () => {
    const fs = checkNativeFile('a.so', buildElf({ machine: EM.aarch64 }).subarray(0, 80), DEBIAN10);
    expect(codes(fs)).toEqual(['native-corrupt', 'elf-machine']);
    expect(fs[0]!.severity).toBe('warning');
  });

  it('rejects a version-needs chain that leaves its section', () => {
    const bad = Buffer.from(good);
    const info = classifyBinary(good) as ElfInfo;
    expect(info.kind).toBe('elf');
    // First Elf_Verneed sits right after .dynstr (8-aligned); point its vn_next far away.
    const verOff = bad.indexOf(Buffer.from([1, 0, 2, 0])); // vn_version=1, vn_cnt=2 (libm entry)
    bad.writeUInt32LE(0x7fff0000, verOff + 12);
    expect(classifyBinary(bad)).toMatchObject({ kind: 'corrupt', format: 'elf' });
  });

  it('survives every single-byte corruption and every truncation', () => {
    for (let i = 0; i < good.length; i++) {
      for (const v of [0x00, 0xff, 0x7f]) {
        const b = Buffer.from(good);
        b[i] = v;
        expect(() => classifyBinary(b)).not.toThrow();
        expect(() => checkNativeFile('x.cpython-310-x86_64-linux-gnu.so', b, DEBIAN10)).not.toThrow();
      }
      expect(() => classifyBinary(good.subarray(0, i))).not.toThrow();
    }
  });

  it('treats empty and tiny buffers as not native', () => {
    expect(classifyBinary(Buffer.alloc(0))).toEqual({ kind: 'other' });
    expect(classifyBinary(Buffer.from('#!/bin/bash\n'))).toEqual({ kind: 'other' });
  });
});

describe('classifyBinary: Mach-O and PE', () => {
  const macho64 = (cputype: number) => {
    const b = Buffer.alloc(32);
    b.writeUInt32LE(0xfeedfacf, 0); // on disk: cf fa ed fe
    b.writeUInt32LE(cputype, 4);
    return b;
  };

  it('identifies thin Mach-O in both byte orders and widths', () => {
    expect(classifyBinary(macho64(0x0100000c))).toEqual({ kind: 'macho', fat: false, cpus: ['arm64'] });
    const be32 = Buffer.alloc(28);
    be32.writeUInt32BE(0xfeedface, 0);
    be32.writeUInt32BE(18, 4);
    expect(classifyBinary(be32)).toEqual({ kind: 'macho', fat: false, cpus: ['ppc'] });
    const le32 = Buffer.alloc(28);
    le32.writeUInt32LE(0xfeedface, 0);
    le32.writeUInt32LE(7, 4);
    expect(classifyBinary(le32)).toEqual({ kind: 'macho', fat: false, cpus: ['i386'] });
  });

  it('identifies fat (universal2) Mach-O, 32- and 64-bit arch tables', () => {
    const fat = Buffer.alloc(8 + 2 * 20);
    fat.writeUInt32BE(0xcafebabe, 0);
    fat.writeUInt32BE(2, 4);
    fat.writeUInt32BE(0x01000007, 8);
    fat.writeUInt32BE(0x0100000c, 28);
    expect(classifyBinary(fat)).toEqual({ kind: 'macho', fat: true, cpus: ['x86_64', 'arm64'] });

    const fat64 = Buffer.alloc(8 + 32);
    fat64.writeUInt32BE(0xcafebabf, 0);
    fat64.writeUInt32BE(1, 4);
    fat64.writeUInt32BE(0x0100000c, 8);
    expect(classifyBinary(fat64)).toEqual({ kind: 'macho', fat: true, cpus: ['arm64'] });

    expect(classifyBinary(fat.subarray(0, 20))).toMatchObject({ kind: 'corrupt', format: 'macho' });
  });

  it('does not mistake a Java class file (also 0xcafebabe) for a fat Mach-O', () => {
    const cls = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x34, 0, 0]);
    expect(classifyBinary(cls)).toEqual({ kind: 'other' });
  });

  const pe = (machine: number) => {
    const b = Buffer.alloc(0x100);
    b.write('MZ', 0, 'latin1');
    b.writeUInt32LE(0x80, 0x3c);
    b.write('PE\0\0', 0x80, 'latin1');
    b.writeUInt16LE(machine, 0x84);
    return b;
  };

  it('identifies PE by MZ + PE\\0\\0 and names the machine', () => {
    expect(classifyBinary(pe(0x8664))).toEqual({ kind: 'pe', machine: 0x8664, machineName: 'x86-64' });
    expect(classifyBinary(pe(0x14c))).toMatchObject({ kind: 'pe', machineName: 'i386' });
    const dos = pe(0x8664);
    dos.write('XX', 0x80, 'latin1');
    expect(classifyBinary(dos)).toEqual({ kind: 'other' });
    expect(classifyBinary(pe(0x8664).subarray(0, 0x50))).toMatchObject({ kind: 'corrupt', format: 'pe' });
  });

  it('turns them into macho / pe findings, plus the Python-version mismatch from the name', () => {
    const mac = checkNativeFile('site-packages/pkg/_core.cpython-311-darwin.so', macho64(0x0100000c), DEBIAN10);
    expect(codes(mac)).toEqual(['macho', 'cpython-abi']);
    expect(mac[0]!.message).toMatch(/macOS \(arm64\)/);
    expect(mac[0]!.fcSymptom).toMatch(/invalid ELF header/);
    expect(mac[1]!.message).toMatch(/cpython-311.*Python 3\.10/);
    expect(mac[1]!.fcSymptom).toContain("No module named 'pkg._core'");

    const win = checkNativeFile('pkg/_core.cp310-win_amd64.pyd', pe(0x8664), DEBIAN10);
    expect(codes(win)).toEqual(['pe']);
    expect(win[0]!.message).toMatch(/Windows PE binary \(x86-64\)/);
  });
});

describe('checkNativeFile on hand-built ELF', () => {
  const ext = 'python/pkg/_speedups.cpython-310-x86_64-linux-gnu.so';

  it('flags GLIBC_2.29 against debian10 (2.28), with runtimes that would work', () => {
    const fs = checkNativeFile(ext, buildElf({ needs: GLIBC_229_NEEDS }), DEBIAN10);
    expect(fs).toHaveLength(1);
    const f = fs[0]!;
    expect(f).toMatchObject({ severity: 'error', code: 'glibc-too-new', file: ext });
    expect(f.message).toBe('needs GLIBC_2.29 but custom.debian10 has glibc 2.28');
    expect(f.fcSymptom).toContain("version `GLIBC_2.29' not found");
    expect(f.fix).toMatch(/custom\.debian11 \(glibc 2\.31\) or custom\.debian12/);
  });

  it('accepts the same file on debian11', () => {
    expect(checkNativeFile(ext, buildElf({ needs: GLIBC_229_NEEDS }), { pythonVersion: '3.10', glibc: '2.31' })).toEqual([]);
  });

  it('flags an aarch64 ELF without going on to glibc', () => {
    const fs = checkNativeFile('pkg/_x.cpython-310-aarch64-linux-gnu.so', buildElf({ machine: EM.aarch64, needs: GLIBC_229_NEEDS }), DEBIAN10);
    expect(codes(fs)).toEqual(['elf-machine']);
    expect(fs[0]!.message).toBe('aarch64 ELF: FC runs x86-64 only');
  });

  it('flags a 32-bit i386 ELF with the loader message it causes', () => {
    const fs = checkNativeFile('lib/libfoo.so.1', buildElf({ bits: 32, machine: EM.i386 }), DEBIAN10);
    expect(codes(fs)).toEqual(['elf-machine']);
    expect(fs[0]!.message).toBe('i386 ELF (32-bit): FC runs x86-64 only');
    expect(fs[0]!.fcSymptom).toContain('wrong ELF class: ELFCLASS32');
  });

  it('flags a CPython version mismatch from the file name', () => {
    const fs = checkNativeFile('pkg/_x.cpython-311-x86_64-linux-gnu.so', buildElf(), DEBIAN10);
    expect(codes(fs)).toEqual(['cpython-abi']);
    expect(fs[0]!.message).toBe('built for cpython-311, but the target runs Python 3.10');
  });

  it('flags platform tags that cannot load (musl) and free-threaded builds', () => {
    expect(codes(checkNativeFile('m.cpython-310-x86_64-linux-musl.so', buildElf(), DEBIAN10))).toEqual(['ext-platform']);
    expect(codes(checkNativeFile('m.cpython-313t-x86_64-linux-gnu.so', buildElf(), { pythonVersion: '3.13', glibc: '2.36' }))).toEqual(['cpython-abi']);
  });

  it('accepts abi3 and untagged extensions, and ignores non-native files', () => {
    expect(checkNativeFile('pkg/_x.abi3.so', buildElf(), DEBIAN10)).toEqual([]);
    expect(checkNativeFile('pkg/_x.so', buildElf(), DEBIAN10)).toEqual([]);
    expect(checkNativeFile('app/main.py', Buffer.from('print(1)\n'), DEBIAN10)).toEqual([]);
  });

  it('warns about an extension-named file with no native code in it (e.g. a Git LFS pointer)', () => {
    const lfs = Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12345\n');
    expect(codes(checkNativeFile('pkg/_x.cpython-310-x86_64-linux-gnu.so', lfs, DEBIAN10))).toEqual(['not-native']);
  });

  it('rejects a malformed target', () => {
    expect(() => checkNativeFile('x.so', buildElf(), { pythonVersion: '3', glibc: '2.28' })).toThrow(/3\.10/);
  });
});

describe('parseExtensionTag', () => {
  it.each([
    ['pkg/foo.cpython-311-x86_64-linux-gnu.so', { impl: 'cpython', version: '3.11', platform: 'x86_64-linux-gnu', os: 'linux', stableAbi: false }],
    ['foo.cpython-37m-x86_64-linux-gnu.so', { impl: 'cpython', version: '3.7', abiFlags: 'm', platform: 'x86_64-linux-gnu' }],
    ['foo.cpython-313t-aarch64-linux-gnu.so', { impl: 'cpython', version: '3.13', abiFlags: 't', platform: 'aarch64-linux-gnu' }],
    ['foo.cpython-311-darwin.so', { impl: 'cpython', version: '3.11', platform: 'darwin', os: 'macos' }],
    ['foo.abi3.so', { impl: 'cpython', stableAbi: true }],
    ['foo.cp311-win_amd64.pyd', { impl: 'cpython', version: '3.11', platform: 'win_amd64', os: 'windows' }],
    ['foo.pyd', { impl: 'generic', os: 'windows' }],
    ['foo.so', { impl: 'generic' }],
    ['foo.pypy39-pp73-x86_64-linux-gnu.so', { impl: 'pypy', version: '3.9', platform: 'x86_64-linux-gnu' }],
  ])('%s', (path, expected) => {
    expect(parseExtensionTag(path)).toMatchObject(expected);
  });

  it('ignores versioned shared libraries and other files', () => {
    expect(parseExtensionTag('pkg.libs/libgfortran-040039e1.so.5.0.0')).toBeUndefined();
    expect(parseExtensionTag('main.py')).toBeUndefined();
  });
});

describe('checkWheelTags', () => {
  const wheel = (...tags: string[]) => `Wheel-Version: 1.0\nGenerator: bdist_wheel (0.41.2)\nRoot-Is-Purelib: false\n${tags.map((t) => `Tag: ${t}`).join('\n')}\n`;

  it('expands compressed tag sets', () => {
    expect(parseWheelTags(wheel('py2.py3-none-any')).map((t) => t.python)).toEqual(['py2', 'py3']);
    expect(parseWheelTags(wheel('cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64'))).toHaveLength(2);
  });

  it('accepts pure-Python and fitting manylinux wheels', () => {
    expect(checkWheelTags(wheel('py3-none-any'), DEBIAN10)).toEqual([]);
    expect(checkWheelTags(wheel('cp310-cp310-manylinux_2_17_x86_64', 'cp310-cp310-manylinux2014_x86_64'), DEBIAN10)).toEqual([]);
    expect(checkWheelTags(wheel('cp310-cp310-manylinux1_x86_64'), DEBIAN10)).toEqual([]);
    expect(checkWheelTags(wheel('cp310-cp310-manylinux2010_x86_64'), DEBIAN10)).toEqual([]);
    expect(checkWheelTags(wheel('cp310-cp310-manylinux_2_28_x86_64'), DEBIAN10)).toEqual([]);
    expect(checkWheelTags(wheel('cp38-abi3-manylinux_2_17_x86_64'), DEBIAN10)).toEqual([]);
  });

  it('flags cp311 wheels on Python 3.10 (cpython-abi)', () => {
    const fs = checkWheelTags(wheel('cp311-cp311-manylinux_2_17_x86_64'), DEBIAN10, 'pkg-1.0.dist-info/WHEEL');
    expect(codes(fs)).toEqual(['cpython-abi']);
    expect(fs[0]).toMatchObject({ severity: 'error', file: 'pkg-1.0.dist-info/WHEEL' });
    expect(fs[0]!.message).toMatch(/cp311.*Python 3\.11.*3\.10/);
    expect(checkWheelTags(wheel('cp311-cp311-manylinux_2_17_x86_64'), { pythonVersion: '3.11', glibc: '2.28' })).toEqual([]);
  });

  it('flags abi3 wheels newer than the target, but not older ones', () => {
    expect(codes(checkWheelTags(wheel('cp312-abi3-manylinux_2_17_x86_64'), DEBIAN10))).toEqual(['cpython-abi']);
    expect(checkWheelTags(wheel('cp310-abi3-manylinux_2_17_x86_64'), { pythonVersion: '3.12', glibc: '2.28' })).toEqual([]);
  });

  it('flags aarch64 (elf-machine)', () => {
    const fs = checkWheelTags(wheel('cp310-abi3-manylinux_2_28_aarch64'), DEBIAN10);
    expect(codes(fs)).toEqual(['elf-machine']);
    expect(fs[0]!.message).toMatch(/aarch64/);
  });

  it('flags manylinux wheels needing a newer glibc, naming both versions', () => {
    const fs = checkWheelTags(wheel('cp310-cp310-manylinux_2_34_x86_64'), DEBIAN10);
    expect(codes(fs)).toEqual(['glibc-too-new']);
    expect(fs[0]!.message).toMatch(/glibc 2\.34.*2\.28/);
    expect(fs[0]!.fix).toMatch(/custom\.debian12/);
    expect(checkWheelTags(wheel('cp310-cp310-manylinux_2_34_x86_64'), { pythonVersion: '3.10', glibc: '2.36' })).toEqual([]);
  });

  it('flags macOS, Windows and musllinux wheels', () => {
    expect(codes(checkWheelTags(wheel('cp311-cp311-macosx_11_0_arm64'), DEBIAN10))).toEqual(['cpython-abi', 'macho']);
    expect(codes(checkWheelTags(wheel('cp311-cp311-macosx_11_0_arm64'), { pythonVersion: '3.11', glibc: '2.28' }))).toEqual(['macho']);
    expect(codes(checkWheelTags(wheel('cp311-cp311-win_amd64'), { pythonVersion: '3.11', glibc: '2.28' }))).toEqual(['pe']);
    expect(codes(checkWheelTags(wheel('cp310-cp310-musllinux_1_1_x86_64'), DEBIAN10))).toEqual(['musllinux']);
    expect(codes(checkWheelTags(wheel('pp39-pypy39_pp73-manylinux_2_17_x86_64'), DEBIAN10))).toEqual(['cpython-abi']);
  });

  it('passes when any one tag fits', () => {
    expect(checkWheelTags(wheel('cp310-cp310-musllinux_1_1_x86_64', 'cp310-cp310-manylinux_2_17_x86_64'), DEBIAN10)).toEqual([]);
  });

  it('warns about local linux_x86_64 builds and about missing tags', () => {
    expect(codes(checkWheelTags(wheel('cp310-cp310-linux_x86_64'), DEBIAN10))).toEqual(['wheel-local-build']);
    expect(codes(checkWheelTags('Wheel-Version: 1.0\n', DEBIAN10))).toEqual(['wheel-no-tags']);
  });
});

// ---------------------------------------------------------------------------------------------
// Real files on this machine. The expected GLIBC needs come from binutils' readelf when present.
// ---------------------------------------------------------------------------------------------

function python(expr: string, module = 'sys'): string | undefined {
  try {
    return execFileSync('python3', ['-c', `import ${module};print(${expr})`], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
const pythonExtension = (module: string) => python(`${module}.__file__`, module);

const REAL_CANDIDATES = [
  '/lib/x86_64-linux-gnu/libc.so.6',
  '/lib/x86_64-linux-gnu/libm.so.6',
  '/usr/lib/x86_64-linux-gnu/libstdc++.so.6',
  '/usr/bin/ls',
  python('sys.executable'),
  pythonExtension('_ssl'),
  pythonExtension('_json'),
]
  .filter((p): p is string => !!p && existsSync(p))
  .map((p) => realpathSync(p));
const REAL = [...new Set(REAL_CANDIDATES)].filter((p) => classifyBinary(readFileSync(p)).kind === 'elf');

describe.skipIf(REAL.length === 0)('real ELF files on this machine', () => {
  it.skipIf(!hasReadelf).each(REAL)('%s: GLIBC needs match readelf -V', (path) => {
    const info = classifyBinary(readFileSync(path)) as ElfInfo;
    expect(info).toMatchObject({ kind: 'elf', bits: 64, machineName: 'x86-64' });
    const expected = readelfGlibcNeeds(path);
    expect(info.glibcVersions).toEqual(expected);
    expect(info.glibcMax).toBe(expected[expected.length - 1]);
  });

  it('finds a real file that needs a glibc newer than debian10 and reports it', () => {
    const newer = REAL.map((p) => ({ p, info: classifyBinary(readFileSync(p)) as ElfInfo })).find(
      ({ info }) => info.glibcMax !== undefined && compareVersions(info.glibcMax, '2.28') > 0,
    );
    expect(newer, 'this machine (glibc 2.36) has binaries needing > 2.28').toBeDefined();
    const fs = checkNativeFile(newer!.p, readFileSync(newer!.p), DEBIAN10);
    expect(fs.find((f) => f.code === 'glibc-too-new')?.message).toContain(`GLIBC_${newer!.info.glibcMax}`);
  });

  it('treats GLIBC_ABI_DT_RELR as needing glibc 2.36', () => {
    const relr = REAL.map((p) => ({ p, info: classifyBinary(readFileSync(p)) as ElfInfo })).find(({ info }) => info.glibcOther.includes('GLIBC_ABI_DT_RELR'));
    if (!relr) return; // toolchains before binutils 2.38 do not emit it
    expect(codes(checkNativeFile(relr.p, readFileSync(relr.p), { pythonVersion: '3.10', glibc: '2.35' }))).toContain('glibc-too-new');
  });

  const ssl = pythonExtension('_ssl');
  it.skipIf(!ssl || !ssl.endsWith('.so'))("the interpreter's own _ssl extension fits its Python, not another", () => {
    const buf = readFileSync(ssl!);
    const tag = parseExtensionTag(ssl!)!;
    expect(tag.impl).toBe('cpython');
    const own = { pythonVersion: tag.version!, glibc: '2.36' };
    expect(checkNativeFile(ssl!, buf, own)).toEqual([]);
    const [major, minor] = tag.version!.split('.').map(Number);
    expect(codes(checkNativeFile(ssl!, buf, { pythonVersion: `${major}.${minor! - 1}`, glibc: '2.36' }))).toEqual(['cpython-abi']);
  });
});
