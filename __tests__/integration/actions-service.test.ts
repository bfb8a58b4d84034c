/**
 * Proves the stand-in in ../support/actions-service.ts is good enough for the REAL
 * @actions/cache (v6, cache service v2) and @actions/artifact (v6) libraries, and
 * pins down what those libraries do when the service misbehaves:
 *
 * - Twirp calls (both libraries): 5 attempts, only on 500/502/503/504 (+429 for
 *   artifacts), sleeping 3 s, then 4.5–6.75 s, 6.75–10.1 s, 10.1–15.2 s. There is no
 *   env knob for this (the clients are built with no options), so "500 twice then OK"
 *   costs ~8–10 s of real time and "500 forever" ~25–35 s. Other 4xx fail at once
 *   ("Received non-retryable error: ..."); connection errors (ECONNREFUSED,
 *   ECONNRESET, ...) fail at once as NetworkError, without retry.
 * - Blob uploads (Azure SDK, StorageRetryPolicy): up to 4 tries on 500/503 and on
 *   network errors (ECONNREFUSED/ECONNRESET/...), waiting 0 s, 4 s, 12 s.
 * - Cache downloads from a non-*.blob.core.windows.net URL (i.e. this stand-in) are a
 *   plain @actions/http-client GET: 2 attempts, 5 s apart, and only on 502/503/504
 *   (a 500 is not retried).
 * - restoreCache never throws for service trouble: it logs `::warning::Failed to
 *   restore: ...` and resolves undefined (the `::error::` branch needs an
 *   HttpClientError, which the v2 code path never produces). saveCache never throws
 *   either: a failed CreateCacheEntry becomes ReserveCacheError, logged with
 *   core.info (`Failed to save: Unable to reserve cache with key K, another job may be
 *   creating this cache.`); a failed upload/finalize is `::warning::Failed to save:
 *   ...`; both resolve -1.
 * - uploadArtifact rejects. Note: DefaultArtifactClient.uploadArtifact `return`s the
 *   inner promise without awaiting it, so its "Artifact upload failed with error"
 *   warning is NOT logged for asynchronous failures; callers must log the rejection.
 */
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as cache from '@actions/cache';
import { DefaultArtifactClient } from '@actions/artifact';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { useInProcessActionsService, withFastBackoff } from '../support/actions-service.js';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const h = useInProcessActionsService();

const output = () => h.output();

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A small tree: two text files and a binary one in a subfolder. */
async function makeTree(root: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {
    'fastapi/__init__.py': Buffer.from('__version__ = "0.115.0"\n'),
    'fastapi/routing.py': Buffer.from('def route():\n    return 42\n'.repeat(50)),
    'bin/_speedups.so': randomBytes(4096),
  };
  for (const [rel, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), data);
  }
  return files;
}


describe('@actions/cache (service v2) against the stand-in', () => {
  it('saves a folder and restores it into another workspace', async () => {
    const ws1 = path.join(h.scratch, 'ws1');
    const ws2 = path.join(h.scratch, 'ws2');
    const cached = path.join(ws1, 'site-packages');
    const files = await makeTree(cached);
    const key = `deps-linux-${randomBytes(4).toString('hex')}`;

    // Tar entries are relative to GITHUB_WORKSPACE; the cache "version" hashes the path
    // strings. So "restore somewhere else" = same path strings, other GITHUB_WORKSPACE.
    process.env.GITHUB_WORKSPACE = ws1;
    const cacheId = await cache.saveCache([cached], key);

    const entry = h.svc.cacheEntry(key);
    expect(entry?.finalized).toBe(true);
    expect(cacheId).toBe(entry?.id);
    const [create] = h.svc.requestsTo('CreateCacheEntry');
    expect(create?.body).toMatchObject({ key, version: entry?.version });
    const [finalize] = h.svc.requestsTo('FinalizeCacheEntryUpload');
    expect(finalize?.body).toMatchObject({ key, version: entry?.version, size_bytes: String(entry?.bytes().length) });
    // Archives up to 128 MiB go up in one Put Blob.
    expect(h.svc.requestsTo('PutBlob').map((r) => r.status)).toEqual([201]);
    expect(entry?.sha256()).toBe(sha256(entry!.bytes()));

    await rm(ws1, { recursive: true, force: true });
    process.env.GITHUB_WORKSPACE = ws2;
    await mkdir(ws2, { recursive: true });
    const restoredKey = await cache.restoreCache([cached], key);

    expect(restoredKey).toBe(key);
    for (const [rel, data] of Object.entries(files)) {
      expect(await readFile(path.join(ws2, 'site-packages', rel))).toEqual(data);
    }
    expect(existsSync(cached)).toBe(false);
    const [lookup] = h.svc.requestsTo('GetCacheEntryDownloadURL');
    expect(lookup?.body).toMatchObject({ key, version: entry?.version });
    // Not a *.blob.core.windows.net host, so the library downloads with a plain GET.
    expect(h.svc.requestsTo('GetBlob').map((r) => r.status)).toEqual([200]);
  });

  it('matches restore keys by prefix, newest first', async () => {
    const dir = path.join(h.scratch, 'ws', 'venv');
    await makeTree(dir);
    process.env.GITHUB_WORKSPACE = path.join(h.scratch, 'ws');
    expect(await cache.saveCache([dir], 'venv-linux-aaa')).toBeGreaterThan(0);
    expect(await cache.saveCache([dir], 'venv-linux-bbb')).toBeGreaterThan(0);

    expect(await cache.restoreCache([dir], 'venv-linux-ccc', ['venv-linux-'])).toBe('venv-linux-bbb');
    expect(output()).toContain('Cache hit for restore-key: venv-linux-bbb');
  });

  it('resolves undefined for a key that is not there, without a warning', async () => {
    const dir = path.join(h.scratch, 'nothing');
    const result = await cache.restoreCache([dir], 'no-such-key', ['no-such-prefix-']);

    expect(result).toBeUndefined();
    expect(h.svc.requestsTo('GetCacheEntryDownloadURL')).toHaveLength(1);
    expect(h.svc.requestsTo('GetCacheEntryDownloadURL')[0]?.body).toMatchObject({
      key: 'no-such-key',
      restore_keys: ['no-such-prefix-'],
    });
    expect(output()).not.toContain('::warning::');
  });

  it('a second save of the same key is a ReserveCacheError: info, not a throw, and -1', async () => {
    const dir = path.join(h.scratch, 'ws', 'pkgs');
    await makeTree(dir);
    process.env.GITHUB_WORKSPACE = path.join(h.scratch, 'ws');
    expect(await cache.saveCache([dir], 'same-key')).toBeGreaterThan(0);

    expect(await cache.saveCache([dir], 'same-key')).toBe(-1);
    expect(h.svc.requestsTo('CreateCacheEntry').map((r) => r.status)).toEqual([200, 409]);
    expect(output()).toContain('Failed to save: Unable to reserve cache with key same-key, another job may be creating this cache.');
    expect(output()).not.toContain('::warning::Failed to save');
  });

  it('the Azure SDK retries a 500 from blob storage at once', async () => {
    const dir = path.join(h.scratch, 'ws', 'pkgs');
    await makeTree(dir);
    process.env.GITHUB_WORKSPACE = path.join(h.scratch, 'ws');
    h.svc.failNext('PutBlob', 1, 500);

    expect(await cache.saveCache([dir], 'blob-retry')).toBeGreaterThan(0);
    expect(h.svc.requestsTo('PutBlob').map((r) => [r.status, r.injected])).toEqual([
      [500, true],
      [201, false],
    ]);
    expect(h.svc.cacheEntry('blob-retry')?.finalized).toBe(true);
  });

  it('a lookup failing 5 times is a warning and a miss, not an error', async () => {
    h.svc.failAlways('GetCacheEntryDownloadURL', 500);
    const result = await withFastBackoff(() => cache.restoreCache([path.join(h.scratch, 'x')], 'k'));

    expect(result).toBeUndefined();
    expect(h.svc.requestsTo('GetCacheEntryDownloadURL')).toHaveLength(5);
    expect(output()).toContain(
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected fault: GetCacheEntryDownloadURL answered 500',
    );
    expect(output()).not.toContain('::error::');
  });

  it('a blob download answering 503 is tried twice, then a warning and a miss (a 500 only once)', async () => {
    const dir = path.join(h.scratch, 'ws', 'pkgs');
    await makeTree(dir);
    process.env.GITHUB_WORKSPACE = path.join(h.scratch, 'ws');
    expect(await cache.saveCache([dir], 'dl-fail')).toBeGreaterThan(0);
    // The plain-GET download path retries only 502/503/504: 2 attempts, 5 s apart.
    h.svc.failAlways('GetBlob', 503);
    expect(await withFastBackoff(() => cache.restoreCache([dir], 'dl-fail'))).toBeUndefined();
    expect(h.svc.requestsTo('GetBlob')).toHaveLength(2);
    expect(output()).toContain('::warning::Failed to restore: downloadCache failed: Cache service responded with 503');

    h.svc.failAlways('GetBlob', 500);
    expect(await withFastBackoff(() => cache.restoreCache([dir], 'dl-fail'))).toBeUndefined();
    expect(h.svc.requestsTo('GetBlob')).toHaveLength(3);
    expect(output()).toContain('::warning::Failed to restore: downloadCache failed: Cache service responded with 500');
  });

  it('a failing finalize is a warning and -1 from saveCache', async () => {
    const dir = path.join(h.scratch, 'ws', 'pkgs');
    await makeTree(dir);
    process.env.GITHUB_WORKSPACE = path.join(h.scratch, 'ws');
    h.svc.failAlways('FinalizeCacheEntryUpload', 503);

    const result = await withFastBackoff(() => cache.saveCache([dir], 'fin-fail'));

    expect(result).toBe(-1);
    expect(h.svc.requestsTo('FinalizeCacheEntryUpload')).toHaveLength(5);
    expect(h.svc.cacheEntry('fin-fail')?.finalized).toBe(false);
    expect(output()).toContain('::warning::Failed to save: Failed to FinalizeCacheEntryUpload: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable');
  });

  it('with the service down: restoreCache resolves undefined and warns, saveCache resolves -1', async () => {
    const dir = path.join(h.scratch, 'ws', 'pkgs');
    await makeTree(dir);
    process.env.GITHUB_WORKSPACE = path.join(h.scratch, 'ws');
    await h.svc.down();

    const started = Date.now();
    expect(await cache.restoreCache([dir], 'any-key')).toBeUndefined();
    expect(output()).toMatch(/::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED/);

    expect(await cache.saveCache([dir], 'any-key')).toBe(-1);
    expect(output()).toContain('Failed to save: Unable to reserve cache with key any-key');
    // Connection refused is a NetworkError: no retries, no back-off.
    expect(Date.now() - started).toBeLessThan(2500);
    expect(h.svc.requests).toHaveLength(0);

    await h.svc.up();
    expect(await cache.saveCache([dir], 'any-key')).toBeGreaterThan(0);
  });
});

describe('@actions/artifact against the stand-in', () => {
  it('uploads a single file unarchived (skipArchive): the blob is the file', async () => {
    const file = path.join(h.scratch, 'layer.zip');
    const bytes = randomBytes(200_000);
    await writeFile(file, bytes);

    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact('ignored-name', [file], h.scratch, { skipArchive: true });

    // With skipArchive the artifact takes the file's name.
    const artifact = h.svc.artifact('layer.zip');
    expect(artifact?.finalized).toBe(true);
    expect(result.id).toBe(artifact?.id);
    expect(result.size).toBe(bytes.length);
    expect(result.digest).toBe(sha256(bytes));
    expect(artifact?.bytes().equals(bytes)).toBe(true);
    expect(artifact?.sha256()).toBe(sha256(bytes));
    expect(artifact?.hash).toBe(`sha256:${sha256(bytes)}`);
    expect(artifact?.mimeType).toBe('application/zip');

    const [create] = h.svc.requestsTo('CreateArtifact');
    expect(create?.body).toEqual({
      workflow_run_backend_id: h.svc.workflowRunBackendId,
      workflow_job_run_backend_id: h.svc.workflowJobRunBackendId,
      name: 'layer.zip',
      mime_type: 'application/zip',
      version: 7,
    });
    // uploadStream always stages blocks and commits a block list, however small the data.
    expect(h.svc.requestsTo('PutBlock').length).toBeGreaterThan(0);
    expect(h.svc.requestsTo('PutBlockList')).toHaveLength(1);
    expect(h.svc.blob(artifact!.blobPath)?.contentType).toBe('application/zip');
  });

  it('uploads a folder as a zip and downloads it back', async () => {
    const root = path.join(h.scratch, 'function');
    const files = await makeTree(root);
    const client = new DefaultArtifactClient();

    const { id } = await client.uploadArtifact(
      'function-package',
      Object.keys(files).map((rel) => path.join(root, rel)),
      root,
      { retentionDays: 3 },
    );

    const artifact = h.svc.artifact('function-package');
    expect(artifact?.id).toBe(id);
    expect(artifact?.mimeType).toBe('application/zip');
    expect(artifact?.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(artifact?.bytes().subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    const [finalize] = h.svc.requestsTo('FinalizeArtifact');
    expect(finalize?.body).toMatchObject({
      name: 'function-package',
      size: String(artifact?.bytes().length),
      hash: `sha256:${artifact?.sha256()}`,
    });

    // Round trip through ListArtifacts + GetSignedArtifactURL + blob GET + unzip.
    const out = path.join(h.scratch, 'download');
    const download = await client.downloadArtifact(id!, { path: out, expectedHash: `sha256:${artifact?.sha256()}` });
    expect(download.digestMismatch).toBe(false);
    for (const [rel, data] of Object.entries(files)) {
      expect(await readFile(path.join(out, rel))).toEqual(data);
    }
    expect(h.svc.requestsTo('ListArtifacts')[0]?.body).toMatchObject({ id_filter: String(id) });
  });

  it('refuses a second artifact with the same name (409, not retried)', async () => {
    const file = path.join(h.scratch, 'a.txt');
    await writeFile(file, 'a');
    const client = new DefaultArtifactClient();
    await client.uploadArtifact('dup', [file], h.scratch);

    await expect(client.uploadArtifact('dup', [file], h.scratch)).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run: dup',
    );
  });

  it('retries two 500s from CreateArtifact and then succeeds (real back-off, ~8-10 s)', async () => {
    const file = path.join(h.scratch, 'report.json');
    await writeFile(file, '{"ok":true}');
    h.svc.failNext('CreateArtifact', 2);

    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact('report', [file], h.scratch);

    expect(result.id).toBe(h.svc.artifact('report')?.id);
    expect(h.svc.requestsTo('CreateArtifact').map((r) => [r.status, r.injected])).toEqual([
      [500, true],
      [500, true],
      [200, false],
    ]);
    expect(output()).toContain(
      'Attempt 1 of 5 failed with error: Failed request: (500) Internal Server Error: injected fault: CreateArtifact answered 500. Retrying request in 3000 ms...',
    );
    expect(output()).toMatch(/Attempt 2 of 5 failed with error: .*Retrying request in \d+ ms/);
  }, 60_000);

  it('failAlways(500) makes the upload reject with the service message after 5 attempts', async () => {
    const file = path.join(h.scratch, 'report.json');
    await writeFile(file, '{"ok":true}');
    h.svc.failAlways('FinalizeArtifact', { status: 500, message: 'results service is on fire' });

    const client = new DefaultArtifactClient();
    await withFastBackoff(async () => {
      await expect(client.uploadArtifact('report', [file], h.scratch)).rejects.toThrow(
        'Failed to FinalizeArtifact: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: results service is on fire',
      );
    });
    expect(h.svc.requestsTo('FinalizeArtifact')).toHaveLength(5);
    // The bytes did reach blob storage; the artifact just never got finalized.
    expect(h.svc.artifact('report')?.finalized).toBe(false);
    // DefaultArtifactClient does not log its own warning for async failures (see header).
    expect(output()).not.toContain('Artifact upload failed with error');
  });

  it('a non-retryable status fails on the first attempt', async () => {
    const file = path.join(h.scratch, 'report.json');
    await writeFile(file, '{"ok":true}');
    h.svc.failAlways('CreateArtifact', { status: 403, message: 'artifact storage quota has been hit' });

    const client = new DefaultArtifactClient();
    await expect(client.uploadArtifact('report', [file], h.scratch)).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (403) Forbidden: artifact storage quota has been hit',
    );
    expect(h.svc.requestsTo('CreateArtifact')).toHaveLength(1);
  });

  it('with the service down, the upload rejects at once with a NetworkError', async () => {
    const file = path.join(h.scratch, 'report.json');
    await writeFile(file, '{"ok":true}');
    await h.svc.down();

    const client = new DefaultArtifactClient();
    await expect(client.uploadArtifact('report', [file], h.scratch)).rejects.toThrow(
      /^Failed to CreateArtifact: Unable to make request: ECONNREFUSED/,
    );
  });
});

describe('stand-in protocol details', () => {
  async function createCacheEntry(key: string): Promise<string> {
    const res = await fetch(`${h.svc.url}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h.svc.token}` },
      body: JSON.stringify({ key, version: 'v1' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; signed_upload_url: string };
    expect(body.ok).toBe(true);
    return body.signed_upload_url;
  }

  it('rejects a wrong bearer token with a Twirp 401', async () => {
    const res = await fetch(`${h.svc.url}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
      body: JSON.stringify({ key: 'k', version: 'v' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'unauthenticated', msg: 'missing or invalid bearer token' });
  });

  it('checks SAS signatures and permissions, and serves Range reads', async () => {
    const uploadUrl = await createCacheEntry('sas');
    const tampered = uploadUrl.replace(/sig=[^&]+/, 'sig=forged');
    const put = (url: string) =>
      fetch(url, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'hello blob' });
    expect((await put(tampered)).headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    expect((await put(uploadUrl)).status).toBe(201);

    // The upload URL is write-only ('cw').
    expect((await fetch(uploadUrl)).status).toBe(403);

    const lookup = await fetch(`${h.svc.url}/twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h.svc.token}` },
      body: JSON.stringify({ key: 'sas', version: 'v1', size_bytes: '10' }),
    });
    expect(await lookup.json()).toEqual({ ok: true, entry_id: String(h.svc.cacheEntry('sas')?.id) });
    const download = await fetch(`${h.svc.url}/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h.svc.token}` },
      body: JSON.stringify({ key: 'sas', version: 'v1' }),
    });
    const { signed_download_url: readUrl } = (await download.json()) as { signed_download_url: string };
    const ranged = await fetch(readUrl, { headers: { 'x-ms-range': 'bytes=6-9' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe('bytes 6-9/10');
    expect(await ranged.text()).toBe('blob');
    expect((await fetch(readUrl, { method: 'HEAD' })).headers.get('content-length')).toBe('10');
  });

  it("a 'reset' fault drops the connection: the Twirp clients do not retry ECONNRESET", async () => {
    const file = path.join(h.scratch, 'report.json');
    await writeFile(file, '{"ok":true}');
    h.svc.failNext('CreateArtifact', 1, 'reset');

    await expect(new DefaultArtifactClient().uploadArtifact('report', [file], h.scratch)).rejects.toThrow(
      /^Failed to CreateArtifact: Unable to make request: ECONNRESET/,
    );
    expect(h.svc.requestsTo('CreateArtifact').map((r) => [r.status, r.injected])).toEqual([[0, true]]);
  });

  it('unknown paths are 404 and recorded', async () => {
    const res = await fetch(`${h.svc.url}/repos/o/r/actions/artifacts`);
    expect(res.status).toBe(404);
    expect(h.svc.requests.at(-1)).toMatchObject({ kind: 'other', path: '/repos/o/r/actions/artifacts', status: 404 });
  });
});

describe('env is complete for a child process', () => {
  it('a bundled (esbuild, CJS) script saves a cache and uploads an artifact using only h.svc.env', async () => {
    const entry = path.join(h.scratch, 'probe.mjs');
    await writeFile(
      entry,
      [
        "import { saveCache } from '@actions/cache';",
        "import { DefaultArtifactClient } from '@actions/artifact';",
        "import { writeFileSync, mkdirSync } from 'node:fs';",
        "import path from 'node:path';",
        'const ws = process.env.GITHUB_WORKSPACE;',
        "mkdirSync(path.join(ws, 'wheels'), { recursive: true });",
        "writeFileSync(path.join(ws, 'wheels', 'x.whl'), 'wheel bytes');",
        'async function main() {',
        "  const id = await saveCache([path.join(ws, 'wheels')], 'child-key');",
        '  if (!(id > 0)) throw new Error(`saveCache returned ${id}`);',
        "  const r = await new DefaultArtifactClient().uploadArtifact('child', [path.join(ws, 'wheels', 'x.whl')], ws);",
        "  console.log('PROBE-OK', id, r.id);",
        '}',
        'main().catch((e) => { console.error(e); process.exit(1); });',
      ].join('\n'),
    );
    const outfile = path.join(h.scratch, 'probe.cjs');
    // Same settings as scripts/bundle.mjs.
    await build({
      absWorkingDir: repoRoot,
      nodePaths: [path.join(repoRoot, 'node_modules')],
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    const workspace = path.join(h.scratch, 'child-ws');
    await mkdir(workspace, { recursive: true });
    const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...h.svc.env, GITHUB_WORKSPACE: workspace };

    // process.execPath can be a node that has since been removed from node_modules/.bin by a
    // concurrent npm install; fall back to whatever `node` is on PATH.
    const nodeBin = existsSync(process.execPath) ? process.execPath : 'node';
    const { stdout: childOut } = await execFileAsync(nodeBin, [outfile], { env: childEnv, cwd: h.scratch });

    expect(childOut).toMatch(/PROBE-OK \d+ \d+/);
    expect(h.svc.cacheEntry('child-key')?.finalized).toBe(true);
    expect(h.svc.artifact('child')?.finalized).toBe(true);
  }, 60_000);
});
