/**
 * uv.lock (version 1): packages with sources, wheels and sdists with hashes, and a dependency
 * graph whose edges carry markers and extras. The project's own entry (source virtual or
 * editable ".") is the root and is never installed; its dependencies, chosen
 * optional-dependencies and chosen dev-dependencies groups are the walk's roots.
 */
import type { Pyproject } from '../pyproject.js';
import { parseRequirement } from '../pyproject.js';
import { reach, type Edge, type Graph } from './graph.js';
import { normalizeExtra } from './marker.js';
import { arrayAt, isTable, parseToml, strAt, tableAt, type Table } from './toml.js';
import {
  checkSelection, cleanHashes, fileError, selected, normalizeName, settleIn, sortPackages,
  type DependencyFile, type LockedPackage, type SelectOptions, type Selection, type SourceKind,
} from './types.js';

function sourceOf(src: Table): { kind: SourceKind; detail?: string } {
  if (typeof src.registry === 'string') return { kind: 'registry' };
  if (typeof src.virtual === 'string') return { kind: 'virtual', detail: src.virtual };
  if (typeof src.editable === 'string') return { kind: 'editable', detail: src.editable };
  if (typeof src.git === 'string') return { kind: 'vcs', detail: src.git };
  if (typeof src.url === 'string') return { kind: 'url', detail: src.url };
  for (const k of ['path', 'directory']) if (typeof src[k] === 'string') return { kind: 'path', detail: src[k] as string };
  return { kind: 'registry' };
}

interface Entry {
  id: string;
  pkg: LockedPackage;
  raw: Table;
  isRoot: boolean;
}

/**
 * `member`: the workspace member to install (its path from the lock's folder, e.g. "backend"): its
 * entry (source editable or virtual at that path) is the root, `pyproject` is the member's own.
 */
export function readUvLock(file: string, text: string, pyproject?: Pyproject, member?: string): DependencyFile {
  const doc = parseToml(file, text);
  if (doc.version !== 1) throw fileError(file, `has lock version ${String(doc.version)}; this reads uv.lock version 1. Lock again with a current uv.`);
  const entries: Entry[] = [];
  for (const raw of arrayAt(doc.package)) {
    if (!isTable(raw) || typeof raw.name !== 'string') throw fileError(file, 'has a [[package]] without a name.');
    const src = sourceOf(tableAt(raw.source));
    const version = strAt(raw.version) ?? '';
    const hashes = cleanHashes([strAt(tableAt(raw.sdist).hash), ...arrayAt(raw.wheels).map((w) => strAt(tableAt(w).hash))]);
    const name = normalizeName(raw.name);
    const isRoot = (src.kind === 'virtual' || src.kind === 'editable') && src.detail === (member ?? '.');
    entries.push({ id: `${name} ${version}`, raw, isRoot, pkg: { name, version, hashes, source: isRoot ? 'root' : src.kind, ...(src.detail ? { sourceDetail: src.detail } : {}) } });
  }
  const want = pyproject?.name ? normalizeName(pyproject.name) : undefined;
  const root = entries.find((e) => e.isRoot && (!want || e.pkg.name === want)) ?? entries.find((e) => e.isRoot);
  if (!root && member) throw fileError(file, `has no entry for the workspace member ${member} (a package with source editable or virtual "${member}"): run \`uv lock\` at the workspace root and commit uv.lock.`);
  if (!root) throw fileError(file, 'has no project entry (a package with source virtual or editable "."): lock it with `uv lock` in the project folder.');

  const byName = new Map<string, Entry[]>();
  for (const e of entries) byName.set(e.pkg.name, [...(byName.get(e.pkg.name) ?? []), e]);
  const edge = (from: string, d: unknown): Edge => {
    const t = tableAt(d);
    const name = normalizeName(strAt(t.name) ?? '');
    const cands = byName.get(name) ?? [];
    const version = strAt(t.version);
    const target = version ? cands.find((c) => c.pkg.version === version) : cands[0];
    if (!target || (!version && cands.length > 1)) throw fileError(file, `has ${from} depending on ${name}${version ? ` ${version}` : ''}, which the lock does not hold unambiguously.`);
    const marker = strAt(t.marker);
    if (marker) settleIn(file, `${from} -> ${name}`, marker, { extras: new Set() });
    const also = arrayAt(t.extra).map((x) => `${target.id}[${normalizeExtra(String(x))}]`);
    return { to: target.id, ...(marker ? { marker } : {}), ...(also.length ? { also } : {}) };
  };
  const graph: Graph = new Map();
  for (const e of entries) {
    graph.set(e.id, arrayAt(e.raw.dependencies).map((d) => edge(e.id, d)));
    for (const [x, deps] of Object.entries(tableAt(e.raw['optional-dependencies']))) graph.set(`${e.id}[${normalizeExtra(x)}]`, arrayAt(deps).map((d) => edge(e.id, d)));
  }
  const optional = tableAt(root.raw['optional-dependencies']);
  const dev = tableAt(root.raw['dev-dependencies']);
  const extras = Object.keys(optional).map(normalizeExtra).sort();
  const groups = Object.keys(dev).map(normalizeExtra).sort();
  const warnings = pyproject ? staleUv(root.raw, pyproject) : [];
  const byId = new Map(entries.map((e) => [e.id, e]));

  const df: DependencyFile = {
    file,
    kind: 'uv.lock',
    locked: true,
    packages: sortPackages(entries.map((e) => e.pkg)),
    extras,
    groups,
    warnings,
    select(sel: Selection, opts?: SelectOptions) {
      const s = checkSelection(df, sel);
      const roots: Edge[] = [...(graph.get(root.id) ?? [])];
      for (const [x, deps] of Object.entries(optional)) if (s.extras.includes(normalizeExtra(x))) roots.push(...arrayAt(deps).map((d) => edge(root.id, d)));
      for (const [g, deps] of Object.entries(dev)) if (s.groups.includes(normalizeExtra(g))) roots.push(...arrayAt(deps).map((d) => edge(root.id, d)));
      // uv encodes the project's conflicting extras and groups as `extra == 'extra-3-app-cpu'` /
      // `'group-3-app-dev'` in edge markers: settle those for the chosen ones, all others false.
      const n = root.pkg.name;
      const known = { extras: new Set([...s.extras.map((x) => `extra-${n.length}-${n}-${x}`), ...s.groups.map((g) => `group-${n.length}-${n}-${g}`)]) };
      const picked: LockedPackage[] = [];
      for (const [id, cond] of reach(graph, roots)) {
        const e = byId.get(id);
        if (!e || e.isRoot) continue; // extra nodes, and the project itself
        const marker = settleIn(file, e.pkg.name, cond, known);
        if (marker === null) continue;
        picked.push({ ...e.pkg, ...(marker ? { marker } : {}) });
      }
      return selected('uv.lock', file, s, picked, opts);
    },
  };
  return df;
}

/** uv's recorded requirement, as a comparable text: name[extras]specifier @extra. */
function reqKey(name: string, extras: string[], specifier: string, extra?: string): string {
  const spec = specifier.replace(/\s+/g, '').split(',').filter(Boolean).sort().join(',');
  return `${normalizeName(name)}${extras.length ? `[${[...extras].map(normalizeExtra).sort().join(',')}]` : ''}${spec}${extra ? ` @${extra}` : ''}`;
}

function extraOf(marker: string | undefined): string | undefined {
  const m = marker && /\bextra\s*==\s*['"]([^'"]+)['"]/.exec(marker);
  return m ? normalizeExtra(m[1]!) : undefined;
}

/** Compares the root's [package.metadata] with pyproject's dependencies, optional ones and groups. */
export function staleUv(root: Table, p: Pyproject): string[] {
  const meta = tableAt(root.metadata);
  if (!('requires-dist' in meta) && !('requires-dev' in meta)) return [];
  const recorded = new Set<string>();
  for (const r of arrayAt(meta['requires-dist'])) {
    const t = tableAt(r);
    const spec = strAt(t.specifier) ?? strAt(t.url) ?? strAt(t.path) ?? strAt(t.git) ?? '';
    recorded.add(reqKey(strAt(t.name) ?? '', arrayAt(t.extras).map(String), spec, extraOf(strAt(t.marker))));
  }
  for (const [g, reqs] of Object.entries(tableAt(meta['requires-dev'])))
    for (const r of arrayAt(reqs)) {
      const t = tableAt(r);
      recorded.add(reqKey(strAt(t.name) ?? '', arrayAt(t.extras).map(String), strAt(t.specifier) ?? strAt(t.url) ?? '', `group:${normalizeExtra(g)}`));
    }
  const declared = new Set<string>();
  const add = (texts: string[], tag?: string) => {
    for (const t of texts) {
      const r = parseRequirement(t);
      if (r) declared.add(reqKey(r.name, r.extras, r.specifier || r.url || '', tag ?? extraOf(r.marker)));
    }
  };
  add(p.dependencies);
  for (const [x, reqs] of Object.entries(p.optional)) add(reqs, x);
  if ('requires-dev' in meta) for (const [g, reqs] of Object.entries(p.groups)) add(reqs, `group:${g}`);
  const gone = [...recorded].filter((k) => !declared.has(k));
  const added = [...declared].filter((k) => !recorded.has(k));
  if (!gone.length && !added.length) return [];
  const parts = [added.length ? `pyproject.toml declares ${added.join(', ')}` : '', gone.length ? `the lock records ${gone.join(', ')}` : ''].filter(Boolean);
  return [`uv.lock is stale: ${parts.join('; ')}. Run \`uv lock\` and commit uv.lock.`];
}
