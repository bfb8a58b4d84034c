/** Owns the layer target's run: the requirements under python/, for FC to unpack at /opt. */
import path from 'node:path';
import { writeZip } from '../assemble/zip.js';
import type { DepsCache } from '../publish/cache.js';
import type { Log } from '../shared/log.js';
import type { LayerPlan } from '../plan/plan.js';
import type { StageTimer } from '../shared/timer.js';
import { verifyLayer } from '../verify/imports.js';
import { doctorCheck, type Built } from './common.js';
import { depsEntries } from './deps.js';

export async function buildLayer(plan: LayerPlan, scratch: string, log: Log, timed: StageTimer, cache: DepsCache): Promise<Built> {
  const deps = await depsEntries(plan, scratch, log, timed, cache);
  const file = path.join(scratch, 'out', plan.artifactName);
  const artifact = await log.group(`Assembling ${plan.artifactName}`, () => timed('assemble', async () => writeZip(await deps.entries('python/'), file)));
  const install = deps.install;
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  await timed('doctor', () => doctorCheck(file, plan, log));
  const v = plan.verify;
  const verify = v
    ? await log.group('Verifying like FC', () => timed('verify', () => verifyLayer(file, v, path.join(scratch, 'verify'), log)))
    : undefined;
  return { artifact, install, fromSource: deps.fromSource, verify };
}
