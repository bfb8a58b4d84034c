/**
 * An in-process stand-in for the GitHub Actions "results" service and the Azure
 * blob storage behind its signed URLs, so the REAL `@actions/cache` (v6, cache
 * service v2) and `@actions/artifact` (v6) libraries can be exercised over the
 * wire, in-process or from a child process (`node dist/index.cjs`).
 *
 * One HTTP server on 127.0.0.1 (random port) answers:
 *
 *   POST /twirp/github.actions.results.api.v1.ArtifactService/{CreateArtifact,
 *        FinalizeArtifact,ListArtifacts,GetSignedArtifactURL,DeleteArtifact}
 *   POST /twirp/github.actions.results.api.v1.CacheService/{CreateCacheEntry,
 *        FinalizeCacheEntryUpload,GetCacheEntryDownloadURL}
 *   PUT/GET/HEAD /devstoreaccount1/<container>/<blob>?<SAS>   (Azure blob subset:
 *        Put Blob, Put Block, Put Block List, Get Blob (+Range), Get Blob Properties)
 *
 * Wire facts this mirrors (read from the libraries' lib/ folders):
 * - Twirp requests are JSON with proto field names (snake_case), int64 as strings,
 *   google.protobuf wrappers (StringValue/Int64Value) as bare values, Timestamps as
 *   RFC 3339 strings. Responses are parsed with `fromJson`, which accepts snake_case
 *   or camelCase; we answer snake_case like the real service.
 * - Twirp errors are `{"code": "...", "msg": "..."}`; the clients append `msg` to
 *   their error message, and only retry 500/502/503/504 (+429 for artifacts). A
 *   non-JSON error body is treated as retryable, so every answer here is JSON.
 * - The Azure SDK treats an IP host as "path style" (`/<account>/<container>/<blob>`),
 *   like Azurite, so signed URLs look like
 *   `http://127.0.0.1:PORT/devstoreaccount1/<container>/<blob>?sv=..&sp=..&se=..&sig=..`.
 *
 * Only loopback: the server listens on 127.0.0.1 and every URL it hands out points
 * back at itself. GITHUB_SERVER_URL is `https://github.com` (it is only ever parsed,
 * to decide "not GHES"); GITHUB_API_URL / GITHUB_GRAPHQL_URL point at this server so
 * a stray API call stays on loopback, gets a 404 and shows up in `requests`.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
/** Azurite's well-known account name; the Azure SDK reads it from the first path segment. */
export const BLOB_ACCOUNT = 'devstoreaccount1';

export type ArtifactMethod =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'DeleteArtifact';
export type CacheMethod = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL';
export type TwirpMethod = ArtifactMethod | CacheMethod;
export type BlobOperation = 'PutBlob' | 'PutBlock' | 'PutBlockList' | 'GetBlob' | 'GetBlobProperties';
/** Something fault injection can target. `'*'` matches every known endpoint. */
export type Endpoint = TwirpMethod | BlobOperation;
export type EndpointSelector = Endpoint | '*';

/**
 * What an injected fault does.
 * - a number: answer with that HTTP status (Twirp JSON error or Azure XML error body);
 * - an object: status plus optional Twirp `code` / message text;
 * - `'reset'`: destroy the socket without answering (client sees ECONNRESET / socket hang up).
 */
export type Fault = number | 'reset' | { status?: number; code?: string; message?: string };

export interface RecordedRequest {
  /** 1-based arrival order. */
  readonly seq: number;
  readonly at: Date;
  /** HTTP method. */
  readonly method: string;
  /** URL path without the query string (percent-decoded for blob paths). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly kind: 'twirp' | 'blob' | 'other';
  /** Twirp method or blob operation; `undefined` for anything unrecognised. */
  readonly endpoint: Endpoint | undefined;
  /** Parsed JSON for Twirp calls; `{ blockIds }` for Put Block List; otherwise undefined. */
  readonly body: unknown;
  readonly bodyBytes: number;
  /** Status we answered with (0 when the socket was destroyed by a `'reset'` fault). */
  status: number;
  /** True when a fault injection produced the answer. */
  injected: boolean;
}

export interface StoredArtifact {
  readonly id: number;
  readonly name: string;
  readonly workflowRunBackendId: string;
  readonly workflowJobRunBackendId: string;
  /** `mime_type` from CreateArtifact, e.g. `application/zip` (archived) or the file's type (skipArchive). */
  readonly mimeType: string | undefined;
  /** `version` from CreateArtifact (v6 of the library sends 7). */
  readonly version: number | undefined;
  readonly expiresAt: string | undefined;
  readonly createdAt: Date;
  readonly finalized: boolean;
  readonly deleted: boolean;
  /** `size` reported by FinalizeArtifact. */
  readonly size: number | undefined;
  /** `hash` reported by FinalizeArtifact, e.g. `sha256:<hex>`. */
  readonly hash: string | undefined;
  /** Blob path (container/blob) holding the bytes. */
  readonly blobPath: string;
  /** The committed blob bytes (zip for archived uploads, the raw file for skipArchive). */
  bytes(): Buffer;
  /** Hex sha256 of `bytes()`. */
  sha256(): string;
}

export interface StoredCacheEntry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly createdAt: Date;
  readonly finalized: boolean;
  /** `size_bytes` reported by FinalizeCacheEntryUpload. */
  readonly sizeBytes: number | undefined;
  readonly blobPath: string;
  /** The committed archive bytes (a tar, zstd- or gzip-compressed by the library). */
  bytes(): Buffer;
  sha256(): string;
}

export interface StoredBlob {
  readonly path: string;
  readonly data: Buffer;
  readonly contentType: string | undefined;
  readonly etag: string;
  readonly lastModified: Date;
  /** Block ids staged but not yet committed. */
  readonly uncommittedBlockIds: readonly string[];
}

export interface ActionsServiceOptions {
  /** Backend ids carried in the token's `Actions.Results:<run>:<job>` scope. Default: random UUIDs. */
  workflowRunBackendId?: string;
  workflowJobRunBackendId?: string;
  /** `owner/name`. Default `fc-python-pack/fixture`. */
  repository?: string;
  /** GITHUB_RUN_ID. Default a random number. */
  runId?: string;
  /** GITHUB_WORKSPACE given in `env`. Default: `<tempDir>/workspace`. */
  workspace?: string;
  /** Lifetime of signed URLs. Default 1 hour. */
  signedUrlTtlMs?: number;
}

export interface ActionsService {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Everything the libraries (in-process or in a child process) need; see `buildEnv`. */
  readonly env: Readonly<Record<string, string>>;
  /** The (unsigned-but-well-formed) JWT in ACTIONS_RUNTIME_TOKEN. */
  readonly token: string;
  readonly workflowRunBackendId: string;
  readonly workflowJobRunBackendId: string;
  /** Service-owned temp dir (RUNNER_TEMP and the default workspace live here); removed by close(). */
  readonly tempDir: string;
  readonly runnerTemp: string;
  readonly workspace: string;

  /** Live lists, in creation order. */
  readonly artifacts: readonly StoredArtifact[];
  readonly caches: readonly StoredCacheEntry[];
  readonly requests: readonly RecordedRequest[];

  /** Latest non-deleted artifact with that name (finalized or not). */
  artifact(name: string): StoredArtifact | undefined;
  /** Latest cache entry with that key (and version, if given). */
  cacheEntry(key: string, version?: string): StoredCacheEntry | undefined;
  /** Recorded requests for one endpoint, in order. */
  requestsTo(endpoint: Endpoint): RecordedRequest[];
  /** Blob by `container/blob` path. */
  blob(blobPath: string): StoredBlob | undefined;

  /** The next `n` requests to `endpoint` get `fault` (default 500), then normal answers resume. */
  failNext(endpoint: EndpointSelector, n: number, fault?: Fault): void;
  /** Every request to `endpoint` gets `fault` (default 500) until `clearFaults()`. */
  failAlways(endpoint: EndpointSelector, fault?: Fault): void;
  /** The next `ok` requests to `endpoint` are answered normally, then every one gets `fault` (a failure mid-stream). */
  failAfter(endpoint: EndpointSelector, ok: number, fault?: Fault): void;
  /** Drop pending faults for one endpoint, or all of them. */
  clearFaults(endpoint?: EndpointSelector): void;

  /** Stop listening and drop open connections: clients get ECONNREFUSED. */
  down(): Promise<void>;
  /** Listen again on the same port. */
  up(): Promise<void>;
  readonly isDown: boolean;

  /** Forget artifacts, caches, blobs, requests and faults (env and token stay valid). */
  reset(): void;
  /** Stop the server and remove tempDir. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Env helpers
// ---------------------------------------------------------------------------

/**
 * Set `vars` on process.env and return a function that puts back exactly what was
 * there before (including deleting variables that were unset).
 */
export function applyEnv(vars: Readonly<Record<string, string | undefined>>): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(vars)) {
    saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** Variables the libraries would pick up from the outer environment and that would change behaviour. */
export const CONFLICTING_ENV_VARS: readonly string[] = [
  'ACTIONS_CACHE_URL', // v1 cache endpoint; irrelevant for v2 but never point it elsewhere
  'ACTIONS_CACHE_MODE', // 'none' / 'read' would skip saves/restores
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
  'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
  'CACHE_UPLOAD_CONCURRENCY',
  'CACHE_UPLOAD_CHUNK_SIZE',
  'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
];

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/**
 * A JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN. The libraries never verify the
 * signature; @actions/artifact decodes the payload and reads the
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` entry of `scp`.
 */
export function makeRuntimeToken(runBackendId: string, jobBackendId: string, secret: Buffer): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const payload = base64url(
    JSON.stringify({
      nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
      scp: [
        'Actions.ExampleScope',
        `Actions.Results:${runBackendId}:${jobBackendId}`,
      ].join(' '),
      ac: '[{"Scope":"refs/heads/main","Permission":3}]',
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vstoken.actions.githubusercontent.com',
      nbf: now - 60,
      iat: now - 60,
      exp: now + 6 * 3600,
    }),
  );
  const signature = base64url(createHmac('sha256', secret).update(`${header}.${payload}`).digest());
  return `${header}.${payload}.${signature}`;
}

// ---------------------------------------------------------------------------
// Internal state
// ---------------------------------------------------------------------------

interface BlobRecord {
  path: string;
  data: Buffer;
  exists: boolean; // false until something is committed
  contentType: string | undefined;
  contentDisposition: string | undefined;
  etag: string;
  lastModified: Date;
  createdAt: Date;
  uncommitted: Map<string, Buffer>;
  committedBlocks: Map<string, Buffer>;
}

interface ArtifactRecord {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType: string | undefined;
  version: number | undefined;
  expiresAt: string | undefined;
  createdAt: Date;
  finalized: boolean;
  deleted: boolean;
  size: number | undefined;
  hash: string | undefined;
  blobPath: string;
}

interface CacheRecord {
  id: number;
  key: string;
  version: string;
  createdAt: Date;
  finalized: boolean;
  sizeBytes: number | undefined;
  blobPath: string;
}

interface FaultState {
  always: Fault | undefined;
  queue: Fault[];
  /** failAfter: requests still answered normally, then `after` for every one. */
  passes?: number;
  after?: Fault;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TWIRP_CODE_BY_STATUS: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  408: 'deadline_exceeded',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
};

const BLOB_CODE_BY_STATUS: Record<number, string> = {
  400: 'InvalidInput',
  403: 'AuthenticationFailed',
  404: 'BlobNotFound',
  409: 'BlobAlreadyExists',
  412: 'ConditionNotMet',
  500: 'InternalError',
  503: 'ServerBusy',
};

const TWIRP_METHODS: Record<string, readonly TwirpMethod[]> = {
  [ARTIFACT_SERVICE]: ['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'GetSignedArtifactURL', 'DeleteArtifact'],
  [CACHE_SERVICE]: ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'],
};

const ARTIFACT_CONTAINER = 'actions-results';
const CACHE_CONTAINER = 'actions-cache';
const AZURE_API_VERSION = '2025-01-05';

// JSON field access that tolerates both proto names and JSON (camelCase) names, and
// wrapper types given either bare or as `{ value }`.
function field(body: unknown, snake: string): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const camel = snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  const raw = snake in record ? record[snake] : record[camel];
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'value' in raw) {
    return (raw as { value: unknown }).value;
  }
  return raw;
}

function str(body: unknown, name: string): string | undefined {
  const value = field(body, name);
  if (value === undefined || value === null) return undefined;
  return String(value);
}

function int(body: unknown, name: string): number | undefined {
  const value = field(body, name);
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function requireStr(body: unknown, name: string): string {
  const value = str(body, name);
  if (!value) throw new TwirpError(400, 'invalid_argument', `${name} is required`);
  return value;
}

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function newEtag(): string {
  return `"0x8D${randomBytes(6).toString('hex').toUpperCase()}"`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, rawStart = '', rawEnd = ''] = match;
  let start: number;
  let end: number;
  if (rawStart === '') {
    // suffix range: last N bytes
    const n = Number(rawEnd);
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(rawStart);
    end = rawEnd === '' ? size - 1 : Math.min(Number(rawEnd), size - 1);
  }
  if (start > end || start >= size) throw new BlobError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
  return { start, end };
}

// ---------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------

export async function startActionsService(options: ActionsServiceOptions = {}): Promise<ActionsService> {
  const secret = randomBytes(32);
  const workflowRunBackendId = options.workflowRunBackendId ?? randomUUID();
  const workflowJobRunBackendId = options.workflowJobRunBackendId ?? randomUUID();
  const token = makeRuntimeToken(workflowRunBackendId, workflowJobRunBackendId, secret);
  const ttlMs = options.signedUrlTtlMs ?? 3600_000;

  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'fc-actions-service-'));
  const runnerTemp = path.join(tempDir, 'runner-temp');
  const workspace = options.workspace ?? path.join(tempDir, 'workspace');
  await mkdir(runnerTemp, { recursive: true });
  await mkdir(workspace, { recursive: true });

  const blobs = new Map<string, BlobRecord>();
  const artifactRecords: ArtifactRecord[] = [];
  const cacheRecords: CacheRecord[] = [];
  const artifactViews: StoredArtifact[] = [];
  const cacheViews: StoredCacheEntry[] = [];
  const requests: RecordedRequest[] = [];
  const faults = new Map<EndpointSelector, FaultState>();
  let nextArtifactId = 1000;
  let nextCacheId = 5000;
  let seq = 0;
  let isDown = false;
  let baseUrl = '';

  // ----- signed URLs -------------------------------------------------------

  function sign(blobPath: string, permissions: string, expiry: string): string {
    return base64url(createHmac('sha256', secret).update(`${permissions}\n${expiry}\n/${BLOB_ACCOUNT}/${blobPath}`).digest());
  }

  function signedUrl(blobPath: string, permissions: 'r' | 'cw'): string {
    const expiry = new Date(Date.now() + ttlMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const encodedPath = blobPath.split('/').map(encodeURIComponent).join('/');
    const query = new URLSearchParams({
      sv: AZURE_API_VERSION,
      sr: 'b',
      sp: permissions,
      se: expiry,
      sig: sign(blobPath, permissions, expiry),
    });
    return `${baseUrl}/${BLOB_ACCOUNT}/${encodedPath}?${query.toString()}`;
  }

  function checkSas(blobPath: string, query: Record<string, string>, needed: 'r' | 'w'): void {
    const { sp = '', se = '', sig = '' } = query;
    const expected = Buffer.from(sign(blobPath, sp, se));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new BlobError(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.');
    }
    if (!sp.includes(needed)) {
      throw new BlobError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');
    }
    if (!(Date.parse(se) > Date.now())) {
      throw new BlobError(403, 'AuthenticationFailed', 'Signed expiry time has to be after signed start time');
    }
  }

  function blobRecord(blobPath: string): BlobRecord {
    let record = blobs.get(blobPath);
    if (!record) {
      const now = new Date();
      record = {
        path: blobPath,
        data: Buffer.alloc(0),
        exists: false,
        contentType: undefined,
        contentDisposition: undefined,
        etag: newEtag(),
        lastModified: now,
        createdAt: now,
        uncommitted: new Map(),
        committedBlocks: new Map(),
      };
      blobs.set(blobPath, record);
    }
    return record;
  }

  function committedBytes(blobPath: string): Buffer {
    const record = blobs.get(blobPath);
    if (!record || !record.exists) throw new Error(`no blob has been committed at ${blobPath}`);
    return record.data;
  }

  // ----- faults ------------------------------------------------------------

  function takeFault(endpoint: Endpoint): Fault | undefined {
    for (const selector of [endpoint, '*'] as const) {
      const state = faults.get(selector);
      if (!state) continue;
      if (state.always !== undefined) return state.always;
      if (state.after !== undefined) {
        if (state.passes! > 0) state.passes!--;
        else return state.after;
      }
      const next = state.queue.shift();
      if (next !== undefined) return next;
    }
    return undefined;
  }

  function faultState(selector: EndpointSelector): FaultState {
    let state = faults.get(selector);
    if (!state) {
      state = { always: undefined, queue: [] };
      faults.set(selector, state);
    }
    return state;
  }

  // ----- artifact service -------------------------------------------------

  function checkBackendIds(body: unknown): { run: string; job: string } {
    const run = requireStr(body, 'workflow_run_backend_id');
    const job = requireStr(body, 'workflow_job_run_backend_id');
    if (run !== workflowRunBackendId || job !== workflowJobRunBackendId) {
      throw new TwirpError(403, 'permission_denied', `backend ids ${run}:${job} do not match the token's Actions.Results scope`);
    }
    return { run, job };
  }

  function liveArtifacts(run: string): ArtifactRecord[] {
    return artifactRecords.filter((a) => a.workflowRunBackendId === run && !a.deleted);
  }

  function artifactJson(a: ArtifactRecord): Record<string, unknown> {
    return {
      workflow_run_backend_id: a.workflowRunBackendId,
      workflow_job_run_backend_id: a.workflowJobRunBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.size ?? 0),
      created_at: a.createdAt.toISOString(),
      ...(a.hash ? { digest: a.hash } : {}),
    };
  }

  const artifactHandlers: Record<ArtifactMethod, (body: unknown) => Record<string, unknown>> = {
    CreateArtifact(body) {
      const { run, job } = checkBackendIds(body);
      const name = requireStr(body, 'name');
      const existing = liveArtifacts(run).find((a) => a.name === name);
      if (existing?.finalized) {
        throw new TwirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run: ${name}`);
      }
      if (existing) existing.deleted = true; // an abandoned, unfinalized attempt: superseded
      const id = nextArtifactId++;
      const record: ArtifactRecord = {
        id,
        name,
        workflowRunBackendId: run,
        workflowJobRunBackendId: job,
        mimeType: str(body, 'mime_type'),
        version: int(body, 'version'),
        expiresAt: str(body, 'expires_at'),
        createdAt: new Date(),
        finalized: false,
        deleted: false,
        size: undefined,
        hash: undefined,
        blobPath: `${ARTIFACT_CONTAINER}/${run}/${job}/${id}`,
      };
      artifactRecords.push(record);
      artifactViews.push(artifactView(record));
      return { ok: true, signed_upload_url: signedUrl(record.blobPath, 'cw') };
    },

    FinalizeArtifact(body) {
      const { run } = checkBackendIds(body);
      const name = requireStr(body, 'name');
      const record = liveArtifacts(run).find((a) => a.name === name && !a.finalized);
      if (!record) throw new TwirpError(404, 'not_found', `no pending artifact named ${name}`);
      const blob = blobs.get(record.blobPath);
      if (!blob || !blob.exists) {
        throw new TwirpError(412, 'failed_precondition', `artifact ${name} has no uploaded content`);
      }
      const size = int(body, 'size');
      if (size !== undefined && size !== blob.data.length) {
        throw new TwirpError(400, 'invalid_argument', `size ${size} does not match uploaded blob size ${blob.data.length}`);
      }
      const hash = str(body, 'hash');
      if (hash !== undefined && hash !== `sha256:${sha256Hex(blob.data)}`) {
        throw new TwirpError(400, 'invalid_argument', `hash ${hash} does not match uploaded content sha256:${sha256Hex(blob.data)}`);
      }
      record.finalized = true;
      record.size = size ?? blob.data.length;
      record.hash = hash;
      // What the real service's download URL does: serve the file under the artifact's name.
      const fileName = record.mimeType === 'application/zip' ? `${name}.zip` : name;
      blob.contentDisposition = `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
      return { ok: true, artifact_id: String(record.id) };
    },

    ListArtifacts(body) {
      const run = requireStr(body, 'workflow_run_backend_id');
      const nameFilter = str(body, 'name_filter');
      const idFilter = int(body, 'id_filter');
      const found = liveArtifacts(run).filter(
        (a) => a.finalized && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter),
      );
      return { artifacts: found.map(artifactJson) };
    },

    GetSignedArtifactURL(body) {
      const run = requireStr(body, 'workflow_run_backend_id');
      const name = requireStr(body, 'name');
      const record = liveArtifacts(run).find((a) => a.name === name && a.finalized);
      if (!record) throw new TwirpError(404, 'not_found', `artifact not found: ${name}`);
      return { signed_url: signedUrl(record.blobPath, 'r') };
    },

    DeleteArtifact(body) {
      const { run } = checkBackendIds(body);
      const name = requireStr(body, 'name');
      const record = liveArtifacts(run).find((a) => a.name === name && a.finalized);
      if (!record) throw new TwirpError(404, 'not_found', `artifact not found: ${name}`);
      record.deleted = true;
      return { ok: true, artifact_id: String(record.id) };
    },
  };

  // ----- cache service ----------------------------------------------------

  const cacheHandlers: Record<CacheMethod, (body: unknown) => Record<string, unknown>> = {
    CreateCacheEntry(body) {
      const key = requireStr(body, 'key');
      const version = requireStr(body, 'version');
      const clash = cacheRecords.find((c) => c.key === key && c.version === version);
      if (clash) {
        throw new TwirpError(
          409,
          'already_exists',
          clash.finalized
            ? `cache entry with the same key, version, and scope already exists: ${key}`
            : `cache entry ${key} is being created by another job`,
        );
      }
      const id = nextCacheId++;
      const record: CacheRecord = {
        id,
        key,
        version,
        createdAt: new Date(),
        finalized: false,
        sizeBytes: undefined,
        blobPath: `${CACHE_CONTAINER}/${id}/cache.archive`,
      };
      cacheRecords.push(record);
      cacheViews.push(cacheView(record));
      return { ok: true, signed_upload_url: signedUrl(record.blobPath, 'cw') };
    },

    FinalizeCacheEntryUpload(body) {
      const key = requireStr(body, 'key');
      const version = requireStr(body, 'version');
      const record = cacheRecords.find((c) => c.key === key && c.version === version && !c.finalized);
      if (!record) throw new TwirpError(404, 'not_found', `no pending cache entry for key ${key}`);
      const blob = blobs.get(record.blobPath);
      if (!blob || !blob.exists) {
        throw new TwirpError(412, 'failed_precondition', `cache entry ${key} has no uploaded content`);
      }
      const sizeBytes = int(body, 'size_bytes');
      if (sizeBytes !== undefined && sizeBytes !== blob.data.length) {
        throw new TwirpError(400, 'invalid_argument', `size_bytes ${sizeBytes} does not match uploaded blob size ${blob.data.length}`);
      }
      record.finalized = true;
      record.sizeBytes = sizeBytes ?? blob.data.length;
      return { ok: true, entry_id: String(record.id) };
    },

    GetCacheEntryDownloadURL(body) {
      const key = requireStr(body, 'key');
      const version = requireStr(body, 'version');
      const restoreKeys = field(body, 'restore_keys');
      const candidates = cacheRecords.filter((c) => c.finalized && c.version === version).reverse(); // newest first
      // Primary key: exact match. Restore keys: exact, then newest prefix match.
      let hit = candidates.find((c) => c.key === key);
      if (!hit && Array.isArray(restoreKeys)) {
        for (const restoreKey of restoreKeys.map(String)) {
          hit = candidates.find((c) => c.key === restoreKey) ?? candidates.find((c) => c.key.startsWith(restoreKey));
          if (hit) break;
        }
      }
      if (!hit) return { ok: false };
      return { ok: true, signed_download_url: signedUrl(hit.blobPath, 'r'), matched_key: hit.key };
    },
  };

  // ----- views -------------------------------------------------------------

  function artifactView(record: ArtifactRecord): StoredArtifact {
    return {
      get id() { return record.id; },
      get name() { return record.name; },
      get workflowRunBackendId() { return record.workflowRunBackendId; },
      get workflowJobRunBackendId() { return record.workflowJobRunBackendId; },
      get mimeType() { return record.mimeType; },
      get version() { return record.version; },
      get expiresAt() { return record.expiresAt; },
      get createdAt() { return record.createdAt; },
      get finalized() { return record.finalized; },
      get deleted() { return record.deleted; },
      get size() { return record.size; },
      get hash() { return record.hash; },
      get blobPath() { return record.blobPath; },
      bytes: () => committedBytes(record.blobPath),
      sha256: () => sha256Hex(committedBytes(record.blobPath)),
    };
  }

  function cacheView(record: CacheRecord): StoredCacheEntry {
    return {
      get id() { return record.id; },
      get key() { return record.key; },
      get version() { return record.version; },
      get createdAt() { return record.createdAt; },
      get finalized() { return record.finalized; },
      get sizeBytes() { return record.sizeBytes; },
      get blobPath() { return record.blobPath; },
      bytes: () => committedBytes(record.blobPath),
      sha256: () => sha256Hex(committedBytes(record.blobPath)),
    };
  }

  // ----- HTTP plumbing -----------------------------------------------------

  function sendJson(res: ServerResponse, status: number, payload: unknown): void {
    const body = Buffer.from(JSON.stringify(payload));
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  }

  function sendTwirpError(res: ServerResponse, status: number, code: string, msg: string): void {
    sendJson(res, status, { code, msg });
  }

  function azureHeaders(extra: Record<string, string | number> = {}): Record<string, string | number> {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': AZURE_API_VERSION,
      date: new Date().toUTCString(),
      ...extra,
    };
  }

  function sendBlobError(res: ServerResponse, status: number, code: string, message: string, head: boolean): void {
    const xml = Buffer.from(
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message.replace(/[<>&]/g, '')}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`,
    );
    res.writeHead(status, azureHeaders({ 'x-ms-error-code': code, 'content-type': 'application/xml', 'content-length': xml.length }));
    res.end(head ? undefined : xml);
  }

  function record(req: IncomingMessage, url: URL, kind: RecordedRequest['kind'], endpoint: Endpoint | undefined, bodyBytes: number, body: unknown, blobPath?: string): RecordedRequest {
    const entry: RecordedRequest = {
      seq: ++seq,
      at: new Date(),
      method: req.method ?? 'GET',
      path: blobPath !== undefined ? `/${BLOB_ACCOUNT}/${blobPath}` : url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      kind,
      endpoint,
      body,
      bodyBytes,
      status: 0,
      injected: false,
    };
    requests.push(entry);
    return entry;
  }

  /** Applies a fault, returns true when the request has been dealt with. */
  function applyFault(res: ServerResponse, entry: RecordedRequest, endpoint: Endpoint, kind: 'twirp' | 'blob'): boolean {
    const fault = takeFault(endpoint);
    if (fault === undefined) return false;
    entry.injected = true;
    if (fault === 'reset') {
      entry.status = 0;
      res.socket?.destroy();
      return true;
    }
    const spec = typeof fault === 'number' ? { status: fault } : fault;
    const status = spec.status ?? 500;
    entry.status = status;
    if (kind === 'twirp') {
      sendTwirpError(res, status, spec.code ?? TWIRP_CODE_BY_STATUS[status] ?? 'unknown', spec.message ?? `injected fault: ${endpoint} answered ${status}`);
    } else {
      sendBlobError(res, status, spec.code ?? BLOB_CODE_BY_STATUS[status] ?? 'InternalError', spec.message ?? `injected fault: ${endpoint} answered ${status}`, entry.method === 'HEAD');
    }
    return true;
  }

  async function handleTwirp(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = await readBody(req);
    const [, , service = '', method = ''] = url.pathname.split('/');
    const known = TWIRP_METHODS[service]?.includes(method as TwirpMethod) ?? false;
    const endpoint = known ? (method as TwirpMethod) : undefined;
    let body: unknown;
    let parseError: string | undefined;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch (error) {
      parseError = (error as Error).message;
      body = raw.toString('utf8');
    }
    const entry = record(req, url, 'twirp', endpoint, raw.length, body);
    const reply = (status: number, payload: unknown) => {
      entry.status = status;
      sendJson(res, status, payload);
    };
    if (!endpoint) {
      reply(404, { code: 'bad_route', msg: `no handler for path ${url.pathname}` });
      return;
    }
    if (applyFault(res, entry, endpoint, 'twirp')) return;
    if (req.method !== 'POST') {
      reply(404, { code: 'bad_route', msg: `unsupported method ${req.method} (only POST is allowed)` });
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      reply(401, { code: 'unauthenticated', msg: 'missing or invalid bearer token' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      reply(404, { code: 'bad_route', msg: `unexpected Content-Type: ${req.headers['content-type'] ?? ''}` });
      return;
    }
    if (parseError !== undefined) {
      reply(400, { code: 'malformed', msg: `the json request could not be decoded: ${parseError}` });
      return;
    }
    try {
      const handler =
        service === ARTIFACT_SERVICE
          ? artifactHandlers[endpoint as ArtifactMethod]
          : cacheHandlers[endpoint as CacheMethod];
      reply(200, handler(body));
    } catch (error) {
      if (error instanceof TwirpError) reply(error.status, { code: error.code, msg: error.message });
      else reply(500, { code: 'internal', msg: String(error) });
    }
  }

  async function handleBlob(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const comp = url.searchParams.get('comp');
    const blobPath = decodeURIComponent(url.pathname.slice(`/${BLOB_ACCOUNT}/`.length));
    let endpoint: BlobOperation | undefined;
    if (method === 'PUT' && comp === null) endpoint = 'PutBlob';
    else if (method === 'PUT' && comp === 'block') endpoint = 'PutBlock';
    else if (method === 'PUT' && comp === 'blocklist') endpoint = 'PutBlockList';
    else if (method === 'GET' && comp === null) endpoint = 'GetBlob';
    else if (method === 'HEAD' && comp === null) endpoint = 'GetBlobProperties';

    let body: unknown;
    let blockIds: string[] = [];
    if (endpoint === 'PutBlockList') {
      const xml = raw.toString('utf8');
      blockIds = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? '');
      body = { blockIds };
    }
    const entry = record(req, url, 'blob', endpoint, raw.length, body, blobPath);
    const head = method === 'HEAD';
    try {
      if (!endpoint) throw new BlobError(400, 'UnsupportedHttpVerb', `the stand-in does not implement ${method} ?comp=${comp ?? ''}`);
      if (applyFault(res, entry, endpoint, 'blob')) return;
      const now = new Date();
      switch (endpoint) {
        case 'PutBlob': {
          checkSas(blobPath, Object.fromEntries(url.searchParams), 'w');
          if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
            throw new BlobError(400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob');
          }
          const blob = blobRecord(blobPath);
          blob.data = raw;
          blob.exists = true;
          blob.contentType = headerString(req.headers['x-ms-blob-content-type']) ?? blob.contentType;
          blob.etag = newEtag();
          blob.lastModified = now;
          blob.uncommitted.clear();
          blob.committedBlocks.clear();
          entry.status = 201;
          res.writeHead(201, azureHeaders({
            etag: blob.etag,
            'last-modified': now.toUTCString(),
            'content-md5': createHash('md5').update(raw).digest('base64'),
            'x-ms-request-server-encrypted': 'true',
            'content-length': 0,
          }));
          res.end();
          return;
        }
        case 'PutBlock': {
          checkSas(blobPath, Object.fromEntries(url.searchParams), 'w');
          const blockId = url.searchParams.get('blockid');
          if (!blockId) throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is required');
          const blob = blobRecord(blobPath);
          blob.uncommitted.set(blockId, raw);
          entry.status = 201;
          res.writeHead(201, azureHeaders({
            'content-md5': createHash('md5').update(raw).digest('base64'),
            'x-ms-request-server-encrypted': 'true',
            'content-length': 0,
          }));
          res.end();
          return;
        }
        case 'PutBlockList': {
          checkSas(blobPath, Object.fromEntries(url.searchParams), 'w');
          const blob = blobRecord(blobPath);
          const parts: Buffer[] = [];
          const committed = new Map<string, Buffer>();
          for (const id of blockIds) {
            const part = blob.uncommitted.get(id) ?? blob.committedBlocks.get(id);
            if (!part) throw new BlobError(400, 'InvalidBlockList', `The specified block list is invalid: unknown block id ${id}`);
            parts.push(part);
            committed.set(id, part);
          }
          blob.data = Buffer.concat(parts);
          blob.exists = true;
          blob.committedBlocks = committed;
          blob.uncommitted.clear();
          blob.contentType = headerString(req.headers['x-ms-blob-content-type']) ?? blob.contentType;
          blob.etag = newEtag();
          blob.lastModified = now;
          entry.status = 201;
          res.writeHead(201, azureHeaders({
            etag: blob.etag,
            'last-modified': now.toUTCString(),
            'x-ms-request-server-encrypted': 'true',
            'content-length': 0,
          }));
          res.end();
          return;
        }
        case 'GetBlob':
        case 'GetBlobProperties': {
          checkSas(blobPath, Object.fromEntries(url.searchParams), 'r');
          const blob = blobs.get(blobPath);
          if (!blob || !blob.exists) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
          const size = blob.data.length;
          const common: Record<string, string | number> = {
            etag: blob.etag,
            'last-modified': blob.lastModified.toUTCString(),
            'x-ms-creation-time': blob.createdAt.toUTCString(),
            'x-ms-blob-type': 'BlockBlob',
            'x-ms-server-encrypted': 'true',
            'accept-ranges': 'bytes',
            'content-type': blob.contentType ?? 'application/octet-stream',
            ...(blob.contentDisposition ? { 'content-disposition': blob.contentDisposition } : {}),
          };
          const range = head
            ? undefined
            : parseRange(headerString(req.headers['x-ms-range']) ?? headerString(req.headers.range), size);
          if (range) {
            const slice = blob.data.subarray(range.start, range.end + 1);
            entry.status = 206;
            res.writeHead(206, azureHeaders({
              ...common,
              'content-range': `bytes ${range.start}-${range.end}/${size}`,
              'content-length': slice.length,
            }));
            res.end(slice);
          } else {
            entry.status = 200;
            res.writeHead(200, azureHeaders({
              ...common,
              'content-md5': createHash('md5').update(blob.data).digest('base64'),
              'content-length': size,
            }));
            res.end(head ? undefined : blob.data);
          }
          return;
        }
      }
    } catch (error) {
      const blobError = error instanceof BlobError ? error : new BlobError(500, 'InternalError', String(error));
      entry.status = blobError.status;
      sendBlobError(res, blobError.status, blobError.code, blobError.message, head);
    }
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let work: Promise<void>;
    if (url.pathname.startsWith('/twirp/')) work = handleTwirp(req, res, url);
    else if (url.pathname.startsWith(`/${BLOB_ACCOUNT}/`)) work = handleBlob(req, res, url);
    else {
      work = readBody(req).then((raw) => {
        const entry = record(req, url, 'other', undefined, raw.length, undefined);
        entry.status = 404;
        sendJson(res, 404, { message: 'Not Found (fc-python-pack actions-service stand-in)' });
      });
    }
    work.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', msg: String(error) });
      else res.destroy();
    });
  });

  function listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.once('error', onError);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', onError);
        resolve();
      });
    });
  }

  function stopListening(): Promise<void> {
    return new Promise((resolve) => {
      if (!server.listening) {
        resolve();
        return;
      }
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  await listen(0);
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  const repository = options.repository ?? 'fc-python-pack/fixture';
  const runId = options.runId ?? String(1_000_000 + Math.floor(Math.random() * 8_999_999));
  const noProxy = [process.env.NO_PROXY ?? process.env.no_proxy, '127.0.0.1', 'localhost', '::1']
    .filter((v): v is string => Boolean(v))
    .join(',');

  const env: Record<string, string> = {
    // --- what @actions/cache (v2 service) and @actions/artifact actually read ---
    ACTIONS_RESULTS_URL: `${baseUrl}/`,
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_CACHE_SERVICE_V2: 'True',
    // 'https://github.com' makes isGhes() false (GHES would mean: cache v1, artifacts unsupported).
    // Nothing in the cache/artifact upload paths contacts it.
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerTemp, // @actions/cache creates its archive dirs here
    GITHUB_WORKSPACE: workspace, // tar -C / artifact download default dir
    GITHUB_RETENTION_DAYS: '90',
    // --- keep any stray API traffic on loopback ---
    GITHUB_API_URL: baseUrl,
    GITHUB_GRAPHQL_URL: `${baseUrl}/graphql`,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    // --- ordinary runner context, for code that reads it ---
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? repository,
    GITHUB_REPOSITORY_ID: '123456789',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_ACTION: 'fc-python-pack',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'fc-python-pack-test-runner',
  };

  const service: ActionsService = {
    url: baseUrl,
    port,
    env,
    token,
    workflowRunBackendId,
    workflowJobRunBackendId,
    tempDir,
    runnerTemp,
    workspace,
    artifacts: artifactViews,
    caches: cacheViews,
    requests,

    artifact(name) {
      for (let i = artifactRecords.length - 1; i >= 0; i--) {
        const r = artifactRecords[i];
        if (r && r.name === name && !r.deleted) return artifactViews[i];
      }
      return undefined;
    },
    cacheEntry(key, version) {
      for (let i = cacheRecords.length - 1; i >= 0; i--) {
        const r = cacheRecords[i];
        if (r && r.key === key && (version === undefined || r.version === version)) return cacheViews[i];
      }
      return undefined;
    },
    requestsTo(endpoint) {
      return requests.filter((r) => r.endpoint === endpoint);
    },
    blob(blobPath) {
      const b = blobs.get(blobPath);
      if (!b || !b.exists) return undefined;
      return {
        path: b.path,
        data: b.data,
        contentType: b.contentType,
        etag: b.etag,
        lastModified: b.lastModified,
        uncommittedBlockIds: [...b.uncommitted.keys()],
      };
    },

    failNext(endpoint, n, fault = 500) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`failNext: n must be a non-negative integer, got ${n}`);
      const state = faultState(endpoint);
      for (let i = 0; i < n; i++) state.queue.push(fault);
    },
    failAlways(endpoint, fault = 500) {
      faultState(endpoint).always = fault;
    },
    failAfter(endpoint, ok, fault = 500) {
      const state = faultState(endpoint);
      state.passes = ok;
      state.after = fault;
    },
    clearFaults(endpoint) {
      if (endpoint === undefined) faults.clear();
      else faults.delete(endpoint);
    },

    async down() {
      isDown = true;
      await stopListening();
    },
    async up() {
      if (server.listening) return;
      await listen(port);
      isDown = false;
    },
    get isDown() {
      return isDown;
    },

    reset() {
      blobs.clear();
      artifactRecords.length = 0;
      artifactViews.length = 0;
      cacheRecords.length = 0;
      cacheViews.length = 0;
      requests.length = 0;
      faults.clear();
    },
    async close() {
      await stopListening();
      await rm(tempDir, { recursive: true, force: true });
    },
  };
  return service;
}

function headerString(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Runs `fn` with every global setTimeout of >= 1 s shortened 100x. The libraries' Twirp
 * retry back-off (3 s x 1.5^n, 5 attempts) and the Azure SDK's (4 s, 12 s) have no
 * configuration knob; this keeps "fails N times" tests fast without changing how many
 * attempts are made.
 */
export async function withFastBackoff<T>(fn: () => Promise<T>): Promise<T> {
  const original = globalThis.setTimeout;
  const fast = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    original(handler, ms !== undefined && ms >= 1000 ? Math.ceil(ms / 100) : ms, ...args)) as unknown as typeof setTimeout;
  globalThis.setTimeout = fast;
  try {
    return await fn();
  } finally {
    globalThis.setTimeout = original;
  }
}

/** What a test file gets from `useInProcessActionsService`. */
export interface InProcessService {
  /** The running stand-in (started once per file). */
  readonly svc: ActionsService;
  /** A fresh temp folder per test, removed after it. */
  readonly scratch: string;
  /** What was written to stdout during the test (@actions/* workflow commands). */
  output(): string;
}

/**
 * Registers the hooks an in-process test file needs: one stand-in for the file, and per test
 * its environment applied to process.env (outer Actions variables cleared), stdout captured,
 * a scratch folder, and everything restored after. `afterEachTest` runs before the restore.
 */
export function useInProcessActionsService(afterEachTest?: (svc: ActionsService) => void | Promise<void>): InProcessService {
  let svc: ActionsService | undefined;
  let scratch = '';
  let stdout: string[] = [];
  let restoreEnv: (() => void) | undefined;
  beforeAll(async () => {
    svc = await startActionsService();
  });
  afterAll(async () => {
    await svc?.close();
  });
  beforeEach(async () => {
    svc!.reset();
    if (svc!.isDown) await svc!.up();
    const cleared = Object.fromEntries(CONFLICTING_ENV_VARS.map((name) => [name, undefined]));
    restoreEnv = applyEnv({ ...cleared, ...svc!.env });
    scratch = await mkdtemp(path.join(os.tmpdir(), 'fcpp-svc-test-'));
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  });
  afterEach(async () => {
    await afterEachTest?.(svc!);
    vi.restoreAllMocks();
    restoreEnv?.();
    restoreEnv = undefined;
    await rm(scratch, { recursive: true, force: true });
  });
  return {
    get svc() {
      return svc!;
    },
    get scratch() {
      return scratch;
    },
    output: () => stdout.join(''),
  };
}
