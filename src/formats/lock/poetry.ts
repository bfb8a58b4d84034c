/**
 * poetry.lock. Lock version 2.1 records, per package, the groups that need it and the marker
 * under which each does (`extra == "x"` for extras): selection reads those. Older locks (1.x,
 * 2.0) record only the graph, so the walk starts from pyproject.toml's dependencies and groups.
 * The `content-hash` is checked against pyproject.toml to warn of a stale lock.
 */
import type { Pyproject } from '../pyproject.js';
import { parseRequirement } from '../pyproject.js';
import { reach, type Edge, type Graph } from './graph.js';
import { allOf, anyOf, normalizeExtra } from './marker.js';
import { poetryContentHashes } from './poetry-hash.js';
import { arrayAt, isTable, parseToml, strAt, tableAt, type Table } from './toml.js';
import {
  checkSelection, cleanHashes, fileError, selected, normalizeName, settleIn, sortPackages,
  type DependencyFile, type LockedPackage, type SelectOptions, type Selection, type SourceKind,
} from './types.js';

interface Entry {
  id: string;
  pkg: LockedPackage;
  raw: Table;
  groups: string[];
}

function sourceOf(raw: Table): { kind: SourceKind; detail?: string } {
  const s = tableAt(raw.source);
  const type = strAt(s.type);
  const url = strAt(s.url);
  if (!type || type === 'legacy') return { kind: 'registry' };
  if (type === 'git') return { kind: 'vcs', detail: url };
  if (type === 'directory' || type === 'file') return { kind: raw.develop === true ? 'editable' : 'path', detail: url };
  return { kind: 'url', detail: url };
}

function versionOf(v: unknown): number[] {
  return String(v ?? '1.0').split('.').map((x) => Number.parseInt(x, 10) || 0);
}

function fileHashes(files: unknown): (string | undefined)[] {
  return arrayAt(files).map((f) => (typeof f === 'string' ? f : strAt(tableAt(f).hash))).map((h) => (h && /^[0-9a-f]{64}$/i.test(h) ? `sha256:${h}` : h));
}

/** A Poetry dependency spec (string, table or list of tables) as edges' markers and extras. */
function specs(v: unknown): { marker?: string; optional: boolean; extras: string[] }[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => {
    const t = isTable(x) ? x : {};
    const marker = strAt(t.markers);
    return { ...(marker ? { marker } : {}), optional: t.optional === true, extras: arrayAt(t.extras).map((e) => normalizeExtra(String(e))) };
  });
}

export function readPoetryLock(file: string, text: string, pyproject?: Pyproject): DependencyFile {
  const doc = parseToml(file, text);
  const meta = tableAt(doc.metadata);
  const [major = 0, minor = 0] = versionOf(meta['lock-version']);
  if (major < 1 || major > 2) throw fileError(file, `has lock-version ${String(meta['lock-version'])}; this reads 1.x and 2.x. Run \`poetry lock\` with Poetry 2.`);
  const v21 = major > 2 || (major === 2 && minor >= 1);
  const metaFiles = tableAt(meta.files);
  const metaHashes = tableAt(meta.hashes);
  const entries: Entry[] = arrayAt(doc.package).map((raw) => {
    if (!isTable(raw) || typeof raw.name !== 'string') throw fileError(file, 'has a [[package]] without a name.');
    const src = sourceOf(raw);
    const files = raw.files ?? metaFiles[raw.name] ?? metaHashes[raw.name];
    const name = normalizeName(raw.name);
    const version = strAt(raw.version) ?? '';
    return {
      id: `${name} ${version}`,
      raw,
      groups: arrayAt(raw.groups).map((g) => normalizeExtra(String(g))),
      pkg: { name, version, hashes: cleanHashes(fileHashes(files)), source: src.kind, ...(src.detail ? { sourceDetail: src.detail } : {}) },
    };
  });

  const warnings: string[] = [];
  const recorded = strAt(meta['content-hash']);
  if (pyproject && recorded && !poetryContentHashes(pyproject.data).includes(recorded))
    warnings.push('poetry.lock is stale: its content-hash does not match pyproject.toml (the dependencies changed since it was locked). Run `poetry lock` and commit poetry.lock.');

  const lockExtras = tableAt(doc.extras);
  const poetry = tableAt(tableAt(pyproject?.data.tool).poetry);
  const extras = [...new Set([...Object.keys(lockExtras), ...Object.keys(pyproject?.optional ?? {}), ...Object.keys(tableAt(poetry.extras))].map(normalizeExtra))].sort();
  const groupSet = new Set<string>([...entries.flatMap((e) => e.groups), ...Object.keys(tableAt(poetry.group)), ...Object.keys(pyproject?.groups ?? {})].map(normalizeExtra));
  if (poetry['dev-dependencies'] !== undefined || (!v21 && entries.some((e) => e.raw.category === 'dev'))) groupSet.add('dev');
  groupSet.delete('main');
  const groups = [...groupSet].sort();

  const df: DependencyFile = {
    file,
    kind: 'poetry.lock',
    locked: true,
    packages: sortPackages(entries.map((e) => e.pkg)),
    extras,
    groups,
    warnings,
    select(sel: Selection, opts?: SelectOptions) {
      const s = checkSelection(df, sel);
      const known = { extras: new Set(s.extras) };
      if (v21) {
        const active = new Set(['main', ...s.groups]);
        const picked: LockedPackage[] = [];
        for (const e of entries) {
          const hit = e.groups.filter((g) => active.has(g));
          if (!hit.length) continue;
          const m = e.raw.markers;
          const perGroup = hit.map((g) => settleIn(file, e.pkg.name, typeof m === 'string' ? m : isTable(m) ? strAt(m[g]) : undefined, known));
          const live = perGroup.filter((x): x is string | undefined => x !== null);
          if (!live.length) continue;
          const marker = anyOf(live);
          picked.push({ ...e.pkg, ...(marker ? { marker } : {}) });
        }
        return selected('poetry.lock', file, s, picked, opts);
      }
      if (!pyproject) throw fileError(file, `has lock-version ${String(meta['lock-version'])}, which records no groups: put pyproject.toml beside it, or run \`poetry lock\` with Poetry 2 for lock-version 2.1.`);
      const { graph, byId } = poetryGraph(file, entries);
      const reached = reach(graph, poetryRoots(entries, pyproject, s));
      const picked: LockedPackage[] = [];
      for (const [id, cond] of reached) {
        const e = byId.get(id);
        if (!e) continue;
        // Lock-version 1.0 records each package's whole marker (its edges carry `python` constraints instead).
        const marker = settleIn(file, e.pkg.name, allOf([cond, strAt(e.raw.marker)]), known);
        if (marker !== null) picked.push({ ...e.pkg, ...(marker ? { marker } : {}) });
      }
      return selected('poetry.lock', file, s, picked, opts);
    },
  };
  return df;
}

function poetryGraph(file: string, entries: Entry[]): { graph: Graph; byId: Map<string, Entry> } {
  const byName = new Map<string, Entry[]>();
  for (const e of entries) byName.set(e.pkg.name, [...(byName.get(e.pkg.name) ?? []), e]);
  const graph: Graph = new Map();
  const edgesTo = (from: string, name: string, spec: { marker?: string; extras: string[] }): Edge[] => {
    const targets = byName.get(normalizeName(name));
    if (!targets) throw fileError(file, `has ${from} depending on ${name}, which the lock does not hold: run \`poetry lock\`.`);
    return targets.map((t) => {
      const also = spec.extras.map((x) => `${t.id}[${x}]`);
      return { to: t.id, ...(spec.marker ? { marker: spec.marker } : {}), ...(also.length ? { also } : {}) };
    });
  };
  for (const e of entries) {
    const deps = tableAt(e.raw.dependencies);
    const out: Edge[] = [];
    const optional = new Map<string, Edge[]>();
    for (const [name, v] of Object.entries(deps))
      for (const sp of specs(v)) {
        const edges = edgesTo(e.id, name, sp);
        if (sp.optional) optional.set(normalizeName(name), [...(optional.get(normalizeName(name)) ?? []), ...edges]);
        else out.push(...edges);
      }
    graph.set(e.id, out);
    for (const [x, reqs] of Object.entries(tableAt(e.raw.extras))) {
      const edges = arrayAt(reqs).flatMap((r) => {
        const name = normalizeName(String(r).split(/[\s[(<>=!~;]/)[0]!);
        const req = parseRequirement(String(r).replace(/\s*\((.*)\)/, '$1'));
        const viaOptional = optional.get(name);
        if (viaOptional) return viaOptional.map((ed) => ({ ...ed, also: [...(ed.also ?? []), ...(req?.extras ?? []).map((xx) => `${ed.to}[${xx}]`)] }));
        return byName.has(name) ? edgesTo(e.id, name, { ...(req?.marker ? { marker: req.marker } : {}), extras: req?.extras ?? [] }) : [];
      });
      graph.set(`${e.id}[${normalizeExtra(x)}]`, edges);
    }
  }
  return { graph, byId: new Map(entries.map((e) => [e.id, e])) };
}

/** The walk's roots for older locks: pyproject's main dependencies, chosen extras and groups. */
function poetryRoots(entries: Entry[], p: Pyproject, s: Selection): Edge[] {
  const names = new Set(entries.map((e) => e.pkg.name));
  const byName = new Map(entries.map((e) => [e.pkg.name, e]));
  const roots: Edge[] = [];
  const fromPep508 = (texts: string[]) => {
    for (const t of texts) {
      const r = parseRequirement(t);
      if (!r || !names.has(r.name)) continue;
      const id = byName.get(r.name)!.id;
      roots.push({ to: id, ...(r.marker && !/\bextra\b/.test(r.marker) ? { marker: r.marker } : {}), ...(r.extras.length ? { also: r.extras.map((x) => `${id}[${x}]`) } : {}) });
    }
  };
  const fromPoetry = (deps: Table, include: (name: string, optional: boolean) => boolean) => {
    for (const [name, v] of Object.entries(deps)) {
      const n = normalizeName(name);
      if (n === 'python' || !names.has(n)) continue;
      for (const sp of specs(v)) {
        if (!include(n, sp.optional)) continue;
        const id = byName.get(n)!.id;
        roots.push({ to: id, ...(sp.marker ? { marker: sp.marker } : {}), ...(sp.extras.length ? { also: sp.extras.map((x) => `${id}[${x}]`) } : {}) });
      }
    }
  };
  const poetry = tableAt(tableAt(p.data.tool).poetry);
  fromPep508(p.dependencies);
  for (const x of s.extras) fromPep508(p.optional[x] ?? []);
  const chosenOptional = new Set(
    Object.entries(tableAt(poetry.extras))
      .filter(([x]) => s.extras.includes(normalizeExtra(x)))
      .flatMap(([, ns]) => arrayAt(ns).map((n) => normalizeName(String(n)))),
  );
  fromPoetry(tableAt(poetry.dependencies), (n, optional) => !optional || chosenOptional.has(n));
  for (const [g, t] of Object.entries(tableAt(poetry.group))) if (s.groups.includes(normalizeExtra(g))) fromPoetry(tableAt(tableAt(t).dependencies), () => true);
  if (s.groups.includes('dev')) fromPoetry(tableAt(poetry['dev-dependencies']), () => true);
  for (const g of s.groups) fromPep508(p.groups[g] ?? []);
  return roots;
}
