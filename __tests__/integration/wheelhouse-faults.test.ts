/**
 * The wheelhouse under faults (issue 19): two builds at once on one cold wheelhouse (two matrix
 * jobs on one self-hosted runner), and a wheel in it truncated or changed since its resolution was
 * recorded. Every build gives the bytes one build alone gives.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_URL, ROOT, TEST_PYTHON, copyFixture, isolatedEnv, sha256File, tmpDir } from '../support/env.js';

const CLI = path.join(ROOT, 'dist', 'cli.cjs');

function build(app: string, cache: string): Promise<{ code: number | null; stderr: string; sha?: string }> {
  const out = tmpDir('fcpp-whf-out-');
  const child = spawn(process.execPath, [CLI, 'build', app, '--target', 'layer', '--python-version', TEST_PYTHON, '--index-url', INDEX_URL, '--verify', 'false', '--output-dir', out], {
    env: isolatedEnv({ XDG_CACHE_HOME: cache }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stderr, sha: code === 0 ? sha256File(path.join(out, 'layer.zip')) : undefined })),
  );
}

describe('the wheelhouse under faults', () => {
  it('two builds at once on one cold wheelhouse, then a truncated and a changed wheel: the same bytes as one build alone', async () => {
    const app = copyFixture('layer-app');
    const shared = tmpDir('fcpp-whf-xdg-');
    const both = await Promise.all([build(app, shared), build(app, shared)]);
    for (const b of both) expect(b.code, b.stderr).toBe(0);
    expect(both[1]!.sha).toBe(both[0]!.sha);
    // The builds below run alone: each gives these bytes too.
    const alone = both[0]!;

    const house = path.join(shared, 'fc-python-pack', 'wheels');
    const wheel = (prefix: string) => path.join(house, fs.readdirSync(house).find((f) => f.startsWith(prefix) && f.endsWith('.whl'))!);
    const idna = wheel('idna-');
    const idnaSha = sha256File(idna);
    fs.truncateSync(idna, 1000);
    const truncated = await build(app, shared);
    expect(truncated.code, truncated.stderr).toBe(0);
    expect(truncated.sha).toBe(alone.sha);
    expect(sha256File(idna)).toBe(idnaSha);

    // Same size, one byte changed: only its sha256 against the recorded resolution tells.
    const h11 = wheel('h11-');
    const h11Sha = sha256File(h11);
    const bytes = fs.readFileSync(h11);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
    fs.writeFileSync(h11, bytes);
    const changed = await build(app, shared);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.sha).toBe(alone.sha);
    expect(sha256File(h11)).toBe(h11Sha);
  });
});
