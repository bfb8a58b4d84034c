import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/inputs/inputs.js';
import { explainPipFailure } from '../../src/install/pip.js';
import { makePlan } from '../../src/plan/plan.js';

function app(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-reqpy-'));
  for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
  return dir;
}
const plan = (dir: string, v: Record<string, string> = {}) => makePlan(parseInputs((n) => v[n], { cwd: dir, env: {} }), {});
const project = (spec: string) => `[project]\nname = "api"\nversion = "0.1.0"\nrequires-python = "${spec}"\ndependencies = ["fastapi"]\n`;

describe('requires-python against the Python built for', () => {
  it('is one early error naming the file, its requires-python, the runtime\'s Python, and that no FC Python fits', () => {
    const dir = app({ 'pyproject.toml': project('>=3.14,<4.0') });
    expect(() => plan(dir)).toThrow(/pyproject\.toml has requires-python ">=3\.14,<4\.0", and the build is for custom\.debian10's Python 3\.10\.9, which it excludes\. None of FC's Pythons \(3\.10\.9 on custom\.debian10/);
  });

  it('names the runtimes and python-versions that satisfy it', () => {
    const dir = app({ 'pyproject.toml': project('>=3.12'), 'requirements.txt': 'fastapi\n' });
    let message = '';
    try {
      plan(dir, { requirements: 'requirements.txt' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("Build for a Python it allows: runtime: custom.debian11 (Python 3.12.4), or runtime: custom.debian12 with python-version: '3.12'");
    expect(() => plan(dir, { runtime: 'custom.debian11' })).not.toThrow();
  });

  it("checks a lock's requires-python too", () => {
    const lock = 'version = 1\nrevision = 2\nrequires-python = ">=3.11"\n\n[[package]]\nname = "api"\nversion = "0.1.0"\nsource = { virtual = "." }\n';
    const dir = app({ 'pyproject.toml': project('>=3.10'), 'uv.lock': lock });
    expect(() => plan(dir)).toThrow(/uv\.lock has requires-python ">=3\.11", and the build is for custom\.debian10's Python 3\.10\.9/);
  });

  it('names a dependency whose Requires-Python excludes the target', () => {
    const dir = app({ 'requirements.txt': 'fastapi\n' });
    const p = plan(dir);
    const a = explainPipFailure("ERROR: Package 'fastapi' requires a different Python: 3.10.9 not in '>=3.11'\n", p);
    expect(a?.message).toMatch(/^fastapi requires Python >=3\.11 \(its Requires-Python\); the build is for custom\.debian10's Python 3\.10\.9\./);
    const b = explainPipFailure(
      'ERROR: Ignored the following versions that require a different python version: 2.0 Requires-Python >=3.11; 2.1 Requires-Python >=3.12\nERROR: Could not find a version that satisfies the requirement oldlib==2.0 (from versions: none)\nERROR: No matching distribution found for oldlib==2.0\n',
      p,
    );
    expect(b?.message).toMatch(/^oldlib==2\.0: the versions that would fit require another Python \(2\.0 Requires-Python >=3\.11; 2\.1 Requires-Python >=3\.12\); the build is for custom\.debian10's Python 3\.10\.9\./);
  });
});
