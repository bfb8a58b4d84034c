import { describe, expect, it } from 'vitest';
import { checkClosure, type ShippedMetadata } from '../../src/doctor/checks/closure.js';
import { fcMarkerEnvironment as fcEnvironment } from '../../src/doctor/context.js';

const meta = (name: string, version: string, requires: string[] = [], origin = 'the layer'): ShippedMetadata => ({
  file: `python/${name}-${version}.dist-info/METADATA`,
  text: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n${requires.map((r) => `Requires-Dist: ${r}\n`).join('')}\nbody\n`,
  origin,
});
const ANYIO = meta('anyio', '4.4.0', ['idna>=2.8', 'sniffio>=1.1', 'exceptiongroup>=1.0.2; python_version < "3.11"', 'typing_extensions>=4.1; python_version < "3.11"', 'trio>=0.23; extra == "trio"']);
const base = [ANYIO, meta('idna', '3.7'), meta('sniffio', '1.3.1')];
const opts = (pythonVersion: string) => ({ pythonVersion, where: 'the layer' });

describe('closure check', () => {
  it('FC Python 3.10 needs the backports a 3.11 pip left out; names package, requirement and fix', () => {
    const f = checkClosure(base, opts('3.10'));
    expect(f.map((x) => `${x.severity}:${x.code}`)).toEqual(['error:deps-closure', 'error:deps-closure']);
    expect(f[0]!.file).toBe('python/anyio-4.4.0.dist-info/METADATA');
    expect(f[0]!.message).toContain('anyio 4.4.0 requires exceptiongroup>=1.0.2; python_version < "3.11"');
    expect(f[0]!.message).toContain('3.10.9');
    expect(f[0]!.fcSymptom).toContain("No module named 'exceptiongroup'");
    expect(f[0]!.fix).toContain('"exceptiongroup>=1.0.2"');
    expect(f[1]!.message).toContain('typing_extensions');
  });

  it('the same layer is complete for 3.11 and 3.12 (markers do not hold), and extras not asked are not needed', () => {
    expect(checkClosure(base, opts('3.11'))).toEqual([]);
    expect(checkClosure(base, opts('3.12'))).toEqual([]);
  });

  it('met when shipped in range; a version outside the specifier is an error', () => {
    expect(checkClosure([...base, meta('exceptiongroup', '1.2.2'), meta('typing-extensions', '4.12.2')], opts('3.10'))).toEqual([]);
    const f = checkClosure([...base, meta('exceptiongroup', '1.0.0'), meta('typing_extensions', '4.12.2')], opts('3.10'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', code: 'deps-closure-version' });
    expect(f[0]!.message).toMatch(/exceptiongroup shipped is 1\.0\.0 .*outside >=1\.0\.2/);
  });

  it('extras asked by another distribution count, transitively', () => {
    const app = meta('app', '1.0', ['anyio[trio]>=4']);
    const trio = meta('trio', '0.25.0', ['outcome; extra == "never"', 'attrs>=23.2.0']);
    const f = checkClosure([app, ...base, trio], opts('3.12'));
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('trio 0.25.0 requires attrs>=23.2.0')]);
    expect(checkClosure([app, ...base], opts('3.12'))[0]!.message).toContain('anyio 4.4.0 requires trio>=0.23; extra == "trio"');
  });

  it('names normalise across spellings; layers are named in the message', () => {
    const f = checkClosure([meta('fastapi', '0.111.0', ['Starlette<0.38.0,>=0.37.2', 'Typing-Extensions>=4.8.0'], 'function.zip'), meta('starlette', '0.37.2', [], 'layer deps.zip'), meta('typing_extensions', '4.12.2', [], 'layer deps.zip')], { pythonVersion: '3.10', where: 'function.zip' });
    expect(f).toEqual([]);
    const g = checkClosure([meta('fastapi', '0.111.0', ['pydantic>=1.7.4'], 'function.zip'), meta('starlette', '0.37.2', [], 'layer deps.zip')], { pythonVersion: '3.10', where: 'function.zip' });
    expect(g[0]!.message).toContain('in neither function.zip nor the layers given');
  });

  it('an unreadable Requires-Dist is a warning, not a crash', () => {
    const f = checkClosure([meta('odd', '1.0', ['foo >=; python_version'])], opts('3.10'));
    expect(f).toMatchObject([{ severity: 'warning', code: 'deps-metadata' }]);
  });

  it('FC environment: the runtime\'s full Python version', () => {
    expect(fcEnvironment('3.10').python_full_version).toBe('3.10.9');
    expect(fcEnvironment('3.12').python_full_version).toBe('3.12.4');
    expect(fcEnvironment('3.9.18').python_full_version).toBe('3.9.18');
  });

  it('extras requirements.txt asks for count (uvicorn[standard] on FC needs uvloop, whatever OS built it)', () => {
    const uvicorn = meta('uvicorn', '0.30.0', ['click>=7.0', "uvloop!=0.15.0,!=0.15.1,>=0.14.0; (sys_platform != 'win32' and (sys_platform != 'cygwin' and platform_python_implementation != 'PyPy')) and extra == 'standard'"]);
    const click = meta('click', '8.1.7');
    expect(checkClosure([uvicorn, click], opts('3.11'))).toEqual([]);
    const f = checkClosure([uvicorn, click], { ...opts('3.11'), asked: [{ name: 'Uvicorn', extras: ['Standard'] }] });
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('uvicorn 0.30.0 requires uvloop!=0.15.0,!=0.15.1,>=0.14.0')]);
  });

  it("a distribution whose Requires-Python excludes FC's Python is an error", () => {
    const text = 'Metadata-Version: 2.1\nName: newpkg\nVersion: 2.0\nRequires-Python: >=3.11\n\n';
    const f = checkClosure([{ file: 'python/newpkg-2.0.dist-info/METADATA', text, origin: 'the layer' }], opts('3.10'));
    expect(f).toMatchObject([{ severity: 'error', code: 'deps-requires-python' }]);
    expect(f[0]!.message).toBe("newpkg 2.0 requires Python >=3.11 (its Requires-Python), but FC's runtime runs 3.10.9");
    expect(checkClosure([{ file: 'x/METADATA', text, origin: 'the layer' }], opts('3.12'))).toEqual([]);
  });
});
