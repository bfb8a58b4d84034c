import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDependencies, readDependencyFile } from '../../src/formats/lock/index.js';
import { LOCKS, names, none, userError } from '../support/locks.js';


/** A copy of a fixture folder, with optional edits, so tests can change files. */
function copy(name: string, edit: Record<string, (s: string) => string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-lock-'));
  fs.cpSync(path.join(LOCKS, name), dir, { recursive: true });
  for (const [f, fn] of Object.entries(edit)) fs.writeFileSync(path.join(dir, f), fn(fs.readFileSync(path.join(dir, f), 'utf8')));
  return dir;
}



describe('uv.lock', () => {
  const df = readDependencyFile(path.join(LOCKS, 'uv', 'uv.lock'));

  it('reads every entry, the root as root, and what it offers', () => {
    expect(df.kind).toBe('uv.lock');
    expect(df.locked).toBe(true);
    expect(df.packages.find((p) => p.name === 'app')?.source).toBe('root');
    expect(df.extras).toEqual(['cli']);
    expect(df.groups).toEqual(['dev']);
    expect(df.warnings).toEqual([]);
  });

  it('installs the main closure only: no root, no dev group, no extras', () => {
    const sel = df.select(none);
    expect(names(sel)).toEqual(['anyio==4.9.0', 'exceptiongroup==1.3.0', 'idna==3.10', 'sniffio==1.3.1', 'tabulate==0.8.10', 'typing-extensions==4.14.1']);
  });

  it('composes edge markers along the graph and absorbs longer paths', () => {
    const sel = df.select(none);
    const marker = (n: string) => sel.packages.find((p) => p.name === n)?.marker;
    expect(marker('exceptiongroup')).toBe("python_full_version < '3.11'");
    // anyio -> typing-extensions (< 3.13) absorbs anyio -> exceptiongroup (< 3.11) -> typing-extensions (< 3.13)
    expect(marker('typing-extensions')).toBe("python_full_version < '3.13'");
    expect(marker('anyio')).toBeUndefined();
  });

  it('joins markers of distinct paths with or, and of one path with and', () => {
    const dir = copy('uv', { 'uv.lock': (s) => s.replace(/(name = "exceptiongroup"\nversion = "1.3.0"[\s\S]*?)\{ name = "typing-extensions", marker = "python_full_version < '3.13'" \}/, '$1{ name = "typing-extensions", marker = "implementation_name == \'cpython\'" }') });
    const sel = readDependencyFile(path.join(dir, 'uv.lock')).select(none);
    expect(sel.packages.find((p) => p.name === 'typing-extensions')?.marker).toBe(
      "((implementation_name == 'cpython') and (python_full_version < '3.11')) or (python_full_version < '3.13')",
    );
  });

  it('writes pinned, hashed lines for pip --no-deps', () => {
    const sel = df.select(none);
    const anyio = sel.lines.find((l) => l.startsWith('anyio=='))!;
    expect(anyio).toMatch(/^anyio==4\.9\.0 --hash=sha256:[0-9a-f]{64} --hash=sha256:[0-9a-f]{64}$/);
    expect(sel.lines.find((l) => l.startsWith('exceptiongroup=='))).toMatch(/^exceptiongroup==1\.3\.0 ; python_full_version < '3\.11' --hash=sha256:[0-9a-f]{64}$/);
  });

  it('an extra brings its packages and the extras of its edges (anyio[trio] -> trio)', () => {
    const sel = df.select({ extras: ['CLI'], groups: [] });
    expect(names(sel)).toEqual(expect.arrayContaining(['click==8.2.1', 'trio==0.30.0', 'colorama==0.4.6']));
    expect(sel.packages.find((p) => p.name === 'colorama')?.marker).toBe("sys_platform == 'win32'");
    expect(names(sel)).not.toContain('pytest==8.4.1');
  });

  it('a group is shipped only when chosen', () => {
    const sel = df.select({ extras: [], groups: ['dev'] });
    expect(names(sel)).toEqual(expect.arrayContaining(['pytest==8.4.1', 'iniconfig==2.1.0', 'tomli==2.2.1']));
    expect(sel.packages.find((p) => p.name === 'tomli')?.marker).toBe("python_full_version < '3.11'");
  });

  it('the key is stable, and changes with the selection and with the lock', () => {
    expect(df.select(none).key).toBe(readDependencyFile(path.join(LOCKS, 'uv', 'uv.lock')).select(none).key);
    expect(df.select(none).key).not.toBe(df.select({ extras: ['cli'], groups: [] }).key);
    const bumped = copy('uv', { 'uv.lock': (s) => s.replace('name = "idna"\nversion = "3.10"', 'name = "idna"\nversion = "3.11"') });
    expect(readDependencyFile(path.join(bumped, 'uv.lock')).select(none).key).not.toBe(df.select(none).key);
  });

  it('warns when pyproject no longer matches the recorded requirements', () => {
    const dir = copy('uv', { 'pyproject.toml': (s) => s.replace('"tabulate==0.8.10",', '"tabulate==0.8.10",\n    "httpx>=0.28",') });
    const stale = readDependencyFile(path.join(dir, 'uv.lock'));
    expect(stale.warnings).toHaveLength(1);
    expect(stale.warnings[0]).toMatch(/uv\.lock is stale: pyproject\.toml declares httpx>=0\.28\. Run `uv lock`/);
    const dir2 = copy('uv', { 'pyproject.toml': (s) => s.replace('"pytest>=8.3"', '"pytest>=8.4"') });
    expect(readDependencyFile(path.join(dir2, 'uv.lock')).warnings[0]).toMatch(/pytest>=8\.4 @group:dev.*the lock records pytest>=8\.3 @group:dev/);
  });

  it('refuses editable, path and VCS entries by name', () => {
    const dir = copy('uv', {
      'uv.lock': (s) =>
        s
          .replace('    { name = "tabulate" },\n]', '    { name = "tabulate" },\n    { name = "shared" },\n]')
          .concat('\n[[package]]\nname = "shared"\nversion = "0.2.0"\nsource = { editable = "packages/shared" }\n'),
    });
    const e = userError(() => readDependencyFile(path.join(dir, 'uv.lock')).select(none));
    expect(e.input).toBe('requirements');
    expect(e.message).toMatch(/locks shared 0\.2\.0 \(editable packages\/shared\): only packages from an index/);
  });

  it('with buildLocal, a workspace member folder is handed back to build; VCS still refused', () => {
    const member = '\n[[package]]\nname = "shared"\nversion = "0.2.0"\nsource = { editable = "packages/shared" }\ndependencies = [\n    { name = "idna" },\n]\n';
    const dir = copy('uv', { 'uv.lock': (s) => s.replace('    { name = "tabulate" },\n]', '    { name = "tabulate" },\n    { name = "shared" },\n]').concat(member) });
    fs.mkdirSync(path.join(dir, 'packages', 'shared'), { recursive: true });
    const sel = readDependencyFile(path.join(dir, 'uv.lock')).select(none, { buildLocal: true });
    expect(sel.local).toEqual([{ name: 'shared', version: '0.2.0', dir: path.join(dir, 'packages', 'shared'), editable: true }]);
    expect(names(sel)).not.toContain('shared==0.2.0');
    expect(sel.key).toContain(`local shared==0.2.0 ${path.join(dir, 'packages', 'shared')}`);
    const vcs = copy('uv', {
      'uv.lock': (s) => s.replace('    { name = "tabulate" },\n]', '    { name = "tabulate" },\n    { name = "lib" },\n]').concat('\n[[package]]\nname = "lib"\nversion = "1.0"\nsource = { git = "https://example.com/lib.git?rev=v1#abc" }\n'),
    });
    expect(userError(() => readDependencyFile(path.join(vcs, 'uv.lock')).select(none, { buildLocal: true })).message).toMatch(/lib 1\.0 \(vcs https:\/\/example\.com\/lib\.git\?rev=v1#abc\)/);
  });

  it('unknown extras and groups name the input and what exists', () => {
    expect(userError(() => df.select({ extras: ['db'], groups: [] }))).toEqual({ message: expect.stringMatching(/db is not an extra of uv\.lock; it offers cli/), input: 'extras' });
    expect(userError(() => df.select({ extras: [], groups: ['lint'] }))).toEqual({ message: expect.stringMatching(/lint is not a dependency group of uv\.lock; it offers dev/), input: 'groups' });
  });

  it('bad files are one clear error naming requirements', () => {
    const dir = copy('uv', { 'uv.lock': (s) => s.replace('version = 1\n', 'version = [1\n') });
    expect(userError(() => readDependencyFile(path.join(dir, 'uv.lock')))).toEqual({ message: expect.stringMatching(/^requirements: uv\.lock .* is not valid TOML/), input: 'requirements' });
    const badMarker = copy('uv', { 'uv.lock': (s) => s.replace(`{ name = "idna" },\n    { name = "sniffio" },`, `{ name = "idna", marker = "python_version <" },\n    { name = "sniffio" },`) });
    expect(userError(() => readDependencyFile(path.join(badMarker, 'uv.lock')))).toEqual({ message: expect.stringMatching(/has anyio 4\.9\.0 -> idna with a marker that is not PEP 508: python_version </), input: 'requirements' });
    const v2 = copy('uv', { 'uv.lock': (s) => s.replace('version = 1\n', 'version = 2\n') });
    expect(userError(() => readDependencyFile(path.join(v2, 'uv.lock'))).message).toMatch(/lock version 2; this reads uv\.lock version 1/);
  });
});

describe('poetry.lock 2.1', () => {
  const df = readDependencyFile(path.join(LOCKS, 'poetry21', 'poetry.lock'));

  it('matches its content-hash, computed as Poetry does', () => {
    expect(df.warnings).toEqual([]);
  });

  it('main group only by default; markers as recorded; optional extras left out', () => {
    const sel = df.select(none);
    expect(names(sel)).toEqual(['anyio==4.9.0', 'exceptiongroup==1.3.0', 'idna==3.10', 'sniffio==1.3.1', 'typing-extensions==4.14.1']);
    expect(sel.packages.find((p) => p.name === 'exceptiongroup')?.marker).toBe('python_version < "3.11"');
  });

  it('an extra settles `extra == "cli"` and keeps the rest for pip', () => {
    const sel = df.select({ extras: ['cli'], groups: [] });
    expect(sel.packages.find((p) => p.name === 'click')?.marker).toBeUndefined();
    expect(sel.packages.find((p) => p.name === 'colorama')?.marker).toBe('platform_system == "Windows"');
  });

  it('a group adds its packages, per-group markers joined with or', () => {
    const sel = df.select({ extras: ['cli'], groups: ['dev'] });
    expect(names(sel)).toEqual(expect.arrayContaining(['pytest==8.4.1', 'iniconfig==2.1.0']));
    expect(sel.packages.find((p) => p.name === 'colorama')?.marker).toBe('(platform_system == "Windows") or (sys_platform == "win32")');
    expect(df.select({ extras: [], groups: ['dev'] }).packages.find((p) => p.name === 'colorama')?.marker).toBe('sys_platform == "win32"');
  });

  it('warns when pyproject changed since the lock', () => {
    const dir = copy('poetry21', { 'pyproject.toml': (s) => s.replace('"click>=8"', '"click>=8.2"') });
    expect(readDependencyFile(path.join(dir, 'poetry.lock')).warnings[0]).toMatch(/poetry\.lock is stale: its content-hash does not match pyproject\.toml/);
    // Fields Poetry does not hash (description, version) do not make it stale.
    const dir2 = copy('poetry21', { 'pyproject.toml': (s) => s.replace('version = "0.1.0"', 'version = "0.2.0"') });
    expect(readDependencyFile(path.join(dir2, 'poetry.lock')).warnings).toEqual([]);
  });
});

describe('poetry.lock 1.1 (walked from pyproject)', () => {
  const df = readDependencyFile(path.join(LOCKS, 'poetry11', 'poetry.lock'));

  it('matches a legacy [tool.poetry] content-hash', () => {
    expect(df.warnings).toEqual([]);
  });

  it('ships main, not dev; optional only through an extra; hashes from [metadata.files]', () => {
    const sel = df.select(none);
    expect(names(sel)).toEqual(['anyio==4.9.0', 'exceptiongroup==1.3.0', 'idna==3.10', 'sniffio==1.3.1']);
    expect(sel.packages.find((p) => p.name === 'exceptiongroup')?.marker).toBe('python_version < "3.11"');
    expect(sel.lines[0]).toMatch(/^anyio==4\.9\.0 --hash=sha256:[0-9a-f]{64}$/);
    expect(names(df.select({ extras: ['cli'], groups: [] }))).toEqual(expect.arrayContaining(['click==8.1.8', 'colorama==0.4.6']));
    const dev = df.select({ extras: [], groups: ['dev'] });
    expect(names(dev)).toEqual(expect.arrayContaining(['pytest==8.3.5', 'iniconfig==2.1.0']));
  });
});

describe('poetry.lock 1.0 package markers', () => {
  it('keeps the marker Poetry 1.0 recorded on the package', () => {
    const dir = copy('poetry11', {
      'poetry.lock': (s) =>
        s
          .replace('name = "sniffio"\nversion = "1.3.1"', 'name = "sniffio"\nversion = "1.3.1"\nmarker = "python_version >= \\"3.7\\""')
          .replace('lock-version = "1.1"', 'lock-version = "1.0"'),
    });
    const sel = readDependencyFile(path.join(dir, 'poetry.lock')).select(none);
    expect(sel.packages.find((p) => p.name === 'sniffio')?.marker).toBe('python_version >= "3.7"');
  });
});

describe('pyproject.toml with Poetry tables', () => {
  it('without poetry.lock: a clear error asking for the lock', () => {
    const dir = copy('poetry11');
    fs.rmSync(path.join(dir, 'poetry.lock'));
    const e = userError(() => loadDependencies(dir));
    expect(e.input).toBe('requirements');
    expect(e.message).toMatch(/\[tool\.poetry\.dependencies\].*no poetry\.lock beside it\. Run `poetry lock`/);
  });

  it('pointed at pyproject.toml with poetry.lock beside it: the lock is used', () => {
    expect(loadDependencies(path.join(LOCKS, 'poetry11'), 'pyproject.toml').kind).toBe('poetry.lock');
  });
});

describe('uv.lock conflict markers', () => {
  it("settles uv's encoded extras (extra == 'extra-3-app-cli') for the chosen extra, false otherwise", () => {
    const dir = copy('uv', {
      'uv.lock': (s) => s.replace('    { name = "tabulate" },\n]', '    { name = "tabulate" },\n    { name = "colorama", marker = "extra == \'extra-3-app-cli\'" },\n]'),
    });
    const df = readDependencyFile(path.join(dir, 'uv.lock'));
    expect(names(df.select(none))).not.toContain('colorama==0.4.6');
    const sel = df.select({ extras: ['cli'], groups: [] });
    const colorama = sel.packages.find((p) => p.name === 'colorama');
    expect(colorama?.version).toBe('0.4.6');
    expect(colorama?.marker).toBeUndefined();
  });
});

describe('uv.lock forked versions', () => {
  it('keeps one line per version with the marker of its edge (numpy for < 3.11 and for >= 3.11)', () => {
    const fork = (v: string) => `\n[[package]]\nname = "numpy"\nversion = "${v}"\nsource = { registry = "https://pypi.org/simple" }\nwheels = [\n    { url = "https://files.pythonhosted.org/packages/numpy-${v}-cp311-cp311-manylinux_2_28_x86_64.whl", hash = "sha256:${v.replace(/\./g, '').padEnd(64, 'c')}", size = 1 },\n]\n`;
    const dir = copy('uv', {
      'uv.lock': (s) =>
        s
          .replace(
            '    { name = "tabulate" },\n]',
            `    { name = "numpy", version = "2.2.6", source = { registry = "https://pypi.org/simple" }, marker = "python_full_version < '3.11'" },\n    { name = "numpy", version = "2.3.1", source = { registry = "https://pypi.org/simple" }, marker = "python_full_version >= '3.11'" },\n    { name = "tabulate" },\n]`,
          )
          .concat(fork('2.2.6'), fork('2.3.1')),
    });
    const lines = readDependencyFile(path.join(dir, 'uv.lock')).select(none).lines.filter((l) => l.startsWith('numpy'));
    expect(lines.map((l) => l.replace(/ --hash.*/, ''))).toEqual(["numpy==2.2.6 ; python_full_version < '3.11'", "numpy==2.3.1 ; python_full_version >= '3.11'"]);
  });
});
