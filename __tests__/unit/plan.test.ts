import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/shared/errors.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import { makePlan, platformTags } from '../../src/plan/plan.js';
import { explainPipFailure, redactUrl, rewriteScripts } from '../../src/install/pip.js';

describe('platformTags', () => {
  it('expands glibc 2.28 down to manylinux1, with the legacy aliases', () => {
    const tags = platformTags('2.28');
    expect(tags[0]).toBe('manylinux_2_28_x86_64');
    expect(tags).toContain('manylinux_2_24_x86_64');
    expect(tags).toContain('manylinux_2_17_x86_64');
    expect(tags).toContain('manylinux2014_x86_64');
    expect(tags).toContain('manylinux2010_x86_64');
    expect(tags.at(-1)).toBe('manylinux1_x86_64');
    expect(tags).not.toContain('manylinux_2_29_x86_64');
    expect(tags.filter((t) => /manylinux_2_1[3-6]_/.test(t))).toEqual([]);
  });
  it('follows the runtime', () => {
    expect(platformTags('2.36')[0]).toBe('manylinux_2_36_x86_64');
    expect(platformTags('2.31')).toContain('manylinux_2_31_x86_64');
  });
});

describe('makePlan', () => {
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-plan-'));
  fs.writeFileSync(path.join(app, 'requirements.txt'), 'fastapi\n');
  const get = (v: Record<string, string>) => (n: string) => v[n];

  it('builds pip arguments for FC, not for the runner', () => {
    const plan = makePlan(parseInputs(get({ 'index-url': 'https://u:p@mirror/simple', 'pip-args': '--no-deps' }), { cwd: app, env: {} }));
    const a = plan.install!.pip.args;
    // Wheels preferred; an sdist only where FC has no wheel (build-sdists, on by default).
    expect(a).toEqual(expect.arrayContaining(['--prefer-binary', '--implementation', 'cp', '--python-version', '3.10.9', '--no-compile']));
    expect(a).not.toContain('--only-binary=:all:');
    expect(plan.install!.build).toMatchObject({ image: 'aliyunfc/runtime-custom.debian10:build-3.1.0', imageGiven: false, fallbackImage: 'python:3.10-buster', pythonFullVersion: '3.10.9' });
    expect(a.filter((x) => x === '--platform')).toHaveLength(plan.platforms.length);
    expect(a.slice(a.indexOf('--index-url'), a.indexOf('--index-url') + 2)).toEqual(['--index-url', 'https://u:p@mirror/simple']);
    expect(a.at(-1)).toBe('--no-deps');
    expect(plan.artifactPath.endsWith('/fc-python-pack/layer.zip')).toBe(true);
  });

  it('build-sdists: false keeps to wheels; build-image replaces the runtime default', () => {
    const off = makePlan(parseInputs(get({ 'build-sdists': 'false' }), { cwd: app, env: {} }));
    expect(off.install!.pip.args).toContain('--only-binary=:all:');
    expect(off.install!.build).toBeUndefined();
    const given = makePlan(parseInputs(get({ runtime: 'custom.debian12', 'build-image': 'my/build:3.11' }), { cwd: app, env: {} }));
    expect(given.install!.build).toMatchObject({ image: 'my/build:3.11', imageGiven: true, fallbackImage: 'python:3.11-bookworm', platforms: given.platforms });
  });

  it('decides whether the deps are installed: always for zips that hold them, for a layer only when verify mounts it', () => {
    const plan = (v: Record<string, string>) => makePlan(parseInputs(get(v), { cwd: app, env: {} }), {});
    expect(plan({}).install).toBeDefined();
    expect(plan({ target: 'code', bootstrap: 'none', verify: 'false' }).install).toBeDefined();
    expect(plan({ target: 'code', 'include-deps': 'false', verify: 'true', 'start-command': 'python3 -m uvicorn main:app', environment: 'PYTHONPATH=/opt/python\nPATH=/var/fc/lang/python3.10/bin:$PATH' }).install).toBeDefined();
    // No start known, and verify on: verify cannot know where FC's Python looks.
    expect(() => plan({ target: 'code', bootstrap: 'none' })).toThrow(/bootstrap is none and no start command is given/);
    expect(plan({ target: 'code', 'include-deps': 'false', verify: 'false', bootstrap: 'none' }).install).toBeUndefined();
    expect(plan({ target: 'image', image: 'api:1' }).install).toBeDefined();
  });

  it('decides once, per target: deps in the zip or a layer, Dockerfile given or generated, smoke test', () => {
    const plan = (v: Record<string, string>) => makePlan(parseInputs(get(v), { cwd: app, env: {} }), {});
    const code = plan({ target: 'code', 'include-deps': 'false', verify: 'false', bootstrap: 'none' });
    expect(code.target === 'code' && [code.depsIn, code.install, code.smoke, code.run]).toEqual(['layer', undefined, undefined, undefined]);
    const vendored = plan({ target: 'code', verify: 'true' });
    expect(vendored.target === 'code' && [vendored.depsIn, !!vendored.install, vendored.depsPrefix, vendored.run?.start, vendored.smoke?.port]).toEqual(['zip', true, 'python/', { kind: 'bootstrap', file: 'bootstrap' }, 9000]);
    // A folder named Dockerfile is not a Dockerfile: one is generated, and the deps go in.
    fs.mkdirSync(path.join(app, 'Dockerfile'), { recursive: true });
    const image = plan({ target: 'image', image: 'api:1' });
    expect(image.target === 'image' && [image.dockerfile.kind, !!image.install]).toEqual(['generated', true]);
    fs.rmSync(path.join(app, 'Dockerfile'), { recursive: true });
    fs.writeFileSync(path.join(app, 'Dockerfile'), 'FROM python:3.11\n');
    const given = plan({ target: 'image', image: 'api:1' });
    expect(given.target === 'image' && [given.dockerfile.kind, given.install]).toEqual(['given', undefined]);
    fs.rmSync(path.join(app, 'Dockerfile'));
    expect(plan({ upload: 'true' }).upload).toEqual({ upload: true, name: 'layer-local', retentionDays: undefined });
    expect(() => plan({ target: 'code', bootstrap: 'none', 'smoke-test': 'true' })).toThrow(/smoke-test: true needs a start/);
  });

  it('says what to do when the folder is missing', () => {
    expect(() => makePlan(parseInputs(get({ 'working-directory': 'nope' }), { cwd: app, env: {} }))).toThrow(/Input working-directory: .*nope is not a folder/);
  });

  it('refuses an output-dir that names an existing file, naming output-dir', () => {
    fs.writeFileSync(path.join(app, 'taken'), 'a file\n');
    const plan = (out: string) => () => makePlan(parseInputs(get({ 'output-dir': out }), { cwd: app, env: {} }));
    expect(plan('taken')).toThrow(UserError);
    expect(plan('taken')).toThrow(/^Input output-dir: .*\/taken is an existing file, not a folder\. Set output-dir to a folder/);
    expect(plan('taken/sub/dir')).toThrow(/^Input output-dir: .*\/taken, on the way to .*\/taken\/sub\/dir, is a file/);
    expect(plan('fresh/out')().outputDir).toBe(path.join(app, 'fresh', 'out'));
    expect(fs.existsSync(path.join(app, 'fresh'))).toBe(false);
  });
});

describe('install helpers', () => {
  it('redacts passwords in index URLs', () => {
    expect(redactUrl('pip --index-url https://user:s3cret@pypi.example/simple x')).toBe('pip --index-url https://user:***@pypi.example/simple x');
  });

  it('rewrites both kinds of console script pip writes', async () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-bin-'));
    fs.writeFileSync(path.join(bin, 'uvicorn'), '#!/root/.pyenv/versions/3.11.7/bin/python3.11\nimport sys\nfrom uvicorn.main import main\n');
    fs.writeFileSync(path.join(bin, 'long'), "#!/bin/sh\n'''exec' \"/very/long/path with space/python3\" \"$0\" \"$@\"\n' '''\nimport sys\n");
    fs.writeFileSync(path.join(bin, 'tool.sh'), '#!/bin/bash\necho hi\n');
    expect(await rewriteScripts(bin)).toEqual(['long', 'uvicorn']);
    expect(fs.readFileSync(path.join(bin, 'uvicorn'), 'utf8')).toBe('#!/usr/bin/env python3\nimport sys\nfrom uvicorn.main import main\n');
    expect(fs.readFileSync(path.join(bin, 'long'), 'utf8')).toBe('#!/usr/bin/env python3\nimport sys\n');
    expect(fs.readFileSync(path.join(bin, 'tool.sh'), 'utf8')).toBe('#!/bin/bash\necho hi\n');
  });

  it('turns pip "no matching distribution" into an actionable error', () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-plan-'));
    fs.writeFileSync(path.join(app, 'requirements.txt'), 'pandas\n');
    const plan = makePlan(parseInputs((n) => (n === 'build-sdists' ? 'false' : undefined), { cwd: app, env: {} }));
    const err = explainPipFailure(
      'ERROR: Could not find a version that satisfies the requirement pandas==1.0 (from versions: 2.2.0, 2.3.3)\nERROR: No matching distribution found for pandas==1.0\n',
      plan,
    );
    expect(err?.message).toMatch(/No installable wheel for "pandas==1\.0" on custom\.debian10 .*versions 2\.2\.0, 2\.3\.3.*build-sdists is false.*pin a version of pandas /);
    expect(err?.input).toBe('build-sdists');
    const building = makePlan(parseInputs(() => undefined, { cwd: app, env: {} }));
    expect(explainPipFailure('ERROR: No matching distribution found for pandas==1.0\n', building)?.message).toMatch(/No installable wheel for "pandas==1\.0" on custom\.debian10 .*nor a source distribution to build.*Fix: pin a version of pandas/);
  });
});
