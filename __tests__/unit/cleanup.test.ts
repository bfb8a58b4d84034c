/** Issue 19's hangs and leftovers that need no container: pip's timeout, local-wheels' temp folder, paths in messages, the cancel registry. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLocalWheels } from '../../src/install/local-wheels.js';
import { resolveWheels } from '../../src/install/wheelhouse.js';
import { cleanUpNow, onCancel, removeOnCancel } from '../../src/shared/cancel.js';
import { shownPath } from '../../src/shared/paths.js';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-clean-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('hangs and leftovers', () => {
  it('stops a pip that hangs, after FC_PYTHON_PACK_PIP_TIMEOUT, with one error', async () => {
    const dir = tmp();
    const fake = path.join(dir, 'python');
    fs.writeFileSync(fake, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const t = Date.now();
    await expect(resolveWheels(path.join(dir, 'wheels'), ['fastapi'], { python: fake, scratch: path.join(dir, 's'), env: { FC_PYTHON_PACK_PIP_TIMEOUT: '1' } })).rejects.toThrow(
      /pip did not finish within 1 s \(FC_PYTHON_PACK_PIP_TIMEOUT\)/,
    );
    expect(Date.now() - t).toBeLessThan(10_000);
  });

  it("builds a lock's local package under RUNNER_TEMP, and leaves no folder when the copy fails", async () => {
    const runnerTemp = tmp();
    const pkg = { name: 'gone', version: '1.0', dir: path.join(runnerTemp, '..', 'no-such-folder-fcpp'), editable: false };
    await expect(buildLocalWheels([pkg], { python: 'python3', indexArgs: [], env: { RUNNER_TEMP: runnerTemp }, outDir: path.join(tmp(), 'w') })).rejects.toThrow(
      /local package gone .* could not be copied/,
    );
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
  });

  it('shows paths inside the workspace relative to it, others absolute (never ../../tmp/...)', () => {
    expect(shownPath('/work/app', '/work/app/backend/bootstrap')).toBe('backend/bootstrap');
    expect(shownPath('/work/app', '/tmp/x/bootstrap')).toBe('/tmp/x/bootstrap');
    expect(shownPath('/work/app', '/work/application/x')).toBe('/work/application/x');
  });

  it('runs what a cancel must undo once, newest first, and forgets what was already undone', () => {
    const order: string[] = [];
    const dir = tmp();
    const keep = tmp();
    removeOnCancel(dir);
    const forget = removeOnCancel(keep);
    forget();
    onCancel(() => order.push('second'));
    onCancel(() => order.push('third'));
    cleanUpNow();
    cleanUpNow();
    expect(order).toEqual(['third', 'second']);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.existsSync(keep)).toBe(true);
  });
});
