import { describe, expect, it } from 'vitest';
import { parseHeaders, parseMetadata } from '../../src/formats/metadata.js';
import { evaluateMarker, linuxCPythonEnvironment, markerHolds, MarkerSyntaxError, normalizeName, parseRequirement, RequirementSyntaxError } from '../../src/formats/pep508.js';
import { versionSatisfies } from '../../src/formats/versions.js';

const py310 = linuxCPythonEnvironment('3.10.9');
const py312 = linuxCPythonEnvironment('3.12.4');

describe('PEP 508 markers', () => {
  it('compares python_version as versions, not strings', () => {
    expect(evaluateMarker('python_version < "3.11"', py310)).toBe(true);
    expect(evaluateMarker('python_version < "3.11"', py312)).toBe(false);
    // As strings "3.10" < "3.9"; as versions it is not.
    expect(evaluateMarker('python_version < "3.9"', py310)).toBe(false);
    expect(evaluateMarker('python_version >= "3.8"', py310)).toBe(true);
    expect(evaluateMarker('python_full_version >= "3.10.10"', py310)).toBe(false);
    expect(evaluateMarker('python_full_version == "3.10.*"', py310)).toBe(true);
    expect(evaluateMarker('python_version ~= "3.9"', py310)).toBe(true);
    expect(evaluateMarker('python_version != "3.10"', py310)).toBe(false);
  });

  it('takes the variable on either side', () => {
    expect(evaluateMarker('"3.11" > python_version', py310)).toBe(true);
    expect(evaluateMarker('"3.11" > python_version', py312)).toBe(false);
  });

  it('knows FC: CPython on Linux x86-64, posix', () => {
    expect(evaluateMarker('sys_platform == "linux"', py310)).toBe(true);
    expect(evaluateMarker('sys_platform == "win32"', py310)).toBe(false);
    expect(evaluateMarker('platform_system != "Windows" and platform_machine == "x86_64"', py310)).toBe(true);
    expect(evaluateMarker('os_name == "nt"', py310)).toBe(false);
    expect(evaluateMarker('implementation_name == "cpython" and platform_python_implementation == "CPython"', py310)).toBe(true);
    expect(evaluateMarker('platform_python_implementation != "PyPy"', py310)).toBe(true);
    expect(evaluateMarker("os.name == 'posix'", py310)).toBe(true); // old spelling
  });

  it('and binds tighter than or; parentheses group', () => {
    expect(evaluateMarker('os_name == "nt" and python_version < "3.11" or sys_platform == "linux"', py312)).toBe(true);
    expect(evaluateMarker('os_name == "nt" and (python_version < "3.11" or sys_platform == "linux")', py312)).toBe(false);
    expect(evaluateMarker('(sys_platform == "darwin" or sys_platform == "linux") and python_version < "3.11"', py310)).toBe(true);
  });

  it('in / not in are substring tests', () => {
    expect(evaluateMarker('"linux" in sys_platform', py310)).toBe(true);
    expect(evaluateMarker('platform_machine not in "arm64 aarch64"', py310)).toBe(true);
    expect(evaluateMarker('platform_machine in "x86_64 AMD64"', py310)).toBe(true);
  });

  it('extras: only the ones asked for, names normalised', () => {
    expect(evaluateMarker('extra == "socks"', py310)).toBe(false);
    expect(evaluateMarker('extra == "socks"', py310, 'socks')).toBe(true);
    expect(evaluateMarker('extra == "Socks_Proxy"', py310, 'socks-proxy')).toBe(true);
    expect(markerHolds('python_version < "3.11" and extra == "trio"', py310, ['trio'])).toBe(true);
    expect(markerHolds('python_version < "3.11" and extra == "trio"', py310, [])).toBe(false);
    expect(markerHolds(undefined, py310)).toBe(true);
  });

  it('refuses what it cannot read', () => {
    expect(() => evaluateMarker('python_version <', py310)).toThrow(MarkerSyntaxError);
    expect(() => evaluateMarker('pythonversion == "3"', py310)).toThrow(/unknown marker variable/);
    expect(() => evaluateMarker('(os_name == "nt"', py310)).toThrow(/missing \)/);
    expect(() => evaluateMarker('os_name == "posix" foo', py310)).toThrow(MarkerSyntaxError);
    expect(() => evaluateMarker('os_name ~= "posix"', py310)).toThrow(/as strings/);
  });
});

describe('PEP 508 requirements', () => {
  it('reads name, extras, specifier, marker', () => {
    expect(parseRequirement('exceptiongroup>=1.0.2; python_version < "3.11"')).toEqual({ name: 'exceptiongroup', key: 'exceptiongroup', extras: [], specifier: '>=1.0.2', marker: 'python_version < "3.11"' });
    expect(parseRequirement('Typing_Extensions (>=4.1, <5) ; python_version < "3.11"')).toMatchObject({ key: 'typing-extensions', specifier: '>=4.1,<5' });
    expect(parseRequirement('uvicorn[Standard, socks] >=0.12.0; extra == "all"')).toMatchObject({ key: 'uvicorn', extras: ['standard', 'socks'], specifier: '>=0.12.0', marker: 'extra == "all"' });
    expect(parseRequirement('sniffio')).toMatchObject({ key: 'sniffio', specifier: '' });
    expect(parseRequirement('pip @ https://example.invalid/pip-26.0-py3-none-any.whl ; python_version >= "3.9"')).toMatchObject({ key: 'pip', url: 'https://example.invalid/pip-26.0-py3-none-any.whl', marker: 'python_version >= "3.9"' });
  });

  it('refuses bad specifiers and markers', () => {
    expect(() => parseRequirement('foo >=')).toThrow(RequirementSyntaxError);
    expect(() => parseRequirement('foo; python_version <')).toThrow(MarkerSyntaxError);
    expect(() => parseRequirement('[x]')).toThrow(RequirementSyntaxError);
  });

  it('versions meet specifiers as pip check decides (pre-releases allowed)', () => {
    expect(versionSatisfies('1.2.2', '>=1.0.2')).toBe(true);
    expect(versionSatisfies('1.0.1', '>=1.0.2')).toBe(false);
    expect(versionSatisfies('2.0.0rc1', '>=1.0')).toBe(true);
    expect(versionSatisfies('4.12.2', '>=4.1,<5')).toBe(true);
    expect(versionSatisfies('1.0', '==1.0.0')).toBe(true);
    expect(versionSatisfies('anything', '')).toBe(true);
    expect(normalizeName('Typing.Extensions__x')).toBe('typing-extensions-x');
  });
});

describe('METADATA', () => {
  it('reads repeated and continued fields, stops at the body', () => {
    const text = 'Metadata-Version: 2.1\nName: anyio\nVersion: 4.4.0\nLicense: MIT\n  and more\nRequires-Dist: idna>=2.8\nRequires-Dist: exceptiongroup>=1.0.2; python_version < "3.11"\nProvides-Extra: Trio\n\nRequires-Dist: not-a-header\n';
    const m = parseMetadata(text);
    expect(m).toMatchObject({ name: 'anyio', key: 'anyio', version: '4.4.0', providesExtra: ['trio'], requiresDist: ['idna>=2.8', 'exceptiongroup>=1.0.2; python_version < "3.11"'] });
    expect(parseHeaders(text).get('license')).toEqual(['MIT\nand more']);
    expect(parseMetadata('Metadata-Version: 2.1\n', 'typing_extensions', '4.12.2')).toMatchObject({ key: 'typing-extensions', version: '4.12.2' });
  });
});
