/**
 * Pipfile.lock (pipfile-spec 6, JSON): `default` is what ships; `develop` (group `dev`) and any
 * other category ship only when chosen in `groups`. Each entry is already flat, with its
 * version pin, hashes and markers, so there is no graph to walk.
 */
import { errorMessage } from '../../shared/errors.js';
import { normalizeExtra } from './marker.js';
import {
  checkSelection, cleanHashes, fileError, selected, normalizeName, sortPackages,
  type DependencyFile, type LockedPackage, type SelectOptions, type Selection, type SourceKind,
} from './types.js';

type Json = Record<string, unknown>;

function entry(name: string, e: Json): LockedPackage {
  let source: SourceKind = 'registry';
  let detail: string | undefined;
  if (typeof e.git === 'string' || typeof e.hg === 'string' || typeof e.svn === 'string') (source = 'vcs'), (detail = String(e.git ?? e.hg ?? e.svn));
  else if (typeof e.path === 'string') (source = e.editable === true ? 'editable' : 'path'), (detail = e.path);
  else if (typeof e.file === 'string') (source = 'url'), (detail = e.file);
  if (e.editable === true && source === 'registry') source = 'editable';
  const version = typeof e.version === 'string' ? e.version.replace(/^===?/, '') : '';
  const hashes = cleanHashes(Array.isArray(e.hashes) ? e.hashes.map(String) : []);
  const marker = typeof e.markers === 'string' && e.markers.trim() ? e.markers.trim() : undefined;
  return { name: normalizeName(name), version, hashes, source, ...(detail ? { sourceDetail: detail } : {}), ...(marker ? { marker } : {}) };
}

export function readPipfileLock(file: string, text: string): DependencyFile {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (e) {
    throw fileError(file, `is not valid JSON: ${errorMessage(e)}`);
  }
  if (typeof doc !== 'object' || doc === null || typeof doc._meta !== 'object') throw fileError(file, 'has no _meta section: it is not a Pipfile.lock. Run `pipenv lock`.');
  const sections = new Map<string, LockedPackage[]>();
  for (const [k, v] of Object.entries(doc)) {
    if (k === '_meta' || typeof v !== 'object' || v === null) continue;
    const group = k === 'default' ? 'default' : k === 'develop' ? 'dev' : normalizeExtra(k);
    sections.set(group, Object.entries(v as Json).map(([n, e]) => entry(n, (e ?? {}) as Json)));
  }
  const df: DependencyFile = {
    file,
    kind: 'Pipfile.lock',
    locked: true,
    packages: sortPackages([...sections.values()].flat()),
    extras: [],
    groups: [...sections.keys()].filter((g) => g !== 'default').sort(),
    warnings: [],
    select(sel: Selection, opts?: SelectOptions) {
      const s = checkSelection(df, sel);
      const byName = new Map<string, LockedPackage>();
      for (const g of ['default', ...s.groups])
        for (const p of sections.get(g) ?? []) {
          const prev = byName.get(p.name);
          if (prev && prev.version !== p.version) throw fileError(file, `locks ${p.name} at ${prev.version} in default and ${p.version} in ${g}: lock them together (\`pipenv lock\`).`);
          if (!prev) byName.set(p.name, p);
        }
      return selected('Pipfile.lock', file, s, [...byName.values()], opts);
    },
  };
  return df;
}
