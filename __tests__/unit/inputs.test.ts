import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../src/shared/errors.js';
import { DETECTION_ORDER } from '../../src/formats/lock/index.js';
import { INPUT_SPECS, parseInputs, splitArgs, type InputGetter } from '../../src/inputs/inputs.js';
import { runtimeVerifyImage } from '../../src/plan/runtimes.js';

const ROOT = path.resolve(__dirname, '..', '..');
const from =
  (values: Record<string, string>): InputGetter =>
  (name) =>
    values[name];
const ctx = { cwd: '/work/app', env: { RUNNER_TEMP: '/runner/tmp' } };

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const i = parseInputs(from({}), ctx);
    expect(i).toMatchObject({
      target: 'layer',
      workingDirectory: '/work/app',
      requirements: undefined,
      requirementsInput: '',
      extras: [],
      groups: [],
      extraIndexUrls: [],
      pipArgs: [],
      outputDir: '/runner/tmp/fc-python-pack',
      verify: true,
      verifyImports: [],
    });
    // Not given: the plan decides (s.yaml's, else custom.debian10 / 9000 / bootstrap; the runtime's Python, and the runtime's Debian with it).
    expect([i.runtime, i.port, i.bootstrap, i.sYaml, i.startCommand, i.environment]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(i.pythonVersion).toBeUndefined();
    expect(i.verifyImage).toBeUndefined();
    expect(i.baseImage).toBeUndefined();
  });

  it('resolves folders against the workspace and requirements against working-directory', () => {
    const i = parseInputs(from({ 'working-directory': 'backend', requirements: 'req/prod.txt', 'output-dir': 'out' }), ctx);
    expect(i.workingDirectory).toBe('/work/app/backend');
    expect(i.requirements).toBe('/work/app/backend/req/prod.txt');
    expect(i.outputDir).toBe('/work/app/out');
  });

  it('reads extras and groups as comma or newline lists', () => {
    const i = parseInputs(from({ extras: 'db, cache\nworkers', groups: 'prod' }), ctx);
    expect([i.extras, i.groups]).toEqual([['db', 'cache', 'workers'], ['prod']]);
  });

  it('documents the detection order the code uses', () => {
    const spec = INPUT_SPECS.find((s) => s.name === 'requirements')!;
    expect(spec.default).toBe('');
    expect(spec.description).toContain(`Default: the first found of ${DETECTION_ORDER.map((d) => d.file).join(', ')}.`);
  });

  it('derives the verify image from python-version and the runtime', () => {
    expect(runtimeVerifyImage('custom.debian11', '3.11')).toBe('python:3.11-slim-bullseye');
    expect(runtimeVerifyImage('custom.debian12', '3.12')).toBe('python:3.12-slim-bookworm');
  });

  it.each([
    [{ target: 'zip' }, /Input target must be one of layer, code, image/],
    [{ runtime: 'debian10' }, /Input runtime must be one of custom\.debian10/],
    [{ 'python-version': '3.10.4' }, /Input python-version must be MAJOR\.MINOR/],
    [{ 'python-version': '3.1' }, /YAML reads an unquoted 3\.10 as 3\.1/],
    [{ verify: 'maybe' }, /Input verify must be true or false/],
    [{ 'verify-imports': 'uvicorn, my-app' }, /Input verify-imports: "my-app" is not a Python module name/],
    [{ 'pip-args': '--platform=any' }, /Input pip-args must not contain --platform/],
    [{ 'pip-args': '"unterminated' }, /Input pip-args has an unterminated " quote/],
  ])('rejects %j', (values, message) => {
    let err: unknown;
    try {
      parseInputs(from(values), ctx);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(message);
  });

  it('splits lists on commas, spaces and new lines', () => {
    const i = parseInputs(from({ 'verify-imports': 'uvicorn,\nfastapi  app.main', 'extra-index-url': 'https://a/simple\nhttps://b/simple' }), ctx);
    expect(i.verifyImports).toEqual(['uvicorn', 'fastapi', 'app.main']);
    expect(i.extraIndexUrls).toEqual(['https://a/simple', 'https://b/simple']);
  });
});

describe('splitArgs', () => {
  it('splits like a shell, without expanding anything', () => {
    expect(splitArgs(`--no-deps --constraint "c s.txt" 'a b' x\\ y $HOME $(rm -rf /) ;`)).toEqual([
      '--no-deps',
      '--constraint',
      'c s.txt',
      'a b',
      'x y',
      '$HOME',
      '$(rm',
      '-rf',
      '/)',
      ';',
    ]);
    expect(splitArgs('')).toEqual([]);
    expect(splitArgs(`""`)).toEqual(['']);
  });
});

describe('action.yml', () => {
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs the code reads, with the same defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_SPECS.map((s) => s.name));
    for (const s of INPUT_SPECS) {
      expect(String(action.inputs[s.name]!.default ?? ''), s.name).toBe(s.default);
      expect(action.inputs[s.name]!.description, s.name).toBe(s.description);
    }
  });

  it('runs the bundled entry on node24', () => {
    expect(action.runs.using).toBe('node24');
    expect(fs.existsSync(path.join(ROOT, action.runs.main))).toBe(true);
  });
});

describe('README', () => {
  it('has the inputs and outputs tables of action.yml, exactly', async () => {
    const { execFileSync } = await import('node:child_process');
    const generated = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'readme-tables.mjs')], { encoding: 'utf8' }).trim();
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const table of generated.split('\n\n')) expect(readme, 'run: node scripts/readme-tables.mjs --write').toContain(table);
  });
});
