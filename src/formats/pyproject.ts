/**
 * pyproject.toml as a dependency source: PEP 621 `[project]` dependencies and
 * optional-dependencies, PEP 735 `[dependency-groups]` (and uv's legacy `tool.uv.dev-dependencies`
 * as group `dev`), and Poetry's own tables, which only poetry.lock can turn into pins.
 */
import fs from 'node:fs';
import { normalizeExtra } from './lock/marker.js';
import { arrayAt, isTable, parseToml, strAt, tableAt, type Table } from './lock/toml.js';
import { checkSelection, fileError, keyText, normalizeName, type DependencyFile, type Selection } from './lock/types.js';
import { MarkerSyntaxError, parseRequirement as parsePep508, RequirementSyntaxError } from './pep508.js';

export interface Requirement {
  name: string;
  extras: string[];
  /** Version specifier (no spaces), or '' */
  specifier: string;
  url?: string;
  marker?: string;
  /** As written. */
  text: string;
}

/** Reads one PEP 508 requirement string (through formats/pep508.ts, the one reader); undefined when it is not one. */
export function parseRequirement(text: string): Requirement | undefined {
  try {
    const r = parsePep508(text);
    return { name: r.key, extras: [...r.extras].sort(), specifier: r.specifier, url: r.url, marker: r.marker, text: text.trim() };
  } catch (e) {
    if (e instanceof RequirementSyntaxError || e instanceof MarkerSyntaxError) return undefined;
    throw e;
  }
}

export interface Pyproject {
  file: string;
  data: Table;
  name?: string;
  dependencies: string[];
  optional: Record<string, string[]>;
  /** PEP 735 groups, include-group resolved; plus uv's legacy dev-dependencies as `dev`. */
  groups: Record<string, string[]>;
  /** `[tool.poetry.dependencies]` has more than `python`. */
  poetryDependencies: boolean;
  /** `[project] dynamic` names dependencies: they come from the build backend. */
  dynamicDependencies: boolean;
  /** There is a [project] table at all. */
  hasProject: boolean;
}

function strings(file: string, where: string, v: unknown): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw fileError(file, `has a ${where} that is not a list of requirement strings.`);
  return v as string[];
}

function resolveGroups(file: string, raw: Table): Record<string, string[]> {
  const byNorm = new Map(Object.entries(raw).map(([k, v]) => [normalizeExtra(k), v]));
  const out: Record<string, string[]> = {};
  const visit = (g: string, stack: string[]): string[] => {
    if (stack.includes(g)) throw fileError(file, `has a [dependency-groups] cycle: ${[...stack, g].join(' -> ')}.`);
    const items = byNorm.get(g);
    if (items === undefined) throw fileError(file, `includes the dependency group "${g}", which [dependency-groups] does not define.`);
    const reqs: string[] = [];
    for (const it of arrayAt(items)) {
      if (typeof it === 'string') reqs.push(it);
      else if (isTable(it) && typeof it['include-group'] === 'string') reqs.push(...visit(normalizeExtra(it['include-group']), [...stack, g]));
      else throw fileError(file, `has an entry in dependency group "${g}" that is neither a requirement nor {include-group = ...}.`);
    }
    return reqs;
  };
  for (const g of byNorm.keys()) out[g] = visit(g, []);
  return out;
}

export function parsePyproject(file: string, text: string): Pyproject {
  const data = parseToml(file, text);
  const project = tableAt(data.project);
  const tool = tableAt(data.tool);
  const optional: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(tableAt(project['optional-dependencies']))) optional[normalizeExtra(k)] = strings(file, `[project.optional-dependencies] ${k}`, v);
  const groups = resolveGroups(file, tableAt(data['dependency-groups']));
  const uvDev = tableAt(tool.uv)['dev-dependencies'];
  if (uvDev !== undefined) groups.dev = [...(groups.dev ?? []), ...strings(file, '[tool.uv] dev-dependencies', uvDev)];
  const poetryDeps = Object.keys(tableAt(tableAt(tool.poetry).dependencies)).filter((k) => k.toLowerCase() !== 'python');
  return {
    file,
    data,
    name: strAt(project.name) ?? strAt(tableAt(tool.poetry).name),
    dependencies: strings(file, '[project] dependencies', project.dependencies),
    optional,
    groups,
    poetryDependencies: poetryDeps.length > 0,
    dynamicDependencies: arrayAt(project.dynamic).includes('dependencies'),
    hasProject: isTable(data.project),
  };
}

export function readPyprojectFile(file: string): Pyproject {
  return parsePyproject(file, fs.readFileSync(file, 'utf8'));
}

/**
 * A bare pyproject.toml (no lock) as a dependency file: pip resolves its requirements.
 * A project's requirement on itself with extras (`app[db]` inside app's extras) is expanded.
 */
export function pyprojectDependencies(p: Pyproject): DependencyFile {
  if (p.poetryDependencies && !p.dependencies.length)
    throw fileError(
      p.file,
      'declares its dependencies in [tool.poetry.dependencies], whose constraint syntax pip does not read, and there is no poetry.lock beside it. Run `poetry lock` and commit poetry.lock (or set requirements to a requirements file).',
    );
  if (!p.hasProject && !p.poetryDependencies && !Object.keys(p.groups).length)
    throw fileError(p.file, 'has no [project] table, so it declares no dependencies: add [project] dependencies, or set requirements to your requirements file or lock.');
  if (p.dynamicDependencies)
    throw fileError(p.file, 'lists dependencies in [project] dynamic, so they are not in the file: lock them (uv lock, poetry lock) or write a requirements.txt, and point requirements at it.');
  const self = p.name ? normalizeName(p.name) : undefined;
  const expand = (reqs: string[], where: string, seen: Set<string>): string[] =>
    reqs.flatMap((r) => {
      const req = parseRequirement(r);
      if (!req) throw fileError(p.file, `has "${r}" in ${where}, which is not a PEP 508 requirement.`);
      if (req.name !== self) return [req.text];
      return req.extras.filter((e) => !seen.has(e)).flatMap((e) => expand(p.optional[e] ?? [], `extra ${e}`, new Set([...seen, e])));
    });
  const df: DependencyFile = {
    file: p.file,
    kind: 'pyproject.toml',
    locked: false,
    packages: [],
    extras: Object.keys(p.optional).sort(),
    groups: Object.keys(p.groups).sort(),
    warnings: [],
    select(sel: Selection) {
      const s = checkSelection(df, sel);
      const lines = [
        ...expand(p.dependencies, '[project] dependencies', new Set()),
        ...s.extras.flatMap((e) => expand(p.optional[e]!, `extra ${e}`, new Set([e]))),
        ...s.groups.flatMap((g) => expand(p.groups[g]!, `group ${g}`, new Set())),
      ];
      const uniq = [...new Set(lines)];
      return { packages: [], local: [], lines: uniq, key: keyText('pyproject.toml', s, uniq), warnings: [] };
    },
  };
  return df;
}
