/**
 * target: image end to end with real docker (no network, bases built from Debian packages):
 * the user's Dockerfile and a generated one, saved, checked and started as FC would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTar } from '../../src/formats/tar.js';
import { errorLines, INDEX_URL, TEST_IMAGE, TEST_PYTHON, copyFixture, dockerReady, makeLocalIndex, runAction, tmpDir, treeFingerprint } from '../support/env.js';

const base = (app: string, out: string, extra: Record<string, string> = {}) => ({
  target: 'image',
  'working-directory': app,
  'python-version': TEST_PYTHON,
  'output-dir': out,
  'smoke-path': '/health',
  ...extra,
});

const errors = errorLines;

async function manifestTags(tar: string): Promise<string[]> {
  const { files } = await readTar(tar, (n) => n === 'manifest.json');
  return (JSON.parse(files.get('manifest.json')!.toString()) as { RepoTags: string[] }[]).flatMap((m) => m.RepoTags);
}

// The images this file builds (the build's own product) are removed with it: a test run leaves nothing behind.
afterAll(() => {
  const ids = spawnSync('docker', ['images', '-q', '--filter', 'reference=fcpp-test/app'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  if (ids.length) spawnSync('docker', ['rmi', '-f', ...new Set(ids)], { stdio: 'ignore' });
});

describe('target: image', () => {
  beforeAll(() => {
    expect(dockerReady(), `docker and ${TEST_IMAGE} are needed: run .ci/docker-up.sh`).toBe(true);
  });

  it('builds the app\'s own Dockerfile with the base image as a build arg, saves it, and starts it as FC would', async () => {
    const app = copyFixture('image-app');
    makeLocalIndex(path.join(app, 'index'), ['fastapi', 'uvicorn']);
    fs.mkdirSync(path.join(app, 'venv'));
    fs.writeFileSync(path.join(app, 'venv', 'junk.py'), 'x');
    const before = treeFingerprint(app);
    const out = tmpDir('fcpp-out-');
    const res = runAction(
      base(app, out, {
        image: 'fcpp-test/app:dockerfile',
        'build-args': `BASE_IMAGE=${TEST_IMAGE}`,
        'index-url': 'file:///tmp/index/simple',
      }),
    );
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.outputs.image).toBe('fcpp-test/app:dockerfile');
    expect(res.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(res.outputs['artifact-path']).toBe(path.join(out, 'fcpp-test-app-dockerfile.tar'));
    expect(await manifestTags(res.outputs['artifact-path']!)).toContain('fcpp-test/app:dockerfile');
    // The index reached the Dockerfile's pip (ARG PIP_INDEX_URL, a URL without credentials): there is no other index to install from.
    expect(res.stdout).toMatch(/import uvicorn [\d.]+ from \/opt\/python\/uvicorn/);
    expect(res.stdout).toMatch(/\/health answered 200/);
    expect(res.stdout).toMatch(/layers; saved to/);
    // The context left venv/ out, as function.zip would.
    const files = execFileSync('docker', ['run', '--rm', '--network', 'none', '--pull', 'never', '--entrypoint', 'ls', 'fcpp-test/app:dockerfile', '/code'], { encoding: 'utf8' });
    expect(files.split('\n')).not.toContain('venv');
    expect(treeFingerprint(app)).toBe(before);
  });

  it('keeps an index password out of the image: refused as a build argument, handed over as a BuildKit secret', async () => {
    const app = copyFixture('image-app');
    const index = 'https://user:S3cretPw@127.0.0.1:9/simple';
    const saved = (out: string) => fs.readdirSync(out).filter((f) => fs.readFileSync(path.join(out, f)).includes('S3cretPw'));
    // ARG PIP_INDEX_URL: docker would record the password in the RUN step's history, in the saved tar.
    fs.writeFileSync(path.join(app, 'Dockerfile'), `FROM ${TEST_IMAGE}\nARG PIP_INDEX_URL\nRUN echo built > /built\nCMD ["python3"]\n`);
    const out = tmpDir('fcpp-out-');
    const res = runAction(base(app, out, { image: 'fcpp-test/app:secret-arg', 'index-url': index, verify: 'false', 'smoke-test': 'false' }));
    spawnSync('docker', ['rmi', '-f', 'fcpp-test/app:secret-arg'], { stdio: 'ignore' });
    expect(saved(out)).toEqual([]);
    expect(res.code, res.stdout).toBe(1);
    expect(errors(res)).toMatch(/index-url carries credentials.*RUN --mount=type=secret,id=pip\.conf,target=\/etc\/pip\.conf/);
    expect(fs.readdirSync(out)).toEqual([]);
    // Only the runner's mask registration names it.
    expect((res.stdout + res.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain('S3cretPw');
    if (spawnSync('docker', ['buildx', 'version'], { stdio: 'ignore' }).status !== 0) return; // BuildKit: below, where docker has buildx
    fs.writeFileSync(path.join(app, 'Dockerfile'), `FROM ${TEST_IMAGE}\nRUN --mount=type=secret,id=pip.conf,target=/etc/pip.conf grep -c S3cretPw /etc/pip.conf > /seen\nCMD ["python3"]\n`);
    const ok = runAction(base(app, out, { image: 'fcpp-test/app:secret', 'index-url': index, verify: 'false', 'smoke-test': 'false' }));
    expect(ok.code, ok.stdout).toBe(0);
    const seen = execFileSync('docker', ['run', '--rm', '--network', 'none', 'fcpp-test/app:secret', 'cat', '/seen'], { encoding: 'utf8' });
    spawnSync('docker', ['rmi', '-f', 'fcpp-test/app:secret'], { stdio: 'ignore' });
    expect(seen.trim()).toBe('1');
    expect(saved(out)).toEqual([]);
  });

  it('generates a Dockerfile when there is none, and the saved tar loads back under the tag', async () => {
    const app = copyFixture('image-app');
    fs.rmSync(path.join(app, 'Dockerfile'));
    fs.chmodSync(path.join(app, 'bootstrap'), 0o644);
    const out = tmpDir('fcpp-out-');
    const res = runAction(
      base(app, out, { image: 'fcpp-test/app:generated', 'base-image': TEST_IMAGE, 'index-url': INDEX_URL, 'image-compression': 'gzip' }),
    );
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/generated one from/);
    expect(res.stdout).toMatch(/COPY python\/ \/opt\/python\//);
    expect(res.stdout).toMatch(/\/health answered 200/);
    const tar = res.outputs['artifact-path']!;
    expect(tar.endsWith('fcpp-test-app-generated.tar.gz')).toBe(true);
    expect(await manifestTags(tar)).toContain('fcpp-test/app:generated');
    // Remove the image, load the tar: the tag comes back and the bootstrap is executable.
    execFileSync('docker', ['rmi', '-f', 'fcpp-test/app:generated'], { stdio: 'ignore' });
    const load = execFileSync('docker', ['load', '-i', tar], { encoding: 'utf8' });
    expect(load).toContain('Loaded image: fcpp-test/app:generated');
    const mode = execFileSync('docker', ['run', '--rm', '--network', 'none', '--pull', 'never', '--entrypoint', 'stat', 'fcpp-test/app:generated', '-c', '%a', '/code/bootstrap'], { encoding: 'utf8' });
    expect(mode.trim()).toBe('755');
  });

  it('shows the failing step of a failing build', () => {
    const app = copyFixture('image-app');
    fs.writeFileSync(path.join(app, 'Dockerfile'), `FROM ${TEST_IMAGE}\nRUN echo about to fail && false\nCMD ["./bootstrap"]\n`);
    const out = tmpDir('fcpp-out-');
    const res = runAction(base(app, out, { image: 'fcpp-test/app:broken' }));
    expect(res.code).toBe(1);
    expect(errors(res)).toMatch(/docker build failed.*the failing step's output:.*about to fail/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('names the Dockerfile line that copies a missing or excluded file', () => {
    const app = copyFixture('image-app');
    fs.writeFileSync(path.join(app, 'Dockerfile'), `FROM ${TEST_IMAGE}\nCOPY main.py ./\nCOPY .env ./\nCOPY settings.toml ./\n`);
    fs.writeFileSync(path.join(app, '.env'), 'A=1\n');
    const res = runAction(base(app, tmpDir('fcpp-out-'), { image: 'fcpp-test/app:copy' }));
    expect(res.code).toBe(1);
    expect(errors(res)).toMatch(/Dockerfile:3 copies \.env, which is left out of the build context/);
  });

  it('rejects a build-args line that is not KEY=VALUE', () => {
    const res = runAction(base(copyFixture('image-app'), tmpDir('fcpp-out-'), { 'build-args': 'BASE_IMAGE=x\nnot an arg' }));
    expect(res.code).toBe(1);
    expect(errors(res)).toMatch(/Input build-args, line 2: "not an arg" is not KEY=VALUE/);
  });

  it('fails an image whose server never answers, with its last output', () => {
    const app = copyFixture('image-app');
    fs.rmSync(path.join(app, 'Dockerfile'));
    fs.writeFileSync(path.join(app, 'bootstrap'), '#!/bin/bash\necho "starting, but never listening"\nexec sleep 600\n', { mode: 0o755 });
    fs.writeFileSync(path.join(app, 'requirements.txt'), '');
    const res = runAction(base(app, tmpDir('fcpp-out-'), { image: 'fcpp-test/app:silent', 'base-image': TEST_IMAGE, 'smoke-timeout': '3', 'verify-imports': 'json' }));
    expect(res.code).toBe(1);
    expect(errors(res)).toMatch(/nothing answered on port 9000 within 3 s/);
    expect(res.stdout).toMatch(/starting, but never listening/);
  });
});

