/** Owns the deploy-side public inputs: their specs (for action.yml) and their parsers. */
import { UserError } from '../shared/errors.js';

/** off: build only; plan: print the requests, send nothing; deploy: send them. */
export type DeployMode = 'off' | 'plan' | 'deploy';

export interface DeployInputs {
  mode: DeployMode;
  /** undefined: s.yaml's region. */
  region?: string;
  /** The FC function's name; undefined: s.yaml's functionName. */
  functionName?: string;
  layerName?: string;
  /** Layer ARNs for the function; undefined: s.yaml's layers (or the function's own). */
  layers?: string[];
  alias?: string;
  ossBucket?: string;
  roleArn?: string;
  oidcProviderArn?: string;
}

export const DEPLOY_INPUT_SPECS = [
  {
    name: 'deploy',
    default: 'false',
    description:
      'Deploy what was built and verified to Function Compute: false, plan (print the requests, send nothing) or true. Never runs for a failed build. layer: CreateLayerVersion (and the function named moves to it); code: UpdateFunction with the new code; image: UpdateFunction with the image.',
  },
  { name: 'region', default: '', description: "deploy: the region (e.g. cn-hangzhou). Default: s.yaml's region." },
  { name: 'function-name', default: '', description: "deploy: the FC function to update. Default: s.yaml's functionName. It must exist and have the runtime built for." },
  { name: 'layer-name', default: '', description: 'deploy, target layer: the layer to publish a version of (created when missing).' },
  { name: 'layers', default: '', description: "deploy, target code: the function's layers, ARNs (e.g. this job's layer-arn output), comma or newline separated. Default: s.yaml's layers; none: the function keeps its own." },
  { name: 'alias', default: '', description: 'deploy: publish a function version and point this alias at it (output function-version).' },
  { name: 'oss-bucket', default: '', description: "deploy: the OSS bucket (in the function's region) a zip over the API's 100 MB limit is uploaded to." },
  { name: 'role-arn', default: '', description: "deploy: the RAM role to assume with GitHub's OIDC token (needs permissions: id-token: write). Without it: ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN from the environment." },
  { name: 'oidc-provider-arn', default: '', description: 'deploy: the RAM OIDC identity provider that trusts GitHub (token.actions.githubusercontent.com), with role-arn.' },
] as const;

const REGION = /^[a-z]{2,}(-[a-z0-9]+){1,3}$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
export const LAYER_ARN = /^acs:fc:[a-z0-9-]+:\d+:layers\/[A-Za-z0-9_-]+\/versions\/\d+$/;
const ROLE_ARN = /^acs:ram::\d+:role\/[\w.@-]+$/i;
const OIDC_ARN = /^acs:ram::\d+:oidc-provider\/[\w.@-]+$/i;

function check(input: string, v: string, re: RegExp, example: string): string {
  if (!re.test(v)) throw new UserError(`Input ${input}: "${v}" is not valid; expected something like ${example}.`, input);
  return v;
}

/** Parses the deploy inputs; `get` returns the value or its default. */
export function parseDeployInputs(get: (name: string) => string): DeployInputs {
  const raw = get('deploy').toLowerCase();
  const mode: DeployMode = ['false', 'no', 'off', '0'].includes(raw) ? 'off' : raw === 'plan' ? 'plan' : ['true', 'yes', 'on', '1'].includes(raw) ? 'deploy' : (() => {
    throw new UserError(`Input deploy must be false, plan or true; got "${get('deploy')}".`, 'deploy');
  })();
  const opt = (name: string) => get(name) || undefined;
  const region = opt('region');
  const functionName = opt('function-name');
  const layerName = opt('layer-name');
  const layersRaw = opt('layers');
  const roleArn = opt('role-arn');
  const oidcProviderArn = opt('oidc-provider-arn');
  if (!!roleArn !== !!oidcProviderArn) {
    throw new UserError(`Inputs role-arn and oidc-provider-arn go together (GitHub's OIDC token is exchanged for the role through the provider): give ${roleArn ? 'oidc-provider-arn' : 'role-arn'} too.`, roleArn ? 'oidc-provider-arn' : 'role-arn');
  }
  const layers = layersRaw === undefined ? undefined : layersRaw === 'none' ? [] : layersRaw.split(/[\s,]+/).filter(Boolean).map((a) => check('layers', a, LAYER_ARN, 'acs:fc:cn-hangzhou:123456789:layers/deps/versions/3'));
  return {
    mode,
    region: region && check('region', region, REGION, 'cn-hangzhou'),
    functionName: functionName && check('function-name', functionName, NAME, 'my-api'),
    layerName: layerName && check('layer-name', layerName, NAME, 'my-api-deps'),
    layers,
    alias: opt('alias') && check('alias', get('alias'), NAME, 'prod'),
    ossBucket: opt('oss-bucket') && check('oss-bucket', get('oss-bucket'), /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'my-deploy-bucket'),
    roleArn: roleArn && check('role-arn', roleArn, ROLE_ARN, 'acs:ram::123456789:role/github-deploy'),
    oidcProviderArn: oidcProviderArn && check('oidc-provider-arn', oidcProviderArn, OIDC_ARN, 'acs:ram::123456789:oidc-provider/github'),
  };
}
