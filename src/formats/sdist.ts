/**
 * Owns reading a source distribution (.tar.gz, as pip downloads them): its PKG-INFO, whether that
 * metadata is static (PEP 643), whether it carries extension sources, and what its pyproject.toml's
 * [build-system] requires. One pass over the tar; nothing is unpacked or run.
 */
import { parse } from 'smol-toml';
import { parseMetadata, type CoreMetadata } from './metadata.js';
import { readTar } from './tar.js';

export interface SdistFacts {
  metadata?: CoreMetadata;
  /**
   * PEP 643: Metadata-Version ≥ 2.2 and Requires-Dist (and Requires-Python) not declared Dynamic:
   * every build of it, under any Python, has these dependencies.
   */
  staticDeps: boolean;
  /** C, C++, Cython or Fortran sources, or a Rust crate: the build may compile. */
  extensionSources: string[];
  /** [build-system].requires; setuptools' legacy default when there is no pyproject.toml (PEP 518). */
  buildRequires: string[];
}

const EXT_SOURCE = /\.(c|cc|cpp|cxx|pyx|f|f90|rs)$|(^|\/)Cargo\.toml$/i;
const LEGACY_BUILD_REQUIRES = ['setuptools>=40.8.0', 'wheel'];

/** The top folder's own file (`name-1.0/PKG-INFO`), not a nested package's. */
const topLevel = (entry: string, file: string) => {
  const parts = entry.replace(/^\.\//, '').split('/');
  return parts.length === 2 && parts[1] === file;
};

/** True when `metadata` promises dependencies that do not depend on the Python that builds it. */
export function hasStaticDeps(metadata: CoreMetadata | undefined): boolean {
  if (!metadata) return false;
  const [major, minor] = (metadata.fields.get('metadata-version')?.[0] ?? '0').split('.').map(Number) as [number, number | undefined];
  if (!(major > 2 || (major === 2 && (minor ?? 0) >= 2))) return false;
  const dynamic = new Set((metadata.fields.get('dynamic') ?? []).map((d) => d.toLowerCase()));
  return !dynamic.has('requires-dist') && !dynamic.has('requires-python') && !dynamic.has('provides-extra');
}

export async function readSdist(file: string): Promise<SdistFacts> {
  const { entries, files } = await readTar(file, (n) => topLevel(n, 'PKG-INFO') || topLevel(n, 'pyproject.toml'));
  const get = (name: string) => [...files].find(([k]) => topLevel(k, name))?.[1]?.toString('utf8');
  const pkgInfo = get('PKG-INFO');
  const metadata = pkgInfo ? parseMetadata(pkgInfo) : undefined;
  let buildRequires = LEGACY_BUILD_REQUIRES;
  const pyproject = get('pyproject.toml');
  if (pyproject) {
    try {
      const bs = (parse(pyproject) as { 'build-system'?: { requires?: unknown } })['build-system'];
      if (Array.isArray(bs?.requires)) buildRequires = bs.requires.filter((r): r is string => typeof r === 'string');
    } catch {
      // pip reports a broken pyproject.toml itself, when it builds
    }
  }
  const extensionSources = entries.filter((e) => e.type === 'file' && EXT_SOURCE.test(e.name)).map((e) => e.name.split('/').slice(1).join('/'));
  return { metadata, staticDeps: hasStaticDeps(metadata), extensionSources, buildRequires };
}
