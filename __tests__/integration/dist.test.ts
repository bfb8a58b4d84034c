/**
 * dist/ is what GitHub runs: it must work under plain node 24 with no node_modules,
 * and build the same bytes as under node 20.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_URL, ROOT, TEST_PYTHON, copyFixture, runAction, tmpDir } from '../support/env.js';

const node24 = execFileSync(path.join(ROOT, 'scripts', 'node24.sh'), { encoding: 'utf8' }).trim();

describe('bundled dist', () => {
  it('runs on node 24 from a folder without node_modules, with the same bytes as node 20', () => {
    expect(execFileSync(node24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
    // A copy of the action as the runner checks it out: action.yml and dist/, nothing else.
    const action = tmpDir('fcpp-action-');
    fs.cpSync(path.join(ROOT, 'dist'), path.join(action, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'action.yml'), path.join(action, 'action.yml'));
    const app = copyFixture('layer-app');
    const inputs = { 'working-directory': app, 'python-version': TEST_PYTHON, 'index-url': INDEX_URL, verify: 'false' };
    const r24 = runAction({ ...inputs, 'output-dir': tmpDir() }, { node: node24, entry: path.join(action, 'dist', 'index.cjs') });
    expect(r24.code, r24.stdout + r24.stderr).toBe(0);
    const r20 = runAction({ ...inputs, 'output-dir': tmpDir() });
    expect(r20.code, r20.stdout).toBe(0);
    expect(r24.outputs.sha256).toBe(r20.outputs.sha256);
  });

  it('the CLI answers --help and --version under node 24', () => {
    const help = spawnSync(node24, [path.join(ROOT, 'dist', 'cli.cjs'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--python-version');
    const version = spawnSync(node24, [path.join(ROOT, 'dist', 'cli.cjs'), '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
