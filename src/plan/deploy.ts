/**
 * Owns the deploy decision: what goes where. The region, the function and its layers come from
 * s.yaml when the build read one, else from the inputs (an input given explicitly wins, with a
 * notice); what is sent depends on the target. Pure: nothing is asked of FC here.
 */
import { UserError } from '../shared/errors.js';
import type { DeployInputs } from '../inputs/deploy-inputs.js';
import type { Target } from '../inputs/inputs.js';
import type { FunctionConfig } from './function.js';

export interface DeployPlan {
  /** plan: print the requests, send nothing. */
  mode: 'plan' | 'deploy';
  region: string;
  /** The function to update (layer: optional, it then moves to the new layer version). */
  functionName?: string;
  /** layer: the layer to publish a version of. */
  layerName?: string;
  /** code: the function's layers (ARNs); undefined: left as the function has them. */
  layers?: string[];
  /** Where the layers come from, for messages. */
  layersFrom?: string;
  alias?: string;
  ossBucket?: string;
  credentials: { kind: 'oidc'; roleArn: string; oidcProviderArn: string } | { kind: 'environment' };
}

/** An ACR registry host: registry.<region>.aliyuncs.com, its -vpc form, or an enterprise instance's <name>-registry[-vpc].<region>.cr.aliyuncs.com. */
export const ACR_IMAGE = /^(registry(-vpc)?(-intl)?\.[a-z0-9-]+\.aliyuncs\.com|[a-z0-9-]+-registry(-vpc)?\.[a-z0-9-]+\.cr\.aliyuncs\.com)\/[a-z0-9._/-]+(:[\w.-]+|@sha256:[0-9a-f]{64})$/;

export function deployPlan(
  d: DeployInputs,
  target: Target,
  fn: Pick<FunctionConfig, 'sYaml' | 'layers'>,
  image: string | undefined,
  notices: { input: string; message: string }[],
): DeployPlan | undefined {
  if (d.mode === 'off') return undefined;
  const y = fn.sYaml;
  const differs = (input: string, given: string, fromFile: string | undefined, field: string) => {
    if (fromFile !== undefined && fromFile !== given) notices.push({ input, message: `Input ${input} (${given}) differs from ${y!.shown}'s ${field} (${fromFile}): deploying to ${given}, as the input says.` });
  };
  if (d.region && y) differs('region', d.region, y.region, 'region');
  if (d.functionName && y) differs('function-name', d.functionName, y.functionName, 'functionName');
  const region = d.region ?? y?.region;
  if (!region) {
    throw new UserError(`Input deploy: no region to deploy to. Set the region input (e.g. cn-hangzhou)${y ? `, or region in ${y.shown}` : ''}.`, 'region');
  }
  const functionName = d.functionName ?? y?.functionName;
  if (!functionName && target !== 'layer') {
    throw new UserError(`Input deploy: no function to update. Set the function-name input${y ? `, or functionName in ${y.shown}` : ' (or read an s.yaml that names it)'}.`, 'function-name');
  }
  if (d.alias && !functionName) {
    throw new UserError(`Input alias (${d.alias}) names an alias of a function, and no function is named: set function-name${y ? ` or functionName in ${y.shown}` : ''}, or drop alias.`, 'alias');
  }
  if (target === 'layer' && !d.layerName) {
    throw new UserError('Input deploy with target layer needs layer-name: the layer to publish a version of (e.g. my-api-deps).', 'layer-name');
  }
  if (target === 'image' && !ACR_IMAGE.test(image ?? '')) {
    throw new UserError(
      `Input deploy: FC pulls a function's image from Container Registry (ACR), and ${image} is not in an ACR registry. Set image to registry.<region>.aliyuncs.com/<namespace>/<name>:<tag> (or your ACR instance's) and push it there before this step.`,
      'image',
    );
  }
  const layers = target === 'code' ? (d.layers ?? (y && fn.layers.length ? fn.layers : undefined)) : undefined;
  return {
    mode: d.mode,
    region,
    functionName,
    layerName: target === 'layer' ? d.layerName : undefined,
    layers,
    layersFrom: layers === undefined ? undefined : d.layers ? 'layers' : `${y!.shown} (layers)`,
    alias: d.alias,
    ossBucket: d.ossBucket,
    credentials: d.roleArn && d.oidcProviderArn ? { kind: 'oidc', roleArn: d.roleArn, oidcProviderArn: d.oidcProviderArn } : { kind: 'environment' },
  };
}
