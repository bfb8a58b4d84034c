/** The action front end: reads inputs, runs the core, publishes, writes outputs and the job summary. */
import * as core from '@actions/core';
import { errorMessage, isUserError } from '../shared/errors.js';
import { urlSecrets } from '../shared/redact.js';
import { cleanUpOnSignals } from '../shared/cancel.js';
import { parseInputs } from '../inputs/inputs.js';
import type { Annotation, Log } from '../shared/log.js';
import { makePlan } from '../plan/plan.js';
import { build, type BuildResult } from '../pipeline/build.js';
import { outputsOf, publish, summaryLines, type Published } from '../publish/publish.js';
import { jobSummary } from '../publish/summary.js';
import { deploy, deployOutputs, type DeployReport } from '../publish/deploy/deploy.js';

function props(where?: Annotation): core.AnnotationProperties | undefined {
  return where ? { file: where.file, startLine: where.line, title: where.title } : undefined;
}

export const actionLog: Log = {
  info: (m) => core.info(m),
  notice: (m, w) => core.notice(m, props(w)),
  warning: (m, w) => core.warning(m, props(w)),
  error: (m, w) => core.error(m, props(w)),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
};

/** Reads an input the way the runner passes it (INPUT_<NAME>), without @actions/core's required-check. */
export function actionInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/** Registers the credentials of an index URL (a password, or a token-only userinfo) so the runner masks them. */
export function maskCredentials(url: string, setSecret: (s: string) => void = core.setSecret): void {
  for (const s of urlSecrets(url)) setSecret(s);
}

export async function run(): Promise<void> {
  let result: BuildResult | undefined;
  let published: Published = {};
  cleanUpOnSignals((m) => core.error(m));
  let deployed: DeployReport | undefined;
  try {
    const inputs = parseInputs(actionInput, { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env });
    if (inputs.indexUrl) maskCredentials(inputs.indexUrl);
    for (const u of inputs.extraIndexUrls) maskCredentials(u);
    result = await build(makePlan(inputs), actionLog);
    // The build's outputs first: a failed upload still leaves the file and its path to later steps.
    for (const [k, v] of Object.entries(outputsOf(result))) core.setOutput(k, v);
    for (const l of summaryLines(result)) core.info(l);
    published = await publish(result, actionLog);
    for (const [k, v] of Object.entries(outputsOf(result, published))) core.setOutput(k, v);
    // Only a build that passed (verify included: a failed one threw above) is deployed.
    if (result.plan.deploy) {
      deployed = await deploy(result, actionLog, { getIDToken: (aud) => core.getIDToken(aud), mask: (s) => core.setSecret(s) });
      for (const [k, v] of Object.entries(deployOutputs(deployed))) core.setOutput(k, v);
    }
  } catch (e) {
    if (!isUserError(e) && e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(errorMessage(e));
  } finally {
    if (result && process.env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary.addRaw(await jobSummary({ ...result, ...published, deploy: deployed })).write();
      } catch (e) {
        core.warning(`Could not write the job summary: ${errorMessage(e)}`);
      }
    }
  }
}
