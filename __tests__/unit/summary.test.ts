import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectTree, writeZip, type ZipResult } from '../../src/assemble/zip.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import type { BuildResult } from '../../src/pipeline/build.js';
import { makePlan } from '../../src/plan/plan.js';
import { FC_LIMITS } from '../../src/plan/runtimes.js';
import { jobSummary, limitVerdict, renderSummary, zipPackageSizes, type SummaryInput } from '../../src/publish/summary.js';

let dir: string;
let layer: ZipResult;
let code: ZipResult;

/** Deterministic filler bytes. */
function noise(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  return b;
}

function write(root: string, rel: string, data: string | Buffer, mode = 0o644): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), data, { mode });
}

/** A site-packages tree the way pip --target leaves it, with RECORD files. */
function sitePackages(root: string): void {
  const dist = (name: string, version: string, files: Record<string, string | Buffer>, scripts: string[] = []) => {
    const info = `${name}-${version}.dist-info`;
    for (const [rel, data] of Object.entries(files)) write(root, rel, data);
    for (const s of scripts) write(root, `bin/${s}`, '#!/usr/bin/env python3\nimport sys\n', 0o755);
    write(root, `${info}/METADATA`, `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`);
    const record = [
      ...Object.keys(files).map((f) => `${f},sha256=x,1`),
      ...scripts.map((s) => `../../bin/${s},sha256=x,1`),
      `${info}/METADATA,sha256=x,1`,
      `${info}/RECORD,,`,
    ];
    write(root, `${info}/RECORD`, `${record.join('\n')}\n`);
  };
  dist('pydantic_core', '2.23.4', { 'pydantic_core/_pydantic_core.cpython-310-x86_64-linux-gnu.so': noise(300_000, 1), 'pydantic_core/__init__.py': 'x = 1\n' });
  dist('fastapi', '0.115.0', { 'fastapi/__init__.py': '"""FastAPI"""\n'.repeat(2000), 'fastapi/routing.py': 'def r(): pass\n'.repeat(3000) }, ['fastapi']);
  dist('uvicorn', '0.30.1', { 'uvicorn/__init__.py': 'v = 1\n'.repeat(1000) }, ['uvicorn']);
  dist('typing_extensions', '4.12.2', { 'typing_extensions.py': 'T = 1\n'.repeat(500) });
  // A namespace package shared by two distributions.
  dist('opentelemetry_api', '1.27.0', { 'opentelemetry/trace/__init__.py': noise(20_000, 2) });
  dist('opentelemetry_sdk', '1.27.0', { 'opentelemetry/sdk/__init__.py': noise(40_000, 3) });
  // Seven small ones, so there are more than ten groups.
  for (let i = 0; i < 7; i++) dist(`tiny${i}`, '1.0', { [`tiny${i}/__init__.py`]: 'a'.repeat(10 + i) });
  // Something no RECORD claims.
  write(root, 'stray_vendor/blob.bin', noise(5_000, 4));
}

function result(plan: ReturnType<typeof makePlan>, artifact: ZipResult, extra: Partial<BuildResult> = {}): BuildResult {
  return { plan, artifact, timings: { install: 12_345, assemble: 678, verify: 4_321 }, ...extra };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-summary-'));
  const site = path.join(dir, 'site');
  sitePackages(site);
  layer = await writeZip(await collectTree(site, 'python/'), path.join(dir, 'out', 'layer.zip'));
  const app = path.join(dir, 'app');
  write(app, 'main.py', 'from fastapi import FastAPI\napp = FastAPI()\n');
  write(app, 'bootstrap', '#!/bin/bash\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n', 0o755);
  write(app, 'static/logo.png', noise(60_000, 5));
  write(app, 'app/routes.py', 'def a(): pass\n'.repeat(100));
  code = await writeZip([...(await collectTree(app, '')), ...(await collectTree(site, 'python/'))].sort((a, b) => (a.name < b.name ? -1 : 1)), path.join(dir, 'out', 'function.zip'));
  fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function planFor(target: 'layer' | 'code') {
  return makePlan(parseInputs((n) => (({ target, 'output-dir': path.join(dir, 'out'), ...(target === 'code' ? { 'start-command': 'python3 -m uvicorn main:app', runtime: 'custom.debian12' } : { bootstrap: 'none' }) }) as Record<string, string>)[n], { cwd: dir, env: {} }));
}

describe('largest packages from the central directory', () => {
  it('groups a layer by distribution through RECORD: scripts, namespace packages and dist-info go with their owner', async () => {
    const pkgs = await zipPackageSizes(layer.path);
    const byName = Object.fromEntries(pkgs.map((p) => [p.name, p]));
    expect(pkgs[0]).toMatchObject({ name: 'pydantic_core', version: '2.23.4', kind: 'distribution', under: 'python/' });
    expect(pkgs[0]!.size).toBeGreaterThan(300_000);
    // fastapi: two modules, bin/fastapi, METADATA and RECORD.
    expect(byName.fastapi).toMatchObject({ version: '0.115.0', files: 5 });
    expect(byName.uvicorn!.files).toBe(4);
    expect(byName.opentelemetry_sdk!.size).toBeGreaterThan(40_000);
    expect(byName.opentelemetry_api!.size).toBeGreaterThan(20_000);
    expect(byName.opentelemetry_api!.size).toBeLessThan(40_000);
    expect(byName['stray_vendor/']).toMatchObject({ kind: 'folder', files: 1, size: 5_000 });
    expect(pkgs.some((p) => p.name === 'bin/' || p.name.endsWith('.dist-info'))).toBe(false);
    // Every file is counted once.
    expect(pkgs.reduce((n, p) => n + p.size, 0)).toBe(layer.unpackedSize);
    expect(pkgs.map((p) => p.size)).toEqual([...pkgs.map((p) => p.size)].sort((a, b) => b - a));
  });

  it("groups a code zip's own files by top-level folder or file, and its python/ by distribution", async () => {
    const pkgs = await zipPackageSizes(code.path);
    const names = pkgs.map((p) => `${p.under}${p.name}`);
    expect(names).toEqual(expect.arrayContaining(['static/', 'app/', 'main.py', 'bootstrap', 'python/pydantic_core', 'python/fastapi']));
    expect(pkgs.find((p) => p.name === 'static/')).toMatchObject({ kind: 'folder', under: '', size: 60_000 });
    expect(pkgs.find((p) => p.name === 'main.py')).toMatchObject({ kind: 'file' });
    expect(pkgs.reduce((n, p) => n + p.size, 0)).toBe(code.unpackedSize);
  });
});

describe('job summary', () => {
  it('shows target, file, sizes against the limits, sha256, cache, verify, smoke, the ten largest and the download link', async () => {
    const input: SummaryInput = {
      ...result(planFor('layer'), layer, {
        verify: {
          image: 'python:3.10-slim-buster',
          python: '3.10',
          imports: [
            { module: 'uvicorn', ok: true, version: '0.30.1' },
            { module: 'fastapi', ok: true, version: '0.115.0' },
          ],
        },
      }),
      cacheHit: 'true',
      upload: { id: 4242, url: 'https://github.com/o/r/actions/runs/99/artifacts/4242', name: 'layer-0123456.zip', size: layer.size, digest: layer.sha256 },
    };
    const md = await jobSummary(input);
    expect(md).toContain('### fc-python-pack: layer.zip');
    expect(md).toContain('| target | layer (custom.debian10, Python 3.10) |');
    expect(md).toContain(`\`${layer.path}\``);
    expect(md).toMatch(/\| size \| [\d.]+ KiB zipped, [\d.]+ KiB unzipped, \d+ entries: ✅ within FC's limits \(100\.0 MiB through the API, 500\.0 MiB through the console or OSS\) \|/);
    expect(md).toContain(`| sha256 | \`${layer.sha256}\` |`);
    expect(md).toContain('| cache | hit: every wheel and the resolution were restored, pip did not run |');
    expect(md).toContain('| verify | imports in `python:3.10-slim-buster` (Python 3.10): ✅ uvicorn 0.30.1, ✅ fastapi 0.115.0 |');
    expect(md).toContain('| download | [layer-0123456.zip](https://github.com/o/r/actions/runs/99/artifacts/4242) (artifact 4242,');
    expect(md).toContain('| time | install 12.3 s, assemble 0.7 s, verify 4.3 s |');
    // The largest-packages table: exactly ten rows, biggest first.
    const table = md.slice(md.indexOf('#### The 10 largest packages, unzipped'));
    const rows = table.split('\n').filter((l) => l.startsWith('| python/'));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatch(/^\| python\/pydantic_core \| 2\.23\.4 \| [\d.]+ KiB \| [\d.]+ KiB \| 4 \|$/);
    expect(md).not.toContain('tiny0');
  });

  it('code: smoke status and time; no upload says why; cache partial', () => {
    const md = renderSummary(
      {
        ...result(planFor('code'), code, { smoke: { status: 200, ms: 1_234, listen: ['0.0.0.0'] }, leftOut: [{ source: 'default', pattern: '*.db', files: 1, bytes: 2048 }, { source: '.fcignore:2', pattern: 'data/', files: 3, bytes: 10 }] }),
        cacheHit: 'partial',
        uploadSkipped: 'upload: false',
      },
      [],
    );
    expect(md).toContain('| smoke test | ✅ HTTP 200 after 1.2 s, listening on 0.0.0.0 |');
    expect(md).toContain('| left out | `*.db` 1 file, 2.0 KiB (default); `data/` 3 files, 10 B (.fcignore:2) |');
    expect(md).toContain('| verify | skipped (verify: false) |');
    expect(md).toContain('| cache | partial: an earlier wheelhouse was restored; pip resolved and downloaded only the wheels it lacked |');
    expect(md).toContain('| download | not uploaded (upload: false) |');
    expect(md).not.toContain('#### ');
  });

  it('says where a size stands against each of FC limits', () => {
    const MiB = 1024 * 1024;
    expect(limitVerdict('layer', 99 * MiB, 300 * MiB)).toMatch(/^✅/);
    expect(limitVerdict('code', 101 * MiB, 300 * MiB)).toMatch(/^⚠️ over the 100\.0 MiB limit for uploads through the API; upload through the console or OSS/);
    expect(limitVerdict('code', FC_LIMITS.codeZipConsole + 1, 0)).toMatch(/^❌ over FC's 500\.0 MiB code package limit/);
    expect(limitVerdict('image', 0, 11 * 1024 * MiB)).toMatch(/^❌ over FC's 10\.0 GiB limit/);
    expect(limitVerdict('image', 0, 2 * 1024 * MiB)).toMatch(/^✅ within FC's 10\.0 GiB limit/);
  });
});
