/**
 * Owns the code target's run — function.zip: the working directory without its clutter, the bootstrap
 * checked against FC's contract and stored 0755, the requirements optionally vendored
 * under python/ (/code/python on FC). Verified by starting it the way FC does.
 */
import { shownPath } from '../shared/paths.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sortEntries, writeZip, type ZipEntry } from '../assemble/zip.js';
import { UserError } from '../shared/errors.js';
import type { DepsCache } from '../publish/cache.js';
import type { Log } from '../shared/log.js';
import { CODE_DIR, type CodePlan } from '../plan/plan.js';
import type { StageTimer } from '../shared/timer.js';
import { formatBytes } from '../shared/bytes.js';
import { selectFiles, type Selection } from '../assemble/select.js';
import { leftOutReads, ruleWords } from '../assemble/left-out.js';
import { findingLine, leftOutFinding } from '../doctor/findings.js';
import { discardSmoke, prepareSmoke, runSmoke, type SmokeResult } from '../verify/smoke.js';
import { withVerifyTree } from '../verify/tree.js';
import { checkImports, type VerifyReport } from '../verify/imports.js';
import { functionEnv } from '../verify/function-env.js';
import { SOURCE_CHECKED_CODES, doctorCheck, enforceBootstrap, type Built } from './common.js';
import { depsEntries } from './deps.js';

function reportExclusions(sel: Selection, log: Log): void {
  if (!sel.rules.length) {
    log.info('Nothing left out.');
    return;
  }
  log.info('Left out:');
  for (const r of sel.rules) log.info(`  ${r.pattern.padEnd(16)} ${String(r.files).padStart(6)} files ${formatBytes(r.bytes).padStart(10)}  (${r.source})`);
  log.info(`Largest: ${sel.largest.map((p) => `${p.path} (${formatBytes(p.bytes)})`).join(', ')}`);
}

/** A .env that the code seems to read is worth a warning: FC will not have it. */
async function warnNeededEnv(sel: Selection, workingDirectory: string, rel: (p: string) => string, log: Log): Promise<void> {
  const envFiles = sel.excludedFiles.filter((p) => p === '.env' || p.endsWith('/.env'));
  if (!envFiles.length) return;
  for (const e of sel.entries) {
    if (!e.name.endsWith('.py') || !e.source || (e.size ?? 0) > 1_000_000) continue;
    const lines = (await fs.readFile(e.source, 'utf8')).split('\n');
    const i = lines.findIndex((l) => /load_dotenv|dotenv_values|["']\.env["']/.test(l));
    if (i >= 0) {
      log.warning(
        `${e.name} reads .env, which is left out of function.zip (it holds secrets, and Serverless Devs never ships it either). Set those values as the function's environment variables on FC.`,
        { file: rel(e.name), line: i + 1, title: '.env is not shipped' },
      );
      return;
    }
  }
}

/** Deps at the top of function.zip must not overwrite the code's own files (nor the code theirs). */
function refuseClashes(sel: Selection, vendored: ZipEntry[]): void {
  const code = new Set(sel.entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name));
  const clash = vendored.find((e) => !e.name.endsWith('/') && code.has(e.name));
  if (clash) {
    throw new UserError(
      `The dependencies go at the top of function.zip (nothing puts /code/python on PYTHONPATH), and ${clash.name} is both in the code folder and in a dependency. ` +
        'Remove the copy from the code folder (a pip install -t . left there?), or set PYTHONPATH=/code/python in the function\'s environment so that they go under python/.',
      'include-deps',
    );
  }
}

export async function buildCode(plan: CodePlan, scratch: string, log: Log, timed: StageTimer, cache: DepsCache): Promise<Built> {
  const wd = plan.workingDirectory;
  const rel = (p: string) => shownPath(plan.workspace, path.join(wd, p)) || p;

  const sel = await log.group('Selecting files', async () => {
    const s = await timed('select', () => selectFiles(wd, plan.select));
    reportExclusions(s, log);
    return s;
  });
  await warnNeededEnv(sel, wd, rel, log);
  for (const r of await leftOutReads(sel)) {
    log.warning(findingLine(leftOutFinding({ ...r, rule: ruleWords(r.rule) })), { file: rel(r.file), line: r.line, title: 'data-left-out' });
  }

  const depsInZip = plan.depsIn === 'zip';
  const depsAsLayer = plan.depsIn === 'layer';
  if (depsInZip && plan.depsPrefix && sel.entries.some((e) => e.name === 'python/' || e.name.startsWith('python/'))) {
    throw new UserError(
      `working-directory already has a python/ folder, where include-deps puts the dependencies. Rename it, exclude it, or set include-deps: false.`,
      'include-deps',
    );
  }
  for (const n of plan.notices) log.notice(n.message, { title: n.input });

  // The bootstrap contract, before anything is installed.
  if (plan.bootstrap) await enforceBootstrap(plan, plan.bootstrap, sel, plan.depsDirs, log);

  // Dependencies: vendored into the zip, or — when they ship as a layer — installed only to verify with.
  const deps = plan.install ? await depsEntries(plan, scratch, log, timed, cache) : undefined;
  // As a layer, the deps are a tree on disk, mounted at /opt for verify.
  const layerDir = depsAsLayer && deps ? await timed('install', () => deps.tree(path.join(scratch, 'deps', 'python'))) : undefined;
  if (depsAsLayer && deps) log.info('include-deps is false: the dependencies are not in function.zip; verify mounts them at /opt/python, as a layer would be.');

  const file = path.join(scratch, 'out', plan.artifactName);
  const artifact = await log.group(`Assembling ${plan.artifactName}`, () =>
    timed('assemble', async () => {
      const vendored: ZipEntry[] = depsInZip && deps ? await deps.entries(plan.depsPrefix) : [];
      if (!plan.depsPrefix) refuseClashes(sel, vendored);
      return writeZip(sortEntries([...sel.entries, ...vendored]), file);
    }),
  );
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);

  // The bootstrap was checked on the source, with line numbers: the doctor covers the rest.
  await timed('doctor', () =>
    doctorCheck(file, plan, log, {
      skip: SOURCE_CHECKED_CODES,
      // Code only: the deps arrive as a layer at /opt/python.
      layers: layerDir ? [{ dir: layerDir, mount: '/opt/python' }] : undefined,
    }),
  );

  let verify: VerifyReport | undefined;
  let smoke: SmokeResult | undefined;
  const v = plan.verify;
  if (v) {
    await log.group('Verifying like FC', async () => {
      const run = plan.run;
      // Exactly the function's environment: what its Python has (the bootstrap's exports applied), and what FC gives the start.
      const envDir = path.join(scratch, 'env');
      const pyEnv = await functionEnv(run, plan.port, envDir, 'python');
      const startEnv = await functionEnv(run, plan.port, envDir, 'start');
      try {
        // The import check's container starts while function.zip unpacks into the folder it mounts.
        await withVerifyTree(file, path.join(scratch, 'verify'), 'code', log, async (tree) => {
          const codeDir = tree.dir;
          const unpacked = tree.ready;
          // Imports read the code bind-mounted; the smoke test gets a copy it may write to, as on FC.
          const layerMount = layerDir ? ['-v', `${path.dirname(layerDir)}:/opt:ro`] : [];
          log.info(`Imports as ${run ? run.shown : 'the function'} would run them, with ${pyEnv.describe}`);
          const sp = plan.smoke;
          // The smoke container is created, and the code copied in, while the imports run; it starts only if they pass.
          const prepared =
            sp && run
              ? prepareSmoke(
                  {
                    image: v.image,
                    port: sp.port,
                    path: sp.path,
                    timeoutSec: sp.timeoutSec,
                    mountArgs: [...layerMount, ...startEnv.args],
                    copyIn: { from: codeDir, to: CODE_DIR },
                    entrypoint: run.start.kind === 'bootstrap' ? `${CODE_DIR}/${run.start.file}` : run.start.argv[0]!,
                    command: run.start.kind === 'command' ? run.start.argv.slice(1) : undefined,
                    shown: run.start.kind === 'bootstrap' ? undefined : `${run.start.argv.join(' ')} (${run.shown})`,
                    readOnly: false,
                  },
                  unpacked,
                )
              : undefined;
          prepared?.catch(() => undefined); // awaited below, after the imports
          try {
            verify = await timed('verify', () =>
              checkImports(
                v,
                {
                  mountArgs: ['--read-only', '--tmpfs', '/tmp', '-v', `${codeDir}:${CODE_DIR}:ro`, ...layerMount, ...pyEnv.args],
                  where: `function.zip (PYTHONPATH=${run?.pythonPath.join(':') || 'unset'})`,
                  ready: unpacked,
                  mustSee: tree.sample && `${CODE_DIR}/${tree.sample}`,
                  interpreter: run?.interpreter,
                },
                log,
              ),
            );
          } catch (e) {
            await prepared?.then(discardSmoke, () => undefined);
            throw e;
          }
          if (prepared) smoke = await timed('smoke', async () => runSmoke(await prepared, log));
        });
      } finally {
        await Promise.all([pyEnv.dispose(), startEnv.dispose()]);
      }
    });
  }
  return { artifact, install: deps?.install, fromSource: deps?.fromSource, verify, smoke, leftOut: sel.rules };
}
