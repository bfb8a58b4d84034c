/**
 * A loopback stand-in for the Alibaba Cloud endpoints a deploy talks to, so the REAL SDKs
 * (@alicloud/fc20230330, @alicloud/credentials, ali-oss) inside dist/index.cjs are exercised over
 * the wire:
 *
 * - FC's OpenAPI 2023-03-30 (ROA, JSON): GetFunction, UpdateFunction, CreateLayerVersion,
 *   PublishFunctionVersion, UpdateAlias (404 for an alias never created), CreateAlias. Every request's ACS3-HMAC-SHA256 signature is checked,
 *   computed here from Alibaba Cloud's published spec ("Request syntax and signature method V3"),
 *   not with the SDK's signer: the canonical request (method, encoded path, sorted encoded query,
 *   the signed headers lowercased and trimmed, the signed header names, the body's SHA-256), its
 *   SHA-256 signed with HMAC-SHA256 under the key's secret. A temporary key must carry its
 *   x-acs-security-token.
 * - OSS PutObject, path-style (/<bucket>/<object>), its "OSS <id>:<signature>" header checked
 *   (HMAC-SHA1 over the verb, Content-MD5, Content-Type, the date (x-oss-date when sent, else
 *   Date), the x-oss- headers and the resource).
 * - The Actions ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL, bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN).
 * - STS AssumeRoleWithOIDC over HTTPS (a certificate made here with openssl for 127.0.0.1): the
 *   token must be the one the ID-token endpoint issued; it answers a temporary key FC then accepts.
 *
 * Every request is recorded (`requests`); a refused signature is answered 401 and recorded too.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface Recorded {
  service: 'fc' | 'oss' | 'sts' | 'idtoken';
  method: string;
  path: string;
  /** FC: x-acs-action; STS: Action; OSS: PutObject. */
  action?: string;
  /** JSON bodies parsed; forms as objects; OSS: the byte count. */
  body?: unknown;
  /** The access key that signed it, and whether the signature held. */
  accessKeyId?: string;
  signatureOk?: boolean;
  status: number;
}

export interface FcFunctionState {
  runtime: string;
  layers: string[];
  codeChecksum?: string;
  image?: string;
}

export interface FcServiceOptions {
  accountId?: string;
  functions: Record<string, FcFunctionState>;
  /** Answer UpdateFunction with this error. */
  failUpdateFunction?: { status: number; code: string; message: string };
  /** Serve STS over HTTPS (needs openssl); its certificate is `caFile`. */
  sts?: boolean;
}

export interface FcService {
  fcUrl: string;
  ossUrl: string;
  /** host:port of the HTTPS STS endpoint. */
  stsHost?: string;
  /** The certificate to trust (NODE_EXTRA_CA_CERTS). */
  caFile?: string;
  idTokenUrl: string;
  idRequestToken: string;
  requests: Recorded[];
  functions: Record<string, FcFunctionState>;
  objects: Map<string, Buffer>;
  /** A long-lived key the tests may give through ALIBABA_CLOUD_ACCESS_KEY_*. */
  key: { id: string; secret: string };
  /** The temporary keys STS issued. */
  issued: { id: string; secret: string; token: string }[];
  close(): Promise<void>;
}

/** RFC 3986 percent-encoding, as the V3 spec asks for query names and values. */
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Checks an ACS3-HMAC-SHA256 request; returns the key id, or why it fails. */
export function verifyAcs3(req: { method: string; url: string; headers: Record<string, string | string[] | undefined> }, body: Buffer, secretOf: (id: string) => string | undefined): { id?: string; error?: string } {
  const auth = String(req.headers.authorization ?? '');
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return { error: 'no ACS3-HMAC-SHA256 Authorization header' };
  const [, id, signedList, signature] = m as unknown as [string, string, string, string];
  const secret = secretOf(id);
  if (!secret) return { id, error: `unknown access key ${id}` };
  const hashed = sha256(body);
  if (req.headers['x-acs-content-sha256'] !== hashed) return { id, error: 'x-acs-content-sha256 is not the body\'s SHA-256' };
  const signed = signedList.split(';');
  if ([...signed].sort().join(';') !== signedList) return { id, error: 'SignedHeaders are not sorted' };
  for (const h of Object.keys(req.headers)) {
    if ((h.startsWith('x-acs-') || h === 'host' || h === 'content-type') && !signed.includes(h)) return { id, error: `header ${h} is not signed` };
  }
  const date = Date.parse(String(req.headers['x-acs-date'] ?? ''));
  if (!Number.isFinite(date) || Math.abs(Date.now() - date) > 15 * 60_000) return { id, error: 'x-acs-date missing or more than 15 minutes off' };
  const [rawPath, rawQuery = ''] = req.url.split('?', 2) as [string, string?];
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((kv) => {
      const i = kv.indexOf('=');
      const k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      const v = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, '%20'));
      return [rfc3986(k), rfc3986(v)] as const;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headerLines = signed.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`).join('');
  const canonical = [req.method, rawPath || '/', query, headerLines, signedList, hashed].join('\n');
  const expected = createHmac('sha256', secret).update(`ACS3-HMAC-SHA256\n${sha256(canonical)}`).digest('hex');
  return expected === signature ? { id } : { id, error: 'signature does not match' };
}

/** Checks OSS's header signature (V1): "OSS <id>:base64(HMAC-SHA1(secret, string to sign))". */
function verifyOssV1(req: IncomingMessage, resource: string, secretOf: (id: string) => string | undefined): { id?: string; error?: string } {
  const m = /^OSS ([^:]+):(.+)$/.exec(String(req.headers.authorization ?? ''));
  if (!m) return { error: 'no OSS Authorization header' };
  const secret = secretOf(m[1]!);
  if (!secret) return { id: m[1], error: `unknown access key ${m[1]}` };
  const ossHeaders = Object.keys(req.headers)
    .filter((h) => h.startsWith('x-oss-'))
    .sort()
    .map((h) => `${h}:${String(req.headers[h]).trim()}\n`)
    .join('');
  const toSign = [req.method, req.headers['content-md5'] ?? '', req.headers['content-type'] ?? '', req.headers['x-oss-date'] ?? req.headers.date ?? '', `${ossHeaders}${resource}`].join('\n');
  const expected = createHmac('sha1', secret).update(toSign).digest('base64');
  return expected === m[2] ? { id: m[1] } : { id: m[1], error: 'OSS signature does not match' };
}

/** A self-signed certificate for 127.0.0.1, made with openssl in `dir`. */
function makeCert(dir: string): { key: string; cert: string } {
  const key = path.join(dir, 'sts.key');
  const cert = path.join(dir, 'sts.crt');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key, cert };
}

const listen = (s: Server): Promise<number> => new Promise((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));

export async function startFcService(opts: FcServiceOptions): Promise<FcService> {
  const account = opts.accountId ?? '1234567890123456';
  const region = 'cn-hangzhou';
  const key = { id: `LTAI${randomBytes(8).toString('hex')}`, secret: randomBytes(15).toString('base64') };
  const issued: FcService['issued'] = [];
  const idRequestToken = randomBytes(12).toString('hex');
  const idTokens = new Set<string>();
  const requests: Recorded[] = [];
  const objects = new Map<string, Buffer>();
  const functions = opts.functions;
  const layerVersions = new Map<string, number>();
  /** function/alias → version. */
  const aliases = new Map<string, string>();
  let versions = 0;
  const secretOf = (id: string) => (id === key.id ? key.secret : issued.find((k) => k.id === id)?.secret);
  const tokenOf = (id: string) => issued.find((k) => k.id === id)?.token;

  const send = (res: ServerResponse, rec: Recorded, status: number, body: unknown) => {
    rec.status = status;
    requests.push(rec);
    res.writeHead(status, { 'content-type': 'application/json', 'x-acs-request-id': randomBytes(8).toString('hex') });
    res.end(JSON.stringify(body));
  };
  const fnJson = (name: string, f: FcFunctionState) => ({
    functionName: name,
    functionArn: `acs:fc:${region}:${account}:functions/${name}`,
    runtime: f.runtime,
    layers: f.layers.map((arn) => ({ arn, size: 1 })),
    codeChecksum: f.codeChecksum,
    ...(f.image ? { customContainerConfig: { image: f.image } } : {}),
  });
  const crc = (b: Buffer) => String(BigInt(`0x${sha256(b).slice(0, 15)}`));

  async function fc(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) {
    const action = String(req.headers['x-acs-action'] ?? '');
    const rec: Recorded = { service: 'fc', method: req.method!, path: url.pathname, action, status: 0 };
    try {
      rec.body = body.length ? JSON.parse(body.toString('utf8')) : undefined;
    } catch {
      return send(res, rec, 400, { code: 'InvalidArgument', message: 'body is not JSON' });
    }
    const v = verifyAcs3({ method: req.method!, url: req.url!, headers: req.headers }, body, secretOf);
    rec.accessKeyId = v.id;
    rec.signatureOk = !v.error;
    if (v.error) return send(res, rec, 401, { code: 'SignatureNotMatch', message: v.error });
    const token = tokenOf(v.id!);
    if (token && req.headers['x-acs-security-token'] !== token) return send(res, rec, 401, { code: 'InvalidSecurityToken', message: 'x-acs-security-token missing or wrong' });
    if (req.headers['x-acs-version'] !== '2023-03-30') return send(res, rec, 400, { code: 'InvalidVersion', message: 'not 2023-03-30' });
    const p = url.pathname.split('/').map(decodeURIComponent);
    const b = (rec.body ?? {}) as Record<string, any>;
    const notFound = (name: string) => send(res, rec, 404, { code: 'FunctionNotFound', message: `function '${name}' does not exist`, requestId: 'req-404' });
    // /2023-03-30/functions/{name}[/versions | /aliases/{alias}]
    if (p[2] === 'functions' && p[3]) {
      const f = functions[p[3]];
      if (!f) return notFound(p[3]);
      if (req.method === 'GET' && p.length === 4) return send(res, rec, 200, fnJson(p[3], f));
      if (req.method === 'PUT' && p.length === 4) {
        if (opts.failUpdateFunction) return send(res, rec, opts.failUpdateFunction.status, { code: opts.failUpdateFunction.code, message: opts.failUpdateFunction.message, requestId: 'req-fail' });
        if (b.layers) f.layers = b.layers;
        if (b.code?.zipFile) f.codeChecksum = crc(Buffer.from(b.code.zipFile, 'base64'));
        if (b.code?.ossBucketName) {
          const obj = objects.get(`${b.code.ossBucketName}/${b.code.ossObjectName}`);
          if (!obj) return send(res, rec, 400, { code: 'InvalidArgument', message: 'OSS object does not exist' });
          f.codeChecksum = crc(obj);
        }
        if (b.customContainerConfig?.image) f.image = b.customContainerConfig.image;
        return send(res, rec, 200, fnJson(p[3], f));
      }
      if (req.method === 'POST' && p[4] === 'versions') return send(res, rec, 200, { versionId: String(++versions), description: b.description });
      if (req.method === 'PUT' && p[4] === 'aliases' && p[5]) {
        if (!aliases.has(`${p[3]}/${p[5]}`)) return send(res, rec, 404, { code: 'AliasNotFound', message: `alias '${p[5]}' does not exist` });
        aliases.set(`${p[3]}/${p[5]}`, b.versionId);
        return send(res, rec, 200, { aliasName: p[5], versionId: b.versionId });
      }
      if (req.method === 'POST' && p[4] === 'aliases' && p.length === 5) {
        if (aliases.has(`${p[3]}/${b.aliasName}`)) return send(res, rec, 409, { code: 'AliasAlreadyExists', message: 'exists' });
        aliases.set(`${p[3]}/${b.aliasName}`, b.versionId);
        return send(res, rec, 200, { aliasName: b.aliasName, versionId: b.versionId });
      }
    }
    // /2023-03-30/layers/{name}/versions
    if (p[2] === 'layers' && p[3] && p[4] === 'versions' && req.method === 'POST') {
      const n = (layerVersions.get(p[3]) ?? 0) + 1;
      layerVersions.set(p[3], n);
      const zip = b.code?.zipFile ? Buffer.from(b.code.zipFile, 'base64') : objects.get(`${b.code?.ossBucketName}/${b.code?.ossObjectName}`);
      if (!zip) return send(res, rec, 400, { code: 'InvalidArgument', message: 'no code' });
      return send(res, rec, 200, { layerName: p[3], version: n, layerVersionArn: `acs:fc:${region}:${account}:layers/${p[3]}/versions/${n}`, compatibleRuntime: b.compatibleRuntime, codeChecksum: crc(zip) });
    }
    return send(res, rec, 404, { code: 'NotFound', message: `no route ${req.method} ${url.pathname}` });
  }

  const http = createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    const body = await readBody(req);
    if (url.pathname.startsWith('/2023-03-30/')) return fc(req, res, url, body);
    if (url.pathname === '/_idtoken') {
      const rec: Recorded = { service: 'idtoken', method: req.method!, path: url.pathname, body: { audience: url.searchParams.get('audience') }, status: 0 };
      if (req.headers.authorization !== `Bearer ${idRequestToken}`) return send(res, rec, 401, { message: 'bad request token' });
      const value = `eyJ.${randomBytes(24).toString('base64url')}.sig`;
      idTokens.add(value);
      return send(res, rec, 200, { value });
    }
    // OSS, path-style: PUT /<bucket>/<object>
    const [, bucket, ...rest] = url.pathname.split('/');
    const object = rest.map(decodeURIComponent).join('/');
    const rec: Recorded = { service: 'oss', method: req.method!, path: url.pathname, action: req.method === 'PUT' ? 'PutObject' : req.method, body: body.length, status: 0 };
    const v = verifyOssV1(req, `/${bucket}/${object}`, secretOf);
    rec.accessKeyId = v.id;
    rec.signatureOk = !v.error;
    // OSS answers errors in XML.
    const xmlError = (status: number, code: string, message: string) => {
      rec.status = status;
      requests.push(rec);
      res.writeHead(status, { 'content-type': 'application/xml', 'x-oss-request-id': 'oss-req' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>oss-req</RequestId></Error>`);
    };
    if (v.error) return xmlError(403, 'SignatureDoesNotMatch', v.error);
    const token = tokenOf(v.id!);
    if (token && req.headers['x-oss-security-token'] !== token) return xmlError(403, 'InvalidSecurityToken', 'x-oss-security-token missing or wrong');
    if (req.method !== 'PUT' || !bucket || !object) return xmlError(400, 'NotImplemented', `${req.method} ${url.pathname}`);
    objects.set(`${bucket}/${object}`, body);
    rec.status = 200;
    requests.push(rec);
    res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex').toUpperCase()}"`, 'x-oss-request-id': 'oss-req' });
    res.end();
  });
  const port = await listen(http);
  const servers: Server[] = [http];

  let stsHost: string | undefined;
  let caFile: string | undefined;
  let certDir: string | undefined;
  if (opts.sts) {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'fcpp-sts-'));
    certDir = dir;
    const { key: keyFile, cert } = makeCert(dir);
    caFile = cert;
    const sts = createHttpsServer({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(cert) }, async (req, res) => {
      const url = new URL(req.url!, 'https://127.0.0.1');
      const form = Object.fromEntries(new URLSearchParams((await readBody(req)).toString('utf8')));
      const rec: Recorded = { service: 'sts', method: req.method!, path: url.pathname, action: url.searchParams.get('Action') ?? undefined, body: { ...form, OIDCToken: form.OIDCToken ? '<token>' : undefined }, status: 0 };
      if (rec.action !== 'AssumeRoleWithOIDC' || !idTokens.has(form.OIDCToken ?? '') || !form.RoleArn || !form.OIDCProviderArn) {
        return send(res, rec, 400, { Code: 'InvalidParameter.OIDCToken', Message: 'the OIDC token was not issued for this job' });
      }
      const k = { id: `STS.${randomBytes(8).toString('hex')}`, secret: randomBytes(15).toString('base64'), token: `CAIS${randomBytes(30).toString('base64')}` };
      issued.push(k);
      return send(res, rec, 200, { RequestId: 'sts-req', Credentials: { AccessKeyId: k.id, AccessKeySecret: k.secret, SecurityToken: k.token, Expiration: new Date(Date.now() + 900_000).toISOString() }, AssumedRoleUser: { Arn: `${form.RoleArn}/${form.RoleSessionName}` } });
    });
    stsHost = `127.0.0.1:${await listen(sts as unknown as Server)}`;
    servers.push(sts as unknown as Server);
  }

  return {
    fcUrl: `http://127.0.0.1:${port}`,
    ossUrl: `http://127.0.0.1:${port}`,
    stsHost,
    caFile,
    idTokenUrl: `http://127.0.0.1:${port}/_idtoken?api-version=2.0`,
    idRequestToken,
    requests,
    functions,
    objects,
    key,
    issued,
    close: () =>
      Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => {
        if (certDir) fs.rmSync(certDir, { recursive: true, force: true });
      }),
  };
}
