/**
 * Issue 21 as the runner runs it: the bundled dist/index.cjs deploys to a loopback stand-in of
 * FC's OpenAPI, STS (HTTPS, a self-signed certificate trusted through NODE_EXTRA_CA_CERTS), OSS and
 * the Actions ID-token endpoint (support/fc-service.ts), which checks every signature and records
 * every request. The REAL SDKs sign and send. Builds are quick: verify off (but in the test that
 * shows a failed verify deploys nothing), code without its deps, the layer's wheels cached.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFcService, type FcService, type FcServiceOptions } from '../support/fc-service.js';
import { INPUT_SPECS, parseInputs } from '../../src/inputs/inputs.js';
import { makePlan } from '../../src/plan/plan.js';
import { deploy } from '../../src/publish/deploy/deploy.js';
import type { BuildResult } from '../../src/publish/result.js';
import type { Log } from '../../src/shared/log.js';
import { buildInputs, copyFixture, dockerReady, errorLines, runActionAsync, tmpDir, type ActionRun } from '../support/env.js';

const ACCOUNT = '1234567890123456';
const OTHER_LAYER = `acs:fc:cn-hangzhou:${ACCOUNT}:layers/tools/versions/4`;

describe('deploy over the wire', () => {
  let svc: FcService;
  const opts: FcServiceOptions = {
    accountId: ACCOUNT,
    sts: true,
    functions: {
      'orders-api': { runtime: 'custom.debian12', layers: [OTHER_LAYER, `acs:fc:cn-hangzhou:${ACCOUNT}:layers/orders-deps/versions/1`] },
      legacy: { runtime: 'custom.debian10', layers: [] },
      'container-api': { runtime: 'custom-container', layers: [] },
    },
  };
  let layerApp: string;
  let codeApp: string;
  // One wheel cache for every build here: pip runs once.
  const xdg = tmpDir('fcpp-xdg-deploy-');
  const keyEnv = () => ({ ALIBABA_CLOUD_ACCESS_KEY_ID: svc.key.id, ALIBABA_CLOUD_ACCESS_KEY_SECRET: svc.key.secret });
  const run = (target: 'layer' | 'code', extra: Record<string, string>, env: Record<string, string> = keyEnv()): Promise<ActionRun> => {
    svc.requests.length = 0;
    return runActionAsync(buildInputs(target, target === 'layer' ? layerApp : codeApp, tmpDir('fcpp-out-'), { verify: 'false', upload: 'false', cache: 'false', region: 'cn-hangzhou', ...extra }), {
      env: {
        XDG_CACHE_HOME: xdg,
        GITHUB_SHA: 'abcdef0123456789abcdef',
        FC_PYTHON_PACK_FC_ENDPOINT: svc.fcUrl,
        FC_PYTHON_PACK_OSS_ENDPOINT: svc.ossUrl,
        FC_PYTHON_PACK_STS_ENDPOINT: `https://${svc.stsHost}`,
        ...env,
      },
    });
  };
  const actions = () => svc.requests.map((r) => `${r.service}:${r.action}`);
  /** Nothing secret anywhere but in the ::add-mask:: lines the runner consumes. */
  const expectNoSecret = (res: ActionRun, secrets: string[]) => {
    const visible = [res.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), res.stderr, res.summary, JSON.stringify(res.outputs)].join('\n');
    for (const s of secrets) expect(visible).not.toContain(s);
  };

  beforeAll(async () => {
    svc = await startFcService(opts);
    layerApp = copyFixture('layer-app');
    codeApp = copyFixture('code-app');
  });
  afterAll(async () => {
    await svc?.close();
  });

  let layer: ActionRun;
  it('layer: CreateLayerVersion for the runtime, then the function moves to it', async () => {
    layer = await run('layer', { deploy: 'true', 'layer-name': 'orders-deps', 'function-name': 'orders-api' });
    expect(layer.code, layer.stdout + layer.stderr).toBe(0);
    expect(actions()).toEqual(['fc:GetFunction', 'fc:CreateLayerVersion', 'fc:UpdateFunction']);
    expect(svc.requests.every((r) => r.signatureOk && r.accessKeyId === svc.key.id)).toBe(true);
    const create = svc.requests[1]!.body as { code: { zipFile: string }; compatibleRuntime: string[] };
    expect(create.compatibleRuntime).toEqual(['custom.debian12']);
    expect(Buffer.from(create.code.zipFile, 'base64').equals(fs.readFileSync(layer.outputs['artifact-path']!))).toBe(true);
    const arn = `acs:fc:cn-hangzhou:${ACCOUNT}:layers/orders-deps/versions/1`;
    expect(layer.outputs['layer-arn']).toBe(arn);
    expect(layer.outputs['layer-version']).toBe('1');
    // Its place among the function's layers, the other layer kept.
    expect(svc.functions['orders-api']!.layers).toEqual([OTHER_LAYER, arn]);
    expect(layer.summary).toContain(`| layer version | \`${arn}\` (version 1) |`);
    expectNoSecret(layer, [svc.key.secret]);
  });

  it('code with an alias: UpdateFunction with the code and layers, PublishFunctionVersion, UpdateAlias (CreateAlias the first time)', async () => {
    const first = await run('code', { deploy: 'true', 'function-name': 'orders-api', layers: layer.outputs['layer-arn']!, alias: 'prod' });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(actions()).toEqual(['fc:GetFunction', 'fc:UpdateFunction', 'fc:PublishFunctionVersion', 'fc:UpdateAlias', 'fc:CreateAlias']);
    expect(svc.requests[4]!.body).toEqual({ aliasName: 'prod', versionId: first.outputs['function-version'] });
    const res = await run('code', { deploy: 'true', 'function-name': 'orders-api', layers: layer.outputs['layer-arn']!, alias: 'prod' });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(actions()).toEqual(['fc:GetFunction', 'fc:UpdateFunction', 'fc:PublishFunctionVersion', 'fc:UpdateAlias']);
    expect(Number(res.outputs['function-version'])).toBe(Number(first.outputs['function-version']) + 1);
    expect(svc.requests.every((r) => r.signatureOk)).toBe(true);
    const update = svc.requests[1]!.body as { code: { zipFile: string }; layers: string[] };
    expect(Buffer.from(update.code.zipFile, 'base64').equals(fs.readFileSync(res.outputs['artifact-path']!))).toBe(true);
    expect(update.layers).toEqual([layer.outputs['layer-arn']]);
    expect(svc.requests[3]!.body).toEqual({ versionId: res.outputs['function-version'] });
    expect(svc.requests[3]!.path).toBe('/2023-03-30/functions/orders-api/aliases/prod');
    expect(res.summary).toMatch(new RegExp(`\\| function version \\| ${res.outputs['function-version']}, alias \`prod\` points at it \\|`));
    expect(res.summary).toContain(`checksum ${svc.functions['orders-api']!.codeChecksum}, sent as zipFile`);
  });

  it('code over the zipFile limit goes through OSS', async () => {
    const res = await run('code', { deploy: 'true', 'function-name': 'orders-api', 'oss-bucket': 'deploy-bucket' }, { ...keyEnv(), FC_PYTHON_PACK_ZIPFILE_LIMIT: '64' });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(actions()).toEqual(['fc:GetFunction', 'oss:PutObject', 'fc:UpdateFunction']);
    expect(svc.requests.every((r) => r.signatureOk)).toBe(true);
    const update = svc.requests[2]!.body as { code: Record<string, string> };
    expect(update.code.zipFile).toBeUndefined();
    expect(update.code.ossBucketName).toBe('deploy-bucket');
    expect(svc.objects.get(`deploy-bucket/${update.code.ossObjectName}`)!.equals(fs.readFileSync(res.outputs['artifact-path']!))).toBe(true);
    // Without a bucket: refused before anything is sent.
    const refused = await run('code', { deploy: 'true', 'function-name': 'orders-api' }, { ...keyEnv(), FC_PYTHON_PACK_ZIPFILE_LIMIT: '64' });
    expect(refused.code).not.toBe(0);
    expect(errorLines(refused)).toMatch(/over the .* FC's API takes inline .*Set oss-bucket/);
    expect(svc.requests).toEqual([]);
  });

  it('a function on another runtime is refused before anything changes', async () => {
    const res = await run('code', { deploy: 'true', 'function-name': 'legacy' });
    expect(res.code).not.toBe(0);
    expect(errorLines(res)).toMatch(/function legacy \(cn-hangzhou\) runs custom\.debian10, and this build is for custom\.debian12/);
    expect(actions()).toEqual(['fc:GetFunction']);
    const missing = await run('code', { deploy: 'true', 'function-name': 'nope' });
    expect(errorLines(missing)).toMatch(/there is no function nope in cn-hangzhou/);
  });

  it('a request signed with the wrong secret is refused by the stand-in, and the secret is never shown', async () => {
    const wrong = 'WrongSecretWrongSecret00';
    const res = await run('code', { deploy: 'true', 'function-name': 'orders-api' }, { ALIBABA_CLOUD_ACCESS_KEY_ID: svc.key.id, ALIBABA_CLOUD_ACCESS_KEY_SECRET: wrong });
    expect(res.code).not.toBe(0);
    expect(svc.requests.map((r) => [r.action, r.signatureOk, r.status])).toEqual([['GetFunction', false, 401]]);
    expect(errorLines(res)).toMatch(/GetFunction failed: HTTP 401, SignatureNotMatch, signature does not match/);
    expectNoSecret(res, [wrong]);
  });

  it('UpdateFunction failing after CreateLayerVersion names the layer version that now exists, and nothing is retried', async () => {
    opts.failUpdateFunction = { status: 503, code: 'ServiceUnavailable', message: 'try later' };
    try {
      const res = await run('layer', { deploy: 'true', 'layer-name': 'orders-deps', 'function-name': 'orders-api' });
      expect(res.code).not.toBe(0);
      expect(actions()).toEqual(['fc:GetFunction', 'fc:CreateLayerVersion', 'fc:UpdateFunction']);
      const err = errorLines(res);
      expect(err).toMatch(/UpdateFunction failed: HTTP 503, ServiceUnavailable, try later/);
      expect(err).toContain(`layer version acs:fc:cn-hangzhou:${ACCOUNT}:layers/orders-deps/versions/2 was created`);
      expectNoSecret(res, [svc.key.secret]);
    } finally {
      delete opts.failUpdateFunction;
    }
  });

  it('OIDC: the ID token from the Actions endpoint, AssumeRoleWithOIDC over HTTPS, FC signed with the role', async () => {
    const res = await run(
      'code',
      { deploy: 'true', 'function-name': 'orders-api', 'role-arn': `acs:ram::${ACCOUNT}:role/github-deploy`, 'oidc-provider-arn': `acs:ram::${ACCOUNT}:oidc-provider/github` },
      { ACTIONS_ID_TOKEN_REQUEST_URL: svc.idTokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: svc.idRequestToken, NODE_EXTRA_CA_CERTS: svc.caFile! },
    );
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(actions()).toEqual(['idtoken:undefined', 'sts:AssumeRoleWithOIDC', 'fc:GetFunction', 'fc:UpdateFunction']);
    expect(svc.requests[0]!.body).toEqual({ audience: 'sts.aliyuncs.com' });
    expect(svc.requests[1]!.body).toMatchObject({ RoleArn: `acs:ram::${ACCOUNT}:role/github-deploy`, OIDCProviderArn: `acs:ram::${ACCOUNT}:oidc-provider/github`, OIDCToken: '<token>' });
    const sts = svc.issued.at(-1)!;
    expect(svc.requests.slice(2).every((r) => r.signatureOk && r.accessKeyId === sts.id)).toBe(true);
    expect(res.stdout).toContain(`::add-mask::${sts.secret}`);
    expectNoSecret(res, [sts.secret, sts.token]);
    // The token file is gone.
    expect(fs.readdirSync(res.runnerTemp).filter((f) => f.startsWith('fcpp-oidc-'))).toEqual([]);
  });

  it('deploy: plan prints the requests and sends nothing', async () => {
    const res = await run('layer', { deploy: 'plan', 'layer-name': 'orders-deps', 'function-name': 'orders-api', alias: 'prod' }, {});
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(svc.requests).toEqual([]);
    expect(res.stdout).toMatch(/CreateLayerVersion orders-deps: \{ code: \{ zipFile: <base64 of layer\.zip/);
    expect(res.stdout).toMatch(/PublishFunctionVersion orders-api, then UpdateAlias prod/);
    expect(res.outputs['layer-arn']).toBeUndefined();
  });

  it('image: UpdateFunction with the ACR image, only for a custom-container function (in-process, the SDK from node_modules)', async () => {
    const IMAGE = 'registry.cn-hangzhou.aliyuncs.com/acme/orders:1.0';
    const app = copyFixture('image-app');
    const defaults = Object.fromEntries(INPUT_SPECS.map((x) => [x.name, x.default]));
    const given: Record<string, string> = { target: 'image', 'working-directory': app, runtime: 'custom.debian12', image: IMAGE, deploy: 'true', region: 'cn-hangzhou', 'function-name': 'container-api', verify: 'false' };
    const plan = makePlan(parseInputs((n) => given[n] ?? defaults[n] ?? '', { cwd: app, env: {} }), {});
    const result = { plan, artifact: { path: '/nonexistent/image.tar', size: 1, sha256: 'a'.repeat(64), entries: 1, unpackedSize: 1 }, image: { tag: IMAGE, id: 'sha256:1', size: 1, layers: 1, platform: 'linux/amd64', generatedDockerfile: false }, timings: {} } as BuildResult;
    const lines: string[] = [];
    const log: Log = { info: (m) => lines.push(m), notice: (m) => lines.push(m), warning: (m) => lines.push(m), error: (m) => lines.push(m), debug: () => undefined, group: (_n, fn) => fn() };
    const env = { FC_PYTHON_PACK_FC_ENDPOINT: svc.fcUrl, ...keyEnv() };
    svc.requests.length = 0;
    const report = await deploy(result, log, { mask: () => undefined }, env);
    expect(actions()).toEqual(['fc:GetFunction', 'fc:UpdateFunction']);
    expect(svc.requests[1]!.body).toEqual({ customContainerConfig: { image: IMAGE } });
    expect(svc.functions['container-api']!.image).toBe(IMAGE);
    expect(report.image).toBe(IMAGE);
    // The same image to a function on a custom runtime: refused before anything changes.
    svc.requests.length = 0;
    const wrong = { ...result, plan: { ...plan, deploy: { ...plan.deploy!, functionName: 'orders-api' } } } as BuildResult;
    await expect(deploy(wrong, log, { mask: () => undefined }, env)).rejects.toThrow(/function orders-api \(cn-hangzhou\) runs custom\.debian12, and this build is for custom-container: an image can only be deployed to a custom-container function/);
    expect(actions()).toEqual(['fc:GetFunction']);
  });

  it('a build whose verify failed deploys nothing', async () => {
    expect(dockerReady()).toBe(true);
    const res = await run('layer', { deploy: 'true', 'layer-name': 'orders-deps', 'function-name': 'orders-api', verify: 'true', 'verify-imports': 'no_such_module_anywhere' });
    expect(res.code).not.toBe(0);
    expect(errorLines(res)).toMatch(/no_such_module_anywhere/);
    expect(svc.requests).toEqual([]);
    expect(res.stdout).not.toMatch(/deploy \(sending\)/);
  });
});
