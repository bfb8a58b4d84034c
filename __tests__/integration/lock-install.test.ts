/**
 * A locked build's requirements lines, installed by real pip from the local index exactly as
 * the pipeline will: `--no-deps --target`, hash-checked. The lock pins tabulate 0.8.10 while the
 * index also has a newer one; a wrong hash must be refused.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDependencies } from '../../src/formats/lock/index.js';
import { INDEX_URL, isolatedEnv, tmpDir } from '../support/env.js';

/** The real wheel file behind a project's link in the local simple index, and its sha256. */
function wheel(project: string, version: string): { file: string; sha256: string } {
  for (const simple of [fileURLToPath(INDEX_URL), '/opt/pypi/simple']) {
    const html = path.join(simple, project, 'index.html');
    if (!fs.existsSync(html)) continue;
    const href = [...fs.readFileSync(html, 'utf8').matchAll(/href="([^"#]+)/g)].map((m) => m[1]!).find((h) => h.includes(`-${version}-`) && h.endsWith('.whl'));
    if (!href) continue;
    const file = path.resolve(path.dirname(html), href);
    return { file, sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex') };
  }
  throw new Error(`${project} ${version} is not in the local index`);
}

function uvProject(tabulateHash: string): string {
  const idna = wheel('idna', '3.20');
  const dir = tmpDir('fcpp-lockapp-');
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "svc"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = ["tabulate==0.8.10", "idna"]\n\n[dependency-groups]\ndev = ["pytest"]\n');
  fs.writeFileSync(
    path.join(dir, 'uv.lock'),
    `version = 1
revision = 2
requires-python = ">=3.10"

[[package]]
name = "exceptiongroup"
version = "1.3.1"
source = { registry = "${INDEX_URL}" }
wheels = [
    { url = "${INDEX_URL}/../files/exceptiongroup-1.3.1-py3-none-any.whl", hash = "sha256:${wheel('exceptiongroup', '1.3.1').sha256}" },
]

[[package]]
name = "idna"
version = "3.20"
source = { registry = "${INDEX_URL}" }
dependencies = [
    { name = "exceptiongroup", marker = "python_full_version < '3.11'" },
]
wheels = [
    { url = "${INDEX_URL}/../files/${path.basename(idna.file)}", hash = "sha256:${idna.sha256}" },
]

[[package]]
name = "pytest"
version = "8.4.1"
source = { registry = "${INDEX_URL}" }
wheels = [
    { url = "${INDEX_URL}/../files/pytest-8.4.1-py3-none-any.whl", hash = "sha256:${'0'.repeat(64)}" },
]

[[package]]
name = "svc"
version = "0.1.0"
source = { virtual = "." }
dependencies = [
    { name = "idna" },
    { name = "tabulate" },
]

[package.dev-dependencies]
dev = [
    { name = "pytest" },
]

[package.metadata]
requires-dist = [
    { name = "idna" },
    { name = "tabulate", specifier = "==0.8.10" },
]

[package.metadata.requires-dev]
dev = [{ name = "pytest" }]

[[package]]
name = "tabulate"
version = "0.8.10"
source = { registry = "${INDEX_URL}" }
wheels = [
    { url = "${INDEX_URL}/../files/tabulate-0.8.10-py3-none-any.whl", hash = "sha256:${tabulateHash}" },
]
`,
  );
  return dir;
}

function pipInstall(lines: string[]): { code: number; out: string; target: string } {
  const work = tmpDir('fcpp-lockpip-');
  const req = path.join(work, 'requirements.lock.txt');
  fs.writeFileSync(req, lines.join('\n') + '\n');
  const target = path.join(work, 'python');
  const res = spawnSync(
    'python3',
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--no-deps', '--only-binary=:all:', '--target', target, '--index-url', INDEX_URL, '-r', req],
    { env: isolatedEnv(), encoding: 'utf8' },
  );
  return { code: res.status ?? 1, out: res.stdout + res.stderr, target };
}

describe('locked install with real pip', () => {
  it('installs exactly the lock: the older pinned version, no dev group, no root, markers left to pip', () => {
    const df = loadDependencies(uvProject(wheel('tabulate', '0.8.10').sha256));
    expect(df.warnings).toEqual([]);
    const sel = df.select({ extras: [], groups: [] });
    expect(sel.packages.map((p) => p.name)).toEqual(['exceptiongroup', 'idna', 'tabulate']);
    const res = pipInstall(sel.lines);
    expect(res.code, res.out).toBe(0);
    const installed = fs.readdirSync(res.target).filter((n) => n.endsWith('.dist-info')).sort();
    // This host is 3.11: exceptiongroup's `python_full_version < '3.11'` is false for it.
    expect(installed).toEqual(['idna-3.20.dist-info', 'tabulate-0.8.10.dist-info']);
  });

  it('refuses a wheel whose hash does not match the lock', () => {
    const df = loadDependencies(uvProject('1'.repeat(64)));
    const res = pipInstall(df.select({ extras: [], groups: [] }).lines);
    expect(res.code).not.toBe(0);
    expect(res.out).toMatch(/DO NOT MATCH THE HASHES/);
    expect(res.out).toMatch(/tabulate/);
  });
});

describe('local workspace member built into a wheel', () => {
  it('builds the pure-Python member from a copy, installs it hash-pinned beside the lock', async () => {
    const { buildLocalWheels } = await import('../../src/install/local-wheels.js');
    const { treeFingerprint } = await import('../support/env.js');
    const dir = uvProject(wheel('tabulate', '0.8.10').sha256);
    const member = path.join(dir, 'packages', 'shared');
    fs.mkdirSync(path.join(member, 'src', 'shared'), { recursive: true });
    fs.writeFileSync(path.join(member, 'pyproject.toml'), '[project]\nname = "shared"\nversion = "0.2.0"\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n');
    fs.writeFileSync(path.join(member, 'src', 'shared', '__init__.py'), 'VALUE = 42\n');
    const lock = path.join(dir, 'uv.lock');
    fs.writeFileSync(
      lock,
      fs
        .readFileSync(lock, 'utf8')
        .replace('    { name = "tabulate" },\n]', '    { name = "shared" },\n    { name = "tabulate" },\n]')
        .concat('\n[[package]]\nname = "shared"\nversion = "0.2.0"\nsource = { editable = "packages/shared" }\n'),
    );
    const before = treeFingerprint(dir);
    const sel = loadDependencies(dir).select({ extras: [], groups: [] }, { buildLocal: true });
    expect(sel.local.map((l) => l.name)).toEqual(['shared']);
    const built = await buildLocalWheels(sel.local, { python: 'python3', indexArgs: ['--index-url', INDEX_URL], env: isolatedEnv(), outDir: tmpDir('fcpp-wheels-') });
    expect(path.basename(built[0]!.wheel)).toMatch(/^shared-0\.2\.0-py(2\.py)?3-none-any\.whl$/);
    expect(treeFingerprint(dir)).toBe(before);
    const res = pipInstall([...sel.lines, ...built.map((b) => b.line)]);
    expect(res.code, res.out).toBe(0);
    expect(fs.readdirSync(res.target).filter((n) => n.endsWith('.dist-info')).sort()).toEqual(['idna-3.20.dist-info', 'shared-0.2.0.dist-info', 'tabulate-0.8.10.dist-info']);
    expect(fs.readFileSync(path.join(res.target, 'shared', '__init__.py'), 'utf8')).toBe('VALUE = 42\n');
  });
});
