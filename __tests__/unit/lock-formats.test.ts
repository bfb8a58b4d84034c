import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTION_ORDER, findDependencyFile, loadDependencies, readDependencyFile, summaryLine } from '../../src/formats/lock/index.js';
import { parseMarker, markerText, settleText } from '../../src/formats/lock/marker.js';
import { pythonJson } from '../../src/formats/lock/poetry-hash.js';
import { parseRequirement } from '../../src/formats/pyproject.js';
import { LOCKS, names, none, userError } from '../support/locks.js';


function dirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-lock-'));
  for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
  return dir;
}


describe('markers', () => {
  const known = { extras: new Set(['cli']), groups: new Set(['dev']) };
  it('settles extra, extras and dependency_groups; leaves the rest as written', () => {
    expect(settleText('extra == "cli"', known)).toBeUndefined();
    expect(settleText("extra == 'db'", known)).toBeNull();
    expect(settleText("'dev' in dependency_groups and python_full_version < '3.11'", known)).toBe('python_full_version < "3.11"');
    expect(settleText("'lint' in dependency_groups or sys_platform == 'win32'", known)).toBe('sys_platform == "win32"');
    expect(settleText("'cli' not in extras", known)).toBeNull();
    expect(settleText("python_version < '3.11'", known)).toBe("python_version < '3.11'");
    expect(settleText('(extra == "cli" or extra == "db") and os_name == "nt"', known)).toBe('os_name == "nt"');
  });
  it('writes and/or with the parentheses pip needs', () => {
    expect(markerText(parseMarker('(a == "1" or b == "2") and c == "3"'))).toBe('(a == "1" or b == "2") and c == "3"');
    expect(() => parseMarker('python_version <')).toThrow(/cannot read the marker/);
  });
});

describe('pythonJson: Python json.dumps(sort_keys=True)', () => {
  it('sorts keys, uses Python separators and ensure_ascii', () => {
    expect(pythonJson({ b: [1, true, null], a: { 'é': 'sn☃w 😀' } })).toBe('{"a": {"\\u00e9": "sn\\u2603w \\ud83d\\ude00"}, "b": [1, true, null]}');
  });
});

describe('Pipfile.lock', () => {
  const df = readDependencyFile(path.join(LOCKS, 'pipenv', 'Pipfile.lock'));
  it('ships default with its markers and hashes; develop only as group dev', () => {
    expect(df.groups).toEqual(['dev']);
    const sel = df.select(none);
    expect(names(sel)).toEqual(['anyio==4.9.0', 'exceptiongroup==1.3.0', 'idna==3.10', 'sniffio==1.3.1']);
    expect(sel.lines.find((l) => l.startsWith('exceptiongroup'))).toMatch(/^exceptiongroup==1\.3\.0 ; python_version < '3\.11' --hash=sha256:[0-9a-f]{64}$/);
    expect(names(df.select({ extras: [], groups: ['dev'] }))).toContain('pytest==8.4.1');
  });
  it('editable and VCS entries are refused by name', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(LOCKS, 'pipenv', 'Pipfile.lock'), 'utf8'));
    lock.default.app = { editable: true, path: '.' };
    lock.default.lib = { git: 'https://example.com/lib.git', ref: 'abc123' };
    const dir = dirWith({ 'Pipfile.lock': JSON.stringify(lock) });
    expect(userError(() => readDependencyFile(path.join(dir, 'Pipfile.lock')).select(none)).message).toMatch(/locks app \(editable \.\), lib \(vcs https:\/\/example\.com\/lib\.git\)/);
  });
  it('a file that is not JSON is a clear error', () => {
    const dir = dirWith({ 'Pipfile.lock': '{"_meta": ' });
    expect(userError(() => readDependencyFile(path.join(dir, 'Pipfile.lock')))).toEqual({ message: expect.stringMatching(/^requirements: Pipfile\.lock .* is not valid JSON/), input: 'requirements' });
  });
});

describe('pylock.toml (PEP 751)', () => {
  const df = readDependencyFile(path.join(LOCKS, 'pylock', 'pylock.toml'));
  it('settles extras and dependency_groups for the selection', () => {
    expect(df.extras).toEqual(['cli']);
    expect(df.groups).toEqual(['dev']);
    expect(names(df.select(none))).toEqual(['anyio==4.9.0', 'exceptiongroup==1.3.0', 'idna==3.10', 'sniffio==1.3.1']);
    const all = df.select({ extras: ['cli'], groups: ['dev'] });
    expect(names(all)).toEqual(expect.arrayContaining(['click==8.2.1', 'pytest==8.4.1', 'tomli==2.2.1']));
    expect(all.packages.find((p) => p.name === 'click')?.marker).toBeUndefined();
    expect(all.packages.find((p) => p.name === 'tomli')?.marker).toBe('python_full_version < "3.11"');
    expect(all.lines.find((l) => l.startsWith('anyio'))).toMatch(/--hash=sha256:[0-9a-f]{64} --hash=sha256:[0-9a-f]{64}$/);
  });
  it('a named pylock file is found; two of them need requirements set', () => {
    const text = fs.readFileSync(path.join(LOCKS, 'pylock', 'pylock.toml'), 'utf8');
    expect(path.basename(findDependencyFile(dirWith({ 'pylock.fc.toml': text, 'requirements.txt': 'x\n' })).file)).toBe('pylock.fc.toml');
    expect(userError(() => findDependencyFile(dirWith({ 'pylock.a.toml': text, 'pylock.b.toml': text }))).message).toMatch(/holds pylock\.a\.toml, pylock\.b\.toml; set requirements/);
  });
  it('a directory entry is refused by name', () => {
    const text = fs.readFileSync(path.join(LOCKS, 'pylock', 'pylock.toml'), 'utf8') + '\n[[packages]]\nname = "app"\ndirectory = { path = ".", editable = true }\n';
    expect(userError(() => readDependencyFile(path.join(dirWith({ 'pylock.toml': text }), 'pylock.toml')).select(none)).message).toMatch(/app \(editable \.\)/);
  });
});

describe('pyproject.toml without a lock', () => {
  const pyproject = `[project]
name = "svc"
version = "1.0"
dependencies = ["fastapi>=0.115", "uvicorn[standard] ; python_version >= '3.10'"]

[project.optional-dependencies]
db = ["sqlalchemy>=2"]
all = ["svc[db]", "redis"]

[dependency-groups]
test = ["pytest>=8"]
dev = [{ include-group = "test" }, "ruff"]
`;
  const df = loadDependencies(dirWith({ 'pyproject.toml': pyproject }));
  it('installs [project].dependencies, resolved by pip', () => {
    expect(df.kind).toBe('pyproject.toml');
    expect(df.locked).toBe(false);
    expect(df.select(none).lines).toEqual(['fastapi>=0.115', "uvicorn[standard] ; python_version >= '3.10'"]);
  });
  it('extras (self-references expanded) and groups (include-group resolved) only when chosen', () => {
    expect(df.select({ extras: ['all'], groups: [] }).lines).toEqual(['fastapi>=0.115', "uvicorn[standard] ; python_version >= '3.10'", 'sqlalchemy>=2', 'redis']);
    expect(df.select({ extras: [], groups: ['dev'] }).lines.slice(2)).toEqual(['pytest>=8', 'ruff']);
    expect(df.groups).toEqual(['dev', 'test']);
  });
  it('a pyproject.toml without [project] is a clear error, not an empty layer', () => {
    expect(userError(() => loadDependencies(dirWith({ 'pyproject.toml': '[tool.black]\nline-length = 100\n' }))).message).toMatch(/has no \[project\] table/);
  });
  it('dynamic dependencies are a clear error', () => {
    const dir = dirWith({ 'pyproject.toml': '[project]\nname = "x"\nversion = "1"\ndynamic = ["dependencies"]\n' });
    expect(userError(() => loadDependencies(dir).select(none))).toEqual({ message: expect.stringMatching(/lists dependencies in \[project\] dynamic/), input: 'requirements' });
  });
  it('parses PEP 508 requirements', () => {
    expect(parseRequirement('Uvicorn[Standard,a] (>= 0.30, <1) ; python_version < "3.12"')).toMatchObject({ name: 'uvicorn', extras: ['a', 'standard'], specifier: '>=0.30,<1', marker: 'python_version < "3.12"' });
    expect(parseRequirement('pkg @ https://x/pkg.whl ; os_name == "nt"')).toMatchObject({ name: 'pkg', url: 'https://x/pkg.whl', marker: 'os_name == "nt"' });
  });
});

describe('requirements.txt passthrough', () => {
  it('passes the file to pip and counts what it pins', () => {
    const txt = 'anyio==4.9.0 \\\n    --hash=sha256:' + 'a'.repeat(64) + '\nidna==3.10 --hash=sha256:' + 'b'.repeat(64) + '  # via anyio\n';
    const dir = dirWith({ 'requirements.txt': txt });
    const df = loadDependencies(dir);
    const sel = df.select(none);
    expect(sel.lines).toEqual([`-r ${path.join(dir, 'requirements.txt')}`]);
    expect(sel.packages.map((p) => [p.name, p.version, p.hashes.length])).toEqual([['anyio', '4.9.0', 1], ['idna', '3.10', 1]]);
    expect(summaryLine(df, sel, dir)).toBe('used requirements.txt, pins 2 of 2 requirements');
  });
});

describe('detection', () => {
  it('documents one order: locks, then requirements.txt, then pyproject.toml', () => {
    expect(DETECTION_ORDER.map((d) => d.file)).toEqual(['uv.lock', 'poetry.lock', 'pylock.toml', 'pylock.<name>.toml', 'Pipfile.lock', 'requirements.txt', 'pyproject.toml']);
  });
  it('a lock wins over requirements.txt, which wins over a bare pyproject.toml', () => {
    const uv = fs.readFileSync(path.join(LOCKS, 'uv', 'uv.lock'), 'utf8');
    const pp = fs.readFileSync(path.join(LOCKS, 'uv', 'pyproject.toml'), 'utf8');
    const found = findDependencyFile(dirWith({ 'uv.lock': uv, 'pyproject.toml': pp, 'requirements.txt': 'x\n' }));
    expect(path.basename(found.file)).toBe('uv.lock');
    expect(found.also).toEqual(['requirements.txt', 'pyproject.toml']);
    expect(path.basename(findDependencyFile(dirWith({ 'pyproject.toml': pp, 'requirements.txt': 'x\n' })).file)).toBe('requirements.txt');
    const df = loadDependencies(dirWith({ 'uv.lock': uv, 'pyproject.toml': pp }));
    expect(summaryLine(df, df.select(none))).toBe('used uv.lock, locks 6 packages');
  });
  it('nothing found, a missing file and an unknown kind are errors naming requirements', () => {
    expect(userError(() => findDependencyFile(dirWith({})))).toEqual({ message: expect.stringMatching(/holds none of requirements\*\.txt, pyproject\.toml, uv\.lock/), input: 'requirements' });
    expect(userError(() => findDependencyFile(dirWith({}), 'locks/uv.lock')).message).toMatch(/^requirements: locks\/uv\.lock does not exist in working-directory/);
    expect(userError(() => findDependencyFile(dirWith({ 'deps.cfg': '' }), 'deps.cfg')).message).toMatch(/deps\.cfg is not a file kind this reads/);
  });
});
