/**
 * Owns the decision of where the requirements come from: the dependency file (given, or the first
 * of DETECTION_ORDER), what its selection installs, the warnings to log, and the pip invocation
 * that installs it (`--no-deps` for a lock). Reads files, writes none.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  findDependencyFile,
  loadDependencies,
  summaryLine,
  type LocalPackage,
  type LockKind,
  type Selection,
} from '../formats/lock/index.js';
import { evaluateMarker, type MarkerEnvironment } from '../formats/pep508.js';
import { readPyprojectFile } from '../formats/pyproject.js';
import { normalizeName, parseRequirements } from '../formats/requirements.js';
import { pipInvocation, type PipInvocation } from './pip.js';

/** The requirements a dependency file selects. */
export type DepsSource =
  | {
      /** requirements*.txt: pip reads it as it is (`-r`), with its includes and options. */
      kind: 'requirements-file';
      path: string;
      /** Relative to working-directory, for messages. */
      shown: string;
      /** `used requirements.txt, pins 3 of 4 requirements`. */
      summary: string;
      warnings: string[];
    }
  | {
      /** A lock (uv.lock, poetry.lock, Pipfile.lock, pylock.toml) or a bare pyproject.toml, turned into requirement lines. */
      kind: 'dependency-file';
      path: string;
      shown: string;
      fileKind: LockKind;
      /** true: every version pinned, installed with --no-deps (nothing resolved again). */
      locked: boolean;
      selection: Selection;
      /** The requirements file install writes (under the build's temp folder) and gives pip: `name==ver ; marker --hash=...`. */
      lines: string[];
      /** Local project folders to build into wheels first; their lines are added then. */
      local: LocalPackage[];
      /** The canonical text of the selected set (and the local folders' content hashes): the cache key's requirements. */
      key: string;
      /** How many packages the lock installs (or the pyproject declares). */
      count: number;
      /** The distributions pyproject.toml names directly whose markers hold on FC: what verify imports by default. */
      named: string[];
      summary: string;
      warnings: string[];
    };

/**
 * What to install for FC: the dependency file's selection and pip's invocation. Every target
 * resolves it to wheels in the wheelhouse and lays them out as pip --target would: into the zip
 * from the wheels' own compressed entries, or as a folder where one is needed on disk.
 */
export interface DepsPlan {
  source: DepsSource;
  pip: PipInvocation;
  /** How sdists pip picks are built into wheels for FC; undefined: build-sdists is false (wheels only). */
  build?: SdistBuildPlan;
}

/** Where and for what an sdist is built (install/sdists.ts). */
export interface SdistBuildPlan {
  /** build-image, or the runtime's default (plan/runtimes.ts buildImage). */
  image: string;
  /** build-image was given: an image that cannot build is an error, not a fallback. */
  imageGiven: boolean;
  /** The runtime's Debian with the target Python (python:3.10-buster): used, and said why, when the default image cannot build. */
  fallbackImage: string;
  runtime: string;
  /** MAJOR.MINOR and the exact release built for; the platform tags of the runtime (most specific first). */
  pythonVersion: string;
  pythonFullVersion: string;
  platforms: string[];
  /** Where the runtime keeps that Python (/var/fc/lang/python3.10): FC's build images have it there, off PATH. */
  pythonHome?: string;
}

export interface DepsRequest {
  workingDirectory: string;
  /** As given (relative to working-directory), or undefined to detect. */
  requirements?: string;
  extras: string[];
  groups: string[];
  /** FC's exact Python release (e.g. 3.10.9): pip's tags and markers follow it. */
  pythonFullVersion: string;
  platforms: string[];
  indexUrl?: string;
  extraIndexUrls: string[];
  pipArgs: string[];
  /** Set: sdists are built (build-sdists: true). */
  build?: SdistBuildPlan;
}

const SKIP = new Set(['.git', '.hg', '.venv', 'venv', 'node_modules', '__pycache__', 'build', 'dist', '.tox', '.nox', '.mypy_cache', '.pytest_cache']);

/** A hash of a local package folder's files (what its wheel is built from), so editing it misses the cache. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string, rel: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      if (SKIP.has(name) || name.endsWith('.egg-info')) continue;
      const full = path.join(d, name);
      const st = fs.lstatSync(full);
      const r = rel ? `${rel}/${name}` : name;
      if (st.isDirectory()) walk(full, r);
      else if (st.isFile()) h.update(`${r}\0${st.size}\0`).update(fs.readFileSync(full));
    }
  };
  walk(dir, '');
  return h.digest('hex');
}

/**
 * The distributions pyproject.toml's [project].dependencies (and the chosen extras) name, whose
 * markers hold on FC; none when there is no such file (Pipfile.lock, pylock.toml alone).
 */
function directNames(pyproject: string, r: DepsRequest, env: MarkerEnvironment): string[] {
  if (!fs.existsSync(pyproject)) return [];
  let p;
  try {
    p = readPyprojectFile(pyproject);
  } catch {
    return [];
  }
  const wanted = [...p.dependencies, ...r.extras.flatMap((e) => p.optional[normalizeName(e)] ?? [])];
  const out: string[] = [];
  for (const req of parseRequirements(wanted.join('\n')).requirements) {
    let holds = true;
    try {
      holds = !req.marker || evaluateMarker(req.marker, env);
    } catch {
      holds = true;
    }
    if (holds && !out.includes(req.name) && req.name !== (p.name && normalizeName(p.name))) out.push(req.name);
  }
  return out;
}

/** True when a pyproject.toml found by detection declares nothing at all (a tool-config file): no deps for code and image. */
function declaresNothing(file: string): boolean {
  const p = readPyprojectFile(file);
  return !p.hasProject && !p.poetryDependencies && !Object.keys(p.groups).length;
}

/**
 * The deps plan, or undefined when there is nothing to install and that is allowed (`optional`:
 * code and image may ship no dependencies when no file is given and none is found).
 */
export function depsPlan(r: DepsRequest, optional: boolean): DepsPlan | undefined {
  const wd = r.workingDirectory;
  if (optional && !r.requirements) {
    let found: string;
    try {
      found = findDependencyFile(wd).file;
    } catch {
      return undefined;
    }
    if (path.basename(found) === 'pyproject.toml' && declaresNothing(found)) return undefined;
  }
  const df = loadDependencies(wd, r.requirements);
  const sel = df.select({ extras: r.extras, groups: r.groups }, { buildLocal: true });
  const shown = path.relative(wd, df.file) || path.basename(df.file);
  const warnings = [...df.warnings, ...sel.warnings];
  // A pyproject beside its lock is the normal case; another dependency file is worth a word.
  const also = df.also.filter((f) => f !== 'pyproject.toml');
  const member = df.workspace ? ` (the uv workspace at ${path.relative(wd, df.workspace.root) || '.'}: member ${df.workspace.member})` : '';
  const summary = `${summaryLine(df, sel, wd)}${member}${also.length ? ` (also found ${also.join(', ')}; set requirements to use another)` : ''}`;
  const request = { pythonFullVersion: r.pythonFullVersion, platforms: r.platforms, indexUrl: r.indexUrl, extraIndexUrls: r.extraIndexUrls, sdists: r.build !== undefined };
  const build = r.build ? { build: r.build } : {};
  if (df.kind === 'requirements.txt') {
    const pip = pipInvocation({ ...request, requirementsFile: df.file, pipArgs: r.pipArgs });
    return { source: { kind: 'requirements-file', path: df.file, shown, summary, warnings }, pip, ...build };
  }
  const localKeys = sel.local.map((l) => `local ${l.name} ${treeHash(l.dir)}`).sort();
  const pip = pipInvocation({ ...request, pipArgs: [...(df.locked ? ['--no-deps'] : []), ...r.pipArgs] });
  return {
    source: {
      kind: 'dependency-file',
      path: df.file,
      shown,
      fileKind: df.kind,
      locked: df.locked,
      selection: { extras: r.extras, groups: r.groups },
      lines: sel.lines,
      local: sel.local,
      key: [sel.key, ...localKeys].join('\n'),
      count: df.locked ? sel.packages.length + sel.local.length : sel.lines.length,
      named: directNames(df.kind === 'pyproject.toml' ? df.file : df.workspace ? path.join(wd, 'pyproject.toml') : path.join(path.dirname(df.file), 'pyproject.toml'), r, pip.markers),
      summary,
      warnings,
    },
    pip,
    ...build,
  };
}

/** Where the dependency file is: the requirements input is relative to working-directory; detection looks in the code folder, then in working-directory. */
export function depsFolder(workingDirectory: string, requirementsInput: string, codeDir: string): string {
  if (requirementsInput || codeDir === workingDirectory) return workingDirectory;
  try {
    findDependencyFile(codeDir);
    return codeDir;
  } catch {
    return workingDirectory;
  }
}
