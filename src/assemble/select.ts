/**
 * Which files of the working directory go into function.zip: everything but the clutter
 * FC must never get (virtualenvs, caches, .git, databases, secrets), the patterns of a
 * .fcignore file (gitignore syntax, as Serverless Devs reads it) and the `exclude` input.
 * Symbolic links are stored as the files they point to, and never followed out of the tree.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { EXEC_MODE, normalizeMode, type ZipEntry } from './zip.js';
import { UserError } from '../shared/errors.js';

/** The seed's list, then what Serverless Devs never ships. */
export const DEFAULT_EXCLUDES = [
  'venv/',
  '.venv/',
  '__pycache__/',
  '*.pyc',
  '.git/',
  '*.db',
  '.history/',
  '.env',
  '.DS_Store',
  'node_modules/',
  's.yaml',
  's.yml',
  '.fcignore',
  '.s/',
] as const;

export interface ExcludedPath {
  path: string;
  files: number;
  bytes: number;
}

export interface ExclusionRule {
  /** "default", ".fcignore:LINE" or "exclude". */
  source: string;
  pattern: string;
  files: number;
  bytes: number;
}

export interface Selection {
  entries: ZipEntry[];
  /** Per rule that left something out. */
  rules: ExclusionRule[];
  /** Top-level excluded paths, largest first. */
  largest: ExcludedPath[];
  /** Relative paths of the files left out, for the checks that care (e.g. .env). */
  excludedFiles: string[];
  /** The rule that left each of excludedFiles out. */
  excludedBy: Map<string, { source: string; pattern: string }>;
  /** Symbolic links stored as their targets: link → target (relative). */
  links: Map<string, string>;
}

export interface SelectOptions {
  /** Extra gitignore-style patterns (the `exclude` input). */
  exclude: string[];
  /** Folders inside the tree to leave out whatever the patterns say (e.g. the output folder). */
  skipAbsolute?: string[];
}

async function sizeOf(full: string): Promise<{ files: number; bytes: number }> {
  const st = await fs.lstat(full);
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  let files = 0;
  let bytes = 0;
  for (const name of await fs.readdir(full)) {
    const s = await sizeOf(path.join(full, name));
    files += s.files;
    bytes += s.bytes;
  }
  return { files, bytes };
}

export async function buildIgnore(root: string, exclude: string[]): Promise<{ ig: Ignore; fcignore: boolean }> {
  const ig = ignore();
  ig.add(DEFAULT_EXCLUDES.map((pattern) => ({ pattern, mark: 'default' })));
  let fcignore = false;
  try {
    const text = await fs.readFile(path.join(root, '.fcignore'), 'utf8');
    fcignore = true;
    text.split(/\r?\n/).forEach((pattern, i) => {
      if (pattern.trim() && !pattern.startsWith('#')) ig.add({ pattern, mark: `.fcignore:${i + 1}` });
    });
  } catch {
    /* no .fcignore */
  }
  ig.add(exclude.map((pattern) => ({ pattern, mark: 'exclude' })));
  return { ig, fcignore };
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export async function selectFiles(root: string, opts: SelectOptions): Promise<Selection> {
  const realRoot = await fs.realpath(root);
  const { ig } = await buildIgnore(root, opts.exclude);
  const skip = (opts.skipAbsolute ?? []).map((p) => path.resolve(p));
  const entries: ZipEntry[] = [];
  const rules = new Map<string, ExclusionRule>();
  const excluded: ExcludedPath[] = [];
  const excludedFiles: string[] = [];
  const excludedBy = new Map<string, { source: string; pattern: string }>();
  const links = new Map<string, string>();

  const leaveOut = async (rel: string, full: string, source: string, pattern: string) => {
    const s = await sizeOf(full);
    const key = `${source}\0${pattern}`;
    const r = rules.get(key) ?? { source, pattern, files: 0, bytes: 0 };
    r.files += s.files;
    r.bytes += s.bytes;
    rules.set(key, r);
    excluded.push({ path: rel, ...s });
    excludedFiles.push(rel);
    excludedBy.set(rel, { source, pattern });
  };

  const walk = async (dir: string, rel: string, realStack: string[]): Promise<void> => {
    const names = (await fs.readdir(dir)).sort();
    for (const name of names) {
      const full = path.join(dir, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (skip.some((s) => full === s)) continue;
      const lst = await fs.lstat(full);
      let st = lst;
      if (lst.isSymbolicLink()) {
        const target = await fs.readlink(full);
        let real: string;
        try {
          real = await fs.realpath(full);
        } catch {
          if (ig.test(childRel).ignored) continue;
          throw new UserError(
            `Symbolic link ${childRel} -> ${target} points at nothing. Remove it, or exclude it (exclude input or .fcignore).`,
            'working-directory',
          );
        }
        if (!isInside(real, realRoot)) {
          if (ig.test(childRel).ignored || ig.test(`${childRel}/`).ignored) continue;
          throw new UserError(
            `Symbolic link ${childRel} -> ${target} points outside working-directory (${real}); FC gets no such file. Copy what it points at into the folder, or exclude the link (exclude input or .fcignore).`,
            'working-directory',
          );
        }
        st = await fs.stat(full);
        links.set(childRel, path.relative(realRoot, real));
      }
      const isDir = st.isDirectory();
      const test = ig.test(isDir ? `${childRel}/` : childRel);
      if (test.ignored) {
        await leaveOut(childRel, full, test.rule?.mark ?? 'default', test.rule?.pattern ?? '?');
        continue;
      }
      if (isDir) {
        const real = await fs.realpath(full);
        if (realStack.includes(real)) {
          throw new UserError(`Symbolic link ${childRel} makes a loop. Remove it or exclude it.`, 'working-directory');
        }
        entries.push({ name: `${childRel}/`, mode: EXEC_MODE });
        await walk(full, childRel, [...realStack, real]);
      } else if (st.isFile()) {
        entries.push({ name: childRel, source: full, mode: normalizeMode(st.mode, false), size: st.size });
      }
      // Sockets, FIFOs and devices are not code: they are left out silently.
    }
  };
  await walk(root, '', [realRoot]);
  return {
    entries,
    rules: [...rules.values()].sort((a, b) => b.bytes - a.bytes),
    largest: excluded.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    excludedFiles,
    excludedBy,
    links,
  };
}
