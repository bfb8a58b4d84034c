/** Owns the wheel naming formats: WHEEL files' `Tag:` lines and extension modules' ABI suffixes. */

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
export function moduleName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const sp = parts.lastIndexOf('site-packages');
  let rest = sp >= 0 ? parts.slice(sp + 1) : parts[0] === 'python' ? parts.slice(1) : parts;
  if (rest.length === 0) rest = parts;
  const file = rest[rest.length - 1] ?? path;
  return [...rest.slice(0, -1), file.split('.')[0]].join('.');
}

