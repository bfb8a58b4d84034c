/**
 * The wheelhouse: a folder of the wheels builds need, named as pip names them and checked by
 * their sha256. pip resolves from it offline (--no-index --find-links) when it holds every
 * wheel; otherwise one `pip download --dest` run fetches what it lacks, and only that (pip skips
 * a file already in --dest), and the pip launcher writes down what it resolved (what
 * `pip install --dry-run --report` would list), laid out so every wheel comes after its
 * dependencies.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { normalizeName, parseRequirements } from '../formats/requirements.js';
import { localCacheRoot } from '../shared/cache-root.js';
import { UserError } from '../shared/errors.js';
import { hashFile } from '../shared/hashfile.js';
import type { MarkerEnvironment } from '../plan/pip.js';
import { LAUNCHER_EXIT_UNSUPPORTED, launcherCommand } from './pip-launcher.js';
import type { BuiltWheel, SdistInput } from './sdists.js';
import { indexUrlsToEnv, redactUrl } from './pip.js';
import type { Log } from '../shared/log.js';
import { pipTimeoutMs, run, shownTimeout, tail } from '../shared/proc.js';

export interface ResolvedWheel {
  /** Absolute path of the wheel in the wheelhouse. */
  file: string;
  /** Name and version as the wheel's metadata spell them. */
  name: string;
  version: string;
  sha256: string;
  /** A top-level requirement (its dist-info gets REQUESTED). */
  requested: boolean;
  /** The names its metadata requires (Requires-Dist, markers not applied): what the install order follows. */
  requires?: string[];
}

export interface Resolution {
  /** Dependencies before their dependents; ties by name: the order to lay them out in. */
  wheels: ResolvedWheel[];
  /** Resolved from the wheelhouse alone, without asking the index. */
  offline: boolean;
  /** File names pip downloaded this run. */
  downloaded: string[];
  /** X.Y of the Python that ran pip (its markers applied): layoutWheels' pipPython. */
  pipPython: string;
}

export interface ResolveOptions {
  /** Interpreter that runs pip (default FC_PYTHON_PACK_PYTHON or python3). */
  python?: string;
  env?: NodeJS.ProcessEnv;
  /** A scratch folder for pip's report. */
  scratch: string;
  log?: Log;
  /** Turns pip's stderr into a clearer error when it can (install.ts's explainPipFailure with the plan). */
  explain?: (stderr: string) => UserError | undefined;
  /**
   * The marker environment pip evaluates (the plan's install.pip.markers, FC's Python): every pip
   * call then goes through the launcher (pip-launcher.ts), as install/pip.ts's does. Without it
   * pip evaluates markers for the Python that runs it.
   */
  markers?: MarkerEnvironment;
  /**
   * Builds an sdist pip picked into a wheel for FC (install/sdists.ts). Given: pip may pick sdists
   * where FC has no wheel (the launcher lets it), and each is replaced by the wheel built from it.
   */
  sdists?: { build(s: SdistInput): Promise<BuiltWheel> };
}

/** `$XDG_CACHE_HOME/fc-python-pack/wheels` outside Actions; under RUNNER_TEMP in Actions, for the Actions cache to save. */
export function wheelhouseDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_ACTIONS === 'true' && env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'fc-python-pack', 'wheels');
  return path.join(localCacheRoot(env), 'wheels');
}

/** Options of `pip install` that `pip download` refuses. */
const INSTALL_ONLY = new Set(['--no-compile', '--compile', '--no-warn-script-location', '--no-warn-conflicts', '--upgrade', '-U', '--force-reinstall', '--user']);
const INSTALL_ONLY_WITH_VALUE = new Set(['--target', '-t', '--prefix', '--root']);

/** plan.pipInstallArgs (what follows `pip install --target DIR`) as `pip download` takes them. */
export function downloadArgs(pipInstallArgs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pipInstallArgs.length; i++) {
    const a = pipInstallArgs[i]!;
    if (INSTALL_ONLY.has(a)) continue;
    if (INSTALL_ONLY_WITH_VALUE.has(a)) {
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const canon = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');

interface ReportItem {
  download_info?: { url?: string; archive_info?: { hashes?: { sha256?: string } } };
  requested?: boolean;
  metadata?: { name?: string; version?: string; requires_dist?: string[] };
}

/** Dependencies first (Kahn's order, ties and cycles broken by name): pip's rule that a dependent installs after what it needs. */
export function installOrder<T extends { name: string; requires?: string[] }>(items: T[]): T[] {
  const byName = new Map(items.map((i) => [canon(i.name), i]));
  const pending = new Map(items.map((i) => [canon(i.name), new Set((i.requires ?? []).map(canon).filter((r) => byName.has(r) && r !== canon(i.name)))]));
  const out: T[] = [];
  while (pending.size) {
    const names = [...pending.keys()].sort();
    const free = names.filter((n) => pending.get(n)!.size === 0);
    const pick = free.length ? free[0]! : names[0]!;
    out.push(byName.get(pick)!);
    pending.delete(pick);
    for (const deps of pending.values()) deps.delete(pick);
  }
  return out;
}

/** Runs pip (through the launcher when the options carry markers); the command is logged like install's `pip: ...` line. */
async function pip(python: string, allArgs: string[], opts: ResolveOptions, extraEnv: NodeJS.ProcessEnv = {}) {
  // The index URLs (and their credentials) go to pip through its environment, never its command line.
  const { args, env: indexEnv } = indexUrlsToEnv(allArgs);
  const cmd = opts.markers ? await launcherCommand(opts.markers, args) : undefined;
  const shownIndex = Object.entries(indexEnv).map(([k, v]) => `${k}=${v}`);
  const line = `pip: ${redactUrl([python, ...(cmd ? cmd.display : ['-m', 'pip', ...args])].join(' '))}${shownIndex.length ? ` (env ${redactUrl(shownIndex.join(' '))})` : ''}`;
  opts.log?.info(line);
  const base = opts.env ?? process.env;
  // pip's own temp folders go under the scratch folder: a killed pip leaves nothing elsewhere.
  const tmp = path.join(opts.scratch, 'pip-tmp');
  await fs.mkdir(tmp, { recursive: true });
  const env = { ...base, PIP_ROOT_USER_ACTION: 'ignore', TMPDIR: tmp, ...indexEnv, ...(opts.sdists && cmd ? { FCPP_ALLOW_SDISTS: '1' } : {}), ...extraEnv };
  const timeoutMs = pipTimeoutMs(base);
  const res = await run(python, cmd ? cmd.args : ['-m', 'pip', ...args], { env, timeoutMs }).finally(() => cmd?.dispose());
  if (res.timedOut) {
    throw new UserError(`pip did not finish within ${shownTimeout(timeoutMs)} (FC_PYTHON_PACK_PIP_TIMEOUT): an index that does not answer? Check index-url, or raise the timeout.`, 'requirements');
  }
  if (res.spawnError) {
    throw new UserError(`Could not run ${python} to resolve the requirements (${res.spawnError.code}). Install Python 3 on the runner (actions/setup-python) or set FC_PYTHON_PACK_PYTHON.`);
  }
  if (cmd && res.code === LAUNCHER_EXIT_UNSUPPORTED) {
    throw new UserError(
      `${python} cannot build for FC's Python: ${tail(res.stderr, 2)}. Install a pip from 23.2 on (python3 -m pip install -U pip) or set FC_PYTHON_PACK_PYTHON to a Python that has one.`,
    );
  }
  return res;
}

/** Resolves from the wheelhouse alone; undefined when it lacks a wheel the requirements need. */
interface Report {
  install?: ReportItem[];
  environment?: { python_version?: string };
}

async function reportOffline(python: string, wheelhouse: string, pipInstallArgs: readonly string[], opts: ResolveOptions): Promise<Report | undefined> {
  const report = path.join(opts.scratch, `report-${process.pid}-${Date.now()}.json`);
  const args = ['install', '--dry-run', '--ignore-installed', '--quiet', '--report', report, '--target', path.join(opts.scratch, 'dry-run-target'),
    ...pipInstallArgs, '--no-index', '--find-links', wheelhouse];
  const res = await pip(python, args, opts);
  if (res.code !== 0) return undefined;
  const parsed = JSON.parse(await fs.readFile(report, 'utf8')) as Report;
  await fs.rm(report, { force: true });
  return parsed;
}

const exists = (file: string) => fs.stat(file).then(() => true, () => false);

const isWheel = (it: ReportItem) => (it.download_info?.url ?? '').split(/[#?]/)[0]!.endsWith('.whl');

/** Where wheels built from sdists are kept (install/sdists.ts): a resolution takes them from there. */
const builtRoot = (house: string) => path.join(house, '.fcpp', 'built') + path.sep;

async function toWheels(items: ReportItem[], wheelhouse: string): Promise<ResolvedWheel[]> {
  const house = await fs.realpath(wheelhouse);
  const wheels = await Promise.all(
    items.map(async (it) => {
      const url = it.download_info?.url ?? '';
      const local = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : '';
      if (local.startsWith(builtRoot(house)) && local.endsWith('.whl')) {
        // pip download also copied it to the top of the wheelhouse: only the kept one is used.
        const copy = path.join(house, path.basename(local));
        if ((await exists(copy)) && copy !== local) await fs.rm(copy, { force: true });
        const sha256 = (await hashFile(local)).sha256;
        const requires = (it.metadata?.requires_dist ?? []).map((r) => /^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? '').filter(Boolean);
        return { file: local, name: it.metadata?.name ?? '', version: it.metadata?.version ?? '', sha256, requested: it.requested === true, requires };
      }
      // `pip download --dest` saved it under its own name; an offline resolution names the file.
      const saved = path.join(house, decodeURIComponent(new URL(url || 'file:///').pathname.split('/').pop() ?? ''));
      let file = saved.endsWith('.whl') && (await exists(saved)) ? saved : url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : '';
      if (!file.endsWith('.whl')) {
        throw new UserError(`pip resolved ${it.metadata?.name ?? url} to ${redactUrl(url)}, not a wheel in the wheel cache ${wheelhouse}. Use wheels only (--only-binary=:all:).`);
      }
      // A wheel found through a --find-links of the requirements (a lock's local package, built
      // under the temp folder) joins the wheelhouse: the artifact is written from there, later.
      if ((await fs.realpath(path.dirname(file))) !== house) {
        const into = path.join(house, path.basename(file));
        await fs.copyFile(file, into);
        file = into;
      }
      const sha256 = it.download_info?.archive_info?.hashes?.sha256 ?? (await hashFile(file)).sha256;
      const requires = (it.metadata?.requires_dist ?? []).map((r) => /^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? '').filter(Boolean);
      return { file, name: it.metadata?.name ?? '', version: it.metadata?.version ?? '', sha256, requested: it.requested === true, requires };
    }),
  );
  return installOrder(wheels);
}

/**
 * Whether an offline resolution is worth a pip run: the wheelhouse has a wheel for every
 * distribution the requirements files name without a marker (a dependency it lacks still fails
 * that run, and the download follows). A file this cannot read fully (-r includes, bare URLs)
 * counts as covered: pip decides.
 */
async function mayCover(wheelhouse: string, pipInstallArgs: readonly string[]): Promise<boolean> {
  const names = new Set<string>();
  for (const f of await fs.readdir(wheelhouse)) if (f.endsWith('.whl')) names.add(normalizeName(f.split('-')[0]!));
  if (!names.size) return false;
  for (let i = 0; i < pipInstallArgs.length; i++) {
    if (pipInstallArgs[i] !== '-r' && pipInstallArgs[i] !== '--requirement') continue;
    let parsed;
    try {
      parsed = parseRequirements(await fs.readFile(pipInstallArgs[++i]!, 'utf8'));
    } catch {
      return true;
    }
    if (parsed.includes.length || parsed.unnamed.length) return true;
    if (parsed.requirements.some((r) => !r.marker && !names.has(r.name))) return false;
  }
  return true;
}

/** Where the launcher writes what `pip download` resolved (pip-launcher.ts), when pip runs through it. */
async function download(python: string, wheelhouse: string, pipInstallArgs: readonly string[], opts: ResolveOptions) {
  const report = path.join(opts.scratch, `download-${process.pid}-${Date.now()}.json`);
  const res = await pip(python, ['download', '--dest', wheelhouse, ...downloadArgs(pipInstallArgs)], opts, opts.markers ? { FCPP_DOWNLOAD_REPORT: report } : {});
  const parsed = res.code === 0 ? await fs.readFile(report, 'utf8').then((t) => JSON.parse(t) as Report, () => undefined) : undefined;
  await fs.rm(report, { force: true });
  return { res, report: parsed };
}

/** One resolution: offline when the wheelhouse may hold it all, else one `pip download` run. */
async function resolveOnce(python: string, wheelhouse: string, pipInstallArgs: readonly string[], opts: ResolveOptions) {
  const warm = (await mayCover(wheelhouse, pipInstallArgs)) ? await reportOffline(python, wheelhouse, pipInstallArgs, opts) : undefined;
  if (warm) return { report: warm, offline: true, downloaded: [] as string[] };
  const dl = await download(python, wheelhouse, pipInstallArgs, opts);
  if (dl.res.code !== 0) {
    const metadata = opts.sdists ? sdistMetadataFailure(dl.res.stdout, dl.res.stderr, python) : undefined;
    if (metadata) throw metadata;
    const known = opts.explain?.(dl.res.stderr);
    if (known) throw known;
    throw new UserError(`pip could not download the requirements (exit ${dl.res.code}):\n${redactUrl(tail(dl.res.stderr || dl.res.stdout, 15))}`, 'requirements');
  }
  const downloaded = [...dl.res.stdout.matchAll(/^Saved (.+)$/gm)].map((m) => path.basename(m[1]!.trim())).sort();
  const report = dl.report ?? (await reportOffline(python, wheelhouse, pipInstallArgs, opts));
  if (!report) throw new UserError(`pip downloaded the requirements into ${wheelhouse} but cannot resolve them from it; delete that folder and build again.`);
  return { report, offline: false, downloaded };
}

/**
 * pip failed reading an sdist's metadata (it runs the sdist's build backend on the runner for it,
 * before any build of ours): the package, from pip's last `Collecting`/`Processing` line.
 */
function sdistMetadataFailure(stdout: string, stderr: string, python: string): UserError | undefined {
  if (!/(Getting requirements to build wheel|Preparing metadata \([^)]*\)) did not run successfully|metadata-generation-failed/.test(stderr)) return undefined;
  const lines = [...stdout.matchAll(/^(?:Collecting|Processing) (\S+)/gm)].map((m) => m[1]!);
  const last = lines.pop() ?? 'a package';
  const file = /([^/]+?)-(\d[^-/]*?)\.(?:tar\.gz|zip|tar\.bz2)$/.exec(last);
  const what = file ? `${file[1]} ${file[2]}` : last;
  const output = stderr.split('\n').filter((l) => !/^\s*(WARNING: Location|note:|hint:)/.test(l)).join('\n');
  return new UserError(
    `Building ${what} from its sdist failed (runner, ${python}: reading its metadata, which pip does before the build). The build's last lines:\n${redactUrl(tail(output, 12))}\n` +
      `Fix: pin a version of it that builds (or ships a wheel), or set build-sdists: false.`,
    'build-sdists',
  );
}

const names = (reqs: readonly string[]) => reqs.map((r) => r.replace(/\s+/g, '')).sort().join('\n');

/** The sdist file a report item names: saved in the wheelhouse by pip download, or a local file. */
async function sdistOf(it: ReportItem, house: string): Promise<SdistInput> {
  const url = it.download_info?.url ?? '';
  const base = decodeURIComponent(new URL(url || 'file:///').pathname.split('/').pop() ?? '');
  const saved = path.join(house, base);
  const file = (await exists(saved)) ? saved : url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : saved;
  if (!/\.(tar\.gz|zip|tar\.bz2|tgz)$/.test(file) || !(await exists(file))) {
    throw new UserError(
      `pip resolved ${it.metadata?.name ?? base} to ${redactUrl(url)}, which is neither a wheel nor an sdist file it downloaded: only wheels and sdists from an index, find-links or a file are built for FC. ` +
        'Publish it to an index (or point the requirement at its .tar.gz), or vendor it in your code.',
      'requirements',
    );
  }
  const sha256 = it.download_info?.archive_info?.hashes?.sha256 ?? (await hashFile(file)).sha256;
  return { file, name: it.metadata?.name ?? base, version: it.metadata?.version ?? '', sha256 };
}

/**
 * The wheels `pipInstallArgs` need, all in `wheelhouse`: offline when it already holds them,
 * else in one `pip download` run that fetches only the missing ones and, through the launcher,
 * reports the resolution (a pip that cannot is asked again, offline). With `opts.sdists`, each
 * sdist pip picked is built into a wheel; when a built wheel's Requires-Dist differs from what the
 * runner read from the sdist (a setup.py that asks sys.version_info), pip resolves again with the
 * built wheels offered, so the dependencies are FC's Python's answer.
 */
export async function resolveWheels(wheelhouse: string, pipInstallArgs: readonly string[], opts: ResolveOptions): Promise<Resolution> {
  const python = opts.python ?? process.env.FC_PYTHON_PACK_PYTHON ?? 'python3';
  await fs.mkdir(wheelhouse, { recursive: true });
  await fs.mkdir(opts.scratch, { recursive: true });
  const pipPython = (r: Report) => r.environment?.python_version ?? '3';
  let args = [...pipInstallArgs];
  const downloaded = new Set<string>();
  let offline = true;
  for (let round = 1; ; round++) {
    const r = await resolveOnce(python, wheelhouse, args, opts);
    r.downloaded.forEach((d) => downloaded.add(d));
    offline &&= r.offline;
    const items = r.report.install ?? [];
    const sdists = opts.sdists ? items.filter((it) => !isWheel(it)) : [];
    const done = (wheels: ResolvedWheel[]) => ({ wheels: installOrder(wheels), offline, downloaded: [...downloaded].filter((d) => d.endsWith('.whl')).sort(), pipPython: pipPython(r.report) });
    if (!sdists.length) return done(await toWheels(items, wheelhouse));
    // Two at a time (a container's start-up overlaps the other's compile); every build ends before an error is thrown.
    const results: PromiseSettledResult<BuiltWheel>[] = [];
    for (let i = 0; i < sdists.length; i += 2) {
      results.push(...(await Promise.allSettled(sdists.slice(i, i + 2).map(async (it) => opts.sdists!.build(await sdistOf(it, wheelhouse))))));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
    const built = new Map<ReportItem, BuiltWheel>(sdists.map((it, i) => [it, (results[i] as PromiseFulfilledResult<BuiltWheel>).value]));
    const same = [...built].every(([it, b]) => names(it.metadata?.requires_dist ?? []) === names(b.requiresDist));
    if (same || args.includes('--no-deps') || round >= 4) {
      const wheels = await toWheels(items.filter(isWheel), wheelhouse);
      for (const [it, b] of built) {
        const requires = b.requiresDist.map((q) => /^[A-Za-z0-9._-]+/.exec(q)?.[0] ?? '').filter(Boolean);
        wheels.push({ file: b.file, name: it.metadata?.name ?? b.info.name, version: it.metadata?.version ?? b.info.version, sha256: b.sha256, requested: it.requested === true, requires });
      }
      return done(wheels);
    }
    opts.log?.info(`sdist: the built wheels' dependencies differ from the runner's reading of their sdists: resolving again with them`);
    args = [...args, ...[...built.values()].flatMap((b) => ['--find-links', path.dirname(b.file)])];
  }
}

/** Removes every wheel a resolution does not use (before the Actions cache saves the folder). */
export async function pruneWheelhouse(wheelhouse: string, keep: readonly ResolvedWheel[]): Promise<string[]> {
  const wanted = new Set(keep.map((w) => path.basename(w.file)));
  const removed: string[] = [];
  for (const f of await fs.readdir(wheelhouse)) {
    if ((f.endsWith('.whl') && !wanted.has(f)) || /\.(tar\.gz|zip|tar\.bz2)$/.test(f)) {
      await fs.rm(path.join(wheelhouse, f), { force: true });
      removed.push(f);
    }
  }
  // Build backends (install/sdists.ts) stay on the machine: a warm build needs none.
  await fs.rm(path.join(wheelhouse, '.fcpp', 'backends'), { recursive: true, force: true });
  // Wheels built from sdists this build does not use, each in its own key's folder.
  const built = path.join(wheelhouse, '.fcpp', 'built');
  const used = new Set(keep.filter((w) => w.file.includes(`${path.sep}.fcpp${path.sep}built${path.sep}`)).map((w) => path.basename(path.dirname(w.file))));
  for (const d of await fs.readdir(built).catch(() => [] as string[])) {
    if (!used.has(d)) await fs.rm(path.join(built, d), { recursive: true, force: true });
  }
  return removed.sort();
}

/** A key for the wheel set (the Actions cache's): the sorted sha256s. */
export function wheelSetKey(wheels: readonly ResolvedWheel[]): string {
  return wheels.map((w) => w.sha256).sort().join('\n');
}
