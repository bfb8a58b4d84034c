/**
 * Native-code checks for files inside an FC artifact: is this ELF/Mach-O/PE, which machine, which
 * glibc does it need, which Python was it built for — and will it run on the target FC runtime?
 *
 * Pure functions over Buffers and strings; no I/O.
 *
 * Input size: the format and machine are in the first few hundred bytes (HEADER_BYTES is always
 * enough for ELF and Mach-O, and for PE files with the usual DOS stub), but the GLIBC version needs
 * live in a section that can be anywhere in an ELF file, usually past the code. `classifyBinary` and
 * `checkNativeFile` therefore take the WHOLE file: a buffer that ends before the section headers or
 * the `.gnu.version_r` data is reported as corrupt (truncated), never guessed at.
 */
import { UserError } from '../errors.js';
import { RUNTIMES, type RuntimeName } from '../runtimes.js';
import type { Finding } from './findings.js';

/** Enough bytes to tell the format and machine (not the glibc needs; see the module comment). */
export const HEADER_BYTES = 4096;

/** Every `Finding.code` this module produces. */
export const NATIVE_FINDING_CODES = [
  'elf-machine',
  'elf-no-sections',
  'glibc-too-new',
  'macho',
  'pe',
  'native-corrupt',
  'not-native',
  'ext-platform',
  'cpython-abi',
  'musllinux',
  'wheel-platform',
  'wheel-local-build',
  'wheel-no-tags',
] as const;

// ---------------------------------------------------------------------------------------------
// Target
// ---------------------------------------------------------------------------------------------

/** The FC runtime a file must run on, e.g. `{ pythonVersion: '3.10', glibc: '2.28' }`. */
export interface Target {
  /** `major.minor` of the CPython the function runs. */
  pythonVersion: string;
  /** glibc version of the runtime image (RUNTIMES[name].glibc). */
  glibc: string;
}

interface ResolvedTarget {
  major: number;
  minor: number;
  pythonVersion: string;
  glibc: string;
  /** 'custom.debian10', or 'the target runtime' for a glibc no FC runtime has. */
  label: string;
}

function resolveTarget(target: Target): ResolvedTarget {
  const py = /^(\d+)\.(\d+)$/.exec(target.pythonVersion.trim());
  if (!py) {
    throw new UserError(`Python version '${target.pythonVersion}' is not of the form 3.10.`, 'python-version');
  }
  const glibc = target.glibc.trim();
  if (!/^\d+\.\d+(\.\d+)*$/.test(glibc)) {
    throw new UserError(`glibc version '${target.glibc}' is not of the form 2.28.`, 'glibc');
  }
  const runtime = fcRuntimes().find((r) => r.glibc === glibc);
  return {
    major: Number(py[1]),
    minor: Number(py[2]),
    pythonVersion: `${Number(py[1])}.${Number(py[2])}`,
    glibc,
    label: runtime ? runtime.name : 'the target runtime',
  };
}

function fcRuntimes(): { name: RuntimeName; glibc: string }[] {
  return (Object.keys(RUNTIMES) as RuntimeName[]).map((name) => ({ name, glibc: RUNTIMES[name].glibc }));
}

/** Numeric comparison of dotted versions: '2.2.5' < '2.14' < '2.28'. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function maxVersion(versions: readonly string[]): string | undefined {
  return versions.reduce<string | undefined>((m, v) => (m === undefined || compareVersions(v, m) > 0 ? v : m), undefined);
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

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

export interface CorruptInfo {
  kind: 'corrupt';
  format: 'elf' | 'macho' | 'pe';
  reason: string;
  /** For ELF files whose header could be read before the damage. */
  elf?: ElfHeader;
}

/** Not a native-code format this module knows (a script, text, data, ...). */
export interface OtherInfo {
  kind: 'other';
}

export type BinaryInfo = ElfInfo | MachOInfo | PeInfo | CorruptInfo | OtherInfo;

/** Thrown inside the parsers when the bytes are inconsistent; never escapes this module. */
class ParseError extends Error {}

/** Bounds-checked reads; every offset past the end raises ParseError. */
class Reader {
  constructor(
    readonly buf: Buffer,
    readonly little: boolean,
  ) {}

  check(offset: number, length: number, what: string): void {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > this.buf.length) {
      throw new ParseError(`${what} (offset ${offset}, ${length} bytes) lies past the end of the ${this.buf.length}-byte file`);
    }
  }
  u16(offset: number, what: string): number {
    this.check(offset, 2, what);
    return this.little ? this.buf.readUInt16LE(offset) : this.buf.readUInt16BE(offset);
  }
  u32(offset: number, what: string): number {
    this.check(offset, 4, what);
    return this.little ? this.buf.readUInt32LE(offset) : this.buf.readUInt32BE(offset);
  }
  u64(offset: number, what: string): number {
    this.check(offset, 8, what);
    const v = this.little ? this.buf.readBigUInt64LE(offset) : this.buf.readBigUInt64BE(offset);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ParseError(`${what} is implausibly large (${v})`);
    return Number(v);
  }
}

/** Identify the native-code format of a whole file. Never throws. */
export function classifyBinary(buf: Buffer): BinaryInfo {
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x7f454c46) return parseElf(buf);
  return parseMachO(buf) ?? parsePe(buf) ?? { kind: 'other' };
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
const EM_X86_64 = 62;

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
const IMPLIED_GLIBC: Record<string, string> = { GLIBC_ABI_DT_RELR: '2.36' };

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

function parseMachO(buf: Buffer): MachOInfo | CorruptInfo | undefined {
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

function parsePe(buf: Buffer): PeInfo | CorruptInfo | undefined {
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

// ---------------------------------------------------------------------------------------------
// Python extension file names
// ---------------------------------------------------------------------------------------------

export interface ExtensionTag {
  /** 'generic' = untagged `foo.so` / `foo.pyd` (CPython loads those on any version). */
  impl: 'cpython' | 'pypy' | 'generic';
  /** 'major.minor' when the name says (not for abi3 or untagged names). */
  version?: string;
  /** ABI flags after the version: 'm' (<= 3.7), 'd' (debug), 't' (free-threaded). */
  abiFlags?: string;
  /** `.abi3.so`: CPython stable ABI, loads on this and later 3.x. */
  stableAbi: boolean;
  /** Platform part of the suffix: 'x86_64-linux-gnu', 'darwin', 'win_amd64', ... */
  platform?: string;
  os: 'linux' | 'macos' | 'windows' | 'unknown';
  /** The tag as written in the name, e.g. 'cpython-311-x86_64-linux-gnu'. */
  suffix: string;
}

/**
 * Parse the ABI tag in an extension module's file name (see PEP 3149 / importlib EXTENSION_SUFFIXES):
 * `foo.cpython-311-x86_64-linux-gnu.so`, `foo.abi3.so`, `foo.cp311-win_amd64.pyd`,
 * `foo.pypy39-pp73-x86_64-linux-gnu.so`, `foo.cpython-311-darwin.so`, `foo.so`, `foo.pyd`.
 * Returns undefined for names that are not extension modules (including `libfoo.so.1`).
 */
export function parseExtensionTag(path: string): ExtensionTag | undefined {
  const base = path.split(/[\\/]/).pop() ?? path;
  const osOf = (platform: string | undefined, pyd: boolean): ExtensionTag['os'] =>
    pyd || platform?.startsWith('win') ? 'windows' : platform?.includes('darwin') ? 'macos' : platform?.includes('linux') ? 'linux' : 'unknown';

  let m = /\.(cpython-(\d)(\d+)([a-z]*)(?:-([\w-]+))?)\.so$/.exec(base);
  if (m) {
    const [, suffix = '', major, minor, flags, platform] = m;
    return { impl: 'cpython', version: `${major}.${minor}`, ...(flags ? { abiFlags: flags } : {}), stableAbi: false, ...(platform ? { platform } : {}), os: osOf(platform, false), suffix };
  }
  m = /\.(cp(\d)(\d+)([a-z]*)-(\w+))\.pyd$/.exec(base);
  if (m) {
    const [, suffix = '', major, minor, flags, platform] = m;
    return { impl: 'cpython', version: `${major}.${minor}`, ...(flags ? { abiFlags: flags } : {}), stableAbi: false, ...(platform ? { platform } : {}), os: 'windows', suffix };
  }
  m = /\.(pypy(\d)(\d+)-pp\d+(?:-([\w-]+))?)\.so$/.exec(base);
  if (m) {
    const [, suffix = '', major, minor, platform] = m;
    return { impl: 'pypy', version: `${major}.${minor}`, stableAbi: false, ...(platform ? { platform } : {}), os: osOf(platform, false), suffix };
  }
  if (/\.abi3\.so$/.test(base)) return { impl: 'cpython', stableAbi: true, os: 'unknown', suffix: 'abi3' };
  if (/^[^.]+\.so$/.test(base)) return { impl: 'generic', stableAbi: false, os: 'unknown', suffix: '' };
  if (/^[^.]+\.pyd$/.test(base)) return { impl: 'generic', stableAbi: false, os: 'windows', suffix: '' };
  return undefined;
}

/** Dotted module name Python would import the extension as (best effort, for messages). */
function moduleName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const sp = parts.lastIndexOf('site-packages');
  let rest = sp >= 0 ? parts.slice(sp + 1) : parts[0] === 'python' ? parts.slice(1) : parts;
  if (rest.length === 0) rest = parts;
  const file = rest[rest.length - 1] ?? path;
  return [...rest.slice(0, -1), file.split('.')[0]].join('.');
}

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

/** Shared wording, so a problem reads the same whether found in a .so or a WHEEL file. */
const advice = {
  machine: (t: ResolvedTarget) =>
    `Install the x86-64 Linux build of the package (wheels tagged manylinux*_x86_64), e.g. pip install --platform manylinux2014_x86_64 --only-binary=:all: --python-version ${t.pythonVersion}, or let fc-python-pack build the dependencies in an x86-64 Linux image (on Apple Silicon/ARM hosts, use docker --platform linux/amd64).`,
  foreignOs: (os: string, t: ResolvedTarget) =>
    `These dependencies were installed on ${os}. Install them for Linux instead: pip install --platform manylinux2014_x86_64 --only-binary=:all: --python-version ${t.pythonVersion} --target <dir>, or let fc-python-pack build them in a Linux image.`,
  glibc: (needed: string, t: ResolvedTarget) => {
    const ok = fcRuntimes().filter((r) => compareVersions(r.glibc, needed) >= 0).map((r) => `${r.name} (glibc ${r.glibc})`);
    return (
      `Use a build for glibc ${t.glibc} or older: a wheel tagged manylinux_${t.glibc.replace('.', '_')} or older ` +
      `(manylinux2014 = glibc 2.17; pin an older package version if the current one dropped those), or build it from source in an image matching the FC runtime` +
      (ok.length > 0 ? `; or switch the function to ${ok.join(' or ')}.` : '.')
    );
  },
  python: (built: string, t: ResolvedTarget) =>
    `Install dependencies for the Python the function runs (${t.pythonVersion}): pip install --python-version ${t.pythonVersion} --only-binary=:all: ..., or set fc-python-pack's Python version to match the runtime; otherwise run the function on Python ${built}.`,
};

function finding(severity: Finding['severity'], code: string, file: string, message: string, fcSymptom: string, fix: string): Finding {
  return { severity, code, file, message, fcSymptom, fix };
}

const isTargetMachine = (h: ElfHeader): boolean => h.machine === EM_X86_64 && h.bits === 64;

function machineFinding(file: string, h: ElfHeader, t: ResolvedTarget): Finding {
  const what = h.machine === EM_X86_64 ? 'x86-64 ELF in the 32-bit class (x32 ABI)' : `${h.machineName} ELF${h.bits === 32 ? ' (32-bit)' : ''}`;
  const symptom =
    h.bits === 32
      ? `ImportError: ${file}: wrong ELF class: ELFCLASS32`
      : `ImportError: ${file}: cannot open shared object file: No such file or directory (glibc's answer for an ELF built for another machine, although the file is there); as a start command: exec format error`;
  return finding('error', 'elf-machine', file, `${what}: FC runs x86-64 only`, symptom, advice.machine(t));
}

function elfFindings(file: string, info: ElfInfo, t: ResolvedTarget): Finding[] {
  if (!isTargetMachine(info)) return [machineFinding(file, info, t)];
  if (!info.hasSectionHeaders) {
    return [
      finding('info', 'elf-no-sections', file, 'ELF file without section headers: its glibc requirement cannot be read', 'none known; if it fails to load, FC logs "version `GLIBC_x.y\' not found"', 'Nothing to do unless it fails on FC; a build with section headers (not sstrip\'ed) can be checked.'),
    ];
  }
  // The effective minimum glibc: the highest numeric need, raised by needs that imply a version.
  const implied = info.glibcOther.flatMap((n) => (IMPLIED_GLIBC[n] ? [{ name: n, version: IMPLIED_GLIBC[n] }] : []));
  const needed = maxVersion([...info.glibcVersions, ...implied.map((i) => i.version)]);
  if (needed === undefined || compareVersions(needed, t.glibc) <= 0) return [];

  const tooNew = [
    ...info.glibcVersions.filter((v) => compareVersions(v, t.glibc) > 0).map((v) => `GLIBC_${v}`),
    ...implied.filter((i) => compareVersions(i.version, t.glibc) > 0).map((i) => `${i.name} (glibc >= ${i.version})`),
  ];
  // Name the need that sets the bar: GLIBC_x.y, or e.g. GLIBC_ABI_DT_RELR when only that is too new.
  const worst = needed === info.glibcMax ? `GLIBC_${needed}` : (implied.find((i) => i.version === needed)?.name ?? `GLIBC_${needed}`);
  return [
    finding(
      'error',
      'glibc-too-new',
      file,
      `needs ${worst} but ${t.label} has glibc ${t.glibc}` + (tooNew.length > 1 ? ` (all needs above ${t.glibc}: ${tooNew.join(', ')})` : ''),
      `ImportError: /lib/x86_64-linux-gnu/libc.so.6: version \`${worst}' not found (required by ${file})`,
      advice.glibc(needed, t),
    ),
  ];
}

function contentFindings(file: string, info: BinaryInfo, tag: ExtensionTag | undefined, t: ResolvedTarget): Finding[] {
  switch (info.kind) {
    case 'elf':
      return elfFindings(file, info, t);
    case 'macho':
      return [
        finding('error', 'macho', file, `Mach-O ${info.fat ? 'universal ' : ''}binary built for macOS (${info.cpus.join(', ')}): FC runs Linux x86-64`, `ImportError: ${file}: invalid ELF header`, advice.foreignOs('macOS', t)),
      ];
    case 'pe':
      return [
        finding('error', 'pe', file, `Windows PE binary (${info.machineName}): FC runs Linux x86-64`, `ImportError: ${file}: invalid ELF header (or the module is not found at all: Linux Python ignores .pyd files)`, advice.foreignOs('Windows', t)),
      ];
    case 'corrupt': {
      const names = { elf: 'ELF', macho: 'Mach-O', pe: 'PE' };
      const out = [
        finding('warning', 'native-corrupt', file, `truncated or damaged ${names[info.format]} file: ${info.reason}`, `ImportError: ${file}: file too short (or invalid ELF header)`, 'Rebuild the artifact from a clean install of the package; check that nothing (Git LFS, a text-mode copy, a size limit) altered the file.'),
      ];
      if (info.elf && !isTargetMachine(info.elf)) out.push(machineFinding(file, info.elf, t));
      return out;
    }
    case 'other':
      return tag
        ? [finding('warning', 'not-native', file, 'named like a Python extension module but contains no ELF, Mach-O or PE code', `ImportError: ${file}: invalid ELF header`, 'Check where the file came from (a Git LFS pointer, a placeholder, a broken download) and reinstall the package.')]
        : [];
  }
}

/** Why an extension tag's platform cannot load on FC, if it cannot. */
function tagPlatformProblem(tag: ExtensionTag): string | undefined {
  if (tag.os === 'windows') return `Windows extension (${tag.suffix || '.pyd'})`;
  if (tag.os === 'macos') return `macOS extension (${tag.suffix})`;
  if (tag.platform === undefined || tag.platform === 'x86_64-linux-gnu') return undefined;
  if (tag.platform.includes('musl')) return `built for musl libc (${tag.platform}); FC's Debian uses glibc`;
  return `built for ${tag.platform}; FC runs x86_64-linux-gnu`;
}

function tagFindings(file: string, tag: ExtensionTag, t: ResolvedTarget, platformReported: boolean): Finding[] {
  const out: Finding[] = [];
  const platform = tagPlatformProblem(tag);
  if (platform && !platformReported) {
    out.push(finding('error', 'ext-platform', file, `${platform}: FC runs x86-64 Linux (glibc)`, `ModuleNotFoundError: No module named '${moduleName(file)}' (the importer skips files with another platform's suffix)`, advice.machine(t)));
  }
  const abi = tagAbiProblem(tag, t);
  if (abi) {
    out.push(finding('error', 'cpython-abi', file, abi, `ModuleNotFoundError: No module named '${moduleName(file)}' (Python ${t.pythonVersion} only loads *.cpython-${t.major}${t.minor}-*.so, *.abi3.so and untagged *.so)`, advice.python(tag.version ?? '?', t)));
  }
  return out;
}

function tagAbiProblem(tag: ExtensionTag, t: ResolvedTarget): string | undefined {
  const target = `Python ${t.pythonVersion}`;
  if (tag.impl === 'pypy') return `built for PyPy ${tag.version} (${tag.suffix}), but the target runs CPython ${t.pythonVersion}`;
  if (tag.impl !== 'cpython' || tag.version === undefined) return undefined;
  const short = `cpython-${tag.version.replace('.', '')}`;
  if (tag.version !== t.pythonVersion) return `built for ${short}${tag.abiFlags ?? ''}, but the target runs ${target}`;
  if (tag.abiFlags?.includes('t')) return `built for free-threaded ${short}t, but the target runs the regular (GIL) ${target}`;
  if (tag.abiFlags?.includes('d')) return `built for a debug build (${short}d), but the target runs a release ${target}`;
  return undefined;
}

/**
 * Findings for one file of an artifact, for the given target. `buf` must be the whole file (see the
 * module comment); files that are not native code and not named like extensions yield [].
 */
export function checkNativeFile(path: string, buf: Buffer, target: Target): Finding[] {
  const t = resolveTarget(target);
  const tag = parseExtensionTag(path);
  const content = contentFindings(path, classifyBinary(buf), tag, t);
  const platformReported = content.some((f) => ['elf-machine', 'macho', 'pe'].includes(f.code));
  return [...content, ...(tag ? tagFindings(path, tag, t, platformReported) : [])];
}

// ---------------------------------------------------------------------------------------------
// Wheel tags (.dist-info/WHEEL)
// ---------------------------------------------------------------------------------------------

export interface WheelTag {
  python: string;
  abi: string;
  platform: string;
}

/** The `Tag:` lines of a WHEEL file, with compressed tag sets (`py2.py3-none-any`) expanded. */
export function parseWheelTags(wheelFileText: string): WheelTag[] {
  const tags: WheelTag[] = [];
  for (const line of wheelFileText.split(/\r?\n/)) {
    const m = /^\s*tag\s*:\s*(\S+)\s*$/i.exec(line);
    const parts = m?.[1]?.split('-');
    if (!parts || parts.length !== 3) continue;
    const [pys = '', abis = '', plats = ''] = parts;
    for (const python of pys.split('.'))
      for (const abi of abis.split('.')) for (const platform of plats.split('.')) tags.push({ python, abi, platform });
  }
  return tags;
}

const tagString = (t: WheelTag): string => `${t.python}-${t.abi}-${t.platform}`;

/** One reason a wheel tag cannot run on the target; `code` matches checkNativeFile's codes. */
export interface TagProblem {
  code: 'cpython-abi' | 'elf-machine' | 'glibc-too-new' | 'musllinux' | 'macho' | 'pe' | 'wheel-platform';
  reason: string;
  /** For glibc-too-new: the glibc the tag needs. */
  glibc?: string;
}

const LEGACY_MANYLINUX: Record<string, string> = { manylinux1: '2.5', manylinux2010: '2.12', manylinux2014: '2.17' };

/** Everything that stops this tag from installing on the target; [] = compatible. */
export function wheelTagProblems(tag: WheelTag, target: Target): TagProblem[] {
  const t = resolveTarget(target);
  return [...pythonTagProblems(tag, t), ...platformTagProblems(tag.platform, t)];
}

function pythonTagProblems(tag: WheelTag, t: ResolvedTarget): TagProblem[] {
  const py = /^([a-z]+)(\d)(\d*)$/.exec(tag.python);
  if (!py) return [{ code: 'cpython-abi', reason: `unknown Python tag ${tag.python}` }];
  const [, impl = '', majorS = '', minorS = ''] = py;
  if (impl !== 'py' && impl !== 'cp') return [{ code: 'cpython-abi', reason: `${tag.python} is for another Python implementation (FC runs CPython)` }];
  const major = Number(majorS);
  const minor = minorS === '' ? undefined : Number(minorS);
  const built = minor === undefined ? `${major}` : `${major}.${minor}`;
  if (major !== t.major) return [{ code: 'cpython-abi', reason: `${tag.python} is for Python ${built}, the target runs ${t.pythonVersion}` }];

  // pyXY and cpXY-abi3 work on XY and later; cpXY with a version-specific or no ABI on XY only.
  const forwardCompatible = impl === 'py' || tag.abi === 'abi3';
  if (minor !== undefined && (forwardCompatible ? minor > t.minor : minor !== t.minor)) {
    return [{ code: 'cpython-abi', reason: `${tag.python}-${tag.abi} needs Python ${forwardCompatible ? `>= ${built}` : built}, the target runs ${t.pythonVersion}` }];
  }
  if (tag.abi === 'none' || (tag.abi === 'abi3' && impl === 'cp')) return [];
  const abi = /^cp(\d)(\d+)([a-z]*)$/.exec(tag.abi);
  const flagsOk = (flags: string): boolean => flags === '' || (flags === 'm' && t.minor <= 7);
  if (abi && Number(abi[1]) === t.major && Number(abi[2]) === t.minor && flagsOk(abi[3] ?? '')) return [];
  return [{ code: 'cpython-abi', reason: `ABI ${tag.abi} does not match CPython ${t.pythonVersion} (cp${t.major}${t.minor})` }];
}

function platformTagProblems(platform: string, t: ResolvedTarget): TagProblem[] {
  if (platform === 'any') return [];
  const archProblem = (arch: string): TagProblem[] =>
    arch === 'x86_64' ? [] : [{ code: 'elf-machine', reason: `${platform} is for ${arch}, FC runs x86_64` }];

  const many = /^(manylinux1|manylinux2010|manylinux2014|manylinux_(\d+)_(\d+))_(\w+)$/.exec(platform);
  if (many) {
    const [, family = '', maj, min, arch = ''] = many;
    const glibc = maj !== undefined ? `${maj}.${min}` : (LEGACY_MANYLINUX[family] ?? '0');
    const tooNew: TagProblem[] =
      compareVersions(glibc, t.glibc) > 0 ? [{ code: 'glibc-too-new', glibc, reason: `${platform} needs glibc ${glibc}, ${t.label} has ${t.glibc}` }] : [];
    return [...archProblem(arch), ...tooNew];
  }
  const musl = /^musllinux_\d+_\d+_(\w+)$/.exec(platform);
  if (musl) return [{ code: 'musllinux', reason: `${platform} needs musl libc; FC's Debian uses glibc` }, ...archProblem(musl[1] ?? '')];
  const linux = /^linux_(\w+)$/.exec(platform);
  if (linux) return archProblem(linux[1] ?? '');
  if (platform.startsWith('macosx_')) return [{ code: 'macho', reason: `${platform} is a macOS build` }];
  if (platform.startsWith('win')) return [{ code: 'pe', reason: `${platform} is a Windows build` }];
  return [{ code: 'wheel-platform', reason: `${platform} is not a Linux x86_64 platform` }];
}

/**
 * Findings for a `.dist-info/WHEEL` file: an error per kind of problem when no tag can run on the
 * target; a warning when only a local-build tag (linux_x86_64) fits; [] when a tag fits.
 */
export function checkWheelTags(wheelFileText: string, target: Target, file = 'WHEEL'): Finding[] {
  const t = resolveTarget(target);
  const tags = parseWheelTags(wheelFileText);
  if (tags.length === 0) {
    return [finding('warning', 'wheel-no-tags', file, 'WHEEL file has no Tag: lines; cannot tell which platforms the package was built for', 'none directly; native parts may fail to import', 'Reinstall the package with a current pip so that its .dist-info is complete.')];
  }
  const evaluated = tags.map((tag) => ({ tag, problems: wheelTagProblems(tag, target) }));
  const fits = evaluated.filter((e) => e.problems.length === 0);
  if (fits.some((e) => !e.tag.platform.startsWith('linux_'))) return [];
  if (fits.length > 0) {
    return [
      finding('warning', 'wheel-local-build', file, `built locally for ${fits.map((e) => tagString(e.tag)).join(', ')}: no manylinux promise about the glibc it needs`, "ImportError: ... version `GLIBC_x.y' not found, if the build machine's glibc is newer than the runtime's", `The .so files of this package are checked individually; to be safe, build it on the FC runtime's Debian (glibc ${t.glibc}) or use a manylinux wheel.`),
    ];
  }

  // No tag fits: one finding per kind of problem, naming the tags and the reasons.
  const byCode = new Map<TagProblem['code'], { tags: string[]; reasons: string[]; glibc?: string }>();
  for (const { tag, problems } of evaluated) {
    for (const p of problems) {
      const entry = byCode.get(p.code) ?? { tags: [], reasons: [] };
      entry.tags.push(tagString(tag));
      if (!entry.reasons.includes(p.reason)) entry.reasons.push(p.reason);
      if (p.glibc && (!entry.glibc || compareVersions(p.glibc, entry.glibc) < 0)) entry.glibc = p.glibc;
      byCode.set(p.code, entry);
    }
  }
  const pkg = 'no wheel tag of this package fits the target';
  const builtPy = tags.map((x) => /^cp(\d)(\d+)$/.exec(x.python)).find(Boolean);
  return [...byCode].map(([code, { reasons, glibc }]) => {
    const message = `${pkg}: ${reasons.join('; ')}`;
    switch (code) {
      case 'cpython-abi':
        return finding('error', code, file, message, "ModuleNotFoundError: No module named '...' for the package's compiled module (its suffix names another Python)", advice.python(builtPy ? `${builtPy[1]}.${builtPy[2]}` : 'the other version', t));
      case 'glibc-too-new':
        return finding('error', code, file, message, "ImportError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_x.y' not found", advice.glibc(glibc ?? t.glibc, t));
      case 'elf-machine':
        return finding('error', code, file, message, 'ImportError: ...: cannot open shared object file: No such file or directory', advice.machine(t));
      case 'macho':
        return finding('error', code, file, message, 'ImportError: ...: invalid ELF header', advice.foreignOs('macOS', t));
      case 'pe':
        return finding('error', code, file, message, "ModuleNotFoundError: No module named '...' (Linux Python ignores .pyd files)", advice.foreignOs('Windows', t));
      case 'musllinux':
        return finding('error', code, file, message, 'ImportError: libc.musl-x86_64.so.1: cannot open shared object file: No such file or directory', advice.machine(t));
      case 'wheel-platform':
        return finding('error', code, file, message, 'ImportError for the package on FC', advice.machine(t));
    }
  });
}
