/**
 * Owns reading requirements files, the one parser for them: which distributions a file names,
 * with which pins, under which environment markers, and which other files it pulls in (-r, -c,
 * local archives); and the bytes of a file with everything it pulls in (what the cache key hashes).
 * Requirement specifiers and their markers are PEP 508's: formats/pep508.ts reads and evaluates them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { normalizeName, parseRequirement } from './pep508.js';

export { sameVersion } from './versions.js';

export { normalizeName };

export interface Requirement {
  /** Normalised distribution name. */
  name: string;
  /** The name as written. */
  written: string;
  /** 1-based line where the requirement starts. */
  line: number;
  /** `==X` pin (no wildcard), if any. */
  pinned?: string;
  /** The environment marker text after `;`, if any. */
  marker?: string;
  /** Normalised extras asked for (`uvicorn[standard]`), if any. */
  extras?: string[];
}

export interface RequirementsFile {
  requirements: Requirement[];
  /** Files named by -r / --requirement, as written (relative to the including file). */
  includes: { file: string; line: number }[];
  /** Lines naming something whose distribution name cannot be told (a local path, a bare URL). */
  unnamed: { text: string; line: number }[];
  /** Every local file the requirements pull in, in line order: -r / -c files and local archives (wheels, sdists). */
  references: { file: string; line: number; kind: 'requirements' | 'constraints' | 'archive' }[];
}

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** Joins backslash continuations, keeping each logical line's first physical line number. */
function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let cur = lines[i]!;
    while (cur.endsWith('\\') && i + 1 < lines.length) cur = cur.slice(0, -1) + ' ' + lines[++i]!;
    out.push({ text: cur, line: start + 1 });
  }
  return out;
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

function nameFromUrl(url: string): string | undefined {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return egg[1];
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const wheel = /^([A-Za-z0-9][A-Za-z0-9._]*)-[^-]+(-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (wheel) return wheel[1];
  const sdist = /^([A-Za-z0-9][A-Za-z0-9._-]*?)-\d[^/]*\.(tar\.gz|zip|tar\.bz2)$/.exec(file);
  return sdist?.[1];
}

export function parseRequirements(text: string): RequirementsFile {
  const out: RequirementsFile = { requirements: [], includes: [], unnamed: [], references: [] };
  for (const { text: raw, line } of logicalLines(text)) {
    // Comments: a # at the start or after whitespace (a URL's #egg= fragment survives).
    const s = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!s) continue;
    const opt = /^(-r|--requirement|-c|--constraint|-e|--editable)(?:\s*=\s*|\s+)(\S+)/.exec(s);
    if (opt) {
      const [, flag, value] = opt;
      if (flag === '-r' || flag === '--requirement') out.includes.push({ file: value!, line });
      if ((flag === '-r' || flag === '--requirement' || flag === '-c' || flag === '--constraint') && !isUrl(value!)) {
        out.references.push({ file: value!, line, kind: flag === '-r' || flag === '--requirement' ? 'requirements' : 'constraints' });
      } else if (flag === '-e' || flag === '--editable') {
        const n = nameFromUrl(value!);
        if (n) out.requirements.push({ name: normalizeName(n), written: n, line });
        else out.unnamed.push({ text: s, line });
      }
      continue;
    }
    if (s.startsWith('-')) continue; // --index-url, --find-links, --hash ... : options, not requirements
    // Per-requirement options (--hash=..., --config-settings ...) end the requirement.
    const req = s.replace(/\s+--?[a-z][\w-]*(=\S*)?(\s+\S+)*$/i, '').trim();
    const [spec = '', ...markerParts] = req.split(';');
    const marker = markerParts.join(';').trim() || undefined;
    const at = /^([^@\s[]+)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(spec.trim());
    if (at) {
      out.requirements.push({ name: normalizeName(at[1]!), written: at[1]!, line, marker });
      continue;
    }
    const local = spec.trim().replace(/^file:/, '');
    if (!isUrl(spec.trim()) && /\.(whl|tar\.gz|zip)$/.test(local)) out.references.push({ file: local, line, kind: 'archive' });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || spec.startsWith('.') || spec.startsWith('/') || /\.(whl|tar\.gz|zip)$/.test(spec)) {
      const n = nameFromUrl(spec.trim());
      if (n) out.requirements.push({ name: normalizeName(n), written: n, line, marker });
      else out.unnamed.push({ text: s, line });
      continue;
    }
    const m = NAME.exec(spec.trim());
    if (!m) {
      out.unnamed.push({ text: s, line });
      continue;
    }
    out.requirements.push({ ...nameLine(spec.trim(), marker), line });
  }
  return out;
}

/**
 * A `name[extras] specifier` line, read by the one PEP 508 reader (formats/pep508.ts); `pinned` is an
 * exact `==X` pin. A line it refuses (a bad specifier) still names its distribution, without a pin.
 */
function nameLine(spec: string, marker: string | undefined): Omit<Requirement, 'line'> {
  const written = NAME.exec(spec)![1]!;
  try {
    const r = parseRequirement(spec); // the marker stays text: the checks evaluate it, and say when they cannot
    const pin = /^===?([^,*]+)$/.exec(r.specifier)?.[1];
    return { name: r.key, written, marker, ...(pin ? { pinned: pin } : {}), ...(r.extras.length ? { extras: r.extras } : {}) };
  } catch {
    return { name: normalizeName(written), written, marker };
  }
}

// ---------------------------------------------------------------------------------------------
// The files a requirements file pulls in, as bytes (what the cache key hashes).
// ---------------------------------------------------------------------------------------------

export interface RequirementsFileBytes {
  /** Where it is, relative to the first requirements file's folder ('' or its base name for the first). */
  name: string;
  content: string | Buffer;
}

/**
 * The requirements file and what it pulls in: files named by -r / -c (recursively) and local
 * wheel or archive files, each read whole. A file it names that does not exist is hashed as
 * missing (pip will say so itself).
 */
export async function readRequirementsFiles(file: string): Promise<RequirementsFileBytes[]> {
  const root = path.dirname(path.resolve(file));
  const out: RequirementsFileBytes[] = [];
  const seen = new Set<string>();
  const visit = async (abs: string, asText: boolean): Promise<void> => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const name = path.relative(root, abs).split(path.sep).join('/');
    let content: Buffer;
    try {
      content = await fs.readFile(abs);
    } catch {
      out.push({ name, content: '\0missing' });
      return;
    }
    out.push({ name, content });
    if (!asText) return;
    for (const ref of parseRequirements(content.toString('utf8')).references) {
      await visit(path.resolve(path.dirname(abs), ref.file), ref.kind !== 'archive');
    }
  };
  await visit(path.resolve(file), true);
  return out;
}

