/**
 * Owns the RECORD integrity check: every file an installed distribution's RECORD lists must be in
 * the artifact, with the size and digest RECORD gives (a deleted `_pydantic_core*.so` passes every
 * other check and fails at the first import on FC). Only rows with a hash are read and hashed, in
 * the doctor's one read of the artifact; rows pip itself leaves out of an install (bytecode, files
 * outside the install root, `.data/` entries it moved) and files two distributions both claim (the
 * later install overwrote the earlier) are not held against the artifact.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { distInfoName } from '../../formats/metadata.js';
import { recordRootPath, recordRows } from '../../formats/record.js';
import { finding, type Finding } from '../findings.js';
import type { View } from '../view.js';

interface Expected {
  /** "pydantic_core 2.16.3": the distribution whose RECORD lists the file. */
  dist: string;
  algo?: string;
  digest?: string;
  size?: number;
  /** How many RECORDs list this path. */
  claims: number;
  /** The path as RECORD names it, from the install root. */
  rel: string;
}

const HASHES = new Set(['sha256', 'sha384', 'sha512']);
/** What a package never loads at start: test folders, type stubs and docs, the dist-info's own extras (licenses, INSTALLER...). */
const SPARE = /^[^/]+\/(.+\/)?tests?\/|\.(pyi|md|rst)$|(^|\/)py\.typed$|\.dist-info\/(licen[cs]es?\/|LICEN[CS]E|AUTHORS|NOTICE|INSTALLER$|REQUESTED$|direct_url\.json$|zip-safe$)/;

/** Whether a RECORD row names a file pip puts in the install root as it is. */
function installedAsIs(rel: string): boolean {
  if (rel.split('/').some((p) => p === '..')) return false; // bin/, include/: outside the root
  const first = rel.split('/', 1)[0]!;
  if (first.endsWith('.data')) return false; // moved by pip to its scheme folder
  if (rel.endsWith('.pyc') || rel.includes('__pycache__/')) return false; // bytecode: regenerated, never shipped by the build
  return !/\.dist-info\/RECORD(\.jws|\.p7s)?$/.test(rel);
}

export class RecordCheck {
  private readonly expected = new Map<string, Expected>();
  private readonly altered = new Map<string, string>();

  /**
   * `records`: each .dist-info/RECORD read, by absolute path. `hashes`: false checks presence and
   * sizes only, from the listing (the build's own artifact, written from the wheels' bytes: hashing
   * it again added about 1 s (0.3-1.7 s over ten runs) to a ~2 s doctor run on a 122 MB numpy + pandas layer).
   */
  constructor(records: ReadonlyMap<string, Buffer>, private readonly hashes = true) {
    for (const [abs, data] of records) {
      const distDir = path.posix.dirname(abs);
      const root = path.posix.dirname(distDir);
      const info = distInfoName(path.posix.basename(distDir));
      const dist = info ? `${info.name}${info.version ? ` ${info.version}` : ''}` : path.posix.basename(distDir);
      for (const row of recordRows(data.toString('utf8'))) {
        if (!row.hash && row.size === undefined) continue;
        if (!installedAsIs(row.path)) continue;
        const rel = recordRootPath(row.path);
        if (!rel) continue;
        const at = path.posix.join(root, rel);
        const before = this.expected.get(at);
        if (before) {
          before.claims++;
          continue;
        }
        const [algo, digest] = row.hash && HASHES.has(row.hash[0]) ? row.hash : [];
        this.expected.set(at, { dist, algo, digest, size: row.size, claims: 1, rel });
      }
    }
  }

  /** Whether the check needs this file's bytes (RECORD gives its digest, and one distribution owns it). */
  wantsBytes(abs: string): boolean {
    const e = this.expected.get(abs);
    return this.hashes && !!e?.digest && e.claims === 1;
  }

  /** The file's bytes, for the files wantsBytes asked for. */
  feed(abs: string, data: Buffer): void {
    const e = this.expected.get(abs);
    if (!e?.digest || !e.algo) return;
    if (e.size !== undefined && data.length !== e.size) this.altered.set(abs, `${data.length} bytes, RECORD says ${e.size}`);
    else if (createHash(e.algo).update(data).digest('base64url') !== e.digest) this.altered.set(abs, `its ${e.algo} is not the one RECORD gives`);
  }

  /** One error per distribution with files missing, one per distribution with files altered. */
  findings(view: View, where: string): Finding[] {
    const missing = new Map<string, string[]>();
    const altered = new Map<string, string[]>();
    for (const [abs, e] of this.expected) {
      const f = view.files.get(abs);
      if (!f) {
        missing.set(e.dist, [...(missing.get(e.dist) ?? []), abs]);
        continue;
      }
      if (f.isSymlink || e.claims > 1) continue;
      const why = this.altered.get(abs) ?? (e.size !== undefined && f.size !== e.size ? `${f.size} bytes, RECORD says ${e.size}` : undefined);
      if (why) altered.set(e.dist, [...(altered.get(e.dist) ?? []), `${view.show(abs)} (${why})`]);
    }
    const list = (xs: string[]) => `${xs.slice(0, 3).join(', ')}${xs.length > 3 ? ` and ${xs.length - 3} more` : ''}`;
    const out: Finding[] = [];
    for (const [dist, all] of missing) {
      // Files nothing loads at run time (tests, type stubs, docs, the dist-info's extras): stripped to save space, they break no import.
      const needed = all.filter((a) => !SPARE.test(this.expected.get(a)!.rel));
      const files = needed.length ? needed : all;
      const first = view.show(files[0]!);
      const mod = /\.(py|so|pyd)$/.test(first);
      const message = `${dist}'s RECORD lists ${files.length} file${files.length > 1 ? 's' : ''} that ${where} lacks: ${list(files.map((a) => view.show(a)))}`;
      if (!needed.length) {
        out.push(finding({ severity: 'info', code: 'record-missing', file: first, message: `${message} (tests, stubs or docs only: nothing imports them at start)`, fcSymptom: '-', fix: '-' }));
        continue;
      }
      out.push(
        finding({ severity: 'error', code: 'record-missing', file: first, message, fcSymptom: mod ? `ImportError / ModuleNotFoundError at the first import that needs ${path.posix.basename(first)} (Function instance exited unexpectedly(code 1, ...))` : `the package fails where it uses ${path.posix.basename(first)}`, fix: `Ship the package whole: rebuild the dependencies (fc-python-pack build), and leave out whole packages rather than files of them (a step that deletes files from python/ after pip runs breaks them).` }),
      );
    }
    for (const [dist, files] of altered) {
      out.push(
        finding({ severity: 'error', code: 'record-mismatch', file: files[0]!.replace(/ \(.*$/, ''), message: `${dist}'s files differ from what its RECORD says: ${list(files)}`, fcSymptom: 'the function runs other bytes than the ones the package installed (truncated or patched files: ImportError, invalid ELF header, or wrong behaviour)', fix: 'Rebuild the dependencies from the wheels (fc-python-pack build); patch a package by building your own wheel of it, not by editing the installed files.' }),
      );
    }
    return out;
  }
}
