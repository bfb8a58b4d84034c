/**
 * Owns reading native-code files: is this ELF, Mach-O or PE, for which machine, and which symbol
 * versions (GLIBC_x.y) an ELF file needs. Pure functions over Buffers; no I/O.
 *
 * Input size: the format and machine are in the first few hundred bytes (HEADER_BYTES is always
 * enough for ELF and Mach-O, and for PE files with the usual DOS stub), but the GLIBC version needs
 * live in a section that can be anywhere in an ELF file, usually past the code. `classifyBinary`
 * therefore takes the WHOLE file: a buffer that ends before the section headers or the
 * `.gnu.version_r` data is reported as corrupt (truncated), never guessed at. An ELF file's dynamic
 * section (DT_NEEDED, DT_SONAME, DT_RPATH/DT_RUNPATH) is read too: which libraries the loader opens.
 */
import { ParseError, Reader } from './binary-reader.js';
import { parseMachO, parsePe, type MachOInfo, type PeInfo } from './native-foreign.js';

export type { MachOInfo, PeInfo } from './native-foreign.js';
import { compareVersions } from './versions.js';

/** Enough bytes to tell the format and machine (not the glibc needs; see the module comment). */
export const HEADER_BYTES = 4096;


export type ElfType = 'relocatable' | 'executable' | 'shared-object' | 'core' | 'unknown';

/** What the fixed-size ELF header says. */
export interface ElfHeader {
  bits: 32 | 64;
  endian: 'little' | 'big';
  type: ElfType;
  /** Raw e_machine. */
  machine: number;
  /** 'x86-64', 'aarch64', 'i386', 'arm', ... or 'e_machine 0x..' when unknown. */
  machineName: string;
}

/** One `.gnu.version_r` entry: a library and the symbol versions needed from it. */
export interface VersionNeed {
  file: string;
  versions: string[];
}

export interface ElfInfo extends ElfHeader {
  kind: 'elf';
  /** False when the file has no section header table (then the needs below are unknown). */
  hasSectionHeaders: boolean;
  versionNeeds: VersionNeed[];
  /** Every numeric GLIBC_x.y[.z] needed (from any library), ascending, unique. */
  glibcVersions: string[];
  /** The highest of glibcVersions, if any. */
  glibcMax?: string;
  /** Non-numeric GLIBC_* needs, e.g. GLIBC_PRIVATE, GLIBC_ABI_DT_RELR. */
  glibcOther: string[];
  /** The dynamic section (SHT_DYNAMIC): DT_NEEDED sonames, DT_SONAME, DT_RPATH and DT_RUNPATH (split at ':'). */
  dynamic: ElfDynamic;
}

export interface ElfDynamic {
  needed: string[];
  soname?: string;
  rpath: string[];
  runpath: string[];
}

/** Not a native-code format this module knows (a script, text, data, ...). */
export interface OtherInfo {
  kind: 'other';
}

export interface CorruptInfo {
  kind: 'corrupt';
  format: 'elf' | 'macho' | 'pe';
  reason: string;
  /** For ELF files whose header could be read before the damage. */
  elf?: ElfHeader;
}

export type BinaryInfo = ElfInfo | MachOInfo | PeInfo | CorruptInfo | OtherInfo;

/** Identify the native-code format of a whole file. Never throws. */
export function classifyBinary(buf: Buffer): BinaryInfo {
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x7f454c46) return parseElf(buf);
  return parseMachO(buf) ?? parsePe(buf) ?? { kind: 'other' };
}

/**
 * The ranges [start, end) classifyBinary reads of an ELF file, as far as `buf` (zeros where not yet
 * read) tells: the header, its section table, the sections that names (.gnu.version_r, .dynamic and
 * their string tables). Ask again once those are in. Undefined: not ELF (read it whole).
 */
export function elfRanges(buf: Buffer): [number, number][] | undefined {
  if (buf.length < 64 || buf.readUInt32BE(0) !== 0x7f454c46) return buf.length && buf.subarray(0, 4).every((b) => b === 0) ? [[0, 64]] : undefined;
  const out: [number, number][] = [[0, 64]];
  const is64 = buf[4] === 2;
  const r = new Reader(buf, buf[5] !== 2);
  try {
    const shoff = is64 ? r.u64(0x28, 'e_shoff') : r.u32(0x20, 'e_shoff');
    if (!shoff || r.u16(is64 ? 0x3a : 0x2e, 'e_shentsize') !== (is64 ? 64 : 40)) return out;
    out.push([shoff, shoff + Math.max(1, r.u16(is64 ? 0x3c : 0x30, 'e_shnum')) * (is64 ? 64 : 40)]);
    const sections = readSectionHeaders(r, is64);
    for (const s of sections.filter((x) => x.type === SHT_GNU_VERNEED || x.type === SHT_DYNAMIC)) {
      const link = sections[s.link];
      out.push([s.offset, s.offset + s.size], ...(link ? [[link.offset, link.offset + link.size] as [number, number]] : []));
    }
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
  }
  return out;
}

// --- ELF ---------------------------------------------------------------------------------------

const ELF_MACHINES: Record<number, string> = {
  2: 'sparc',
  3: 'i386',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390x',
  40: 'arm',
  43: 'sparcv9',
  50: 'ia64',
  62: 'x86-64',
  183: 'aarch64',
  243: 'riscv',
  258: 'loongarch',
};
export const EM_X86_64 = 62;

const ELF_TYPES: Record<number, ElfType> = { 1: 'relocatable', 2: 'executable', 3: 'shared-object', 4: 'core' };

const SHT_STRTAB = 3;
const SHT_DYNAMIC = 6;
const DT = { NULL: 0, NEEDED: 1, SONAME: 14, RPATH: 15, RUNPATH: 29 };
const SHT_GNU_VERNEED = 0x6ffffffe;
/** Guard against absurd entry counts in damaged files. */
const MAX_VERNEED_ENTRIES = 10_000;

interface Section {
  type: number;
  offset: number;
  size: number;
  link: number;
  info: number;
}

function parseElf(buf: Buffer): ElfInfo | CorruptInfo {
  let header: ElfHeader | undefined;
  try {
    if (buf.length < 16) throw new ParseError(`ELF identification is truncated (${buf.length} bytes)`);
    const cls = buf.readUInt8(4);
    const data = buf.readUInt8(5);
    if (cls !== 1 && cls !== 2) throw new ParseError(`invalid ELF class ${cls}`);
    if (data !== 1 && data !== 2) throw new ParseError(`invalid ELF data encoding ${data}`);
    const is64 = cls === 2;
    const r = new Reader(buf, data === 1);
    r.check(0, is64 ? 64 : 52, 'ELF header');
    const machine = r.u16(18, 'e_machine');
    header = {
      bits: is64 ? 64 : 32,
      endian: data === 1 ? 'little' : 'big',
      type: ELF_TYPES[r.u16(16, 'e_type')] ?? 'unknown',
      machine,
      machineName: ELF_MACHINES[machine] ?? `e_machine 0x${machine.toString(16)}`,
    };
    const sections = readSectionHeaders(r, is64);
    const versionNeeds = sections
      .filter((s) => s.type === SHT_GNU_VERNEED)
      .flatMap((s) => readVersionNeeds(r, s, sections));
    return { kind: 'elf', ...header, hasSectionHeaders: sections.length > 0, versionNeeds, ...glibcSummary(versionNeeds), dynamic: readDynamic(r, is64, sections) };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { kind: 'corrupt', format: 'elf', reason: e.message, ...(header ? { elf: header } : {}) };
  }
}

function readSectionHeaders(r: Reader, is64: boolean): Section[] {
  const shoff = is64 ? r.u64(0x28, 'e_shoff') : r.u32(0x20, 'e_shoff');
  const shentsize = r.u16(is64 ? 0x3a : 0x2e, 'e_shentsize');
  let shnum = r.u16(is64 ? 0x3c : 0x30, 'e_shnum');
  if (shoff === 0) return []; // no section header table (e.g. sstrip'ed)
  const expected = is64 ? 64 : 40;
  if (shentsize !== expected) throw new ParseError(`e_shentsize is ${shentsize}, expected ${expected}`);

  const read = (i: number): Section => {
    const at = shoff + i * shentsize;
    r.check(at, shentsize, `section header ${i}`);
    return is64
      ? { type: r.u32(at + 4, 'sh_type'), offset: r.u64(at + 24, 'sh_offset'), size: r.u64(at + 32, 'sh_size'), link: r.u32(at + 40, 'sh_link'), info: r.u32(at + 44, 'sh_info') }
      : { type: r.u32(at + 4, 'sh_type'), offset: r.u32(at + 16, 'sh_offset'), size: r.u32(at + 20, 'sh_size'), link: r.u32(at + 24, 'sh_link'), info: r.u32(at + 28, 'sh_info') };
  };
  // Extended numbering: with >= 0xff00 sections, e_shnum is 0 and the count is section 0's sh_size.
  if (shnum === 0) shnum = read(0).size;
  r.check(shoff, shnum * shentsize, 'section header table');
  return Array.from({ length: shnum }, (_, i) => read(i));
}

/** Walk the Elf_Verneed / Elf_Vernaux chains of one SHT_GNU_verneed section. */
function readVersionNeeds(r: Reader, section: Section, sections: readonly Section[]): VersionNeed[] {
  const strtab = sections[section.link];
  if (!strtab || strtab.type !== SHT_STRTAB) {
    throw new ParseError(`.gnu.version_r links to section ${section.link}, which is not a string table`);
  }
  r.check(section.offset, section.size, '.gnu.version_r');
  r.check(strtab.offset, strtab.size, 'version string table');
  const end = section.offset + section.size;
  const inSection = (at: number, what: string): void => {
    if (at < section.offset || at + 16 > end) throw new ParseError(`${what} at offset ${at} lies outside .gnu.version_r`);
  };
  const str = (index: number): string => readString(r.buf, strtab, index);

  if (section.size === 0) return [];
  // sh_info is the entry count; 0 (some tools leave it unset) means "follow vn_next until 0".
  const count = section.info || MAX_VERNEED_ENTRIES;
  const needs: VersionNeed[] = [];
  let at = section.offset;
  for (let i = 0; i < count; i++) {
    inSection(at, 'Elf_Verneed');
    const vnVersion = r.u16(at, 'vn_version');
    if (vnVersion !== 1) throw new ParseError(`unsupported vn_version ${vnVersion}`);
    const vnCnt = r.u16(at + 2, 'vn_cnt');
    const versions: string[] = [];
    let aux = at + r.u32(at + 8, 'vn_aux');
    for (let j = 0; j < vnCnt; j++) {
      inSection(aux, 'Elf_Vernaux');
      versions.push(str(r.u32(aux + 8, 'vna_name')));
      const next = r.u32(aux + 12, 'vna_next');
      if (next === 0) break;
      aux += next;
    }
    needs.push({ file: str(r.u32(at + 4, 'vn_file')), versions });
    const next = r.u32(at + 12, 'vn_next');
    if (next === 0) break;
    at += next;
  }
  return needs;
}

/** The dynamic section's string entries; a damaged one reads as empty (the glibc needs above still stand). */
function readDynamic(r: Reader, is64: boolean, sections: readonly Section[]): ElfDynamic {
  const out: ElfDynamic = { needed: [], rpath: [], runpath: [] };
  const dyn = sections.find((s) => s.type === SHT_DYNAMIC);
  const strtab = dyn && sections[dyn.link];
  if (!dyn || !strtab || strtab.type !== SHT_STRTAB) return out;
  try {
    const size = is64 ? 16 : 8;
    for (let at = dyn.offset; at + size <= dyn.offset + dyn.size; at += size) {
      const tag = is64 ? r.u64(at, 'd_tag') : r.u32(at, 'd_tag');
      if (tag === DT.NULL) break;
      if (tag !== DT.NEEDED && tag !== DT.SONAME && tag !== DT.RPATH && tag !== DT.RUNPATH) continue;
      const value = readString(r.buf, strtab, is64 ? r.u64(at + 8, 'd_val') : r.u32(at + 4, 'd_val'));
      if (tag === DT.NEEDED) out.needed.push(value);
      else if (tag === DT.SONAME) out.soname = value;
      else (tag === DT.RPATH ? out.rpath : out.runpath).push(...value.split(':').filter(Boolean));
    }
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { needed: [], rpath: [], runpath: [] };
  }
  return out;
}

function readString(buf: Buffer, strtab: Section, index: number): string {
  const start = strtab.offset + index;
  const end = strtab.offset + strtab.size;
  if (index >= strtab.size) throw new ParseError(`string index ${index} is outside the string table`);
  const nul = buf.indexOf(0, start);
  if (nul < 0 || nul >= end) throw new ParseError(`string at index ${index} is not terminated inside the string table`);
  return buf.toString('latin1', start, nul);
}

function glibcSummary(needs: readonly VersionNeed[]): Pick<ElfInfo, 'glibcVersions' | 'glibcMax' | 'glibcOther'> {
  const numeric = new Set<string>();
  const other = new Set<string>();
  for (const name of needs.flatMap((n) => n.versions)) {
    const m = /^GLIBC_(\d+(?:\.\d+)+)$/.exec(name);
    if (m?.[1]) numeric.add(m[1]);
    else if (name.startsWith('GLIBC_')) other.add(name);
  }
  const glibcVersions = [...numeric].sort(compareVersions);
  const glibcMax = glibcVersions[glibcVersions.length - 1];
  return { glibcVersions, ...(glibcMax ? { glibcMax } : {}), glibcOther: [...other].sort() };
}

/**
 * GLIBC_* needs without a number that still imply a minimum glibc:
 * GLIBC_ABI_DT_RELR marks binaries linked with DT_RELR relocations, first understood by glibc 2.36.
 */
export const IMPLIED_GLIBC: Record<string, string> = { GLIBC_ABI_DT_RELR: '2.36' };
