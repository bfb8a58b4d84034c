/**
 * Owns how every target gets its dependencies: resolved into the (cached) wheelhouse, then laid
 * out as pip --target would, straight from the wheels' compressed entries: into the zip (layer,
 * function.zip), or written out as a folder where a tree on disk is needed (a generated image's
 * context, a layer mounted for verify). pip installs nothing.
 */
import { shownPath } from '../shared/paths.js';
import path from 'node:path';
import { layoutWheels } from '../assemble/wheel-install.js';
import { writeTree } from '../assemble/tree.js';
import type { ZipEntry } from '../assemble/zip.js';
import type { InstallResult } from '../install/pip.js';
import { depsOf } from '../install/pip.js';
import type { BuiltFromSource } from '../install/sdists.js';
import { pipSkipped, resolvePlanWheels, type WheelSet } from '../install/wheels.js';
import type { Plan } from '../plan/plan.js';
import type { DepsCache } from '../publish/cache.js';
import type { Log } from '../shared/log.js';
import type { StageTimer } from '../shared/timer.js';

export interface DepsEntries {
  /** Undefined when pip did not run (the cache answered), and before entries() or tree(). */
  install?: InstallResult;
  /** Packages whose wheels were built from their sdists (or found built before). */
  fromSource: BuiltFromSource[];
  /** The dependencies' zip entries under `prefix` ("python/"), folders included. */
  entries(prefix: string): Promise<ZipEntry[]>;
  /** The same files written out under `dest` (created): what pip --target would have left there. */
  tree(dest: string): Promise<string>;
}

/** The wheel set's entries, with pip's overwrites and drops logged; the InstallResult a pip run reports. */
async function layout(set: WheelSet, prefix: string, log: Log): Promise<{ entries: ZipEntry[]; installed: string[]; scripts: string[] }> {
  const inputs = set.wheels.map((w) => ({ file: w.file, requested: w.requested }));
  const out = await layoutWheels(inputs, { prefix, pipPython: set.pipPython, scriptTemplate: set.scriptTemplate });
  for (const o of out.overwritten) log.debug(`${o.path}: ${o.by} replaces the file ${o.from} ships (the later in pip's install order wins, as with pip --target)`);
  if (out.overwritten.length) log.info(`${out.overwritten.length} path(s) shipped by two distributions: the later one kept, as pip --target does.`);
  if (out.dropped.length) log.warning(`Left out, as pip --target leaves them out (a name the packages already use): ${out.dropped.join(', ')}`);
  const bin = `${prefix}bin/`;
  const scripts = out.entries.filter((e) => e.name.startsWith(bin) && !e.name.endsWith('/')).map((e) => e.name.slice(bin.length));
  return { entries: out.entries, installed: out.installed, scripts };
}

/** `oss2 2.18.0 on the runner (Python 3.11), 1.2 s; crcmod 1.7 in image x, cached`. */
export function fromSourceLine(built: readonly BuiltFromSource[]): string {
  return built.map((b) => `${b.name} ${b.version} ${b.where.startsWith('runner') ? `on the ${b.where}` : `in ${b.where}`}, ${b.cached ? 'built before (wheel cache)' : `${(b.durationMs / 1000).toFixed(1)} s`}`).join('; ');
}

/** The plan's dependencies, resolved to wheels: as zip entries or as a tree, when asked. */
export async function depsEntries(plan: Plan, scratch: string, log: Log, timed: StageTimer, cache: DepsCache): Promise<DepsEntries> {
  const source = depsOf(plan).source;
  const set = await log.group(`Installing ${source.shown} for ${plan.runtime}, Python ${plan.pythonVersion}`, async () => {
    log.info(source.summary);
    for (const w of source.warnings) log.warning(w, { file: shownPath(plan.workspace, source.path) || source.shown, title: 'requirements' });
    const s = await cache.wheels(path.join(scratch, 'wheels'), (house, env, key) =>
      timed('install', () => resolvePlanWheels(plan, log, { env, house, key, scratch: path.join(scratch, 'pip') })),
    );
    if (!pipSkipped(s)) {
      const how = s.how === 'offline' ? 'all from the wheel cache' : `${s.downloaded.length} downloaded`;
      log.info(`Resolved ${s.wheels.length} wheels in ${(s.durationMs / 1000).toFixed(1)} s (${how}); nothing installed by pip: their entries are laid out as they are.`);
    } else if (s.how === 'lock') {
      log.info(`Every wheel the lock pins is in the wheel cache (name, version and hash): pip did not run.`);
    }
    if (s.built?.length) log.info(`Built from source (no wheel for FC): ${fromSourceLine(s.built)}`);
    return s;
  });
  let install: InstallResult | undefined;
  const laid = async (prefix: string) => {
    const out = await layout(set, prefix, log);
    if (out.scripts.length) log.info(`Console scripts, with #!/usr/bin/env python3: ${out.scripts.join(', ')}`);
    if (!pipSkipped(set)) install = { installed: out.installed, scripts: out.scripts, durationMs: set.durationMs };
    return out.entries;
  };
  return {
    get install() {
      return install;
    },
    fromSource: set.built ?? [],
    entries: laid,
    async tree(dest) {
      const files = await writeTree(await laid(''), dest);
      log.info(`Wrote the dependencies' ${files} files to ${dest}, from the wheels.`);
      return dest;
    },
  };
}
