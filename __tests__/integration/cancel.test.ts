/**
 * A cancelled build (issue 19): SIGINT, then SIGTERM, as a cancelled GitHub run sends them, in the
 * middle of pip and of the smoke test. Each run gets a private TMPDIR, and its containers and
 * /dev/shm trees carry its process id: only what this run made is counted.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_URL, ROOT, TEST_IMAGE, TEST_PYTHON, copyFixture, dockerReady, isolatedEnv, tmpDir } from '../support/env.js';

const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const made: string[] = [];
const own = (prefix: string) => {
  const d = tmpDir(prefix);
  made.push(d);
  return d;
};
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
/** A wheel cache shared by the builds that are not about pip: only the first resolves cold. */
const XDG = own('fcpp-cancel-xdg-');

interface Cancelled {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  pid: number;
  tmp: string;
  out: string;
}

/** Runs `fc-python-pack build` and sends `signal` once a stderr line matches `when`. */
function cancelBuild(app: string, args: string[], when: RegExp, signal: NodeJS.Signals, env: Record<string, string> = {}): Promise<Cancelled> {
  const tmp = own('fcpp-cancel-tmp-');
  const out = own('fcpp-cancel-out-');
  const child = spawn(process.execPath, [CLI, 'build', app, '--python-version', TEST_PYTHON, '--index-url', INDEX_URL, '--output-dir', out, '--verbose', ...args], {
    env: isolatedEnv({ TMPDIR: tmp, ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let sent = false;
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    if (!sent && when.test(stderr)) {
      sent = true;
      child.kill(signal);
    }
  });
  return new Promise((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig, stderr, pid: child.pid!, tmp, out })));
}

const containersOf = (pid: number) =>
  spawnSync('docker', ['ps', '-aq', '--filter', `label=fc-python-pack.pid=${pid}`], { encoding: 'utf8' }).stdout.trim();
const shmOf = (pid: number) => (fs.existsSync('/dev/shm') ? fs.readdirSync('/dev/shm').filter((n) => n.startsWith(`fcpp-verify-${pid}-`)) : []);

describe('a cancelled build', () => {
  beforeAll(() => {
    expect(dockerReady(), `docker and ${TEST_IMAGE} are needed`).toBe(true);
  });

  it('SIGINT during pip: exit 130, no temp folder, nothing in output-dir', async () => {
    const app = copyFixture('layer-app');
    const res = await cancelBuild(app, ['--target', 'layer', '--verify', 'false'], /^pip: /m, 'SIGINT');
    expect(res.stderr).toMatch(/Cancelled \(SIGINT\)/);
    expect(res.code, res.stderr).toBe(130);
    expect(fs.readdirSync(res.tmp)).toEqual([]);
    expect(fs.readdirSync(res.out)).toEqual([]);
  });

  it('SIGTERM during the smoke test: exit 143, its containers and /dev/shm tree removed, nothing left', async () => {
    const app = copyFixture('code-app');
    // A server that never answers: the smoke test polls until it is cancelled.
    fs.writeFileSync(path.join(app, 'bootstrap'), '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec sleep 600 # --host 0.0.0.0 --port 9000\n', { mode: 0o755 });
    const res = await cancelBuild(app, ['--target', 'code', '--verify-image', TEST_IMAGE, '--smoke-timeout', '100'], /polling http:\/\//, 'SIGTERM', { XDG_CACHE_HOME: XDG });
    expect(res.code, res.stderr).toBe(143);
    expect(containersOf(res.pid)).toBe('');
    expect(shmOf(res.pid)).toEqual([]);
    expect(fs.readdirSync(res.tmp)).toEqual([]);
    expect(fs.readdirSync(res.out)).toEqual([]);
  });

  it('a finished build, and a failed one, leave nothing in TMPDIR, no container and no /dev/shm tree', () => {
    const app = copyFixture('layer-app');
    for (const extra of [[], ['--requirements', 'missing.txt']]) {
      const tmp = own('fcpp-leftover-tmp-');
      const out = own('fcpp-leftover-out-');
      const res = spawnSync(process.execPath, [CLI, 'build', app, '--target', 'layer', '--python-version', TEST_PYTHON, '--index-url', INDEX_URL, '--verify-image', TEST_IMAGE, '--output-dir', out, ...extra], {
        encoding: 'utf8',
        env: isolatedEnv({ TMPDIR: tmp, XDG_CACHE_HOME: XDG }),
      });
      expect(res.status, res.stderr).toBe(extra.length ? 1 : 0);
      expect(fs.readdirSync(tmp)).toEqual([]);
      expect(containersOf(res.pid!)).toBe('');
      expect(shmOf(res.pid!)).toEqual([]);
    }
  });

  it('removes a container whose docker run timed out (a hung import check does not run on)', async () => {
    const { docker } = await import('../../src/shared/docker.js');
    const name = `fcpp-test-timeout-${process.pid}`;
    const res = await docker(['run', '--rm', '--name', name, '--network', 'none', '--pull', 'never', '--entrypoint', 'sleep', TEST_IMAGE, '60'], { timeoutMs: 1500 });
    expect(res.timedOut).toBe(true);
    expect(spawnSync('docker', ['ps', '-aq', '--filter', `name=^${name}$`], { encoding: 'utf8' }).stdout.trim()).toBe('');
  });

  it('stops a docker build that hangs, after FC_PYTHON_PACK_BUILD_TIMEOUT, with one error and nothing left', () => {
    const app = copyFixture('image-app');
    fs.mkdirSync(path.join(app, 'index'));
    const bin = own('fcpp-hangbuild-');
    const fake = path.join(bin, 'docker');
    fs.writeFileSync(fake, '#!/bin/sh\nif [ "$1" = build ]; then exec sleep 60; fi\nexec docker "$@"\n', { mode: 0o755 });
    const tmp = own('fcpp-hangbuild-tmp-');
    const out = own('fcpp-hangbuild-out-');
    const res = spawnSync(process.execPath, [CLI, 'build', app, '--target', 'image', '--image', 'fcpp-test/hang:1', '--output-dir', out], {
      encoding: 'utf8',
      env: isolatedEnv({ TMPDIR: tmp, FC_PYTHON_PACK_DOCKER: fake, FC_PYTHON_PACK_BUILD_TIMEOUT: '2' }),
    });
    expect(res.status, res.stderr).toBe(1);
    expect(res.stderr).toMatch(/^error: docker build did not finish within 2 s \(FC_PYTHON_PACK_BUILD_TIMEOUT\)/m);
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('takes --pip-args "--find-links ./wheels" as typed (a value that starts with a dash)', () => {
    const res = spawnSync(process.execPath, [CLI, 'build', own('fcpp-cli-'), '--pip-args', '--find-links ./wheels', '--target', 'nonsense'], { encoding: 'utf8', env: isolatedEnv() });
    expect(res.stderr).not.toMatch(/ambiguous/);
    expect(res.stderr).toMatch(/target/);
  });
});
