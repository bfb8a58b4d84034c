/**
 * Owns the calls to FC's OpenAPI (2023-03-30) through the official @alicloud/fc20230330 SDK,
 * loaded on demand (a build that does not deploy never parses it). The SDK signs every request
 * (ACS3-HMAC-SHA256) and, with no retryOptions in its config, never retries: nothing that
 * publishes is sent twice.
 */
import { UserError, errorMessage } from '../../shared/errors.js';
import type { Credentials } from './credentials.js';
import { redact } from './credentials.js';
import { cjsDefaultClass, cjsNamed } from './cjs.js';
import type { Endpoint } from './endpoints.js';

/** Where a zip's bytes come from: inline (base64) or an OSS object. */
export type CodeLocation = { zipFile: string } | { ossBucketName: string; ossObjectName: string };

export interface FcFunction {
  runtime?: string;
  layers: string[];
  functionArn?: string;
  codeChecksum?: string;
}

export interface FcApi {
  getFunction(name: string): Promise<FcFunction | undefined>;
  createLayerVersion(layer: string, code: CodeLocation, runtime: string, description: string): Promise<{ arn: string; version: string; codeChecksum?: string }>;
  updateFunction(name: string, body: { code?: CodeLocation; layers?: string[]; image?: string }): Promise<FcFunction>;
  publishVersion(name: string, description: string): Promise<string>;
  /** Points the alias at the version; creates it when the function has no such alias. Returns what was done. */
  updateAlias(name: string, alias: string, versionId: string): Promise<'updated' | 'created'>;
}

interface SdkError {
  statusCode?: number;
  code?: string;
  message?: string;
  data?: { message?: string; Message?: string; code?: string; requestId?: string };
}

/** One line for an SDK error: the operation, HTTP status, FC's code and message, with no secret in it. */
export function describeError(op: string, e: unknown, secrets: readonly (string | undefined)[]): string {
  const err = (e ?? {}) as SdkError;
  const msg = err.data?.message ?? err.data?.Message ?? (errorMessage(e).split('\n')[0] || 'no answer');
  const parts = [err.statusCode ? `HTTP ${err.statusCode}` : undefined, err.code, msg].filter(Boolean);
  const hint = err.statusCode === 403 ? `: the credentials may not ${op} (give the RAM role or user fc:${op} on the function or layer)` : '';
  return redact(`${op} failed: ${parts.join(', ')}${err.data?.requestId ? ` (request ${err.data.requestId})` : ''}${hint}`, secrets);
}

export class FcCallError extends UserError {
  constructor(
    readonly op: string,
    readonly statusCode: number | undefined,
    readonly fcCode: string | undefined,
    message: string,
  ) {
    super(message, 'deploy');
  }
}

/** A client for the region's FC endpoint with these credentials. */
export async function fcClient(endpoint: Endpoint, region: string, creds: Credentials): Promise<FcApi> {
  type Sdk = typeof import('@alicloud/fc20230330');
  const mod: unknown = await import('@alicloud/fc20230330');
  const Client = cjsDefaultClass<Sdk['default']>(mod);
  const fc = {
    InputCodeLocation: cjsNamed<Sdk['InputCodeLocation']>(mod, 'InputCodeLocation'),
    GetFunctionRequest: cjsNamed<Sdk['GetFunctionRequest']>(mod, 'GetFunctionRequest'),
    CreateLayerVersionRequest: cjsNamed<Sdk['CreateLayerVersionRequest']>(mod, 'CreateLayerVersionRequest'),
    CreateLayerVersionInput: cjsNamed<Sdk['CreateLayerVersionInput']>(mod, 'CreateLayerVersionInput'),
    UpdateFunctionInput: cjsNamed<Sdk['UpdateFunctionInput']>(mod, 'UpdateFunctionInput'),
    UpdateFunctionRequest: cjsNamed<Sdk['UpdateFunctionRequest']>(mod, 'UpdateFunctionRequest'),
    CustomContainerConfig: cjsNamed<Sdk['CustomContainerConfig']>(mod, 'CustomContainerConfig'),
    PublishFunctionVersionRequest: cjsNamed<Sdk['PublishFunctionVersionRequest']>(mod, 'PublishFunctionVersionRequest'),
    PublishVersionInput: cjsNamed<Sdk['PublishVersionInput']>(mod, 'PublishVersionInput'),
    UpdateAliasRequest: cjsNamed<Sdk['UpdateAliasRequest']>(mod, 'UpdateAliasRequest'),
    UpdateAliasInput: cjsNamed<Sdk['UpdateAliasInput']>(mod, 'UpdateAliasInput'),
    CreateAliasRequest: cjsNamed<Sdk['CreateAliasRequest']>(mod, 'CreateAliasRequest'),
    CreateAliasInput: cjsNamed<Sdk['CreateAliasInput']>(mod, 'CreateAliasInput'),
  };
  const client = new Client({
    accessKeyId: creds.accessKeyId,
    accessKeySecret: creds.accessKeySecret,
    securityToken: creds.securityToken,
    endpoint: endpoint.host,
    protocol: endpoint.protocol,
    regionId: region,
    readTimeout: 120_000,
    connectTimeout: 10_000,
  } as ConstructorParameters<typeof Client>[0]);
  const secrets = [creds.accessKeySecret, creds.securityToken];
  const call = async <T>(op: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      const err = (e ?? {}) as SdkError;
      throw new FcCallError(op, err.statusCode, err.code ?? err.data?.code, describeError(op, e, secrets));
    }
  };
  const location = (c: CodeLocation) => new fc.InputCodeLocation(c);
  const asFunction = (f: { runtime?: string; layers?: { arn?: string }[]; functionArn?: string; codeChecksum?: string } | undefined): FcFunction => ({
    runtime: f?.runtime,
    layers: (f?.layers ?? []).map((l) => l.arn).filter((a): a is string => !!a),
    functionArn: f?.functionArn,
    codeChecksum: f?.codeChecksum,
  });
  return {
    async getFunction(name) {
      try {
        const r = await client.getFunction(name, new fc.GetFunctionRequest({}));
        return asFunction(r.body);
      } catch (e) {
        const err = (e ?? {}) as SdkError;
        if (err.statusCode === 404) return undefined;
        throw new FcCallError('GetFunction', err.statusCode, err.code, describeError('GetFunction', e, secrets));
      }
    },
    createLayerVersion: (layer, code, runtime, description) =>
      call('CreateLayerVersion', async () => {
        const r = await client.createLayerVersion(layer, new fc.CreateLayerVersionRequest({ body: new fc.CreateLayerVersionInput({ code: location(code), compatibleRuntime: [runtime], description }) }));
        const b = r.body;
        if (!b?.layerVersionArn) throw new Error('the answer has no layerVersionArn');
        return { arn: b.layerVersionArn, version: String(b.version ?? b.layerVersionArn.split('/').pop()), codeChecksum: b.codeChecksum };
      }),
    updateFunction: (name, body) =>
      call('UpdateFunction', async () => {
        const input = new fc.UpdateFunctionInput({
          ...(body.code ? { code: location(body.code) } : {}),
          ...(body.layers ? { layers: body.layers } : {}),
          ...(body.image ? { customContainerConfig: new fc.CustomContainerConfig({ image: body.image }) } : {}),
        });
        const r = await client.updateFunction(name, new fc.UpdateFunctionRequest({ body: input }));
        return asFunction(r.body);
      }),
    publishVersion: (name, description) =>
      call('PublishFunctionVersion', async () => {
        const r = await client.publishFunctionVersion(name, new fc.PublishFunctionVersionRequest({ body: new fc.PublishVersionInput({ description }) }));
        if (!r.body?.versionId) throw new Error('the answer has no versionId');
        return r.body.versionId;
      }),
    async updateAlias(name, alias, versionId) {
      try {
        await client.updateAlias(name, alias, new fc.UpdateAliasRequest({ body: new fc.UpdateAliasInput({ versionId }) }));
        return 'updated';
      } catch (e) {
        const err = (e ?? {}) as SdkError;
        // The first deploy with this alias: FC answers 404 (AliasNotFound); nothing was changed, so creating it is no retry.
        if (err.statusCode !== 404) throw new FcCallError('UpdateAlias', err.statusCode, err.code, describeError('UpdateAlias', e, secrets));
      }
      return call('CreateAlias', async () => {
        await client.createAlias(name, new fc.CreateAliasRequest({ body: new fc.CreateAliasInput({ aliasName: alias, versionId }) }));
        return 'created' as const;
      });
    },
  };
}
