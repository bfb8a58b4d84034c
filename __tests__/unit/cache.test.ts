import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WheelSet } from '../../src/install/wheels.js';
import {
  cacheKeyParts,
  createDepsCache,
  depsCacheKey,
  readRequirementsFiles,
  restoreWheelhouse,
  saveWheelhouse,
  wheelhouseCacheDir,
  wheelhouseCacheKey,
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
    const a = wheelhouseCacheKey({ ...base, pipEnv: { PIP_FIND_LINKS: '/w', PIP_PRE: '1' } }, 'set');
    const b = wheelhouseCacheKey({ ...structuredClone(base), pipEnv: { PIP_PRE: '1', PIP_FIND_LINKS: '/w' } }, 'set');
    expect(a).toEqual(b);
    expect(depsCacheKey(base)).toEqual(depsCacheKey(structuredClone(base)));
    expect(depsCacheKey(base).key).toMatch(/^fc-python-pack-v1-deps-custom\.debian10-py3\.10-[0-9a-f]{16}-[0-9a-f]{24}$/);
    expect(a.key).toMatch(/^fc-python-pack-v1-deps-custom\.debian10-py3\.10-[0-9a-f]{16}-[0-9a-f]{24}-w[0-9a-f]{16}$/);
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
    const houseKeys = [base, ...variants].map((p) => wheelhouseCacheKey(p).key);
    expect(new Set(houseKeys).size).toBe(houseKeys.length);
    // The wheel set is part of the saved key: another set of wheels, another entry.
    expect(wheelhouseCacheKey(base, 'a').key).not.toBe(wheelhouseCacheKey(base, 'b').key);
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
    for (const k of [wheelhouseCacheKey(parts), wheelhouseCacheKey(parts, 'set'), depsCacheKey(parts)]) {
      const all = [k.key, ...k.restoreKeys].join(' ');
      for (const leak of ['s3cr3t', 'deploy-bot', 'corp.example.com', 'hunter2', 'u2', 'pa55', 'third', 'envsecret', 'http', '@']) {
        expect(all).not.toContain(leak);
      }
    }
  });

  it('restore-keys: the same requirements first, then the head every set of requirements on the platform shares', () => {
    const a = wheelhouseCacheKey(base);
    const b = wheelhouseCacheKey({ ...base, requirements: [{ name: 'requirements.txt', content: 'starlette\n' }] });
    expect(a.restoreKeys).toHaveLength(2);
    expect(a.restoreKeys[0]).toBe(a.key);
    expect(a.restoreKeys[0]).not.toBe(b.restoreKeys[0]);
    expect(a.restoreKeys[1]).toBe(b.restoreKeys[1]);
    expect(a.key.startsWith(a.restoreKeys[1]!)).toBe(true);
    expect(a.key.slice(a.restoreKeys[1]!.length)).toMatch(/^[0-9a-f]{24}-w$/);
    // A saved key is found by both of them.
    const saved = wheelhouseCacheKey(base, 'set').key;
    for (const r of a.restoreKeys) expect(saved.startsWith(r)).toBe(true);
    // The resolution is recorded under the requirements' key, which the wheelhouse keys extend.
    expect(a.key.startsWith(depsCacheKey(base).key)).toBe(true);
    // Another python or index: another head, so wheels for one never restore for the other.
    expect(wheelhouseCacheKey({ ...base, pythonVersion: '3.12' }).restoreKeys[1]).not.toBe(a.restoreKeys[1]);
    expect(wheelhouseCacheKey({ ...base, ...withPip({ indexUrl: 'https://other.example.com/simple' }) }).restoreKeys[1]).not.toBe(a.restoreKeys[1]);
    // A recorded resolution is all or nothing: no fallback.
    expect(depsCacheKey(base).restoreKeys).toEqual([]);
  });

  it('start with cache-key-prefix, stay valid @actions/cache keys, and refuse a bad prefix', () => {
    const k = depsCacheKey({ ...base, prefix: 'backend-api' });
    expect(k.key.startsWith('backend-api-v1-deps-')).toBe(true);
    expect(wheelhouseCacheKey({ ...base, prefix: 'backend-api' }).restoreKeys.every((r) => r.startsWith('backend-api-v1-deps-'))).toBe(true);
    for (const key of [k.key, wheelhouseCacheKey({ ...base, prefix: 'x'.repeat(200) }, 'set').key]) {
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
  it('the wheelhouse lives at one stable path under RUNNER_TEMP, so restore-keys across requirements work', () => {
    const env = { RUNNER_TEMP: '/home/runner/work/_temp' };
    expect(wheelhouseCacheDir(env)).toBe('/home/runner/work/_temp/fc-python-pack-cache/wheels');
    expect(wheelhouseCacheDir({ ...env })).toBe(wheelhouseCacheDir(env));
  });
});

/** A WheelSet as resolvePlanWheels returns it (how: what pip did). */
const wheelSet = (house: string, how: WheelSet['how']): WheelSet => ({
  wheels: [{ file: path.join(house, 'fastapi-0.115.0-py3-none-any.whl'), name: 'fastapi', version: '0.115.0', sha256: 'a'.repeat(64), requested: true }],
  pipPython: '3.11',
  how,
  downloaded: how === 'downloaded' ? ['fastapi-0.115.0-py3-none-any.whl'] : [],
  durationMs: 1,
});

describe('outside GitHub Actions', () => {
  it('restoring and saving the wheelhouse are quiet misses: nothing logged, nothing thrown, nothing written', async () => {
    const log = new MemoryLog();
    const dir = path.join(os.tmpdir(), `fcpp-nocache-${process.pid}`);
    expect(await restoreWheelhouse(dir, 'k', ['k-'], log)).toBeUndefined();
    expect(await saveWheelhouse(dir, 'k', log)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false);
    expect(log.lines).toEqual([]);
  });

  it('createDepsCache with cache off resolves into the scratch wheelhouse, with the env as is and no key, and reports cache-hit false', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-nocache-'));
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
    const plan = makePlan(parseInputs(() => undefined, { cwd: dir, env: {} }));
    const log = new MemoryLog();
    const env = { RUNNER_TEMP: dir };
    const session = await createDepsCache(plan, log, { enabled: false, env });
    const calls: [string, NodeJS.ProcessEnv, string | undefined][] = [];
    const scratchHouse = path.join(dir, 'scratch', 'wheels');
    const set = await session.wheels(scratchHouse, async (house, e, key) => {
      calls.push([house, e, key]);
      return wheelSet(house, 'downloaded');
    });
    await session.save();
    expect(session.active).toBe(false);
    expect(session.depsKey).toBeUndefined();
    expect(session.hit).toBe('false');
    expect(calls).toEqual([[scratchHouse, env, undefined]]);
    expect(set.wheels[0]!.file).toBe(path.join(scratchHouse, 'fastapi-0.115.0-py3-none-any.whl'));
    expect(fs.existsSync(path.join(dir, 'fc-python-pack-cache'))).toBe(false);
    expect(log.text('warning')).toBe('');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the wheelhouse in XDG_CACHE_HOME, the resolution recorded under the deps key: a second session that finds it reports cache-hit true', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-localcache-'));
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\n');
    const plan = makePlan(parseInputs(() => undefined, { cwd: dir, env: {} }));
    const env = { XDG_CACHE_HOME: path.join(dir, 'xdg') };
    const seen: [string, string | undefined][] = [];
    // What resolvePlanWheels does with the key: records the resolution, and reuses it when it is there.
    const resolve = async (house: string, _env: NodeJS.ProcessEnv, key?: string) => {
      seen.push([house, key]);
      const mark = path.join(house, `recorded-${key}`);
      const again = fs.existsSync(mark);
      fs.mkdirSync(house, { recursive: true });
      fs.writeFileSync(mark, '');
      return wheelSet(house, again ? 'recorded' : 'downloaded');
    };
    const firstLog = new MemoryLog();
    const first = await createDepsCache(plan, firstLog, { enabled: true, env });
    await first.wheels(path.join(dir, 'unused'), resolve);
    await first.save();
    expect(first.active).toBe(true);
    expect(first.hit).toBe('false');
    const secondLog = new MemoryLog();
    const second = await createDepsCache(plan, secondLog, { enabled: true, env });
    await second.wheels(path.join(dir, 'unused'), resolve);
    expect(second.hit).toBe('true');
    expect(secondLog.text()).toMatch(/Dependencies from the local cache .*: 1 wheels; pip skipped/);
    const house = path.join(dir, 'xdg', 'fc-python-pack', 'wheels');
    const key = depsCacheKey(await cacheKeyParts(plan, undefined, env)).key;
    expect(second.depsKey?.key).toBe(key);
    expect(seen).toEqual([[house, key], [house, key]]);
    // Another cache-key-prefix: another key, so nothing recorded is reused.
    const other = await createDepsCache(plan, new MemoryLog(), { enabled: true, env, prefix: 'other' });
    await other.wheels(path.join(dir, 'unused'), resolve);
    expect(other.hit).toBe('false');
    expect(firstLog.text('warning') + secondLog.text('warning')).toBe('');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
