/**
 * `doctor` on a folder that declares its dependencies in a lock: the lock (not a missing
 * requirements.txt) says what must be installed, at which version, with markers for FC's Python.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/doctor/doctor.js';
import { uvApp } from '../support/lock-apps.js';

const BOOT = '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec python3 main.py\n';

/** A hand-made installed distribution: its module and a .dist-info with METADATA. */
function dist(dir: string, name: string, version: string): void {
  const py = path.join(dir, 'python');
  const info = path.join(py, `${name}-${version}.dist-info`);
  fs.mkdirSync(info, { recursive: true });
  fs.writeFileSync(path.join(py, `${name}.py`), '');
  fs.writeFileSync(path.join(info, 'METADATA'), `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`);
  fs.writeFileSync(path.join(info, 'RECORD'), `${name}.py,,\n${name}-${version}.dist-info/METADATA,,\n${name}-${version}.dist-info/RECORD,,\n`);
}

describe('doctor reads the lock of a folder', () => {
  it('names what the lock needs and is not there, and a version other than the locked one', async () => {
    const app = uvApp();
    fs.writeFileSync(path.join(app, 'bootstrap'), BOOT, { mode: 0o755 });
    dist(app, 'tabulate', '0.10.0');
    const r = await runDoctor(app, { pythonVersion: '3.11', runtime: 'custom.debian10', port: 9000 });
    const deps = r.findings.filter((f) => f.code.startsWith('deps-'));
    const lock = fs.readFileSync(path.join(app, 'uv.lock'), 'utf8').split('\n');
    const at = (name: string) => lock.indexOf(`name = "${name}"`) + 1;
    expect(deps.map((f) => `${f.severity} ${f.code} ${f.file}:${f.line}`).sort()).toEqual([`error deps-missing uv.lock:${at('idna')}`, `warning deps-version uv.lock:${at('tabulate')}`]);
    expect(deps.find((f) => f.code === 'deps-missing')!.message).toMatch(/uv\.lock asks for idna/);
    // exceptiongroup is gated on python_full_version < '3.11': not needed on FC's 3.11.
    expect(deps.some((f) => /exceptiongroup|typing-extensions|pytest/.test(f.message))).toBe(false);
  });

  it('for Python 3.10 the marker-gated backport is needed too', async () => {
    const app = uvApp();
    fs.writeFileSync(path.join(app, 'bootstrap'), BOOT, { mode: 0o755 });
    dist(app, 'tabulate', '0.8.10');
    dist(app, 'idna', '3.20');
    const r = await runDoctor(app, { pythonVersion: '3.10', runtime: 'custom.debian10', port: 9000 });
    const missing = r.findings.filter((f) => f.code === 'deps-missing').map((f) => /asks for (\S+)/.exec(f.message)?.[1]).sort();
    expect(missing).toEqual(['exceptiongroup', 'typing-extensions']);
  });
});
