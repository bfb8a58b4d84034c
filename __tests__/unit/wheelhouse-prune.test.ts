import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneWheelhouse, type ResolvedWheel } from '../../src/install/wheelhouse.js';

describe('pruneWheelhouse with wheels built from sdists', () => {
  it("keeps the used wheels and built wheels' folders; drops the rest, sdists and build backends", async () => {
    const house = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-prune-'));
    const put = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(house, rel)), { recursive: true });
      fs.writeFileSync(path.join(house, rel), rel);
    };
    for (const f of ['six-1.17.0-py2.py3-none-any.whl', 'old-1.0-py3-none-any.whl', 'oss2-2.18.0.tar.gz', '.fcpp/built/aaa/oss2-2.18.0-py3-none-any.whl', '.fcpp/built/bbb/crcmod-1.6-cp310-cp310-manylinux_2_28_x86_64.whl', '.fcpp/backends/ccc/setuptools/__init__.py']) put(f);
    const wheel = (rel: string): ResolvedWheel => ({ file: path.join(house, rel), name: 'x', version: '1', sha256: '', requested: true });
    const removed = await pruneWheelhouse(house, [wheel('six-1.17.0-py2.py3-none-any.whl'), wheel('.fcpp/built/aaa/oss2-2.18.0-py3-none-any.whl')]);
    expect(removed).toEqual(['old-1.0-py3-none-any.whl', 'oss2-2.18.0.tar.gz']);
    expect(fs.existsSync(path.join(house, '.fcpp/built/aaa/oss2-2.18.0-py3-none-any.whl'))).toBe(true);
    expect(fs.existsSync(path.join(house, '.fcpp/built/bbb'))).toBe(false);
    expect(fs.existsSync(path.join(house, '.fcpp/backends'))).toBe(false);
    expect(fs.existsSync(path.join(house, 'six-1.17.0-py2.py3-none-any.whl'))).toBe(true);
  });
});
