/**
 * Owns how the zip targets get their dependencies' entries, as plan.install.mode says: `wheels`:
 * resolved into the (cached) wheelhouse, then laid out as pip --target would straight from the
 * wheels' compressed entries, nothing installed on disk; `tree`: installed into a folder
 * (installDeps) and collected from there.
 */
import path from 'node:path';
import { layoutWheels } from '../assemble/wheel-install.js';
import { collectTree, type ZipEntry } from '../assemble/zip.js';
import type { InstallResult } from '../install/pip.js';
import { depsOf } from '../install/pip.js';
import { pipSkipped, resolvePlanWheels, type WheelSet } from '../install/wheels.js';
import type { Plan } from '../plan/plan.js';
import type { DepsCache } from '../publish/cache.js';
import type { Log } from '../shared/log.js';
import type { StageTimer } from '../shared/timer.js';
import { installDeps } from './common.js';

export interface DepsEntries {
  /** The installed tree, in the tree mode (a layer's deps mounted for verify need it). */
  pythonDir?: string;
  /** Undefined when pip did not run (the cache answered). */
  install?: InstallResult;
  /** The dependencies' zip entries under `prefix` ("python/"), folders included. */
  entries(prefix: string): Promise<ZipEntry[]>;
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

/** The plan's dependencies for a zip: from the wheels or from an installed tree (`treeDest`, as plan.install.mode says). */
export async function depsEntries(plan: Plan, scratch: string, treeDest: string, log: Log, timed: StageTimer, cache: DepsCache): Promise<DepsEntries> {
  const deps = depsOf(plan);
  if (deps.mode === 'tree') {
    const t = await installDeps(plan, treeDest, log, timed, cache);
    return { pythonDir: t.pythonDir, install: t.install, entries: (prefix) => collectTree(t.pythonDir, prefix) };
  }
  const source = deps.source;
  const set = await log.group(`Installing ${source.shown} for ${plan.runtime}, Python ${plan.pythonVersion}`, async () => {
    log.info(source.summary);
    for (const w of source.warnings) log.warning(w, { file: path.relative(plan.workspace, source.path) || source.shown, title: 'requirements' });
    const s = await cache.wheels(path.join(scratch, 'wheels'), (house, env, key) =>
      timed('install', () => resolvePlanWheels(plan, log, { env, house, key, scratch: path.join(scratch, 'pip') })),
    );
    if (!pipSkipped(s)) {
      const how = s.how === 'offline' ? 'all from the wheel cache' : `${s.downloaded.length} downloaded`;
      log.info(`Resolved ${s.wheels.length} wheels in ${(s.durationMs / 1000).toFixed(1)} s (${how}); nothing installed: their entries go into the zip as they are.`);
    } else if (s.how === 'lock') {
      log.info(`Every wheel the lock pins is in the wheel cache (name, version and hash): pip did not run.`);
    }
    return s;
  });
  let install: InstallResult | undefined;
  return {
    get install() {
      return install;
    },
    async entries(prefix) {
      const out = await layout(set, prefix, log);
      if (out.scripts.length) log.info(`Console scripts, with #!/usr/bin/env python3: ${out.scripts.join(', ')}`);
      if (!pipSkipped(set)) install = { installed: out.installed, scripts: out.scripts, durationMs: set.durationMs };
      return out.entries;
    },
  };
}
