/**
 * target: code — function.zip: the working directory without its clutter, the bootstrap
 * checked against FC's contract and stored 0755, the requirements optionally vendored
 * under python/ (/code/python on FC). Verified by starting it the way FC does.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { collectTree, sortEntries, writeZip, type ZipEntry } from '../assemble.js';
import { UserError } from '../errors.js';
import type { DepsCache } from '../cache.js';
import type { Log } from '../log.js';
import type { Plan } from '../plan.js';
import { formatBytes } from '../publish.js';
import { selectFiles, type Selection } from '../select.js';
import { smokeTest, type SmokeResult } from '../smoke.js';
import { extractZip } from '../unzip.js';
import { checkImports, type VerifyReport } from '../verify.js';
import { importSpec } from '../verify/imports.js';
import { CODE_DIR, SOURCE_CHECKED_CODES, doctorCheck, enforceBootstrap, installDeps, type Built, type StageTimer } from './common.js';

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

export async function buildCode(plan: Plan, scratch: string, log: Log, timed: StageTimer, cache: DepsCache): Promise<Built> {
  const { inputs } = plan;
  const wd = inputs.workingDirectory;
  const rel = (p: string) => path.relative(inputs.workspace, path.join(wd, p)) || p;

  const sel = await log.group('Selecting files', async () => {
    const s = await timed('select', () => selectFiles(wd, { exclude: inputs.exclude, skipAbsolute: [inputs.outputDir] }));
    reportExclusions(s, log);
    return s;
  });
  await warnNeededEnv(sel, wd, rel, log);

  const depsInZip = plan.installDeps && inputs.includeDeps;
  const depsAsLayer = plan.installDeps && !inputs.includeDeps;
  if (depsInZip && sel.entries.some((e) => e.name === 'python/' || e.name.startsWith('python/'))) {
    throw new UserError(
      `working-directory already has a python/ folder, where include-deps puts the dependencies. Rename it, exclude it, or set include-deps: false.`,
      'include-deps',
    );
  }

  // The bootstrap contract, before anything is installed.
  let pythonPath: string | undefined;
  if (inputs.bootstrap) {
    pythonPath = (await enforceBootstrap(plan, sel, depsInZip ? [`${CODE_DIR}/python`] : depsAsLayer ? ['/opt/python'] : [], log)).pythonPath;
  } else if (inputs.smokeTest) {
    throw new UserError('Input smoke-test: true needs a bootstrap to start (input bootstrap is none).', 'smoke-test');
  }

  // Dependencies: vendored into the zip, or — when they ship as a layer — installed only to verify with.
  const deps = plan.installDeps && (depsInZip || inputs.verify) ? await installDeps(plan, path.join(scratch, 'deps', 'python'), log, timed, cache) : undefined;
  const install = deps?.install;
  if (depsAsLayer && deps) log.info('include-deps is false: the dependencies are not in function.zip; verify mounts them at /opt/python, as a layer would be.');

  const file = path.join(scratch, 'out', plan.artifactName);
  const artifact = await log.group(`Assembling ${plan.artifactName}`, () =>
    timed('assemble', async () => {
      const vendored: ZipEntry[] = depsInZip && deps ? await collectTree(deps.pythonDir, 'python/') : [];
      return writeZip(sortEntries([...sel.entries, ...vendored]), file);
    }),
  );
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);

  // The bootstrap was checked on the source, with line numbers: the doctor covers the rest.
  await timed('doctor', () =>
    doctorCheck(file, plan, log, {
      skip: SOURCE_CHECKED_CODES,
      // Code only: the deps arrive as a layer at /opt/python.
      layers: depsAsLayer && deps ? [{ dir: deps.pythonDir, mount: '/opt/python' }] : undefined,
    }),
  );

  let verify: VerifyReport | undefined;
  let smoke: SmokeResult | undefined;
  if (inputs.verify) {
    await log.group('Verifying like FC', async () => {
      const codeDir = path.join(scratch, 'verify', 'code');
      await fs.mkdir(codeDir, { recursive: true });
      await extractZip(file, codeDir);
      const effectivePythonPath = inputs.bootstrap ? (pythonPath ?? '') : [depsInZip ? `${CODE_DIR}/python` : '', depsAsLayer ? '/opt/python' : ''].filter(Boolean).join(':');
      // Imports read the code bind-mounted; the smoke test gets a copy it may write to, as on FC.
      const codeMount = ['-v', `${codeDir}:${CODE_DIR}:ro`];
      const envArgs = [
        ...(depsAsLayer && deps ? ['-v', `${path.dirname(deps.pythonDir)}:/opt:ro`] : []),
        '-w',
        CODE_DIR,
        '-e',
        `FC_FUNC_CODE_PATH=${CODE_DIR}`,
      ];
      log.info(`Imports with PYTHONPATH=${effectivePythonPath || '(unset)'}${inputs.bootstrap ? ` (as ${inputs.bootstrap} sets it)` : ''}`);
      const spec = await importSpec(plan);
      verify = await timed('verify', () =>
        checkImports(
          {
            image: inputs.verifyImage,
            pythonVersion: inputs.pythonVersion,
            spec,
            requirementsName: inputs.requirementsInput,
            mountArgs: ['--read-only', '--tmpfs', '/tmp', ...codeMount, ...envArgs, ...(effectivePythonPath ? ['-e', `PYTHONPATH=${effectivePythonPath}`] : [])],
            where: `function.zip (PYTHONPATH=${effectivePythonPath || 'unset'})`,
          },
          log,
        ),
      );
      if (inputs.bootstrap && (inputs.smokeTest ?? true)) {
        smoke = await timed('smoke', () =>
          smokeTest(
            {
              image: inputs.verifyImage,
              port: inputs.port,
              path: inputs.smokePath,
              timeoutSec: inputs.smokeTimeout,
              mountArgs: envArgs,
              copyIn: { from: codeDir, to: CODE_DIR },
              entrypoint: `${CODE_DIR}/${inputs.bootstrap}`,
              readOnly: false,
            },
            log,
          ),
        );
      }
    });
  }
  return { artifact, install, verify, smoke };
}
