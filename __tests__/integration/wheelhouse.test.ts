/**
 * The wheelhouse against a real index served over HTTP on loopback (python3 -m http.server),
 * counting the wheel requests in its log: a warm run asks the index nothing, and a changed
 * requirements file downloads only the wheels the wheelhouse lacks. (A file:// index would
 * hide this: pip caches nothing it reads from disk.) Through the pip launcher (FC's markers),
 * each resolution is one pip run; a plain pip, which writes no download report, is asked twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../src/assemble/zip.js';
import { layoutWheels } from '../../src/assemble/wheel-install.js';
import { downloadArgs, resolveWheels, wheelhouseDir } from '../../src/install/wheelhouse.js';
import { listZip } from '../../src/assemble/unzip.js';
import { targetMarkerEnvironment } from '../../src/plan/pip.js';
import { MemoryLog } from '../../src/shared/log.js';
import { INDEX_URL, isolatedEnv, makeLocalIndex, TEST_PYTHON, tmpDir } from '../support/env.js';

const PLATFORM = ['manylinux_2_28_x86_64', 'manylinux2014_x86_64'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

describe('wheelhouse', () => {
  let server: ChildProcess;
  let log = '';
  let indexUrl: string;
  const work = tmpDir('fcpp-wheelhouse-');
  const env = isolatedEnv({ PIP_NO_CACHE_DIR: '1' });

  beforeAll(async () => {
    const root = path.join(work, 'index');
    makeLocalIndex(root, ['fastapi', 'uvicorn']);
    const port = await freePort();
    server = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', root, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    indexUrl = `http://127.0.0.1:${port}/simple`;
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${indexUrl}/`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  afterAll(() => {
    server?.kill();
  });

  /** Wheels requested from the server since `from` (an offset into its log). */
  const wheelGets = (from: number) => [...log.slice(from).matchAll(/"GET \/files\/([^ ]+\.whl) HTTP/g)].map((m) => m[1]!).sort();

  const argsFor = (reqs: string[]) => {
    const file = path.join(work, `requirements-${reqs.length}.txt`);
    fs.writeFileSync(file, reqs.join('\n') + '\n');
    return ['-r', file, '--only-binary=:all:', '--implementation', 'cp', '--python-version', TEST_PYTHON, ...PLATFORM.flatMap((p) => ['--platform', p]),
      '--no-compile', '--no-input', '--disable-pip-version-check', '--progress-bar', 'off', '--no-warn-script-location', '--index-url', indexUrl];
  };

  it('lives in XDG_CACHE_HOME outside Actions, under RUNNER_TEMP in Actions; pip download gets no install-only options', () => {
    expect(wheelhouseDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/fc-python-pack/wheels');
    expect(wheelhouseDir({ GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/r' })).toBe('/r/fc-python-pack/wheels');
    expect(downloadArgs(['-r', 'r.txt', '--no-compile', '--target', 'x', '--no-warn-script-location', '--index-url', 'u'])).toEqual(['-r', 'r.txt', '--index-url', 'u']);
  });

  const markers = targetMarkerEnvironment(`${TEST_PYTHON}.0`);
  /** pip runs logged since `from` (a MemoryLog line index). */
  const pipRuns = (l: MemoryLog, from = 0) => l.lines.slice(from).filter((x) => x.message.startsWith('pip: ')).map((x) => x.message.split(' ').find((w) => ['download', 'install'].includes(w)));

  it('downloads each wheel once, resolves offline when warm, and fetches only what a changed file adds', async () => {
    const house = path.join(work, 'wheels');
    const scratch = path.join(work, 'scratch');
    const pipLog = new MemoryLog();
    const opts = { env, scratch, markers, log: pipLog };
    let mark = log.length;
    const cold = await resolveWheels(house, argsFor(['fastapi']), opts);
    expect(pipRuns(pipLog)).toEqual(['download']);
    const coldNames = cold.wheels.map((w) => path.basename(w.file)).sort();
    expect(cold.offline).toBe(false);
    expect(coldNames.some((n) => n.startsWith('fastapi-'))).toBe(true);
    expect(wheelGets(mark)).toEqual(coldNames);
    expect(cold.downloaded).toEqual(coldNames);
    expect(cold.wheels.find((w) => w.name === 'fastapi')!.requested).toBe(true);
    expect(cold.wheels.find((w) => w.name === 'pydantic')!.requested).toBe(false);
    // Dependencies first: pydantic_core before pydantic before fastapi.
    const at = (n: string) => cold.wheels.findIndex((w) => w.name.toLowerCase().replace(/_/g, '-') === n);
    expect(at('pydantic-core')).toBeLessThan(at('pydantic'));
    expect(at('pydantic')).toBeLessThan(at('fastapi'));
    for (const w of cold.wheels) expect(w.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(cold.pipPython).toMatch(/^3\.\d+$/);

    mark = log.length;
    let runs = pipLog.lines.length;
    const warm = await resolveWheels(house, argsFor(['fastapi']), opts);
    expect(pipRuns(pipLog, runs)).toEqual(['install']);
    expect(warm.offline).toBe(true);
    expect(log.slice(mark)).not.toContain('GET');
    expect(warm.wheels).toEqual(cold.wheels);

    mark = log.length;
    runs = pipLog.lines.length;
    const changed = await resolveWheels(house, argsFor(['fastapi', 'uvicorn']), opts);
    expect(pipRuns(pipLog, runs)).toEqual(['download']);
    expect(changed.offline).toBe(false);
    const added = changed.wheels.map((w) => path.basename(w.file)).filter((n) => !coldNames.includes(n)).sort();
    expect(added.some((n) => n.startsWith('uvicorn-'))).toBe(true);
    expect(wheelGets(mark)).toEqual(added);
    expect(changed.downloaded).toEqual(added);

    // download → list wheels → write entries.
    const layout = await layoutWheels(changed.wheels.map((w) => ({ file: w.file, requested: w.requested })), { prefix: 'python/', pipPython: changed.pipPython });
    const zip = path.join(work, 'layer.zip');
    await writeZip(layout.entries, zip);
    const names = (await listZip(zip)).map((e) => e.name);
    expect(names).toContain('python/uvicorn/__init__.py');
    expect(names).toContain('python/bin/uvicorn');
    expect(names.some((n) => /^python\/fastapi-[^/]+\.dist-info\/REQUESTED$/.test(n))).toBe(true);
  });

  it("resolves a warm rebuild for FC's Python too: a marker-only dependency (exceptiongroup on 3.10) stays", async () => {
    // The runner's Python is 3.11, where anyio needs no exceptiongroup; FC's debian10 has 3.10.9.
    const house = path.join(work, 'wheels-310');
    const file = path.join(work, 'requirements-310.txt');
    fs.writeFileSync(file, 'anyio\n');
    const args = ['-r', file, '--only-binary=:all:', '--implementation', 'cp', '--python-version', '3.10.9', ...PLATFORM.flatMap((p) => ['--platform', p]), '--index-url', INDEX_URL];
    const opts = { env, scratch: path.join(work, 'scratch-310'), markers: targetMarkerEnvironment('3.10.9') };
    const names = (r: { wheels: { name: string }[] }) => r.wheels.map((w) => w.name.toLowerCase()).sort();
    const cold = await resolveWheels(house, args, opts);
    expect(names(cold)).toContain('exceptiongroup');
    const warm = await resolveWheels(house, args, opts);
    expect(warm.offline).toBe(true);
    expect(names(warm)).toEqual(names(cold));
  });

  it('with a plain pip (no launcher, so no download report) resolves the same wheels in a second, offline run', async () => {
    const house = path.join(work, 'wheels-plain');
    const pipLog = new MemoryLog();
    const launched = await resolveWheels(path.join(work, 'wheels'), argsFor(['fastapi']), { env, scratch: path.join(work, 'scratch'), markers });
    const plain = await resolveWheels(house, argsFor(['fastapi']), { env, scratch: path.join(work, 'scratch-plain'), log: pipLog });
    expect(pipRuns(pipLog)).toEqual(['download', 'install']);
    expect(plain.wheels.map((w) => [path.basename(w.file), w.sha256, w.requested])).toEqual(launched.wheels.map((w) => [path.basename(w.file), w.sha256, w.requested]));
  });
});
