/**
 * Walks a lock's dependency graph from the project's chosen roots and composes edge markers:
 * a package reached only through `anyio -> exceptiongroup; python_version < "3.11"` keeps that
 * marker. A path's condition is the set of edge markers on it (`(a) and (b)`), a package's is
 * the union over paths (`(x) or (y)`); supersets are absorbed, so cycles end.
 */
import { allOf, anyOf } from './marker.js';

export interface Edge {
  /** Node id of the target. */
  to: string;
  marker?: string;
  /** Extra nodes of the target activated by this edge (their ids). */
  also?: string[];
}

/** Node id → outgoing edges. */
export type Graph = Map<string, Edge[]>;

/** For each reached node, its condition: `undefined` = always, else the marker text. */
export function reach(graph: Graph, roots: Edge[]): Map<string, string | undefined> {
  const conds = new Map<string, string[][]>();
  const queue: { node: string; path: string[] }[] = [];
  const add = (node: string, path: string[]) => {
    const cur = conds.get(node) ?? [];
    const set = new Set(path);
    if (cur.some((c) => c.every((m) => set.has(m)))) return; // an existing, weaker-or-equal condition covers it
    conds.set(node, [...cur.filter((c) => !path.every((m) => c.includes(m))), path]);
    queue.push({ node, path });
  };
  const follow = (e: Edge, path: string[]) => {
    const next = e.marker && !path.includes(e.marker) ? [...path, e.marker].sort() : path;
    add(e.to, next);
    for (const x of e.also ?? []) add(x, next);
  };
  for (const r of roots) follow(r, []);
  while (queue.length) {
    const { node, path } = queue.shift()!;
    if (!conds.get(node)?.includes(path)) continue; // absorbed since
    for (const e of graph.get(node) ?? []) follow(e, path);
  }
  const out = new Map<string, string | undefined>();
  for (const [node, paths] of conds) out.set(node, anyOf(paths.map((p) => allOf(p)).sort()));
  return out;
}
