/**
 * Owns the native-code checks for files inside an FC artifact: is this ELF/Mach-O/PE, which machine, which
 * glibc does it need, which Python was it built for — and will it run on the target FC runtime?
 *
 * Pure functions over Buffers and strings; no I/O.
 *
 * The file formats are read by formats/native.ts (ELF, Mach-O, PE) and formats/wheel.ts (WHEEL
 * tags, extension suffixes); `checkNativeFile` takes the WHOLE file (see formats/native.ts).
 */
import { UserError } from '../../shared/errors.js';
import { RUNTIMES, type RuntimeName } from '../../plan/runtimes.js';
import { finding, type Finding } from '../findings.js';
import { compareVersions, maxVersion } from '../../formats/versions.js';
import { EM_X86_64, IMPLIED_GLIBC, classifyBinary, type BinaryInfo, type ElfHeader, type ElfInfo } from '../../formats/native.js';
import { moduleName, parseExtensionTag, parseWheelTags, type ExtensionTag, type WheelTag } from '../../formats/wheel.js';
import { manylinuxGlibc } from '../../plan/platform.js';

export { HEADER_BYTES, classifyBinary, type BinaryInfo, type ElfInfo } from '../../formats/native.js';
export { parseExtensionTag, parseWheelTags, type ExtensionTag, type WheelTag } from '../../formats/wheel.js';


/** Every `Finding.code` this module produces (listed with the others in findings.ts). */
export { NATIVE_FINDING_CODES } from '../findings.js';

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

const isTargetMachine = (h: ElfHeader): boolean => h.machine === EM_X86_64 && h.bits === 64;

function machineFinding(file: string, h: ElfHeader, t: ResolvedTarget): Finding {
  const what = h.machine === EM_X86_64 ? 'x86-64 ELF in the 32-bit class (x32 ABI)' : `${h.machineName} ELF${h.bits === 32 ? ' (32-bit)' : ''}`;
  const symptom =
    h.bits === 32
      ? `ImportError: ${file}: wrong ELF class: ELFCLASS32`
      : `ImportError: ${file}: cannot open shared object file: No such file or directory (glibc's answer for an ELF built for another machine, although the file is there); as a start command: exec format error`;
  return finding({ severity: 'error', code: 'elf-machine', file, message: `${what}: FC runs x86-64 only`, fcSymptom: symptom, fix: advice.machine(t) });
}

function elfFindings(file: string, info: ElfInfo, t: ResolvedTarget): Finding[] {
  if (!isTargetMachine(info)) return [machineFinding(file, info, t)];
  if (!info.hasSectionHeaders) {
    return [
      finding({ severity: 'info', code: 'elf-no-sections', file, message: 'ELF file without section headers: its glibc requirement cannot be read', fcSymptom: 'none known; if it fails to load, FC logs "version `GLIBC_x.y\' not found"', fix: 'Nothing to do unless it fails on FC; a build with section headers (not sstrip\'ed) can be checked.' }),
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
    finding({ severity: 'error', code: 'glibc-too-new', file, message: `needs ${worst} but ${t.label} has glibc ${t.glibc}` + (tooNew.length > 1 ? ` (all needs above ${t.glibc}: ${tooNew.join(', ')})` : ''), fcSymptom: `ImportError: /lib/x86_64-linux-gnu/libc.so.6: version \`${worst}' not found (required by ${file})`, fix: advice.glibc(needed, t) }
    ),
  ];
}

function contentFindings(file: string, info: BinaryInfo, tag: ExtensionTag | undefined, t: ResolvedTarget): Finding[] {
  switch (info.kind) {
    case 'elf':
      return elfFindings(file, info, t);
    case 'macho':
      return [
        finding({ severity: 'error', code: 'macho', file, message: `Mach-O ${info.fat ? 'universal ' : ''}binary built for macOS (${info.cpus.join(', ')}): FC runs Linux x86-64`, fcSymptom: `ImportError: ${file}: invalid ELF header`, fix: advice.foreignOs('macOS', t) }),
      ];
    case 'pe':
      return [
        finding({ severity: 'error', code: 'pe', file, message: `Windows PE binary (${info.machineName}): FC runs Linux x86-64`, fcSymptom: `ImportError: ${file}: invalid ELF header (or the module is not found at all: Linux Python ignores .pyd files)`, fix: advice.foreignOs('Windows', t) }),
      ];
    case 'corrupt': {
      const names = { elf: 'ELF', macho: 'Mach-O', pe: 'PE' };
      const out = [
        finding({ severity: 'warning', code: 'native-corrupt', file, message: `truncated or damaged ${names[info.format]} file: ${info.reason}`, fcSymptom: `ImportError: ${file}: file too short (or invalid ELF header)`, fix: 'Rebuild the artifact from a clean install of the package; check that nothing (Git LFS, a text-mode copy, a size limit) altered the file.' }),
      ];
      if (info.elf && !isTargetMachine(info.elf)) out.push(machineFinding(file, info.elf, t));
      return out;
    }
    case 'other':
      return tag
        ? [finding({ severity: 'warning', code: 'not-native', file, message: 'named like a Python extension module but contains no ELF, Mach-O or PE code', fcSymptom: `ImportError: ${file}: invalid ELF header`, fix: 'Check where the file came from (a Git LFS pointer, a placeholder, a broken download) and reinstall the package.' })]
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
    out.push(finding({ severity: 'error', code: 'ext-platform', file, message: `${platform}: FC runs x86-64 Linux (glibc)`, fcSymptom: `ModuleNotFoundError: No module named '${moduleName(file)}' (the importer skips files with another platform's suffix)`, fix: advice.machine(t) }));
  }
  const abi = tagAbiProblem(tag, t);
  if (abi) {
    out.push(finding({ severity: 'error', code: 'cpython-abi', file, message: abi, fcSymptom: `ModuleNotFoundError: No module named '${moduleName(file)}' (Python ${t.pythonVersion} only loads *.cpython-${t.major}${t.minor}-*.so, *.abi3.so and untagged *.so)`, fix: advice.python(tag.version ?? '?', t) }));
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



const tagString = (t: WheelTag): string => `${t.python}-${t.abi}-${t.platform}`;

/** One reason a wheel tag cannot run on the target; `code` matches checkNativeFile's codes. */
export interface TagProblem {
  code: 'cpython-abi' | 'elf-machine' | 'glibc-too-new' | 'musllinux' | 'macho' | 'pe' | 'wheel-platform';
  reason: string;
  /** For glibc-too-new: the glibc the tag needs. */
  glibc?: string;
}

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
    const [, , maj, min, arch = ''] = many;
    const glibc = maj !== undefined ? `${maj}.${min}` : (manylinuxGlibc(platform)?.glibc ?? '0');
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
    return [finding({ severity: 'warning', code: 'wheel-no-tags', file, message: 'WHEEL file has no Tag: lines; cannot tell which platforms the package was built for', fcSymptom: 'none directly; native parts may fail to import', fix: 'Reinstall the package with a current pip so that its .dist-info is complete.' })];
  }
  const evaluated = tags.map((tag) => ({ tag, problems: wheelTagProblems(tag, target) }));
  const fits = evaluated.filter((e) => e.problems.length === 0);
  if (fits.some((e) => !e.tag.platform.startsWith('linux_'))) return [];
  if (fits.length > 0) {
    return [
      finding({ severity: 'warning', code: 'wheel-local-build', file, message: `built locally for ${fits.map((e) => tagString(e.tag)).join(', ')}: no manylinux promise about the glibc it needs`, fcSymptom: "ImportError: ... version `GLIBC_x.y' not found, if the build machine's glibc is newer than the runtime's", fix: `The .so files of this package are checked individually; to be safe, build it on the FC runtime's Debian (glibc ${t.glibc}) or use a manylinux wheel.` }),
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
        return finding({ severity: 'error', code, file, message, fcSymptom: "ModuleNotFoundError: No module named '...' for the package's compiled module (its suffix names another Python)", fix: advice.python(builtPy ? `${builtPy[1]}.${builtPy[2]}` : 'the other version', t) });
      case 'glibc-too-new':
        return finding({ severity: 'error', code, file, message, fcSymptom: "ImportError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_x.y' not found", fix: advice.glibc(glibc ?? t.glibc, t) });
      case 'elf-machine':
        return finding({ severity: 'error', code, file, message, fcSymptom: 'ImportError: ...: cannot open shared object file: No such file or directory', fix: advice.machine(t) });
      case 'macho':
        return finding({ severity: 'error', code, file, message, fcSymptom: 'ImportError: ...: invalid ELF header', fix: advice.foreignOs('macOS', t) });
      case 'pe':
        return finding({ severity: 'error', code, file, message, fcSymptom: "ModuleNotFoundError: No module named '...' (Linux Python ignores .pyd files)", fix: advice.foreignOs('Windows', t) });
      case 'musllinux':
        return finding({ severity: 'error', code, file, message, fcSymptom: 'ImportError: libc.musl-x86_64.so.1: cannot open shared object file: No such file or directory', fix: advice.machine(t) });
      case 'wheel-platform':
        return finding({ severity: 'error', code, file, message, fcSymptom: 'ImportError for the package on FC', fix: advice.machine(t) });
    }
  });
}
