/**
 * Owns the deploy's credentials, keyless first: GitHub's OIDC token exchanged with STS for a RAM
 * role (AssumeRoleWithOIDC, through @alicloud/credentials, which reads the token from a file: it
 * is written to a private temp file and removed right after), else the standard
 * ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN of the environment. Every secret is
 * handed to `mask` (the runner's setSecret) before anything could print it.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError, errorMessage } from '../../shared/errors.js';
import type { DeployPlan } from '../../plan/deploy.js';
import type { Endpoint } from './endpoints.js';
import { cjsNamed } from './cjs.js';

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** How they were obtained, for the log: never a secret. */
  source: string;
}

export interface CredentialHooks {
  /** Asks GitHub for an ID token (core.getIDToken). */
  getIDToken?: (audience: string) => Promise<string>;
  /** Registers a secret the runner masks (core.setSecret). */
  mask: (secret: string) => void;
}

export const OIDC_AUDIENCE = 'sts.aliyuncs.com';

/** Replaces every secret in a text (errors of libraries may quote what they were given). */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let t = text;
  for (const s of secrets) if (s && s.length >= 4) t = t.split(s).join('***');
  return t;
}

function fromEnvironment(env: NodeJS.ProcessEnv, hooks: CredentialHooks): Credentials {
  const id = env.ALIBABA_CLOUD_ACCESS_KEY_ID?.trim();
  const secret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET?.trim();
  const token = env.ALIBABA_CLOUD_SECURITY_TOKEN?.trim() || undefined;
  if (!id || !secret) {
    throw new UserError(
      'Input deploy: no credentials. Give role-arn and oidc-provider-arn (keyless: GitHub OIDC to a RAM role, with permissions: id-token: write), or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN) in the step\'s env, e.g. with aliyun/configure-aliyun-credentials-action.',
      'role-arn',
    );
  }
  hooks.mask(secret);
  if (token) hooks.mask(token);
  return { accessKeyId: id, accessKeySecret: secret, securityToken: token, source: token ? 'STS token from the environment' : 'AccessKey from the environment' };
}

async function fromOidc(c: { roleArn: string; oidcProviderArn: string }, sts: Endpoint, env: NodeJS.ProcessEnv, hooks: CredentialHooks): Promise<Credentials> {
  if (!hooks.getIDToken || !env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      'Input role-arn: GitHub gives this job no OIDC token. Add `permissions: id-token: write` to the job (or the workflow); a workflow run from a fork\'s pull request never gets one.',
      'role-arn',
    );
  }
  let idToken: string;
  try {
    idToken = await hooks.getIDToken(OIDC_AUDIENCE);
  } catch (e) {
    throw new UserError(`Input role-arn: asking GitHub for an OIDC token (audience ${OIDC_AUDIENCE}) failed: ${errorMessage(e)}. Check the job's permissions: id-token: write.`, 'role-arn');
  }
  hooks.mask(idToken);
  const tmpRoot = env.RUNNER_TEMP || os.tmpdir();
  const dir = await fs.mkdtemp(path.join(tmpRoot, 'fcpp-oidc-'));
  const file = path.join(dir, 'token');
  try {
    await fs.writeFile(file, idToken, { mode: 0o600 });
    type Sdk = typeof import('@alicloud/credentials');
    const OIDCRoleArnCredentialsProvider = cjsNamed<Sdk['OIDCRoleArnCredentialsProvider']>(await import('@alicloud/credentials'), 'OIDCRoleArnCredentialsProvider');
    const provider = OIDCRoleArnCredentialsProvider.builder()
      .withRoleArn(c.roleArn)
      .withOIDCProviderArn(c.oidcProviderArn)
      .withOIDCTokenFilePath(file)
      .withRoleSessionName(`fc-python-pack-${(env.GITHUB_RUN_ID ?? String(Date.now())).slice(0, 20)}`)
      .withDurationSeconds(900)
      .withStsEndpoint(sts.host)
      .build();
    let got: { accessKeyId: string; accessKeySecret: string; securityToken: string };
    try {
      got = await provider.getCredentials();
    } catch (e) {
      throw new UserError(
        `Input role-arn: STS (${sts.url}) refused to exchange GitHub's OIDC token for ${c.roleArn}: ${redact(errorMessage(e), [idToken])}. Check that the role trusts ${c.oidcProviderArn}, that the provider's client ID is ${OIDC_AUDIENCE}, and the role's conditions (repository, branch).`,
        'role-arn',
      );
    }
    hooks.mask(got.accessKeySecret);
    hooks.mask(got.securityToken);
    return { accessKeyId: got.accessKeyId, accessKeySecret: got.accessKeySecret, securityToken: got.securityToken, source: `OIDC, role ${c.roleArn}` };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The credentials the deploy plan asks for. */
export async function credentialsFor(plan: DeployPlan, sts: Endpoint, env: NodeJS.ProcessEnv, hooks: CredentialHooks): Promise<Credentials> {
  return plan.credentials.kind === 'oidc' ? fromOidc(plan.credentials, sts, env, hooks) : fromEnvironment(env, hooks);
}
