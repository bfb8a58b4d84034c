import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeployInputs } from '../../src/inputs/deploy-inputs.js';
import { INPUT_SPECS, parseInputs } from '../../src/inputs/inputs.js';
import { deployPlan } from '../../src/plan/deploy.js';
import { makePlan } from '../../src/plan/plan.js';
import { endpointsFor, parseEndpoint } from '../../src/publish/deploy/endpoints.js';
import { redact } from '../../src/publish/deploy/credentials.js';
import { deployRows } from '../../src/publish/summary.js';

const defaults = Object.fromEntries(INPUT_SPECS.map((s) => [s.name, s.default]));
const getter = (given: Record<string, string>) => (name: string) => given[name] ?? defaults[name] ?? '';
const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

describe('deploy inputs', () => {
  it('reads false, plan and true, and nothing else', () => {
    expect(parseDeployInputs(getter({})).mode).toBe('off');
    expect(parseDeployInputs(getter({ deploy: 'plan' })).mode).toBe('plan');
    expect(parseDeployInputs(getter({ deploy: 'true' })).mode).toBe('deploy');
    expect(() => parseDeployInputs(getter({ deploy: 'yes please' }))).toThrow(/Input deploy must be false, plan or true/);
  });
  it('wants role-arn and oidc-provider-arn together, and checks ARNs', () => {
    expect(() => parseDeployInputs(getter({ 'role-arn': 'acs:ram::123:role/gh' }))).toThrow(/give oidc-provider-arn too/);
    expect(() => parseDeployInputs(getter({ layers: 'my-layer' }))).toThrow(/Input layers: "my-layer" is not valid/);
    expect(parseDeployInputs(getter({ layers: 'acs:fc:cn-hangzhou:123:layers/a/versions/2, acs:fc:cn-hangzhou:123:layers/b/versions/1' })).layers).toHaveLength(2);
    expect(parseDeployInputs(getter({ layers: 'none' })).layers).toEqual([]);
  });
});

describe('deploy plan', () => {
  const off = parseDeployInputs(getter({}));
  const on = (extra: Record<string, string>) => parseDeployInputs(getter({ deploy: 'true', ...extra }));
  it('is absent unless asked for', () => {
    expect(deployPlan(off, 'code', { layers: [] }, undefined, [])).toBeUndefined();
  });
  it('takes region, function and layers from s.yaml; an input wins with a notice', () => {
    const plan = makePlan(parseInputs(getter({ target: 'code', 'working-directory': path.join(FIXTURES, 'fc-template'), deploy: 'plan', verify: 'false' }), { cwd: FIXTURES, env: {} }), {});
    expect(plan.deploy).toMatchObject({ mode: 'plan', region: 'cn-hangzhou', credentials: { kind: 'environment' } });
    expect(plan.deploy!.functionName).toBe(plan.sYaml!.functionName);
    const notices: { input: string; message: string }[] = [];
    const d = deployPlan(on({ region: 'cn-shanghai' }), 'code', { sYaml: { file: 's.yaml', shown: 's.yaml', key: 'f', functionName: 'api', region: 'cn-hangzhou' }, layers: ['acs:fc:cn-hangzhou:1:layers/x/versions/1'] }, undefined, notices);
    expect(d).toMatchObject({ region: 'cn-shanghai', functionName: 'api', layers: ['acs:fc:cn-hangzhou:1:layers/x/versions/1'], layersFrom: 's.yaml (layers)' });
    expect(notices[0]!.message).toMatch(/Input region \(cn-shanghai\) differs from s\.yaml's region \(cn-hangzhou\)/);
  });
  it('says what is missing, by input', () => {
    expect(() => deployPlan(on({}), 'code', { layers: [] }, undefined, [])).toThrow(/no region to deploy to\. Set the region input/);
    expect(() => deployPlan(on({ region: 'cn-hangzhou' }), 'code', { layers: [] }, undefined, [])).toThrow(/no function to update/);
    expect(() => deployPlan(on({ region: 'cn-hangzhou' }), 'layer', { layers: [] }, undefined, [])).toThrow(/needs layer-name/);
    expect(deployPlan(on({ region: 'cn-hangzhou', 'layer-name': 'deps' }), 'layer', { layers: [] }, undefined, [])!.functionName).toBeUndefined();
    expect(() => deployPlan(on({ region: 'cn-hangzhou', 'layer-name': 'deps', alias: 'prod' }), 'layer', { layers: [] }, undefined, [])).toThrow(/Input alias \(prod\) names an alias of a function, and no function is named/);
  });
  it('refuses an image that is not in ACR', () => {
    const d = on({ region: 'cn-hangzhou', 'function-name': 'api' });
    expect(() => deployPlan(d, 'image', { layers: [] }, 'my-api:1.0', [])).toThrow(/my-api:1\.0 is not in an ACR registry/);
    expect(() => deployPlan(d, 'image', { layers: [] }, 'ghcr.io/acme/api:1', [])).toThrow(/not in an ACR registry/);
    expect(deployPlan(d, 'image', { layers: [] }, 'registry.cn-hangzhou.aliyuncs.com/acme/api:1.0', [])).toBeDefined();
    expect(deployPlan(d, 'image', { layers: [] }, 'acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/acme/api:1.0', [])).toBeDefined();
  });
});

describe('endpoints', () => {
  it('follow the region', () => {
    const e = endpointsFor('cn-shenzhen', {});
    expect([e.fc.url, e.sts.url, e.oss.url]).toEqual(['https://fcv3.cn-shenzhen.aliyuncs.com', 'https://sts.cn-shenzhen.aliyuncs.com', 'https://oss-cn-shenzhen.aliyuncs.com']);
    expect(endpointsFor('me-central-1', {}).fc.url).toBe('https://me-central-1.fc.aliyuncs.com');
  });
  it('are overridden by the environment; http:// only on loopback', () => {
    expect(parseEndpoint('FC_PYTHON_PACK_FC_ENDPOINT', 'http://127.0.0.1:8080')).toEqual({ protocol: 'http', host: '127.0.0.1:8080', url: 'http://127.0.0.1:8080' });
    expect(parseEndpoint('X', 'http://[::1]:9').protocol).toBe('http');
    expect(parseEndpoint('X', 'fc-vpc.example.com').url).toBe('https://fc-vpc.example.com');
    expect(() => parseEndpoint('FC_PYTHON_PACK_FC_ENDPOINT', 'http://10.0.0.5:8080')).toThrow(/http:\/\/ is accepted only for a loopback address/);
    expect(() => parseEndpoint('X', 'https://user:pw@host/path')).toThrow(/only a scheme, host and port/);
    expect(() => endpointsFor('cn-hangzhou', { FC_PYTHON_PACK_STS_ENDPOINT: 'http://127.0.0.1:1' })).toThrow(/must be https/);
  });
});

describe('secrets and the summary', () => {
  it('redacts every secret from a text', () => {
    expect(redact('key abcdEFGH failed, token tok12345', ['abcdEFGH', 'tok12345', undefined])).toBe('key *** failed, token ***');
  });
  it('shows what went where', () => {
    const rows = deployRows({ mode: 'deploy', region: 'cn-hangzhou', functionName: 'api', functionArn: 'acs:fc:cn-hangzhou:1:functions/api', functionVersion: '7', alias: 'prod', codeChecksum: '123', codeVia: 'zipFile', requests: [] });
    expect(rows).toEqual([
      ['function', '`acs:fc:cn-hangzhou:1:functions/api` (cn-hangzhou)'],
      ['function version', '7, alias `prod` points at it'],
      ['code', 'checksum 123, sent as zipFile'],
    ]);
    expect(deployRows({ mode: 'plan', region: 'cn-hangzhou', requests: ['GetFunction api'] })[0]![1]).toMatch(/plan only, nothing sent/);
  });
});
