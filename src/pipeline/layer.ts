/** target: layer — the requirements under python/, for FC to unpack at /opt. */
import path from 'node:path';
import { collectTree, writeZip } from '../assemble/zip.js';
import type { DepsCache } from '../publish/cache.js';
import type { Log } from '../shared/log.js';
import type { Plan } from '../plan/plan.js';
import { verifyLayer } from '../verify/imports.js';
import { doctorCheck, installDeps, type Built, type StageTimer } from './common.js';

export async function buildLayer(plan: Plan, scratch: string, log: Log, timed: StageTimer, cache: DepsCache): Promise<Built> {
  const { pythonDir, install } = await installDeps(plan, path.join(scratch, 'layer', 'python'), log, timed, cache);
  const file = path.join(scratch, 'out', plan.artifactName);
  const artifact = await log.group(`Assembling ${plan.artifactName}`, () =>
    timed('assemble', async () => writeZip(await collectTree(pythonDir, 'python/'), file)),
  );
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  await timed('doctor', () => doctorCheck(file, plan, log));
  const verify = plan.inputs.verify
    ? await log.group('Verifying like FC', () => timed('verify', () => verifyLayer(file, plan, path.join(scratch, 'verify'), log)))
    : undefined;
  return { artifact, install, verify };
}
