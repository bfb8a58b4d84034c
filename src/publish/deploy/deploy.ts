/**
 * Owns the deploy of a verified build to Function Compute (plan.deploy): by target, a layer
 * version (and the function moved to it), the function's new code, or its new image; with an
 * alias, a published version the alias points at. Checks before changing anything: the function
 * exists and runs the runtime built for; a zip over the API's limit goes through OSS. A failure
 * after something was published names what now exists. `plan` prints the requests, sends nothing.
 */
import fs from 'node:fs/promises';
import type { Log } from '../../shared/log.js';
import { UserError } from '../../shared/errors.js';
import { formatBytes } from '../../shared/bytes.js';
import { FC_LIMITS } from '../../plan/runtimes.js';
import type { DeployPlan } from '../../plan/deploy.js';
import type { BuildResult } from '../result.js';
import { credentialsFor, type CredentialHooks } from './credentials.js';
import { endpointsFor } from './endpoints.js';
import { fcClient, type CodeLocation, type FcApi } from './fc.js';
import { uploadToOss } from './oss.js';

export interface DeployReport {
  mode: 'plan' | 'deploy';
  region: string;
  functionName?: string;
  functionArn?: string;
  layerArn?: string;
  layerVersion?: string;
  /** The function's layers after the deploy. */
  layers?: string[];
  functionVersion?: string;
  alias?: string;
  image?: string;
  /** FC's checksum (CRC-64) of the code it now runs. */
  codeChecksum?: string;
  /** zipFile (inline) or oss://bucket/object. */
  codeVia?: string;
  /** plan: the requests that would be sent. */
  requests: string[];
}

/** The largest zip sent inline: FC's zipFile limit, on its base64 text (FC_PYTHON_PACK_ZIPFILE_LIMIT overrides it, in bytes, for tests). */
export function zipFileLimit(env: NodeJS.ProcessEnv): number {
  const v = env.FC_PYTHON_PACK_ZIPFILE_LIMIT;
  return v && /^\d+$/.test(v) ? Number(v) : FC_LIMITS.codeZipApi;
}

const base64Size = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** The layer an ARN is a version of: the ARN without /versions/N. */
const layerOf = (arn: string) => arn.replace(/\/versions\/\d+$/, '');

function checkRuntime(d: DeployPlan, fn: { runtime?: string }, built: string, region: string): void {
  if (fn.runtime !== built) {
    throw new UserError(
      `Input deploy: function ${d.functionName} (${region}) runs ${fn.runtime ?? 'an unknown runtime'}, and this build is for ${built}: ` +
        (built === 'custom-container'
          ? 'an image can only be deployed to a custom-container function.'
          : `its wheels and Python are ${built}'s. Build with runtime ${fn.runtime} (if fc-python-pack supports it), or change the function's runtime to ${built} first.`),
      'runtime',
    );
  }
}

/** Runs (or, for plan, prints) the deploy of a build that passed. */
export async function deploy(result: BuildResult, log: Log, hooks: CredentialHooks, env: NodeJS.ProcessEnv = process.env): Promise<DeployReport> {
  const d = result.plan.deploy;
  if (!d) throw new Error('deploy called without a deploy plan');
  const plan = result.plan;
  const target = plan.target;
  const builtFor = target === 'image' ? 'custom-container' : plan.runtime;
  const fnName = d.functionName;
  const a = result.artifact;
  const report: DeployReport = { mode: d.mode, region: d.region, functionName: fnName, alias: d.alias, requests: [] };
  const endpoints = endpointsFor(d.region, env);
  const inline = target !== 'image' && base64Size(a.size) <= zipFileLimit(env);
  if (target !== 'image' && !inline && !d.ossBucket) {
    throw new UserError(
      `Input deploy: ${plan.artifactName} is ${formatBytes(a.size)}, over the ${formatBytes(zipFileLimit(env))} FC's API takes inline (zipFile, base64). Set oss-bucket to a bucket in ${d.region}: the zip is uploaded there and FC reads it from OSS.`,
      'oss-bucket',
    );
  }
  const objectName = `fc-python-pack/${fnName ?? d.layerName}/${a.sha256}.zip`;
  const codeShown = inline ? `zipFile: <base64 of ${plan.artifactName}, ${formatBytes(a.size)}, sha256 ${a.sha256.slice(0, 12)}>` : `ossBucketName: ${d.ossBucket}, ossObjectName: ${objectName}`;
  report.codeVia = target === 'image' ? undefined : inline ? 'zipFile' : `oss://${d.ossBucket}/${objectName}`;
  const req = (line: string) => report.requests.push(line);
  if (fnName) req(`GetFunction ${fnName}: it must exist and run ${builtFor}`);
  if (!inline && target !== 'image') req(`OSS PutObject oss://${d.ossBucket}/${objectName} (${endpoints.oss.url})`);
  if (target === 'layer') {
    req(`CreateLayerVersion ${d.layerName}: { code: { ${codeShown} }, compatibleRuntime: [${plan.runtime}] }`);
    if (fnName) req(`UpdateFunction ${fnName}: { layers: its layers with ${d.layerName} at the new version }`);
  } else if (target === 'code') {
    req(`UpdateFunction ${fnName}: { code: { ${codeShown} }${d.layers ? `, layers: [${d.layers.join(', ')}] (${d.layersFrom})` : ''} }`);
  } else {
    req(`UpdateFunction ${fnName}: { customContainerConfig: { image: ${result.image?.tag ?? ''} } }`);
  }
  if (d.alias && fnName) req(`PublishFunctionVersion ${fnName}, then UpdateAlias ${d.alias}: { versionId: <the new version> } (CreateAlias when there is none)`);
  log.info(`deploy (${d.mode === 'plan' ? 'plan: nothing is sent' : 'sending'}) to ${d.region}, ${endpoints.fc.url}:`);
  for (const r of report.requests) log.info(`  ${r}`);
  if (d.mode === 'plan') return report;
  if (!plan.verify) log.warning('Deploying a build that was not verified (verify: false).', { title: 'verify' });

  const creds = await credentialsFor(d, endpoints.sts, env, hooks);
  log.info(`deploy: credentials: ${creds.source}`);
  const fc: FcApi = await fcClient(endpoints.fc, d.region, creds);
  // Before changing anything: the function exists and runs what was built for.
  let current: Awaited<ReturnType<FcApi['getFunction']>>;
  if (fnName) {
    current = await fc.getFunction(fnName);
    if (!current) {
      throw new UserError(`Input deploy: there is no function ${fnName} in ${d.region}. Create it first (s deploy, or the console), or fix function-name / region.`, 'function-name');
    }
    checkRuntime(d, current, builtFor, d.region);
  }
  /** What exists now, for an error after a step that published something. */
  const published: string[] = [];
  let code: CodeLocation | undefined;
  if (target !== 'image') {
    if (inline) {
      code = { zipFile: (await fs.readFile(a.path)).toString('base64') };
    } else {
      await uploadToOss(a.path, d.ossBucket!, objectName, endpoints.oss, d.region, creds);
      log.info(`deploy: uploaded ${plan.artifactName} to oss://${d.ossBucket}/${objectName}`);
      published.push(`${plan.artifactName} was uploaded to oss://${d.ossBucket}/${objectName}`);
      code = { ossBucketName: d.ossBucket!, ossObjectName: objectName };
    }
  }
  const halfway = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (!published.length || !(e instanceof Error)) throw e;
      throw new UserError(`${e.message}. Already done, and not undone: ${published.join('; ')}. Nothing was retried; fix the cause and run the deploy again.`, 'deploy');
    }
  };
  const description = `fc-python-pack ${plan.artifactName} sha256 ${a.sha256.slice(0, 12)}${env.GITHUB_SHA ? `, commit ${env.GITHUB_SHA.slice(0, 12)}` : ''}`;
  if (target === 'layer') {
    const v = await halfway(() => fc.createLayerVersion(d.layerName!, code!, plan.runtime, description));
    report.layerArn = v.arn;
    report.layerVersion = v.version;
    report.codeChecksum = v.codeChecksum;
    published.push(`layer version ${v.arn} was created`);
    log.info(`deploy: layer version ${v.arn}`);
    if (fnName) {
      const mine = layerOf(v.arn);
      const others = current!.layers.filter((l) => layerOf(l) !== mine);
      const layers = current!.layers.some((l) => layerOf(l) === mine) ? current!.layers.map((l) => (layerOf(l) === mine ? v.arn : l)) : [...others, v.arn];
      const f = await halfway(() => fc.updateFunction(fnName, { layers }));
      report.layers = f.layers.length ? f.layers : layers;
      report.functionArn = f.functionArn;
      published.push(`function ${fnName} uses it`);
    }
  } else {
    const f = await halfway(() => fc.updateFunction(fnName!, target === 'code' ? { code, layers: d.layers } : { image: result.image?.tag }));
    report.functionArn = f.functionArn;
    report.codeChecksum = f.codeChecksum;
    report.layers = f.layers;
    report.image = target === 'image' ? result.image?.tag : undefined;
    published.push(`function ${fnName} was updated`);
  }
  if (fnName) log.info(`deploy: function ${fnName} updated${report.codeChecksum ? ` (code checksum ${report.codeChecksum})` : ''}`);
  if (d.alias && fnName) {
    const version = await halfway(() => fc.publishVersion(fnName, description));
    report.functionVersion = version;
    published.push(`function version ${version} was published`);
    const how = await halfway(() => fc.updateAlias(fnName, d.alias!, version));
    log.info(`deploy: version ${version} published, alias ${d.alias} ${how === 'created' ? 'created, pointing' : 'points'} at it`);
  }
  return report;
}

/** The deploy's step outputs. */
export function deployOutputs(r: DeployReport | undefined): Record<string, string> {
  if (!r || r.mode === 'plan') return {};
  return {
    ...(r.layerArn ? { 'layer-arn': r.layerArn, 'layer-version': r.layerVersion ?? '' } : {}),
    ...(r.functionVersion ? { 'function-version': r.functionVersion } : {}),
  };
}
