import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDependencies, readDependencyFile } from '../../src/formats/lock/index.js';
import { findUvWorkspace } from '../../src/formats/lock/workspace.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import { makePlan } from '../../src/plan/plan.js';

const LOCKS = path.resolve(__dirname, '..', 'fixtures', 'locks');
const none = { extras: [], groups: [] };

/** fastapi/full-stack-fastapi-template's shape: uv.lock and the workspace pyproject.toml at the root, the app in backend/. */
function workspace(members = '["backend"]', extra = ''): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-uvws-'));
  fs.mkdirSync(path.join(root, 'backend'));
  fs.writeFileSync(path.join(root, 'pyproject.toml'), `[tool.uv.workspace]\nmembers = ${members}\n${extra}`);
  const lock = fs.readFileSync(path.join(LOCKS, 'uv', 'uv.lock'), 'utf8').replace('source = { virtual = "." }', 'source = { editable = "backend" }');
  fs.writeFileSync(path.join(root, 'uv.lock'), lock);
  fs.copyFileSync(path.join(LOCKS, 'uv', 'pyproject.toml'), path.join(root, 'backend', 'pyproject.toml'));
  return root;
}

describe('uv workspace', () => {
  it("finds the root as uv does and installs the member's locked set from the root's uv.lock", () => {
    const root = workspace();
    expect(findUvWorkspace(path.join(root, 'backend'))).toEqual({ root, member: 'backend', lock: path.join(root, 'uv.lock') });
    const df = loadDependencies(path.join(root, 'backend'));
    expect(df.kind).toBe('uv.lock');
    expect(df.file).toBe(path.join(root, 'uv.lock'));
    expect(df.warnings).toEqual([]); // the member's pyproject matches its lock entry
    const alone = readDependencyFile(path.join(LOCKS, 'uv', 'uv.lock'));
    expect(df.select(none).lines).toEqual(alone.select(none).lines);
    const plan = makePlan(parseInputs((n) => (n === 'working-directory' ? 'backend' : undefined), { cwd: root, env: {} }), {});
    expect(plan.install!.source).toMatchObject({ kind: 'dependency-file', fileKind: 'uv.lock', locked: true, shown: '../uv.lock' });
    expect(plan.install!.source.summary).toMatch(/^used \.\.\/uv\.lock, locks \d+ packages \(the uv workspace at \.\.: member backend\)/);
  });

  it('matches member globs, honours exclude, and leaves a folder that is no member alone', () => {
    expect(findUvWorkspace(path.join(workspace('["ba*"]'), 'backend'))?.member).toBe('backend');
    const excluded = workspace('["*"]', 'exclude = ["backend"]\n');
    expect(findUvWorkspace(path.join(excluded, 'backend'))).toBeUndefined();
    expect(loadDependencies(path.join(excluded, 'backend')).kind).toBe('pyproject.toml');
  });
});
