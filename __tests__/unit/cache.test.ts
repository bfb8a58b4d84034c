import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheKeyParts,
  createDepsCache,
  depsCacheDir,
  depsCacheKey,
  depsTreeDir,
  pipCacheDir,
  pipCacheEnv,
  pipCacheKey,
  readRequirementsFiles,
  restoreDeps,
  restorePipCache,
  saveDeps,
  savePipCache,
  type CacheKeyParts,
} from '../../src/publish/cache.js';
import { parseCacheKeyPrefix } from '../../src/inputs/publish-inputs.js';
import { pipInvocation, type PipRequest } from '../../src/plan/pip.js';
import { UserError } from '../../src/shared/errors.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import { MemoryLog } from '../../src/shared/log.js';
import { makePlan, platformTags } from '../../src/plan/plan.js';

const request: PipRequest = { requirementsFile: '/app/requirements.txt', pythonFullVersion: '3.10.9', platforms: platformTags('2.28'), extraIndexUrls: [], pipArgs: [] };
/** The key parts of a plan whose pip invocation is made from `change`. */
const withPip = (change: Partial<PipRequest> = {}): Pick<CacheKeyParts, 'pipArgs' | 'indexUrls'> => {
  const pip = pipInvocation({ ...request, ...change });
  return { pipArgs: pip.args, indexUrls: pip.indexUrls };
};
const base: CacheKeyParts = {
  requirements: [{ name: 'requirements.txt', content: 'fastapi==0.115.0\nuvicorn==0.30.1\n' }],
  pythonVersion: '3.10',
  runtime: 'custom.debian10',
  ...withPip(),
};

const SERVICE_VARS = ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2'];
let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(SERVICE_VARS.map((k) => [k, process.env[k]]));
  for (const k of SERVICE_VARS) delete process.env[k];
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('cache keys', () => {
  it('are stable for the same parts, whatever the order of pip env variables', () => {
    const a = pipCacheKey({ ...base, pipEnv: { PIP_FIND_LINKS: '/w', PIP_PRE: '1' } });
    const b = pipCacheKey({ ...structuredClone(base), pipEnv: { PIP_PRE: '1', PIP_FIND_LINKS: '/w' } });
    expect(a).toEqual(b);
    expect(depsCacheKey(base)).toEqual(depsCacheKey(structuredClone(base)));
    expect(a.key).toMatch(/^fc-python-pack-v1-pip-custom\.debian10-py3\.10-[0-9a-f]{16}-[0-9a-f]{24}$/);
    expect(depsCacheKey(base).key).toMatch(/^fc-python-pack-v1-deps-custom\.debian10-py3\.10-[0-9a-f]{16}-[0-9a-f]{24}-f2$/);
  });

  it('change with the requirements, python-version, runtime, and anything in the pip invocation (tags, index URLs, pip-args, fixed flags)', () => {
    const variants: CacheKeyParts[] = [
      { ...base, requirements: [{ name: 'requirements.txt', content: 'fastapi==0.115.1\nuvicorn==0.30.1\n' }] },
      { ...base, requirements: [...base.requirements, { name: 'constraints.txt', content: 'anyio<5\n' }] },
      { ...base, pythonVersion: '3.11', ...withPip({ pythonFullVersion: '3.11.2' }) },
      { ...base, runtime: 'custom.debian11' },
      { ...base, ...withPip({ platforms: platformTags('2.31') }) },
      { ...base, ...withPip({ indexUrl: 'https://mirrors.aliyun.com/pypi/simple' }) },
      { ...base, ...withPip({ extraIndexUrls: ['https://pypi.example.com/simple'] }) },
      { ...base, ...withPip({ pipArgs: ['--pre'] }) },
      // A fixed flag the plan adds or drops: a new key, with no version to remember to bump.
      { ...base, pipArgs: base.pipArgs.filter((a) => a !== '--no-compile') },
      { ...base, pipEnv: { PIP_INDEX_URL: 'https://other/simple' } },
    ];
    const keys = [base, ...variants].map((p) => depsCacheKey(p).key);
    expect(new Set(keys).size).toBe(keys.length);
    const pipKeys = [base, ...variants].map((p) => pipCacheKey(p).key);
    expect(new Set(pipKeys).size).toBe(pipKeys.length);
  });

  it('never carry an index URL, its credentials or pip-args in clear', () => {
    const parts: CacheKeyParts = {
      ...base,
      ...withPip({
        indexUrl: 'https://deploy-bot:s3cr3t-T0ken@pypi.corp.example.com/simple',
        extraIndexUrls: ['https://u2:hunter2@extra.example.com/simple'],
        pipArgs: ['--extra-index-url', 'https://u3:pa55@third.example.com/simple'],
      }),
      pipEnv: { PIP_INDEX_URL: 'https://u4:envsecret@env.example.com/simple' },
    };
    for (const k of [pipCacheKey(parts), depsCacheKey(parts)]) {
      const all = [k.key, ...k.restoreKeys].join(' ');
      for (const leak of ['s3cr3t', 'deploy-bot', 'corp.example.com', 'hunter2', 'u2', 'pa55', 'third', 'envsecret', 'http', '@']) {
        expect(all).not.toContain(leak);
      }
    }
  });

  it('restore-keys: the same head without the requirements hash, shared by every set of requirements', () => {
    const a = pipCacheKey(base);
    const b = pipCacheKey({ ...base, requirements: [{ name: 'requirements.txt', content: 'starlette\n' }] });
    expect(a.restoreKeys).toHaveLength(1);
    expect(a.restoreKeys).toEqual(b.restoreKeys);
    expect(a.key.startsWith(a.restoreKeys[0]!)).toBe(true);
    expect(a.key.slice(a.restoreKeys[0]!.length)).toMatch(/^[0-9a-f]{24}$/);
    // Another python or index: another head, so pip's cache never mixes them.
    expect(pipCacheKey({ ...base, pythonVersion: '3.12' }).restoreKeys).not.toEqual(a.restoreKeys);
    // The deps tree is all or nothing: no fallback.
    expect(depsCacheKey(base).restoreKeys).toEqual([]);
    expect(depsCacheKey(base).key).not.toBe(a.key);
  });

  it('start with cache-key-prefix, stay valid @actions/cache keys, and refuse a bad prefix', () => {
    const k = depsCacheKey({ ...base, prefix: 'backend-api' });
    expect(k.key.startsWith('backend-api-v1-deps-')).toBe(true);
    for (const key of [k.key, pipCacheKey({ ...base, prefix: 'x'.repeat(200) }).key]) {
      expect(key.length).toBeLessThanOrEqual(512);
      expect(key).not.toContain(',');
    }
    expect(parseCacheKeyPrefix('  ')).toBe('fc-python-pack');
    expect(() => parseCacheKeyPrefix('a,b')).toThrow(UserError);
    expect(() => parseCacheKeyPrefix('a b')).toThrow(/cache-key-prefix/);
  });
});

describe('requirements files and key parts', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-cachekey-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('follows -r and -c (recursively) and local wheels, so a change in any of them changes the key', async () => {
    fs.mkdirSync(path.join(dir, 'reqs'));
    fs.mkdirSync(path.join(dir, 'wheels'));
    fs.writeFileSync(path.join(dir, 'requirements.txt'), '-r reqs/base.txt\n--constraint=constraints.txt\n./wheels/mylib-1.0-py3-none-any.whl\nfastapi\n');
    fs.writeFileSync(path.join(dir, 'reqs', 'base.txt'), '-r ../requirements.txt\nuvicorn==0.30.1\n');
    fs.writeFileSync(path.join(dir, 'constraints.txt'), 'anyio<5\n');
    fs.writeFileSync(path.join(dir, 'wheels', 'mylib-1.0-py3-none-any.whl'), 'wheel v1');
    const files = await readRequirementsFiles(path.join(dir, 'requirements.txt'));
    expect(files.map((f) => f.name)).toEqual(['requirements.txt', 'reqs/base.txt', 'constraints.txt', 'wheels/mylib-1.0-py3-none-any.whl']);

    const key = async () => depsCacheKey({ ...base, requirements: await readRequirementsFiles(path.join(dir, 'requirements.txt')) }).key;
    const k1 = await key();
    fs.writeFileSync(path.join(dir, 'reqs', 'base.txt'), '-r ../requirements.txt\nuvicorn==0.30.2\n');
    const k2 = await key();
    fs.writeFileSync(path.join(dir, 'wheels', 'mylib-1.0-py3-none-any.whl'), 'wheel v2');
    const k3 = await key();
    expect(new Set([k1, k2, k3]).size).toBe(3);
  });

  it('cacheKeyParts reads a plan: its requirements, its pip invocation, index URLs and pip env', async () => {
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
    const inputs = parseInputs(
      (n) => ({ 'python-version': '3.11', 'index-url': 'https://u:p@idx.example.com/simple', 'pip-args': '--pre' })[n],
      { cwd: dir, env: {} },
    );
    const plan = makePlan(inputs);
    const parts = await cacheKeyParts(plan, 'pre', { PIP_FIND_LINKS: '/opt/wheels', HOME: '/root' });
    expect(parts).toMatchObject({
      prefix: 'pre',
      pythonVersion: '3.11',
      runtime: 'custom.debian10',
      // The exact invocation the plan holds: what install runs is what the key hashes.
      pipArgs: plan.install!.pip.args,
      indexUrls: ['https://u:p@idx.example.com/simple'],
      pipEnv: { PIP_FIND_LINKS: '/opt/wheels' },
    });
    expect(parts.pipArgs).toEqual(expect.arrayContaining([...plan.platforms, '--pre']));
    expect(parts.requirements).toEqual([{ name: 'requirements.txt', content: Buffer.from('fastapi\n') }]);
  });
});

describe('cache paths', () => {
  it('live at stable paths under RUNNER_TEMP: pip one folder, deps one per key', () => {
    const env = { RUNNER_TEMP: '/home/runner/work/_temp' };
    expect(pipCacheDir(env)).toBe('/home/runner/work/_temp/fc-python-pack-cache/pip');
    const a = depsCacheDir('k1', env);
    expect(a).toMatch(/^\/home\/runner\/work\/_temp\/fc-python-pack-cache\/deps\/[0-9a-f]{16}$/);
    expect(depsCacheDir('k1', env)).toBe(a);
    expect(depsCacheDir('k2', env)).not.toBe(a);
    expect(depsTreeDir(a)).toBe(`${a}/python`);
    expect(pipCacheEnv('/c', { PATH: '/bin', PIP_NO_CACHE_DIR: '1' })).toEqual({ PATH: '/bin', PIP_CACHE_DIR: '/c' });
  });
});

describe('outside GitHub Actions', () => {
  it('every call is a quiet miss: debug lines only, nothing thrown, nothing written', async () => {
    const log = new MemoryLog();
    const dir = path.join(os.tmpdir(), `fcpp-nocache-${process.pid}`);
    expect(await restoreDeps(dir, 'k', log)).toBe(false);
    expect(await saveDeps(dir, 'k', log)).toBe(false);
    expect(await restorePipCache(dir, 'k', ['k-'], log)).toEqual({ hit: 'miss' });
    expect(await savePipCache(dir, 'k', log)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false);
    expect(log.lines.map((l) => l.level)).toEqual(['debug', 'debug', 'debug', 'debug']);
  });

  it('createDepsCache with cache off installs where asked, with the env as is, and reports cache-hit false', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-nocache-'));
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
    const plan = makePlan(parseInputs(() => undefined, { cwd: dir, env: {} }));
    const log = new MemoryLog();
    const session = await createDepsCache(plan, log, { enabled: false, env: { RUNNER_TEMP: dir } });
    const calls: [string, string | undefined][] = [];
    const got = await session.install(path.join(dir, 'scratch', 'python'), async (p, env) => {
      calls.push([p, env.PIP_CACHE_DIR]);
      return { installed: ['fastapi-0.115.0'], scripts: [], durationMs: 1 };
    });
    await session.save();
    expect(session.active).toBe(false);
    expect(session.hit).toBe('false');
    expect(got.pythonDir).toBe(path.join(dir, 'scratch', 'python'));
    expect(calls).toEqual([[path.join(dir, 'scratch', 'python'), undefined]]);
    expect(log.text('warning')).toBe('');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('outside Actions, keeps finished trees in the local cache: a second session skips the install', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-localcache-'));
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
    const plan = makePlan(parseInputs(() => undefined, { cwd: dir, env: {} }));
    const env = { XDG_CACHE_HOME: path.join(dir, 'xdg') };
    const runs: string[] = [];
    const pip = async (p: string) => {
      runs.push(p);
      fs.mkdirSync(p, { recursive: true });
      fs.writeFileSync(path.join(p, 'fastapi.py'), '');
      return { installed: ['fastapi-0.115.0'], scripts: [], durationMs: 1 };
    };
    const first = await createDepsCache(plan, new MemoryLog(), { enabled: true, env });
    const a = await first.install(path.join(dir, 'unused'), pip);
    expect(first.hit).toBe('false');
    const second = await createDepsCache(plan, new MemoryLog(), { enabled: true, env });
    const b = await second.install(path.join(dir, 'unused'), pip);
    expect(second.hit).toBe('true');
    expect(runs).toHaveLength(1);
    expect(b.pythonDir).toBe(a.pythonDir);
    expect(b.pythonDir.startsWith(path.join(dir, 'xdg', 'fc-python-pack', 'deps'))).toBe(true);
    expect(fs.existsSync(path.join(b.pythonDir, 'fastapi.py'))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
