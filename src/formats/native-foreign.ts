/**
 * The native-code formats FC cannot run, read as far as the doctor needs to name them: Mach-O
 * (thin and fat, with their CPUs; Java class files told apart) and PE (its machine).
 */
import { ParseError, Reader } from './binary-reader.js';

export interface MachOInfo {
  kind: 'macho';
  /** Fat/universal file. */
  fat: boolean;
  /** Architectures in the file: 'x86_64', 'arm64', ... */
  cpus: string[];
}

export interface PeInfo {
  kind: 'pe';
  machine: number;
  machineName: string;
}

/** A Mach-O or PE file whose fields contradict its size (formats/native.ts's CorruptInfo). */
export interface ForeignCorrupt {
  kind: 'corrupt';
  format: 'macho' | 'pe';
  reason: string;
}


// --- Mach-O ------------------------------------------------------------------------------------

const MACHO_CPUS: Record<number, string> = {
  7: 'i386',
  0x01000007: 'x86_64',
  12: 'arm',
  0x0100000c: 'arm64',
  0x0200000c: 'arm64_32',
  18: 'ppc',
  0x01000012: 'ppc64',
};

const cpuName = (cputype: number): string => MACHO_CPUS[cputype] ?? `cputype 0x${cputype.toString(16)}`;

/** Thin: MH_MAGIC(_64) in either byte order. Fat: FAT_MAGIC(_64) in either byte order. */
const MACHO_THIN: Record<number, { little: boolean }> = {
  0xfeedface: { little: false },
  0xfeedfacf: { little: false },
  0xcefaedfe: { little: true },
  0xcffaedfe: { little: true },
};
const MACHO_FAT: Record<number, { little: boolean; entrySize: number }> = {
  0xcafebabe: { little: false, entrySize: 20 },
  0xcafebabf: { little: false, entrySize: 32 },
  0xbebafeca: { little: true, entrySize: 20 },
  0xbfbafeca: { little: true, entrySize: 32 },
};
/** Java class files share 0xcafebabe; their next word (class version) is >= 45, a fat count is small. */
const JAVA_CLASS_MIN_VERSION = 45;

export function parseMachO(buf: Buffer): MachOInfo | ForeignCorrupt | undefined {
  if (buf.length < 4) return undefined;
  const magic = buf.readUInt32BE(0);
  const thin = MACHO_THIN[magic];
  const fat = MACHO_FAT[magic];
  if (!thin && !fat) return undefined;
  try {
    if (thin) {
      const r = new Reader(buf, thin.little);
      return { kind: 'macho', fat: false, cpus: [cpuName(r.u32(4, 'cputype'))] };
    }
    const { little, entrySize } = fat!;
    const r = new Reader(buf, little);
    const n = r.u32(4, 'nfat_arch');
    if (magic === 0xcafebabe && n >= JAVA_CLASS_MIN_VERSION) return undefined;
    if (n === 0) throw new ParseError('fat Mach-O with no architectures');
    r.check(8, n * entrySize, 'fat_arch table');
    const cpus = Array.from({ length: n }, (_, i) => cpuName(r.u32(8 + i * entrySize, 'cputype')));
    return { kind: 'macho', fat: true, cpus };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { kind: 'corrupt', format: 'macho', reason: e.message };
  }
}

// --- PE ----------------------------------------------------------------------------------------

const PE_MACHINES: Record<number, string> = {
  0x14c: 'i386',
  0x8664: 'x86-64',
  0xaa64: 'arm64',
  0x1c4: 'arm',
  0x200: 'ia64',
};

export function parsePe(buf: Buffer): PeInfo | ForeignCorrupt | undefined {
  if (buf.length < 2 || buf.readUInt16BE(0) !== 0x4d5a /* MZ */) return undefined;
  try {
    const r = new Reader(buf, true);
    const lfanew = r.u32(0x3c, 'e_lfanew');
    r.check(lfanew, 6, 'PE header');
    if (buf.readUInt32BE(lfanew) !== 0x50450000 /* PE\0\0 */) return undefined; // DOS program or just data
    const machine = r.u16(lfanew + 4, 'Machine');
    return { kind: 'pe', machine, machineName: PE_MACHINES[machine] ?? `machine 0x${machine.toString(16)}` };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { kind: 'corrupt', format: 'pe', reason: e.message };
  }
}

