/**
 * pylock.toml / pylock.<name>.toml (PEP 751, lock-version 1.x): a flat list of packages, each
 * with a marker that may test PEP 751's `extras` and `dependency_groups`. Those are settled here
 * for the chosen extras and for default-groups plus the chosen groups; the rest is left to pip.
 */
import { normalizeExtra } from './marker.js';
import { arrayAt, isTable, parseToml, strAt, tableAt, type Table } from './toml.js';
import {
  checkSelection, cleanHashes, fileError, selected, normalizeName, settleIn, sortPackages,
  type DependencyFile, type LockedPackage, type SelectOptions, type Selection, type SourceKind,
} from './types.js';

function hashesOf(t: unknown): string[] {
  return Object.entries(tableAt(tableAt(t).hashes)).map(([algo, hex]) => `${algo}:${String(hex)}`);
}

function sourceOf(p: Table): { kind: SourceKind; detail?: string } {
  if (isTable(p.vcs)) return { kind: 'vcs', detail: strAt(p.vcs.url) ?? strAt(p.vcs.path) };
  if (isTable(p.directory)) return { kind: p.directory.editable === true ? 'editable' : 'path', detail: strAt(p.directory.path) };
  if (isTable(p.archive)) return { kind: strAt(p.archive.path) ? 'path' : 'url', detail: strAt(p.archive.url) ?? strAt(p.archive.path) };
  return { kind: 'registry' };
}

export function readPylock(file: string, text: string): DependencyFile {
  const doc = parseToml(file, text);
  const lv = strAt(doc['lock-version']);
  if (!lv || !/^1(\.|$)/.test(lv)) throw fileError(file, `has lock-version ${lv ?? '(none)'}; this reads PEP 751 lock-version 1.x.`);
  const entries = arrayAt(doc.packages).map((raw) => {
    if (!isTable(raw) || typeof raw.name !== 'string') throw fileError(file, 'has a [[packages]] entry without a name.');
    const src = sourceOf(raw);
    const hashes = cleanHashes([...hashesOf(raw.sdist), ...arrayAt(raw.wheels).flatMap(hashesOf), ...(isTable(raw.archive) ? hashesOf(raw.archive) : [])]);
    const pkg: LockedPackage = { name: normalizeName(raw.name), version: strAt(raw.version) ?? '', hashes, source: src.kind, ...(src.detail ? { sourceDetail: src.detail } : {}) };
    const marker = strAt(raw.marker);
    return { pkg, marker };
  });
  const defaults = arrayAt(doc['default-groups']).map((g) => normalizeExtra(String(g)));
  const df: DependencyFile = {
    file,
    kind: 'pylock.toml',
    locked: true,
    packages: sortPackages(entries.map((e) => (e.marker ? { ...e.pkg, marker: e.marker } : e.pkg))),
    extras: arrayAt(doc.extras).map((x) => normalizeExtra(String(x))).sort(),
    groups: arrayAt(doc['dependency-groups']).map((x) => normalizeExtra(String(x))).filter((g) => !defaults.includes(g)).sort(),
    warnings: [],
    select(sel: Selection, opts?: SelectOptions) {
      const s = checkSelection(df, sel);
      const known = { extras: new Set(s.extras), groups: new Set([...defaults, ...s.groups]) };
      const picked: LockedPackage[] = [];
      for (const e of entries) {
        const marker = settleIn(file, `package ${e.pkg.name}`, e.marker, known);
        if (marker !== null) picked.push({ ...e.pkg, ...(marker ? { marker } : {}) });
      }
      return selected('pylock.toml', file, s, picked, opts);
    },
  };
  return df;
}
