/** Owns the steps the three targets share: the bootstrap contract and the doctor on the artifact. */
import { shownPath } from '../shared/paths.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { EXEC_MODE, type ZipResult } from '../assemble/zip.js';
import { checkArtifact, findingLine, type LayerSource } from '../doctor/doctor.js';
import type { FindingCode } from '../doctor/findings.js';
import { analyzeBootstrap, toLf, type BootstrapAnalysis } from '../doctor/checks/bootstrap.js';
import { UserError } from '../shared/errors.js';
import type { InstallResult } from '../install/pip.js';
import type { BuiltFromSource } from '../install/sdists.js';
import type { Log } from '../shared/log.js';
import { CODE_DIR, type BootstrapPlan, type Plan } from '../plan/plan.js';
import type { ExclusionRule, Selection } from '../assemble/select.js';
import type { SmokeResult } from '../verify/smoke.js';
import type { VerifyReport } from '../verify/imports.js';


export interface Built {
  /** The artifact as written in the scratch folder. */
  artifact: ZipResult;
  install?: InstallResult;
  /** Packages whose wheels were built from their sdists (or found built before). */
  fromSource?: BuiltFromSource[];
  verify?: VerifyReport;
  smoke?: SmokeResult;
  /** code: what the file selection left out, by rule (the job summary lists it). */
  leftOut?: ExclusionRule[];
}

/**
 * Checks the selected bootstrap against FC's contract: annotates every finding on its line,
 * fails on errors, converts CRLF when asked, and makes its entry 0755 (with a notice when
 * the source had lost the bit). `depsDirs`: where the dependencies will be.
 */
export async function enforceBootstrap(plan: Plan, bootstrap: BootstrapPlan, sel: Selection, depsDirs: string[], log: Log): Promise<BootstrapAnalysis> {
  const name = bootstrap.file;
  const rel = shownPath(plan.workspace, path.join(plan.workingDirectory, name)) || name;
  const entry = sel.entries.find((e) => e.name === name);
  if (!entry) {
    const excluded = sel.excludedFiles.includes(name);
    throw new UserError(
      `${rel} ${excluded ? 'is left out by the exclude patterns' : 'does not exist'}, and FC starts ${CODE_DIR}/bootstrap: ` +
        'the function would fail with "the file /code/bootstrap is not exist". Add a bootstrap script (#!/bin/bash, then ' +
        `exec python3 -m uvicorn main:app --host 0.0.0.0 --port ${plan.port}), or, when FC starts the function with a command, give it: s.yaml's customRuntimeConfig, or start-command (e.g. python3 -u index.py).`,
      'bootstrap',
    );
  }
  let content: Buffer = entry.data ?? (await fs.readFile(entry.source!));
  const analysis = analyzeBootstrap(content, { file: rel, depsDirs, port: plan.port });
  let findings = analysis.findings;
  if (bootstrap.convertCrlf && findings.some((f) => f.code === 'bootstrap-crlf')) {
    content = toLf(content);
    entry.data = content;
    entry.source = undefined;
    entry.size = content.length;
    findings = findings.filter((f) => f.code !== 'bootstrap-crlf');
    log.notice(`${rel} had CRLF line endings; stored with LF (convert-crlf: true). Fix the source too: dos2unix ${name}.`, { file: rel, line: 1 });
  }
  for (const f of findings) {
    const where = { file: f.file, line: f.line, title: f.code };
    if (f.severity === 'error') log.error(findingLine(f), where);
    else if (f.severity === 'warning') log.warning(findingLine(f), where);
    else log.notice(findingLine(f), where);
  }
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) throw new UserError(`The bootstrap would not start on FC:\n${errors.map(findingLine).join('\n')}`, 'bootstrap');
  const srcMode = (await fs.stat(path.join(plan.workingDirectory, name))).mode;
  if ((srcMode & 0o111) === 0) {
    log.notice(
      `${rel} is not executable in the source (a Windows checkout loses the bit); it is stored 0755. Without that FC fails with "code 13, message:permission denied". To fix the source: git update-index --chmod=+x ${name}`,
      { file: rel, line: 1 },
    );
  }
  entry.mode = EXEC_MODE;
  return { ...analysis, findings };
}

/** Bootstrap findings the code target already reports from the source, with line numbers. */
export const SOURCE_CHECKED_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'bootstrap-shebang',
  'bootstrap-bom',
  'bootstrap-crlf',
  'bootstrap-listen',
  'bootstrap-port',
  'bootstrap-pip-install',
  'bootstrap-no-pythonpath',
  'bootstrap-mode',
  'bootstrap-missing',
]);

/**
 * The doctor's checks on the artifact this build just made, before verify: errors stop the
 * build (FC would certainly reject it), warnings become annotations. `skip`: codes already
 * reported from the sources.
 */
export async function doctorCheck(
  file: string,
  plan: Plan,
  log: Log,
  opts: { skip?: ReadonlySet<FindingCode>; layers?: LayerSource[] } = {},
): Promise<void> {
  const d = plan.doctor;
  const all = await checkArtifact(file, {
    target: d.kind,
    pythonVersion: d.pythonVersion,
    runtime: d.runtime,
    port: d.port,
    bootstrap: d.bootstrap,
    layers: opts.layers,
    startCommand: d.startCommand,
    environment: d.environment,
    functionFrom: plan.sYaml ? plan.sYaml.shown : d.environment ? 'environment' : undefined,
    layerArns: d.layerArns,
  });
  const findings = all.filter((f) => !opts.skip?.has(f.code));
  for (const f of findings) {
    if (f.severity === 'error') log.error(findingLine(f), { title: f.code });
    else if (f.severity === 'warning') log.warning(findingLine(f), { title: f.code });
  }
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new UserError(`${path.basename(file)} would not start on FC (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n${errors.map(findingLine).join('\n')}`);
  }
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  log.info(`Doctor: ${warnings ? `${warnings} warning(s)` : 'no problems'} in ${path.basename(file)} for ${d.runtime}, Python ${d.pythonVersion}`);
}
