/**
 * A uv workspace as fastapi/full-stack-fastapi-template has it (uv.lock and the workspace
 * pyproject.toml at the root, the app in backend/), built by the bundled action with
 * working-directory: backend: the member's locked set from the root's uv.lock, real pip.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listZip } from '../../src/assemble/unzip.js';
import { buildInputs, runAction, tmpDir } from '../support/env.js';
import { uvApp } from '../support/lock-apps.js';

describe('uv workspace member', () => {
  it("installs exactly the member's locked set from the workspace root's uv.lock", async () => {
    const lockApp = uvApp();
    const root = tmpDir('fcpp-uvws-');
    fs.mkdirSync(path.join(root, 'backend'));
    fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.uv.workspace]\nmembers = ["backend"]\n');
    fs.writeFileSync(path.join(root, 'uv.lock'), fs.readFileSync(path.join(lockApp, 'uv.lock'), 'utf8').replace('source = { virtual = "." }', 'source = { editable = "backend" }'));
    fs.copyFileSync(path.join(lockApp, 'pyproject.toml'), path.join(root, 'backend', 'pyproject.toml'));
    const out = tmpDir('fcpp-out-');
    const res = runAction(buildInputs('layer', 'backend', out, { verify: 'false' }), { cwd: root });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/used \.\.\/uv\.lock, locks 4 packages \(the uv workspace at \.\.: member backend\)/);
    expect(res.stdout).toMatch(/pip: .* --no-deps/);
    const names = (await listZip(path.join(out, 'layer.zip'))).map((e) => e.name);
    const dists = [...new Set(names.map((n) => /^python\/([^/]+)\.dist-info\//.exec(n)?.[1]).filter(Boolean))].sort();
    expect(dists).toEqual(['idna-3.20', 'tabulate-0.8.10']);
  }, 120_000);
});
