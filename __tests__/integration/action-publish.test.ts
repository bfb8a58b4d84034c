/**
 * Issue 5 as the runner runs it: the bundled dist/index.cjs, with the REAL @actions/cache and
 * @actions/artifact inside it, talking over HTTP to a local stand-in for the Actions results
 * service and its blob storage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startActionsService, type ActionsService } from '../support/actions-service.js';
import { buildInputs, copyFixture, dockerReady, runActionAsync, sha256File, TEST_IMAGE, tmpDir } from '../support/env.js';

describe('publish over the wire', () => {
  let svc: ActionsService;
  let app: string;
  const inputs = (out: string, extra: Record<string, string> = {}) => buildInputs('layer', app, out, extra);
  /** Each job starts on a fresh runner: nothing of the last build's cache folder is left. */
  const freshRunner = () => fs.rmSync(path.join(svc.runnerTemp, 'fc-python-pack-cache'), { recursive: true, force: true });
  const run = (extra: Record<string, string> = {}, env: Record<string, string> = {}) => {
    freshRunner();
    const out = tmpDir('fcpp-out-');
    return runActionAsync(inputs(out, extra), { env: { ...svc.env, GITHUB_SHA: '0123456789abcdef0123', ...env } }).then((r) => ({ ...r, out }));
  };

  beforeAll(async () => {
    expect(dockerReady()).toBe(true);
    svc = await startActionsService({ repository: 'acme/orders' });
    app = copyFixture('layer-app');
  });
  afterAll(async () => {
    await svc?.close();
  });

  let cold: Awaited<ReturnType<typeof run>>;
  it('a cold build installs, saves the deps to the cache and uploads layer.zip as itself', async () => {
    cold = await run();
    expect(cold.code, cold.stdout + cold.stderr).toBe(0);
    expect(cold.outputs['cache-hit']).toBe('false');
    expect(cold.stdout).toMatch(/^pip: /m);
    expect(svc.caches.filter((c) => c.finalized).map((c) => c.key)).toEqual([expect.stringMatching(/^fc-python-pack-v1-deps-/)]);
    const artifact = svc.artifact('layer-0123456.zip')!;
    expect(artifact.finalized).toBe(true);
    // The stored bytes are layer.zip itself, not a zip around it.
    expect(artifact.sha256()).toBe(cold.outputs.sha256);
    expect(artifact.sha256()).toBe(sha256File(cold.outputs['artifact-path']!));
    expect(cold.outputs['artifact-id']).toBe(String(artifact.id));
    expect(cold.outputs['artifact-url']).toBe(`https://github.com/acme/orders/actions/runs/${svc.env.GITHUB_RUN_ID}/artifacts/${artifact.id}`);
  });

  it('writes a job summary a person reads at a glance', () => {
    const s = cold.summary;
    expect(s).toContain('### fc-python-pack: layer.zip');
    expect(s).toMatch(/\| size \| .* zipped, .* unzipped, \d+ entries: /);
    expect(s).toMatch(/within FC's limits \(100\.0 MiB through the API, 500\.0 MiB through the console or OSS\)/);
    expect(s).toContain(cold.outputs.sha256!);
    expect(s).toMatch(/\| cache \| /);
    expect(s).toContain(`| verify | imports in \`${TEST_IMAGE}\` `); // whatever FCPP_TEST_IMAGE names
    expect(s).toMatch(/\| verify \| imports in `[^`]+` .*uvicorn [\d.]+/);
    expect(s).toMatch(/largest packages/);
    expect(s).toMatch(/pydantic[-_]core/);
    expect(s).toContain(`[layer-0123456.zip](${cold.outputs['artifact-url']})`);
  });

  it('a second identical build restores the deps and does not run pip', async () => {
    // No python at all: if pip ran, the build would fail.
    const warm = await run({ verify: 'false', 'artifact-name': 'layer-warm' }, { FC_PYTHON_PACK_PYTHON: '/nonexistent/python3' });
    expect(warm.code, warm.stdout + warm.stderr).toBe(0);
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.stdout).toMatch(/pip skipped/);
    expect(warm.stdout).not.toMatch(/^pip: /m);
    expect(warm.outputs.sha256).toBe(cold.outputs.sha256);
    expect(svc.artifact('layer-warm.zip')!.sha256()).toBe(cold.outputs.sha256);
  });

  it('changed requirements miss the deps cache and run pip', async () => {
    fs.appendFileSync(path.join(app, 'requirements.txt'), 'h11\n');
    const changed = await run({ verify: 'false', upload: 'false' });
    expect(changed.code, changed.stdout).toBe(0);
    expect(changed.outputs['cache-hit']).not.toBe('true');
    expect(changed.stdout).toMatch(/^pip: /m);
  });

  it('retries the upload when the service answers 500 twice', async () => {
    svc.failNext('CreateArtifact', 2, 500);
    const r = await run({ verify: 'false', 'artifact-name': 'retried' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(svc.requestsTo('CreateArtifact').filter((q) => q.body && (q.body as { name?: string }).name === 'retried.zip').length).toBe(3);
    expect(svc.artifact('retried.zip')!.sha256()).toBe(r.outputs.sha256);
  });

  it('with the service down the build still succeeds, with a warning', async () => {
    await svc.down();
    try {
      const r = await run({ verify: 'false', upload: 'false' });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/::warning::.*(restore|cache).*ECONNREFUSED/i);
      expect(r.outputs['cache-hit']).toBe('false');
      expect(fs.existsSync(r.outputs['artifact-path']!)).toBe(true);
    } finally {
      await svc.up();
    }
  });

  it('an upload that fails for good fails the step with the service message, and keeps the file', async () => {
    svc.failAlways('CreateArtifact', { status: 500, message: 'artifact storage is on fire' });
    try {
      const r = await run({ verify: 'false', 'artifact-name': 'doomed' });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error::Uploading the artifact doomed\.zip failed: .*artifact storage is on fire.*The built file stays at /);
      expect(fs.existsSync(r.outputs['artifact-path']!)).toBe(true);
      expect(r.outputs.sha256).toBe(sha256File(r.outputs['artifact-path']!));
    } finally {
      svc.clearFaults();
    }
  }, 120_000);
});
