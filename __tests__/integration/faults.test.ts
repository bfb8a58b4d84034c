/**
 * Faults in the middle of a build or its publish (issue 19): an upload that fails after some
 * blocks, a full output-dir, a container killed under verify. Each ends in one error that says
 * what failed, with nothing half-written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uploadArtifact } from '../../src/publish/upload.js';
import { UserError } from '../../src/shared/errors.js';
import { MemoryLog } from '../../src/shared/log.js';
import { useInProcessActionsService, withFastBackoff } from '../support/actions-service.js';
import { INDEX_URL, ROOT, TEST_IMAGE, TEST_PYTHON, copyFixture, isolatedEnv, tmpDir } from '../support/env.js';

const h = useInProcessActionsService();
const sha256File = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('faults mid-stream', () => {
  it('an upload whose blob storage fails after the first block: retried, then one error, the file stays', async () => {
    // 20 MiB: three 8 MiB blocks.
    const file = path.join(h.scratch, 'function.zip');
    fs.writeFileSync(file, randomBytes(20 * 1024 * 1024));
    const before = sha256File(file);
    h.svc.failAfter('PutBlock', 1, 500);
    const err = await withFastBackoff(() => uploadArtifact(file, { name: 'midstream' }, new MemoryLog())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    // One line from the service: its message, without the storage's request id and time.
    expect((err as Error).message).toMatch(/^Uploading the artifact midstream\.zip failed: injected fault: PutBlock answered 500\. The built file stays/);
    expect((err as Error).message).toContain(`The built file stays at ${file}`);
    const blocks = h.svc.requestsTo('PutBlock');
    expect(blocks.filter((r) => r.status === 201)).toHaveLength(1);
    // Each failing block was tried more than once.
    expect(blocks.filter((r) => r.status === 500).length).toBeGreaterThan(2);
    expect(h.svc.artifacts.filter((a) => a.finalized)).toEqual([]);
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(h.svc.runnerTemp).filter((n) => n.startsWith('fcpp-upload-'))).toEqual([]);
  });
});

const CLI = path.join(ROOT, 'dist', 'cli.cjs');
/** One wheel cache for the builds below: only the first resolves cold (what they test comes after). */
const XDG = tmpDir('fcpp-faults-xdg-');

describe('faults in a build', () => {
  it('a full output-dir: one error naming output-dir, its free space and the artifact size; nothing partial', () => {
    const mnt = tmpDir('fcpp-full-');
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status !== 0) return; // needs root: a 64 KiB tmpfs
    try {
      const res = spawnSync(process.execPath, [CLI, 'build', copyFixture('layer-app'), '--target', 'layer', '--python-version', TEST_PYTHON, '--index-url', INDEX_URL, '--verify', 'false', '--output-dir', mnt], {
        encoding: 'utf8',
        env: isolatedEnv({ XDG_CACHE_HOME: XDG }),
      });
      expect(res.status, res.stderr).toBe(1);
      expect(res.stderr).toMatch(new RegExp(`^error: output-dir ${mnt} is full: \\d+(\\.\\d+)? KiB free, and layer\\.zip is [\\d.]+ MiB\\. Free some space there, or set output-dir`, 'm'));
      expect(res.stderr).not.toMatch(/ENOSPC|\n\s+at /);
      expect(fs.readdirSync(mnt)).toEqual([]);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });

  it('an engine that stops answering under the smoke test: one error naming verify, the image and the engine', () => {
    const app = copyFixture('code-app');
    fs.writeFileSync(path.join(app, 'bootstrap'), '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec sleep 600 # --host 0.0.0.0 --port 9000\n', { mode: 0o755 });
    // A docker client whose engine stops answering once the app is started: every later exec fails as a dead socket does.
    const bin = tmpDir('fcpp-deadengine-');
    const fake = path.join(bin, 'docker');
    fs.writeFileSync(fake, `#!/bin/sh\nif [ "$1" = exec ]; then echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' >&2; exit 1; fi\nexec docker "$@"\n`, { mode: 0o755 });
    const out = tmpDir('fcpp-deadengine-out-');
    const res = spawnSync(process.execPath, [CLI, 'build', app, '--target', 'code', '--python-version', TEST_PYTHON, '--index-url', INDEX_URL, '--verify-image', TEST_IMAGE, '--output-dir', out], {
      encoding: 'utf8',
      env: isolatedEnv({ FC_PYTHON_PACK_DOCKER: fake, XDG_CACHE_HOME: XDG }),
    });
    expect(res.status, res.stderr).toBe(1);
    const errors = res.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`error: Verify, smoke test in ${TEST_IMAGE}: could not probe the container (Cannot connect to the Docker daemon`);
    expect(errors[0]).toContain('is the Docker engine still answering?');
    expect(fs.readdirSync(out)).toEqual([]);
    expect(spawnSync('docker', ['ps', '-aq', '--filter', `label=fc-python-pack.pid=${res.pid}`], { encoding: 'utf8' }).stdout.trim()).toBe('');
  });

  it('a container killed under verify: one error naming verify and the image, nothing in output-dir', async () => {
    const app = copyFixture('code-app');
    fs.writeFileSync(path.join(app, 'bootstrap'), '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec sleep 600 # --host 0.0.0.0 --port 9000\n', { mode: 0o755 });
    const out = tmpDir('fcpp-killed-out-');
    const child = spawn(process.execPath, [CLI, 'build', app, '--target', 'code', '--python-version', TEST_PYTHON, '--index-url', INDEX_URL, '--verify-image', TEST_IMAGE, '--smoke-timeout', '100', '--output-dir', out], {
      env: isolatedEnv({ XDG_CACHE_HOME: XDG }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (!killed && /polling http:\/\//.test(stderr)) {
        killed = true;
        const ids = spawnSync('docker', ['ps', '-q', '--filter', `label=fc-python-pack.pid=${child.pid}`], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
        spawnSync('docker', ['kill', ...ids]);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(killed).toBe(true);
    expect(code).toBe(1);
    const errors = stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`error: Verify, smoke test in ${TEST_IMAGE}: the function exited with code 137 (killed with SIGKILL`);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(spawnSync('docker', ['ps', '-aq', '--filter', `label=fc-python-pack.pid=${child.pid}`], { encoding: 'utf8' }).stdout.trim()).toBe('');
  });
});
