/**
 * Owns what verify imports: verify-imports as given, or by default the top-level modules of every
 * distribution the requirements file names directly (its -r includes too) whose marker holds on
 * FC, plus uvicorn and fastapi when they are installed. The modules of each distribution are read
 * inside the container (verify/imports.ts), from the distributions Python finds there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evaluateMarker, type MarkerEnvironment } from '../formats/pep508.js';
import { normalizeName, parseRequirements } from '../formats/requirements.js';

/** The probe's instructions: explicit modules, or distributions whose modules to find. */
export interface ImportSpec {
  /** Modules to import as given (verify-imports). */
  modules: string[];
  /** Distributions whose top-level modules must import; a missing one is a failure. */
  dists: string[];
  /** Distributions whose modules import when they are installed (uvicorn, fastapi). */
  optionalDists: string[];
  /** What the function's start needs, imported as its Python would (plan/run.ts). */
  start?: StartImports;
}

/** The modules the function's start loads, and where its Python looks first. */
export interface StartImports {
  /** The server the start runs (uvicorn): it must import. */
  server?: string;
  /** The function's own entry module, imported as a module (its `if __name__ == "__main__"` part does not run). */
  entry?: string;
  /** The folder the entry module is in (a server adds it to sys.path; a script's folder is sys.path[0]). */
  entryDir?: string;
  /** sys.path[0] of the start's Python; null: a console script's own folder (not the code's). */
  path0: string | null;
}

/** Imported when installed, whatever the requirements say: what FC's start command runs. */
export const SERVER_DISTS = ['uvicorn', 'fastapi'];

/**
 * The distributions a requirements file names directly (and those its -r files name), in order,
 * whose marker holds in `env`. A marker this reader cannot evaluate counts as holding; a file
 * that cannot be read names nothing (pip says so itself).
 */
export function namedDistributions(file: string, env: MarkerEnvironment): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    let text: string;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      return;
    }
    const parsed = parseRequirements(text);
    for (const r of parsed.requirements) {
      let holds = true;
      if (r.marker) {
        try {
          holds = evaluateMarker(r.marker, env);
        } catch {
          holds = true;
        }
      }
      if (holds && !out.includes(r.name)) out.push(r.name);
    }
    for (const inc of parsed.includes) visit(path.resolve(path.dirname(f), inc.file));
  };
  visit(path.resolve(file));
  return out;
}

export interface ImportRequest {
  /** verify-imports; empty: the default. */
  verifyImports: readonly string[];
  /** The requirements file, when there is one. */
  requirements?: string;
  /** Or the distributions a lock or pyproject names directly whose markers hold on FC (plan/deps.ts). */
  named?: readonly string[];
  /** Whether this build installs them (false: something else did, e.g. an image's own Dockerfile). */
  installs: boolean;
  /** FC's marker environment (the plan's pip markers). */
  markers: MarkerEnvironment;
}

/**
 * verify-imports as given, or the distributions the requirements name: required when this build
 * installs them, looked for only when something else did.
 */
export function importSpec(r: ImportRequest): ImportSpec {
  if (r.verifyImports.length) return { modules: [...r.verifyImports], dists: [], optionalDists: [] };
  const named = r.named ? [...r.named] : r.requirements ? namedDistributions(r.requirements, r.markers) : [];
  const dists = r.installs ? named : [];
  const optional = [...(r.installs ? [] : named), ...SERVER_DISTS.filter((d) => !named.includes(normalizeName(d)))];
  return { modules: [], dists, optionalDists: optional };
}
