/**
 * Owns the wheels install mode: the plan's requirements resolved into the wheelhouse
 * (wheelhouse.ts) with FC's markers, nothing installed. pip does not run at all when the
 * wheelhouse already answers: a resolution recorded there under the same cache key (its wheels
 * still there, same sha256), or a lock whose every pinned line has its wheel there (name,
 * version, one of the lock's hashes, tags FC's Python takes).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { evaluateMarker } from '../formats/pep508.js';
import { normalizeName, sameVersion } from '../formats/requirements.js';
import type { DepsSource, Plan } from '../plan/plan.js';
import { UserError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import { hashFile } from '../shared/hashfile.js';
import { run } from '../shared/proc.js';
import { writeGenerated } from './generated.js';
import { depsOf, explainPipFailure } from './pip.js';
import { SdistBuilder, type BuiltFromSource } from './sdists.js';
import { installOrder, pruneWheelhouse, resolveWheels, type ResolvedWheel } from './wheelhouse.js';

export interface WheelSet {
  /** In install order (dependencies first), every file in the wheelhouse. */
  wheels: ResolvedWheel[];
  /** X.Y of the Python whose pip the layout imitates (pip's pipX.Y wrappers). */
  pipPython: string;
  /** That pip's console-script template (pipFacts). */
  scriptTemplate?: string;
  /**
   * recorded: the resolution this key had, reused (pip skipped); lock: the lock's wheels all in the
   * wheelhouse (pip skipped); offline: pip resolved from the wheelhouse alone; downloaded: pip fetched some.
   */
  how: 'recorded' | 'lock' | 'offline' | 'downloaded';
  /** Wheel files pip downloaded this run. */
  downloaded: string[];
  /** The packages whose wheels were built from their sdists (cached: built by an earlier run), where, in how long. */
  built?: BuiltFromSource[];
  durationMs: number;
}

export interface WheelsOptions {
  /** Interpreter that runs pip (default FC_PYTHON_PACK_PYTHON or python3). */
  python?: string;
  env?: NodeJS.ProcessEnv;
  /** The wheelhouse folder. */
  house: string;
  /** A scratch folder (pip's reports). */
  scratch: string;
  /** The deps cache key: the resolution is recorded under it, and reused when it comes back. */
  key?: string;
}

/** True when pip did not run: what `cache-hit: true` means for the wheels mode. */
export const pipSkipped = (w: WheelSet): boolean => w.how === 'recorded' || w.how === 'lock';

const META = '.fcpp';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const resolutionFile = (house: string, key: string) => path.join(house, META, 'resolutions', `${sha256(key).slice(0, 16)}.json`);
const wheelMetaFile = (house: string, file: string) => path.join(house, META, 'wheels', `${path.basename(file)}.json`);

interface Recorded {
  key: string;
  pipPython: string;
  scriptTemplate?: string;
  built?: BuiltFromSource[];
  wheels: (Omit<ResolvedWheel, 'file'> & { file: string })[];
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Written whole then renamed: a build running beside this one never reads half a file. */
async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, `${JSON.stringify(value)}\n`);
  await fs.rename(tmp, file);
}

/**
 * Whether the wheel is in the house with the sha256 recorded (streamed, not trusted by name). One
 * that changed since (truncated, altered) is dropped, with its metadata: pip fetches it again, and
 * no resolution can pick it up from the house as it is.
 */
async function intact(house: string, file: string, sha256: string): Promise<boolean> {
  // Relative to the house: a downloaded wheel's name, or a built one's path under .fcpp/built/.
  const at = path.isAbsolute(file) ? file : path.join(house, file);
  const h = await hashFile(at).catch(() => undefined);
  if (h?.sha256 === sha256) return true;
  if (h) await Promise.all([fs.rm(at, { force: true }), fs.rm(wheelMetaFile(house, at), { force: true })]);
  return false;
}

/** Every wheel still in the house, intact. */
async function allThere(house: string, wheels: readonly { file: string; sha256: string }[]): Promise<boolean> {
  const checks = await Promise.all(wheels.map((w) => intact(house, w.file, w.sha256)));
  return checks.every(Boolean);
}

async function recorded(house: string, key: string): Promise<Omit<WheelSet, 'durationMs'> | undefined> {
  const r = await readJson<Recorded>(resolutionFile(house, key));
  if (!r || r.key !== key || !Array.isArray(r.wheels) || !(await allThere(house, r.wheels))) return undefined;
  const built = (r.built ?? []).map((b) => ({ ...b, cached: true, durationMs: 0 }));
  return { wheels: r.wheels.map((w) => ({ ...w, file: path.join(house, w.file) })), pipPython: r.pipPython, scriptTemplate: r.scriptTemplate, how: 'recorded', downloaded: [], built };
}

async function record(house: string, key: string | undefined, set: Omit<WheelSet, 'durationMs'>): Promise<void> {
  // Relative to the house: a wheel built from an sdist lives in its key's folder under .fcpp/built.
  const real = await fs.realpath(house).catch(() => house);
  const wheels = set.wheels.map((w) => ({ ...w, file: path.relative(w.file.startsWith(real) ? real : house, w.file) }));
  const top = wheels.filter((w) => !w.file.includes(path.sep));
  await Promise.all(top.map((w) => writeJson(wheelMetaFile(house, w.file), { name: w.name, version: w.version, sha256: w.sha256, requires: w.requires ?? [] })));
  if (key) await writeJson(resolutionFile(house, key), { key, pipPython: set.pipPython, scriptTemplate: set.scriptTemplate, built: set.built, wheels } satisfies Recorded);
}

const FACTS = [
  'import json, sys',
  'try:',
  '    from pip._vendor.distlib.scripts import ScriptMaker',
  '    t = ScriptMaker.script_template',
  'except Exception:',
  '    t = None',
  'sys.stdout.write(json.dumps(["%d.%d" % sys.version_info[:2], t]))',
].join('\n');

/** The X.Y of `python` and its pip's console-script template (distlib's, which pip 26 changed), in one interpreter start; pip does not run. */
export async function pipFacts(python: string, env: NodeJS.ProcessEnv): Promise<{ pipPython: string; scriptTemplate?: string }> {
  const res = await run(python, ['-c', FACTS], { env });
  if (res.spawnError) {
    throw new UserError(`Could not run ${python} (${res.spawnError.code}): the console scripts are written the way its pip writes them. Install Python 3 on the runner (actions/setup-python) or set FC_PYTHON_PACK_PYTHON.`);
  }
  let facts: [string, string | null] = ['3', null];
  try {
    if (res.code === 0) facts = JSON.parse(res.stdout) as [string, string | null];
  } catch {
    // keep the defaults: pip 23's template, pipX.Y wrappers named for Python 3
  }
  const [pipPython, template] = facts;
  return { pipPython: /^\d+\.\d+$/.test(pipPython) ? pipPython : '3', scriptTemplate: template?.includes('%(func)s') ? template : undefined };
}

/** Wheel tags FC's CPython X.Y on the plan's platforms installs (pip's own rules, without preferences). */
function tagsFit(file: string, plan: Plan): boolean {
  const parts = path.basename(file, '.whl').split('-');
  if (parts.length < 5) return false;
  const [pys, abis, plats] = parts.slice(-3) as [string, string, string];
  const [major, minor] = plan.pythonVersion.split('.').map(Number) as [number, number];
  const cp = `cp${major}${minor}`;
  const pyOk = (py: string, abi: string): boolean => {
    if (abi === 'abi3') {
      const m = /^cp(\d)(\d+)$/.exec(py);
      return !!m && Number(m[1]) === major && Number(m[2]) <= minor;
    }
    if (abi === cp) return py === cp;
    if (abi !== 'none') return false;
    const m = /^(?:py|cp)(\d)(\d*)$/.exec(py);
    return !!m && Number(m[1]) === major && (m[2] === '' || Number(m[2]) <= minor) && (py.startsWith('py') || py === cp);
  };
  const platOk = plats.split('.').some((p) => p === 'any' || plan.platforms.includes(p));
  return platOk && pys.split('.').some((py) => abis.split('.').some((abi) => pyOk(py, abi)));
}

const LOCK_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)(?:\s*;\s*(.*?))?((?:\s+--hash=sha256:[0-9a-fA-F]{64})+)\s*$/;

/**
 * A hash-pinned lock answered from the wheelhouse alone: each line whose marker holds on FC gets
 * the one wheel there with its name, version, a hash the lock names and tags FC takes. Undefined
 * (pip runs) when any line has none, or more than one, or its metadata was never recorded.
 */
async function fromLock(src: Extract<DepsSource, { kind: 'dependency-file' }>, plan: Plan, house: string): Promise<ResolvedWheel[] | undefined> {
  if (!src.locked || src.local.length || !src.lines.length) return undefined;
  let files: string[];
  try {
    files = (await fs.readdir(house)).filter((f) => f.endsWith('.whl'));
  } catch {
    return undefined;
  }
  const markers = depsOf(plan).pip.markers;
  const out: (ResolvedWheel & { requires: string[] })[] = [];
  for (const line of src.lines) {
    const m = LOCK_LINE.exec(line.trim());
    if (!m) return undefined;
    const [, name, version, marker, hashText] = m as unknown as [string, string, string, string | undefined, string];
    let holds = true;
    try {
      holds = !marker || evaluateMarker(marker, markers);
    } catch {
      return undefined; // a marker this reader cannot evaluate: pip decides
    }
    if (!holds) continue;
    const hashes = new Set([...hashText.matchAll(/sha256:([0-9a-fA-F]{64})/g)].map((h) => h[1]!.toLowerCase()));
    const candidates: (ResolvedWheel & { requires: string[] })[] = [];
    for (const f of files) {
      const [fname, fversion] = f.split('-');
      if (!fname || !fversion || normalizeName(fname) !== normalizeName(name) || !sameVersion(fversion, version) || !tagsFit(f, plan)) continue;
      const meta = await readJson<{ name: string; version: string; sha256: string; requires: string[] }>(wheelMetaFile(house, f));
      if (!meta || !hashes.has(meta.sha256)) continue;
      const file = path.join(house, f);
      if (!(await intact(house, f, meta.sha256))) continue;
      candidates.push({ file, name: meta.name, version: meta.version, sha256: meta.sha256, requested: true, requires: meta.requires });
    }
    if (candidates.length !== 1) return undefined;
    out.push(candidates[0]!);
  }
  return installOrder(out);
}

/**
 * The wheels the plan's requirements need, all in `opts.house`: without pip when the wheelhouse
 * answers (see the module's note), else through pip: offline when the wheelhouse may hold them all, else one
 * `pip download` of what it lacks.
 */
export async function resolvePlanWheels(plan: Plan, log: Log, opts: WheelsOptions): Promise<WheelSet> {
  const started = Date.now();
  const python = opts.python ?? process.env.FC_PYTHON_PACK_PYTHON ?? 'python3';
  const env = opts.env ?? process.env;
  const deps = depsOf(plan);
  const done = (set: Omit<WheelSet, 'durationMs'>): WheelSet => ({ ...set, durationMs: Date.now() - started });
  if (opts.key) {
    const again = await recorded(opts.house, opts.key);
    if (again) return done(again);
  }
  if (deps.source.kind === 'dependency-file') {
    const locked = await fromLock(deps.source, plan, opts.house);
    if (locked) {
      const set = { wheels: locked, ...(await pipFacts(python, env)), how: 'lock' as const, downloaded: [], built: [] };
      await record(opts.house, opts.key, set);
      return done(set);
    }
  }
  // The interpreter's facts do not depend on the resolution: asked while pip runs.
  const facts = pipFacts(python, env);
  facts.catch(() => undefined);
  const generated = await writeGenerated(deps, python, env, log);
  const builder = deps.build ? new SdistBuilder(deps.build, { python, env, house: opts.house, scratch: opts.scratch, log, pipArgs: deps.pip.args }) : undefined;
  try {
    const file = deps.pip.requirementsFile ?? generated.file!;
    const res = await resolveWheels(opts.house, ['-r', file, ...deps.pip.args], {
      python,
      env,
      scratch: opts.scratch,
      log,
      markers: deps.pip.markers,
      explain: (stderr) => explainPipFailure(stderr, plan),
      sdists: builder,
    });
    const built = (builder?.built.filter((b, i, all) => all.findIndex((o) => o.name === b.name && o.version === b.version) === i) ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const set = { wheels: res.wheels, ...(await facts), how: res.offline ? ('offline' as const) : ('downloaded' as const), downloaded: res.downloaded, built };
    await record(opts.house, opts.key, set);
    return done(set);
  } finally {
    await generated.cleanup();
  }
}

/**
 * Before the Actions cache saves the wheelhouse: every wheel this build does not use removed, with
 * its recorded metadata, and every recorded resolution that names a removed wheel. Returns the
 * wheels removed.
 */
export async function pruneHouse(house: string, keep: readonly ResolvedWheel[]): Promise<string[]> {
  const removed = await pruneWheelhouse(house, keep);
  const gone = new Set(removed);
  await Promise.all(removed.map((f) => fs.rm(wheelMetaFile(house, f), { force: true })));
  const dir = path.dirname(resolutionFile(house, ''));
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  for (const f of files) {
    const r = await readJson<Recorded>(path.join(dir, f));
    if (!r || !Array.isArray(r.wheels) || r.wheels.some((w) => gone.has(path.basename(w.file)))) await fs.rm(path.join(dir, f), { force: true });
  }
  return removed;
}
