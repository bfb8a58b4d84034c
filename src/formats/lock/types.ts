/**
 * The one shape every dependency file reader returns: which file, its kind, what it locks, and
 * the selection (extras, groups) turned into requirements-file lines and a stable cache-key text.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/errors.js';
import { normalizeExtra, settleText, type KnownVariables } from './marker.js';

export type LockKind = 'uv.lock' | 'poetry.lock' | 'Pipfile.lock' | 'pylock.toml' | 'requirements.txt' | 'pyproject.toml';

/** Where a locked package comes from; only `registry` packages can be installed from an index. */
export type SourceKind = 'registry' | 'url' | 'path' | 'vcs' | 'editable' | 'virtual' | 'root';

export interface LockedPackage {
  /** PEP 503 normalised name. */
  name: string;
  version: string;
  /** The marker under which this package is installed (after selection), for pip to evaluate. */
  marker?: string;
  /** `algo:hex` strings, sorted. */
  hashes: string[];
  source: SourceKind;
  /** URL, path or VCS reference for non-registry sources, for error messages. */
  sourceDetail?: string;
}

/** What the user chose: extras and groups, normalised (PEP 685). */
export interface Selection {
  extras: string[];
  groups: string[];
}

/** A locked project folder (a workspace member, a path dependency) to build into a wheel. */
export interface LocalPackage {
  name: string;
  version: string;
  /** Absolute folder holding its pyproject.toml / setup.py. */
  dir: string;
  editable: boolean;
}

export interface SelectOptions {
  /**
   * true: local folders are returned in `local` for the caller to build into wheels (then add
   * `wheelLine(file)` lines); false (default): they are a UserError naming them.
   */
  buildLocal?: boolean;
}

/** The packages a selection installs. */
export interface Selected {
  /** Packages from an index (what `lines` pins). */
  packages: LockedPackage[];
  /** Local folders to build (only with `buildLocal`). */
  local: LocalPackage[];
  /** Requirements-file lines: `name==version ; marker --hash=...`, or PEP 508 lines when not locked. */
  lines: string[];
  /** Canonical text of what is installed and why: feed it to the cache key. */
  key: string;
  warnings: string[];
}

export interface DependencyFile {
  /** Absolute path of the file that was read. */
  file: string;
  kind: LockKind;
  /**
   * true: every package is pinned and nothing is resolved again, install with `--no-deps`.
   * false (bare pyproject, requirements passthrough): pip resolves as usual.
   */
  locked: boolean;
  /** Every entry the file holds, as recorded (markers as written). */
  packages: LockedPackage[];
  /** The extras and groups this file offers, normalised. */
  extras: string[];
  groups: string[];
  /** Stale-lock and similar notes found while reading. */
  warnings: string[];
  select(sel: Selection, opts?: SelectOptions): Selected;
}

export const INPUT = 'requirements';

export { normalizeName } from '../pep508.js';

export function fileError(file: string, what: string): UserError {
  return new UserError(`requirements: ${path.basename(file)} (${file}) ${what}`, INPUT);
}

/** settleText with an unreadable marker turned into the user's error naming the file and package. */
export function settleIn(file: string, what: string, marker: string | undefined, known: KnownVariables): string | undefined | null {
  try {
    return settleText(marker, known);
  } catch {
    throw fileError(file, `has ${what} with a marker that is not PEP 508: ${marker}`);
  }
}

/** Normalises and checks the chosen extras and groups against what the file offers. */
export function checkSelection(df: Pick<DependencyFile, 'file' | 'extras' | 'groups'>, sel: Selection): Selection {
  const extras = [...new Set(sel.extras.map(normalizeExtra))].sort();
  const groups = [...new Set(sel.groups.map(normalizeExtra))].sort();
  const name = path.basename(df.file);
  const badE = extras.filter((e) => !df.extras.includes(e));
  if (badE.length)
    throw new UserError(
      `extras: ${badE.join(', ')} ${badE.length > 1 ? 'are' : 'is'} not an extra of ${name}; it offers ${df.extras.length ? df.extras.join(', ') : 'none'}.`,
      'extras',
    );
  const badG = groups.filter((g) => !df.groups.includes(g));
  if (badG.length)
    throw new UserError(
      `groups: ${badG.join(', ')} ${badG.length > 1 ? 'are' : 'is'} not a dependency group of ${name}; it offers ${df.groups.length ? df.groups.join(', ') : 'none'}.`,
      'groups',
    );
  return { extras, groups };
}

/**
 * Splits what would be installed into index packages and local folders; refuses VCS, URL and
 * local archives always, local folders unless the caller builds them.
 */
export function splitUnindexed(file: string, pkgs: LockedPackage[], opts: SelectOptions = {}): { packages: LockedPackage[]; local: LocalPackage[] } {
  const local: LocalPackage[] = [];
  const bad: LockedPackage[] = [];
  const packages: LockedPackage[] = [];
  for (const p of pkgs) {
    if (p.source === 'registry' && !p.version) throw fileError(file, `has ${p.name} from an index without a version: lock it again.`);
    if (p.source === 'registry') packages.push(p);
    else if (opts.buildLocal && (p.source === 'path' || p.source === 'editable') && p.sourceDetail && !/\.(whl|zip|tar\.gz|tgz)$/.test(p.sourceDetail)) {
      const dir = path.resolve(path.dirname(file), p.sourceDetail);
      if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) local.push({ name: p.name, version: p.version, dir, editable: p.source === 'editable' });
      else bad.push(p);
    } else bad.push(p);
  }
  if (bad.length) {
    const list = bad.map((p) => `${p.name}${p.version ? ` ${p.version}` : ''} (${p.source}${p.sourceDetail ? ` ${p.sourceDetail}` : ''})`).join(', ');
    const they = bad.length > 1 ? 'them' : 'it';
    throw fileError(file, `locks ${list}: only packages from an index${opts.buildLocal ? ' or local project folders' : ''} can be installed into an FC layer; publish ${they} to an index (or vendor ${they} in your code) and lock again.`);
  }
  return { packages, local };
}

/** A requirements line for a wheel the caller built from a local folder, hash-pinned. */
export function wheelLine(wheel: string): string {
  return `${wheel} --hash=sha256:${createHash('sha256').update(fs.readFileSync(wheel)).digest('hex')}`;
}

/** One requirements line per package; hashes only when every package has some (pip's rule). */
export function lockedLines(pkgs: LockedPackage[], warnings: string[]): string[] {
  const withHashes = pkgs.filter((p) => p.hashes.length).length;
  const useHashes = withHashes === pkgs.length;
  if (withHashes && !useHashes) {
    const missing = pkgs.filter((p) => !p.hashes.length).map((p) => p.name);
    warnings.push(`${missing.join(', ')} ${missing.length > 1 ? 'have' : 'has'} no hashes in the lock, so nothing is hash-checked; lock with hashes to check every download.`);
  }
  return pkgs.map((p) => {
    let line = `${p.name}==${p.version}`;
    if (p.marker) line += ` ; ${p.marker}`;
    if (useHashes) line += p.hashes.map((h) => ` --hash=${h}`).join('');
    return line;
  });
}

/**
 * What a lock's selection installs, the same way for every lock: its packages sorted, split into
 * index packages and local folders, one requirements line each, and the key text.
 */
export function selected(kind: LockKind, file: string, sel: Selection, picked: LockedPackage[], opts?: SelectOptions): Selected {
  const { packages, local } = splitUnindexed(file, sortPackages(picked), opts);
  const warnings: string[] = [];
  const lines = lockedLines(packages, warnings);
  return { packages, local, lines, key: keyText(kind, sel, lines, local), warnings };
}

/** The canonical key text: kind, selection and every installed line, sorted. */
export function keyText(kind: LockKind, sel: Selection, lines: string[], local: LocalPackage[] = []): string {
  const loc = local.map((l) => `local ${l.name}==${l.version} ${l.dir}`).sort();
  return [`kind=${kind}`, `extras=${sel.extras.join(',')}`, `groups=${sel.groups.join(',')}`, ...[...lines].sort(), ...loc].join('\n');
}

export function sortPackages(pkgs: LockedPackage[]): LockedPackage[] {
  return [...pkgs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}

/** Hash strings as `algo:hex`, lower-case, sorted and deduplicated. */
export function cleanHashes(hs: (string | undefined)[]): string[] {
  return [...new Set(hs.filter((h): h is string => !!h && /^[a-z0-9]+:[0-9a-fA-F]+$/.test(h)).map((h) => h.toLowerCase()))].sort();
}
