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
  for (const n of plan.notices) log.notice(n.message, { title: n.input });
  const deps = await depsEntries(plan, scratch, log, timed, cache);
  const file = path.join(scratch, 'out', plan.artifactName);
  const artifact = await log.group(`Assembling ${plan.artifactName}`, () => timed('assemble', async () => writeZip(await deps.entries('python/'), file)));
  const install = deps.install;
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  // Whether the function puts /opt/python on PYTHONPATH was decided with its bootstrap's exports (plan/run.ts).
  await timed('doctor', () => doctorCheck(file, plan, log, { skip: new Set(['bootstrap-no-pythonpath']) }));
  const v = plan.verify;
  const verify = v
    ? await log.group('Verifying like FC', () =>
        timed('verify', () =>
          verifyLayer(file, v, path.join(scratch, 'verify'), log, plan.run?.entry || plan.run?.server ? { run: plan.run, codeDir: plan.workingDirectory, port: plan.port } : undefined),
        ),
      )
    : undefined;
  return { artifact, install, fromSource: deps.fromSource, verify };
}
