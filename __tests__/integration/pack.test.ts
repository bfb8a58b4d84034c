/**
 * The CLI as npm ships it: `npm pack` holds dist/cli.cjs, the module it loads and every chunk
 * that module imports, now or on demand (scripts/bundle.mjs splits the bundle), nothing of the sources; the
 * tarball installed into an empty folder (no registry: the bundle has no dependencies) runs
 * `fc-python-pack --help` and `doctor` with no node_modules of ours.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tmpDir } from '../support/env.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: object };
/** npm, with its own cache in a fresh folder so nothing already cached can stand in for the registry. */
const npmEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_cache: tmpDir('fcpp-npm-cache-'), npm_config_update_notifier: 'false' };
  for (const k of Object.keys(env)) if (k.startsWith('npm_package_') || k === 'NODE_PATH') delete env[k];
  return env;
};

describe('npm package', () => {
  let tgz: string;
  let files: string[];
  let home: string;
  let bin: string;

  beforeAll(() => {
    const dest = tmpDir('fcpp-pack-');
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], { cwd: ROOT, env: npmEnv(), encoding: 'utf8' });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tgz = path.join(dest, info!.filename);
    files = info!.files.map((f) => f.path).sort();
    home = tmpDir('fcpp-install-');
    // An empty folder: the tarball alone, offline, with an empty npm cache.
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tgz], { cwd: home, env: npmEnv(), stdio: 'pipe' });
    bin = path.join(home, 'node_modules', '.bin', 'fc-python-pack');
  });

  it('holds the bundled CLI with every chunk it can load, and what npm always ships, nothing else', () => {
    expect(path.basename(tgz)).toBe(`${pkg.name}-${pkg.version}.tgz`);
    // The CLI's files: dist/cli.cjs and what it imports, statically or with import(), followed from file to file.
    const needed = new Set(['dist/cli.cjs']);
    for (const f of needed) {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      for (const m of text.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.\.?\/[^"']+\.mjs)["']/g)) needed.add(path.posix.join(path.posix.dirname(f), m[1]!));
    }
    expect([...needed]).toContain('dist/cli.mjs');
    expect([...needed].filter((f) => f.startsWith('dist/chunks/')).length).toBeGreaterThan(2); // the CLI's own code, @actions/cache, @actions/artifact
    expect(files).toEqual(['LICENSE', 'README.md', 'package.json', ...needed].sort());
    expect(pkg.dependencies ?? {}).toEqual({}); // everything is bundled into dist/
  });

  it('installs into an empty folder with nothing but itself', () => {
    expect(fs.readdirSync(path.join(home, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([pkg.name]);
    expect(fs.statSync(path.join(home, 'node_modules', pkg.name, 'dist', 'cli.cjs')).mode & 0o111).not.toBe(0);
  });

  it('runs fc-python-pack --help and --version from there', () => {
    const help = spawnSync(bin, ['--help'], { cwd: home, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: fc-python-pack build/);
    expect(help.stdout).toContain('--python-version');
    expect(spawnSync(bin, ['--version'], { cwd: home, encoding: 'utf8' }).stdout.trim()).toBe(pkg.version);
  });

  it('runs doctor from there: a sound folder passes, a broken one fails with the finding', () => {
    const good = spawnSync(bin, ['doctor', path.join(ROOT, 'examples', 'fastapi-hello'), '--python-version', '3.11', '--runtime', 'custom.debian12'], { cwd: home, encoding: 'utf8' });
    expect(good.status, good.stdout + good.stderr).toBe(0);
    const broken = tmpDir('fcpp-broken-');
    fs.writeFileSync(path.join(broken, 'bootstrap'), '#!/bin/bash\r\nexec python3 -m uvicorn main:app --host 127.0.0.1 --port 9000\r\n', { mode: 0o755 });
    fs.writeFileSync(path.join(broken, 'main.py'), 'app = None\n');
    const bad = spawnSync(bin, ['doctor', broken], { cwd: home, encoding: 'utf8' });
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toContain('ERROR [bootstrap-crlf] bootstrap:1');
    expect(bad.stdout).toContain('ERROR [bootstrap-listen] bootstrap:2');
  });
});
