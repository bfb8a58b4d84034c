/**
 * Which dependency file a build uses and how it is read: the detection order when the
 * `requirements` input is not set, the reader for each kind, and the summary line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/errors.js';
import { parsePyproject, pyprojectDependencies, type Pyproject } from '../pyproject.js';
import { readPipfileLock } from './pipfile.js';
import { readPoetryLock } from './poetry.js';
import { readPylock } from './pylock.js';
import { readRequirementsTxt } from './requirements.js';
import { INPUT, type DependencyFile, type LockKind, type Selected } from './types.js';
import { readUvLock } from './uv.js';
import { findUvWorkspace } from './workspace.js';

export type { DependencyFile, LocalPackage, LockedPackage, LockKind, SelectOptions, Selected, Selection, SourceKind } from './types.js';
export { wheelLine } from './types.js';

/**
 * Where a build looks in working-directory when `requirements` is not set, first match wins:
 * lock files before requirements.txt, requirements.txt before a bare pyproject.toml.
 */
export const DETECTION_ORDER: readonly { file: string; kind: LockKind }[] = [
  { file: 'uv.lock', kind: 'uv.lock' },
  { file: 'poetry.lock', kind: 'poetry.lock' },
  { file: 'pylock.toml', kind: 'pylock.toml' },
  { file: 'pylock.<name>.toml', kind: 'pylock.toml' },
  { file: 'Pipfile.lock', kind: 'Pipfile.lock' },
  { file: 'requirements.txt', kind: 'requirements.txt' },
  { file: 'pyproject.toml', kind: 'pyproject.toml' },
];

const PYLOCK_NAMED = /^pylock\.([^.]+)\.toml$/;

/** The kind a file name says, or undefined when it is none this reads. */
export function kindOf(file: string): LockKind | undefined {
  const base = path.basename(file);
  if (base === 'uv.lock' || base === 'poetry.lock' || base === 'Pipfile.lock' || base === 'pyproject.toml') return base;
  if (base === 'pylock.toml' || PYLOCK_NAMED.test(base)) return 'pylock.toml';
  if (base.endsWith('.txt')) return 'requirements.txt';
  return undefined;
}

const ACCEPTED = 'requirements*.txt, pyproject.toml, uv.lock, poetry.lock, Pipfile.lock, pylock.toml or pylock.<name>.toml';

/** The dependency file a build uses: `requirements` (relative to working-directory) or the first of DETECTION_ORDER. */
export function findDependencyFile(workingDirectory: string, requirements?: string): { file: string; also: string[] } {
  if (requirements && requirements.trim()) {
    const file = path.resolve(workingDirectory, requirements.trim());
    if (!kindOf(file)) throw new UserError(`requirements: ${requirements} is not a file kind this reads; give one of ${ACCEPTED}.`, INPUT);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UserError(`requirements: ${requirements} does not exist in working-directory (${workingDirectory}); fix the path, or leave requirements unset to look for ${ACCEPTED}.`, INPUT);
    return { file, also: [] };
  }
  const names = fs.existsSync(workingDirectory) ? fs.readdirSync(workingDirectory) : [];
  const found: string[] = [];
  for (const { file } of DETECTION_ORDER) {
    if (file === 'pylock.<name>.toml') {
      const named = names.filter((n) => PYLOCK_NAMED.test(n)).sort();
      if (named.length > 1 && !found.length)
        throw new UserError(`requirements: working-directory holds ${named.join(', ')}; set requirements to the one to build from.`, INPUT);
      found.push(...named);
    } else if (names.includes(file) && fs.statSync(path.join(workingDirectory, file)).isFile()) found.push(file);
  }
  if (!found.length) throw new UserError(`requirements: working-directory (${workingDirectory}) holds none of ${ACCEPTED}; add one, or set requirements to its path.`, INPUT);
  return { file: path.join(workingDirectory, found[0]!), also: found.slice(1) };
}

/** Reads a file beside `file` by name, or undefined when it is not there. */
export type Sibling = (name: string) => string | undefined;

const fsSibling =
  (file: string): Sibling =>
  (name) => {
    const p = path.join(path.dirname(file), name);
    return fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : undefined;
  };

/**
 * Reads a dependency file of any kind this knows from its text (pyproject beside a lock is read
 * for stale checks): the doctor reads files from an artifact this way, the build from disk.
 */
export function parseDependencyText(file: string, text: string, sibling: Sibling): DependencyFile {
  const kind = kindOf(file);
  const beside = (name: string) => path.join(path.dirname(file), name);
  const pyproject = (): Pyproject | undefined => {
    const t = sibling('pyproject.toml');
    return t === undefined ? undefined : parsePyproject(beside('pyproject.toml'), t);
  };
  switch (kind) {
    case 'uv.lock':
      return readUvLock(file, text, pyproject());
    case 'poetry.lock':
      return readPoetryLock(file, text, pyproject());
    case 'Pipfile.lock':
      return readPipfileLock(file, text);
    case 'pylock.toml':
      return readPylock(file, text);
    case 'requirements.txt':
      return readRequirementsTxt(file, text);
    case 'pyproject.toml': {
      const p = parsePyproject(file, text);
      const lock = sibling('poetry.lock');
      // Poetry's own tables only mean something through its lock.
      if (p.poetryDependencies && !p.dependencies.length && lock !== undefined) return readPoetryLock(beside('poetry.lock'), lock, p);
      return pyprojectDependencies(p);
    }
    default:
      throw new UserError(`requirements: ${path.basename(file)} is not a file kind this reads; give one of ${ACCEPTED}.`, INPUT);
  }
}

/** Reads a dependency file of any kind this knows from disk. */
export function readDependencyFile(file: string): DependencyFile {
  return parseDependencyText(file, fs.readFileSync(file, 'utf8'), fsSibling(file));
}

/**
 * find + read: what the pipeline calls. `also` names files that were found but not used. A folder
 * whose only dependency file is its pyproject.toml and that is a member of a uv workspace with a
 * lock installs the member's locked set from the workspace root's uv.lock, as `uv sync` there does.
 */
export function loadDependencies(workingDirectory: string, requirements?: string): DependencyFile & { also: string[]; workspace?: { root: string; member: string } } {
  const { file, also } = findDependencyFile(workingDirectory, requirements);
  if (!requirements?.trim() && path.basename(file) === 'pyproject.toml') {
    const ws = findUvWorkspace(workingDirectory);
    if (ws?.lock) {
      const member = parsePyproject(file, fs.readFileSync(file, 'utf8'));
      const df = readUvLock(ws.lock, fs.readFileSync(ws.lock, 'utf8'), member, ws.member);
      return Object.assign(df, { also: [], workspace: { root: ws.root, member: ws.member } });
    }
  }
  return Object.assign(readDependencyFile(file), { also });
}

/** The log and summary line: `used uv.lock, locks 12 packages`. */
export function summaryLine(df: DependencyFile, sel: Selected, workingDirectory?: string): string {
  const name = workingDirectory ? path.relative(workingDirectory, df.file) || path.basename(df.file) : path.basename(df.file);
  const n = df.locked ? sel.packages.length + sel.local.length : sel.lines.length;
  const what = df.locked ? `locks ${n} package${n === 1 ? '' : 's'}` : df.kind === 'requirements.txt' ? `pins ${sel.packages.filter((p) => p.version).length} of ${sel.packages.length} requirements` : `declares ${n} requirement${n === 1 ? '' : 's'}`;
  return `used ${name}, ${what}`;
}
