/** FC's environment as data: the runtime's Pythons, the marker environment, which python3 a bootstrap runs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpreterProblem } from '../../src/doctor/checks/interpreter.js';
import { resolveFcPython as resolvePython } from '../../src/plan/runtimes.js';
import { parseInputs } from '../../src/inputs/inputs.js';
import { launcherCommand, PIP_LAUNCHER } from '../../src/install/pip-launcher.js';
import { namedDistributions } from '../../src/plan/imports.js';
import { targetMarkerEnvironment } from '../../src/plan/pip.js';
import { makePlan } from '../../src/plan/plan.js';
import { fullPythonVersion } from '../../src/plan/runtimes.js';
import { appWrites } from '../../src/verify/smoke.js';

const app = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-tenv-'));
fs.writeFileSync(path.join(app, 'requirements.txt'), 'anyio\n');
const plan = (v: Record<string, string>) => makePlan(parseInputs((n: string) => v[n], { cwd: app, env: {} }));

describe('the runtime decides the Python', () => {
  it('takes the Python, and the verify image, from the runtime when python-version is not set', () => {
    const of = (runtime: string) => plan({ runtime });
    expect(of('custom.debian10')).toMatchObject({ pythonVersion: '3.10', verify: { image: 'python:3.10-slim-buster', pythonVersion: '3.10' } });
    expect(of('custom.debian11')).toMatchObject({ pythonVersion: '3.12', verify: { image: 'python:3.12-slim-bullseye' } });
    expect(of('custom.debian12')).toMatchObject({ pythonVersion: '3.11', verify: { image: 'python:3.11-slim-bookworm' } });
    expect(plan({ runtime: 'custom.debian12', 'python-version': '3.12' })).toMatchObject({ pythonVersion: '3.12', verify: { image: 'python:3.12-slim-bookworm' } });
    expect(plan({ runtime: 'custom.debian12', 'verify-image': 'mine:1' }).verify?.image).toBe('mine:1');
    const image = plan({ target: 'image', runtime: 'custom.debian11' });
    expect(image.target === 'image' && image.dockerfile.kind === 'generated' && image.dockerfile.baseImage).toBe('python:3.12-slim-bullseye');
  });

  it('the pip invocation carries FC\'s full release and its marker environment', () => {
    const p = plan({ runtime: 'custom.debian11' });
    const a = p.install!.pip.args;
    expect(a[a.indexOf('--python-version') + 1]).toBe('3.12.4');
    expect(p.install!.pip.markers).toEqual(targetMarkerEnvironment('3.12.4'));
  });

  it('verify imports the distributions the requirements name: required when the build installs them', () => {
    expect(plan({}).verify?.imports).toEqual({ modules: [], dists: ['anyio'], optionalDists: ['uvicorn', 'fastapi'] });
    expect(plan({ 'verify-imports': 'anyio, sniffio' }).verify?.imports).toEqual({ modules: ['anyio', 'sniffio'], dists: [], optionalDists: [] });
  });

  it('markers see FC\'s own release of the runtime\'s Python, on x86-64 Linux CPython', () => {
    expect(plan({ runtime: 'custom.debian10' }).pythonFullVersion).toBe('3.10.9');
    expect(plan({ runtime: 'custom.debian11' }).pythonFullVersion).toBe('3.12.4');
    expect(plan({ runtime: 'custom.debian12' }).pythonFullVersion).toBe('3.11.2');
    expect(plan({ runtime: 'custom.debian12', 'python-version': '3.12' }).pythonFullVersion).toBe('3.12.4');
    expect(fullPythonVersion('custom.debian10', '3.13')).toBe('3.13.0');
    expect(targetMarkerEnvironment('3.10.9')).toEqual({
      implementation_name: 'cpython',
      implementation_version: '3.10.9',
      os_name: 'posix',
      platform_machine: 'x86_64',
      platform_release: '',
      platform_system: 'Linux',
      platform_version: '',
      python_full_version: '3.10.9',
      platform_python_implementation: 'CPython',
      python_version: '3.10',
      sys_platform: 'linux',
    });
  });

  it('warns about a Python the runtime does not ship, naming the ones it does; not for images', () => {
    expect(plan({ runtime: 'custom.debian11' }).warnings).toEqual([]);
    expect(plan({ runtime: 'custom.debian12', 'python-version': '3.12' }).warnings).toEqual([]);
    const [w] = plan({ runtime: 'custom.debian10', 'python-version': '3.11' }).warnings;
    expect(w!.input).toBe('python-version');
    expect(w!.message).toMatch(/custom\.debian10 does not ship Python 3\.11 \(it has 3\.10\.9 at \/var\/fc\/lang\/python3\.10\/bin\/python3\)\. The function must bring its own Python 3\.11/);
    expect(plan({ target: 'image', runtime: 'custom.debian10', 'python-version': '3.11' }).warnings).toEqual([]);
  });

  it('the launcher is written to a temp folder, outside the user\'s tree, and removed', async () => {
    const cmd = await launcherCommand(targetMarkerEnvironment('3.12.4'), ['install', '--target', '/x']);
    expect(fs.readFileSync(cmd.args[0]!, 'utf8')).toBe(PIP_LAUNCHER);
    expect(JSON.parse(cmd.args[1]!)).toMatchObject({ python_full_version: '3.12.4', python_version: '3.12' });
    expect(cmd.args.slice(2)).toEqual(['install', '--target', '/x']);
    expect(cmd.display[0]).toBe('<pip for CPython 3.12.4, linux x86_64>');
    await cmd.dispose();
    expect(fs.existsSync(path.dirname(cmd.args[0]!))).toBe(false);
  });
});

describe('which python3 a bootstrap runs on each runtime', () => {
  const none = () => false;
  it('resolves python3 through the runtime\'s PATH and the script\'s', () => {
    expect(resolvePython('custom.debian10', 'python3', ['/var/fc/lang/python3.10/bin', '/usr/bin'])).toMatchObject({ version: '3.10', fc: true });
    expect(resolvePython('custom.debian11', 'python3', ['/usr/bin'])).toMatchObject({ version: '3.9', fc: false });
    expect(resolvePython('custom.debian12', '/opt/python3.12/bin/python3', [])).toMatchObject({ version: '3.12', fc: true });
    expect(resolvePython('custom.debian12', 'python', ['/usr/bin'])).toBeUndefined();
  });

  it('finds nothing wrong with the runtime\'s own Python', () => {
    expect(interpreterProblem('custom.debian10', '3.10', 'python3', ['/var/fc/lang/python3.10/bin', '/usr/bin'], none)).toBeUndefined();
    expect(interpreterProblem('custom.debian12', '3.11', 'python3', undefined, none)).toBeUndefined();
    // FC's documented PATH for every runtime's own Python: folders another runtime lacks are passed over.
    const all = ['/var/fc/lang/python3.10/bin', '/var/fc/lang/python3.12/bin', '/usr/local/bin', '/usr/bin'];
    expect(interpreterProblem('custom.debian11', '3.12', 'python3', all, none)).toBeUndefined();
    expect(interpreterProblem('custom.debian12', '3.11', 'python3', all, none)).toBeUndefined();
    expect(interpreterProblem('custom.debian11', '3.12', 'python3', ['/var/fc/lang/python3.12/bin'], none)).toBeUndefined();
    expect(interpreterProblem('custom.debian12', '3.12', 'python3', ['/opt/python3.12/bin'], none)).toBeUndefined();
    // A PATH folder of the script's own (a layer's interpreter): the doctor cannot tell, so it says nothing.
    expect(interpreterProblem('custom.debian10', '3.11', 'python3', ['/opt/py311/bin'], none)).toBeUndefined();
  });

  it('custom.debian10: python3 without PATH=/var/fc/lang/python3.10/bin:$PATH is not 3.10 (FC\'s documentation), an error', () => {
    const p = interpreterProblem('custom.debian10', '3.10', 'python3', undefined, none)!;
    expect(p.severity).toBe('error');
    expect(p.message).toMatch(/on custom\.debian10 is Debian's own Python 3\.7 \(\/usr\/bin\/python3\), but the dependencies are built for Python 3\.10/);
    expect(p.fix).toMatch(/PATH=\/var\/fc\/lang\/python3\.10\/bin:\$PATH/);
  });

  it('an error when python3 is not the Python the deps are built for, with the fix', () => {
    const d11 = interpreterProblem('custom.debian11', '3.12', 'python3', undefined, none)!;
    expect(d11.severity).toBe('error');
    expect(d11.message).toMatch(/runs python3, which on custom\.debian11 is Debian's own Python 3\.9 \(\/usr\/bin\/python3\), but the dependencies are built for Python 3\.12/);
    expect(d11.fix).toMatch(/^Add export PATH=\/var\/fc\/lang\/python3\.12\/bin:\$PATH/);
    const d12 = interpreterProblem('custom.debian12', '3.12', 'python3', undefined, none)!;
    expect(d12.message).toMatch(/Python 3\.11 \(\/usr\/bin\/python3\)/);
    expect(d12.fix).toMatch(/\/opt\/python3\.12\/bin\/python3/);
  });

  it('an interpreter by a path the runtime lacks is an error; one the artifact ships is its own', () => {
    const p = interpreterProblem('custom.debian11', '3.12', '/var/fc/lang/python3.10/bin/python3', undefined, none)!;
    expect(p.severity).toBe('error');
    expect(p.message).toMatch(/custom\.debian11 does not have it \(it ships \/var\/fc\/lang\/python3\.12\/bin\/python3 \(3\.12\.4\)\)|which custom\.debian11 does not have/);
    expect(interpreterProblem('custom.debian10', '3.10', '/code/venv/bin/python3', undefined, (f) => f === '/code/venv/bin/python3')).toBeUndefined();
  });
});

describe('what verify imports by default', () => {
  it('the distributions the requirements name, their -r files too, whose markers hold on FC', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-req-'));
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'FastAPI>=0.100\n-r more.txt\ntomli; python_version < "3.11"\nuvicorn[standard]==0.30 ; sys_platform == "linux"\npywin32; sys_platform == "win32"\n');
    fs.writeFileSync(path.join(dir, 'more.txt'), 'Typing_Extensions\n');
    const env = { ...targetMarkerEnvironment('3.10.9'), extra: '' };
    expect(await namedDistributions(path.join(dir, 'requirements.txt'), env)).toEqual(['fastapi', 'tomli', 'uvicorn', 'typing-extensions']);
    const env12 = { ...targetMarkerEnvironment('3.12.4'), extra: '' };
    expect(await namedDistributions(path.join(dir, 'requirements.txt'), env12)).not.toContain('tomli');
  });
});

describe('writes under /code', () => {
  it('keeps what the app wrote, not bytecode caches, and folders only when nothing in them is listed', () => {
    expect(appWrites(['/code/state.json', '/code/uploads', '/code/__pycache__', '/code/__pycache__/main.cpython-311.pyc', '/code/data', '/code/data/x.db'])).toEqual([
      '/code/data/x.db',
      '/code/state.json',
      '/code/uploads',
    ]);
  });
});
