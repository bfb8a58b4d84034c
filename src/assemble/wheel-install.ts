/**
 * Wheels into zip entries, the way `pip install --target` lays them out, without installing
 * anything: each file's compressed bytes are copied from its wheel (see zipwriter's raw
 * entries); only what pip writes itself (scripts, INSTALLER, REQUESTED, RECORD) is new.
 *
 * pip --target installs every wheel into a temporary home scheme, then moves its top-level
 * items into the target: lib/python (purelib and platlib) first, then the home's other
 * items (bin/, include/, .data/data files) unless the target already has that name. Within a
 * wheel, root files, then .data files, then scripts, then generated wrappers are written, a
 * later one replacing an earlier one; across wheels, a later wheel in the list replaces an
 * earlier one (pip installs in its install order: pass the wheels in that order).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { EXEC_MODE, FILE_MODE, isBytecode, type ZipEntry } from './zip.js';
import { parseHeaders } from '../formats/metadata.js';
import { UserError } from '../shared/errors.js';
import type { RawSource } from './zipwriter.js';
import { isExecutableMember, readMember, readWheel, type WheelMember } from './wheel-read.js';
import { consoleScriptSpecs, entryPointScript, finalScriptBytes, isEntryPointWrapper, parseEntryPoints } from './wheel-scripts.js';

export interface WheelInput {
  /** The .whl file. */
  file: string;
  /** A top-level requirement (pip writes REQUESTED into its dist-info). */
  requested?: boolean;
  /** The name pip was asked for (names include/python/<name>/ for headers); default: METADATA's Name. */
  name?: string;
}

export interface LayoutOptions {
  /** Folder every entry goes under, e.g. "python/" ("" for none). */
  prefix: string;
  /** Python that runs pip ("3.11"): pip's versioned pipX.Y wrappers. Default "3". */
  pipPython?: string;
  /** distlib's script template of the pip that resolved (install/wheels.ts's pipFacts); default pip 23's. */
  scriptTemplate?: string;
}

export interface Overwrite {
  /** Path under the prefix. */
  path: string;
  /** The wheel whose file was replaced, and the one that replaced it. */
  from: string;
  by: string;
}

export interface WheelLayout {
  /** Sorted, folders included: ready for writeZip. */
  entries: ZipEntry[];
  /** "name-version" of each distribution, in the order given. */
  installed: string[];
  /** Paths two wheels ship, the later one kept. */
  overwritten: Overwrite[];
  /** Paths pip --target drops (a .data item named like a package already in the target). */
  dropped: string[];
}

/** What ends up at one path: copied from a wheel, or bytes pip writes. */
interface Placed {
  wheel: string;
  mode: number;
  raw?: RawSource;
  data?: Buffer;
}

/** pip's RECORD hash: sha256, urlsafe base64 without padding. */
function recordHash(data: Buffer): string {
  return `sha256=${createHash('sha256').update(data).digest('base64url')}`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

/** os.path.normpath on a '/'-separated wheel path; refuses what climbs out, as pip does. */
function normalize(rel: string, wheel: string): string {
  const parts: string[] = [];
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..' || p.includes('\\') || p.includes('\0')) throw new UserError(`${wheel}: entry "${rel}" would land outside the install folder; pip refuses this wheel too.`);
    parts.push(p);
  }
  return parts.join('/');
}

/** The one X.dist-info folder at the wheel's root, as pip's parse_wheel requires. */
function distInfoDir(members: WheelMember[], wheel: string): string {
  const dirs = [...new Set(members.map((m) => m.name.split('/')[0]!).filter((d) => d.endsWith('.dist-info')))];
  if (dirs.length !== 1) throw new UserError(`${wheel} is not a valid wheel: it has ${dirs.length ? 'several' : 'no'} .dist-info folders (${dirs.join(', ')}).`);
  return dirs[0]!;
}

/** A header field of WHEEL or METADATA (RFC 822 style), through the one core-metadata reader. */
function header(text: string, key: string): string | undefined {
  return parseHeaders(text).get(key.toLowerCase())?.[0];
}

interface OneWheel {
  /** Files under lib/python, and under the home (bin/, include/, data), by normalized path. */
  lib: Map<string, Placed>;
  home: Map<string, Placed>;
  distInfo: string;
  id: string;
  /** The wheel's RECORD rows by path, and the path of each installed file to its RECORD path. */
  record: string[][];
  installedFrom: Map<string, string>;
}

/** One wheel, as pip's _install_wheel writes it into the home scheme. */
async function layoutWheel(input: WheelInput, pipPython: string, template?: string): Promise<OneWheel> {
  const wheel = path.basename(input.file);
  const { members } = await readWheel(input.file);
  const info = distInfoDir(members, wheel);
  const byName = new Map(members.map((m) => [m.name, m]));
  const text = (n: string): string | undefined => {
    const m = byName.get(`${info}/${n}`);
    return m && readMember(m).toString('utf8');
  };
  const wheelMeta = text('WHEEL');
  const metadata = text('METADATA');
  if (wheelMeta === undefined || metadata === undefined) throw new UserError(`${wheel} is not a valid wheel: ${info}/WHEEL or METADATA is missing.`);
  const wheelVersion = header(wheelMeta, 'Wheel-Version') ?? '';
  if (!/^1(\.|$)/.test(wheelVersion)) throw new UserError(`${wheel} has Wheel-Version ${wheelVersion || 'none'}; pip installs only version 1 wheels.`);
  const distName = input.name ?? header(metadata, 'Name') ?? info.replace(/-[^-]*\.dist-info$/, '');
  const version = header(metadata, 'Version') ?? '';
  const eps = parseEntryPoints(text('entry_points.txt') ?? '');
  const lib = new Map<string, Placed>();
  const home = new Map<string, Placed>();
  const installedFrom = new Map<string, string>();
  const place = (tree: Map<string, Placed>, at: string, m: WheelMember, recordPath: string) => {
    tree.delete(at); // a later write replaces the file, and takes the last place in pip's order
    tree.set(at, { wheel, mode: isExecutableMember(m) ? EXEC_MODE : FILE_MODE, raw: m.raw });
    installedFrom.set(`${tree === lib ? '' : '../../'}${at}`, recordPath);
  };
  const files = members.filter((m) => !m.name.endsWith('/'));
  const isData = (m: WheelMember) => m.name.split('/', 1)[0]!.endsWith('.data');
  const isScript = (m: WheelMember) => {
    const p = m.name.split('/');
    return p.length > 2 && p[0]!.endsWith('.data') && p[1] === 'scripts';
  };
  for (const m of files.filter((f) => !isData(f))) place(lib, normalize(m.name, wheel), m, m.name);
  const dataTarget = (m: WheelMember): [Map<string, Placed>, string] => {
    const parts = normalize(m.name, wheel).split('/');
    if (parts.length < 3) throw new UserError(`${wheel}: unexpected file ${m.name}; .data contents must be named <scheme>/<path>.`);
    const [, scheme, ...rest] = parts;
    const sub = rest.join('/');
    switch (scheme) {
      case 'purelib':
      case 'platlib':
        return [lib, sub];
      case 'scripts':
        return [home, `bin/${sub}`];
      case 'headers':
        return [home, `include/python/${distName}/${sub}`];
      case 'data':
        return [home, sub];
      default:
        throw new UserError(`${wheel}: unknown scheme "${scheme}" in ${m.name} (valid: data, headers, platlib, purelib, scripts).`);
    }
  };
  for (const m of files.filter((f) => isData(f) && !isScript(f))) {
    const [tree, at] = dataTarget(m);
    place(tree, at, m, m.name);
  }
  for (const m of files.filter(isScript)) {
    const [tree, at] = dataTarget(m);
    if (isEntryPointWrapper(path.posix.basename(at), eps)) continue;
    place(tree, at, m, m.name);
    const fixed = finalScriptBytes(readMember(m), true);
    if (fixed) tree.get(at)!.data = fixed;
  }
  const specs = [...consoleScriptSpecs(eps.console, pipPython), ...eps.gui];
  for (const [name, value] of specs) {
    // The name becomes a file under bin/: one plain file name, never a path out of it.
    if (!name || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
      throw new UserError(`${wheel}: entry point "${name}" in entry_points.txt is not a file name; pip would write it outside bin/. Fix or drop that wheel.`);
    }
    const at = `bin/${name}`;
    home.delete(at);
    home.set(at, { wheel, mode: EXEC_MODE, data: Buffer.from(entryPointScript(name, value, wheel, template)) });
    installedFrom.delete(`../../${at}`);
  }
  const recordText = text('RECORD') ?? '';
  const record = recordText.split(/\r?\n/).filter(Boolean).map(parseCsvLine);
  const id = `${distName}-${version}`;
  return { lib, home, distInfo: info, id, record, installedFrom };
}

/** RECORD as pip rewrites it (csv, CRLF): installed paths relative to lib/python, new hashes for changed files, sorted. */
function makeRecord(w: OneWheel, finalLib: Map<string, Placed>, finalHome: Map<string, Placed>, extra: Map<string, Buffer>): Buffer {
  const byOld = new Map(w.record.map((r) => [r[0]!, r]));
  const rows: string[][] = [];
  for (const [installed, recordPath] of w.installedFrom) {
    const placed = installed.startsWith('../../') ? finalHome.get(installed.slice(6)) : finalLib.get(installed);
    const old = byOld.get(recordPath);
    byOld.delete(recordPath);
    if (placed?.data) rows.push([installed, recordHash(placed.data), String(placed.data.length)]);
    else rows.push([installed, old?.[1] ?? '', old?.[2] ?? '']);
  }
  // Rows of files pip did not install (a skipped setuptools wrapper) stay as the wheel has them.
  for (const [p, r] of byOld) rows.push([p, r[1] ?? '', r[2] ?? '']);
  for (const [at, p] of finalHome) if (p.wheel === w.id && p.data && !w.installedFrom.has(`../../${at}`)) rows.push([`../../${at}`, recordHash(p.data), String(p.data.length)]);
  for (const [name, data] of extra) rows.push([`${w.distInfo}/${name}`, recordHash(data), String(data.length)]);
  rows.push([`${w.distInfo}/RECORD`, '', '']);
  const lines = rows.map((r) => r.map(csvField).join(','));
  return Buffer.from([...new Set(lines)].sort().map((l) => `${l}\r\n`).join(''));
}

/**
 * Lays the wheels out as pip --target would and returns the zip entries under `prefix`.
 * Nothing is read but the wheels' directories and their small metadata files.
 */
export async function layoutWheels(wheels: readonly WheelInput[], opts: LayoutOptions): Promise<WheelLayout> {
  const pipPython = opts.pipPython ?? '3';
  const lib = new Map<string, Placed>();
  const home = new Map<string, Placed>();
  const overwritten: Overwrite[] = [];
  const done: { w: OneWheel; input: WheelInput }[] = [];
  const merge = (into: Map<string, Placed>, from: Map<string, Placed>, wheelId: string) => {
    for (const [at, p] of from) {
      const before = into.get(at);
      if (before) overwritten.push({ path: at, from: before.wheel, by: wheelId });
      into.set(at, { ...p, wheel: wheelId });
    }
  };
  for (const input of wheels) {
    const w = await layoutWheel(input, pipPython, opts.scriptTemplate);
    merge(lib, w.lib, w.id);
    merge(home, w.home, w.id);
    done.push({ w, input });
  }
  // pip writes INSTALLER, REQUESTED and RECORD into each dist-info after the wheel's own files.
  for (const { w, input } of done) {
    const extra = new Map<string, Buffer>([['INSTALLER', Buffer.from('pip\n')]]);
    if (input.requested) extra.set('REQUESTED', Buffer.alloc(0));
    for (const [name, data] of extra) lib.set(`${w.distInfo}/${name}`, { wheel: w.id, mode: FILE_MODE, data });
    lib.set(`${w.distInfo}/RECORD`, { wheel: w.id, mode: FILE_MODE, data: makeRecord(w, lib, home, extra) });
  }
  // The move into the target: lib/python's items first; a home item is skipped when the
  // target has its name already, or when it is (a prefix of) "lib/python" itself.
  const libTops = new Set([...lib.keys()].map((k) => k.split('/', 1)[0]!));
  const final = new Map(lib);
  const dropped: string[] = [];
  for (const [at, p] of home) {
    const top = at.split('/', 1)[0]!;
    if ('lib/python'.startsWith(top) || libTops.has(top)) dropped.push(at);
    else final.set(at, p);
  }
  // rewriteScripts reads every file right in bin/: their #! lines end the same here.
  for (const [at, p] of final) {
    if (!/^bin\/[^/]+$/.test(at) || p.data) continue;
    const fixed = finalScriptBytes(readMember({ name: at, mode: 0, raw: p.raw! }), false);
    if (fixed) p.data = fixed;
  }
  return { entries: toEntries(final, opts.prefix), installed: done.map((d) => d.w.id), overwritten, dropped };
}

function toEntries(files: Map<string, Placed>, prefix: string): ZipEntry[] {
  const pre = prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix;
  const dirs = new Set<string>();
  const entries: ZipEntry[] = [];
  if (pre) dirs.add(pre);
  for (const [at, p] of files) {
    if (isBytecode(at)) continue;
    const parts = at.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${pre}${parts.slice(0, i).join('/')}/`);
    entries.push(
      p.data
        ? { name: `${pre}${at}`, data: p.data, mode: p.mode, size: p.data.length }
        : { name: `${pre}${at}`, raw: p.raw, mode: p.mode, size: p.raw!.usize },
    );
  }
  for (const d of dirs) entries.push({ name: d, mode: EXEC_MODE });
  // sortEntries' order (bytes of the names), each name encoded once rather than per comparison.
  const keyed = entries.map((e) => [Buffer.from(e.name), e] as const);
  keyed.sort((a, b) => Buffer.compare(a[0], b[0]));
  return keyed.map(([, e]) => e);
}
