/** Where verify unpacks an artifact: in memory (tmpfs) when it fits, whole once ready, gone after dispose. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../src/assemble/zip.js';
import { MemoryLog } from '../../src/shared/log.js';
import { TreeUnseen, unpackForVerify, withVerifyTree } from '../../src/verify/tree.js';

const tmpfs = process.platform === 'linux' && (() => {
  try {
    return fs.statfsSync('/dev/shm').type === 0x01021994;
  } catch {
    return false;
  }
})();

describe('unpackForVerify', () => {
  it('unpacks into a private folder in memory, or the scratch folder, and removes it after', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-vt-'));
    const zip = await writeZip(
      [
        { name: 'python/', mode: 0o755 },
        { name: 'python/m.py', mode: 0o644, data: Buffer.from('x = 1\n') },
      ],
      path.join(scratch, 'layer.zip'),
    );
    const tree = await unpackForVerify(zip.path, scratch, 'opt');
    expect(path.basename(tree.dir)).toBe('opt');
    expect(fs.existsSync(tree.dir)).toBe(true);
    if (tmpfs) {
      expect(tree.dir.startsWith('/dev/shm/fcpp-verify-')).toBe(true);
      expect(fs.statSync(path.dirname(tree.dir)).mode & 0o777).toBe(0o700);
    } else {
      expect(tree.dir).toBe(path.join(scratch, 'opt'));
    }
    expect(await tree.ready).toBe(1);
    expect(fs.readFileSync(path.join(tree.dir, 'python/m.py'), 'utf8')).toBe('x = 1\n');
    await tree.dispose();
    expect(fs.existsSync(tree.dir)).toBe(false);
    if (tmpfs) expect(fs.existsSync(path.dirname(tree.dir))).toBe(false);
  });

  it('a zip that cannot be unpacked rejects ready, and dispose still cleans up', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-vt-'));
    const zip = await writeZip([{ name: 'python/m.py', mode: 0o644, data: Buffer.from('x = 1\n'.repeat(100)) }], path.join(scratch, 'layer.zip'));
    const bytes = fs.readFileSync(zip.path);
    // Corrupt the entry's data (after its 30-byte local header and name): the CRC check fails.
    const at = 30 + 'python/m.py'.length + 2;
    bytes[at] = bytes[at]! ^ 0xff;
    fs.writeFileSync(zip.path, bytes);
    const tree = await unpackForVerify(zip.path, scratch, 'opt');
    await expect(tree.ready).rejects.toThrow(/corrupt|invalid|unexpected/i);
    await tree.dispose();
    expect(fs.existsSync(tree.dir)).toBe(false);
  });

  it.runIf(tmpfs)('when the container does not see the tree in memory, tries once more from the scratch folder', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-vt-'));
    const zip = await writeZip([{ name: 'python/m.py', mode: 0o644, data: Buffer.from('x = 1\n') }], path.join(scratch, 'layer.zip'));
    const seen: { dir: string; inMemory: boolean; sample?: string }[] = [];
    const result = await withVerifyTree(zip.path, scratch, 'opt', new MemoryLog(), async (tree) => {
      await tree.ready;
      seen.push({ dir: tree.dir, inMemory: tree.inMemory, sample: tree.sample });
      if (tree.inMemory) throw new TreeUnseen('not shared');
      return fs.readFileSync(path.join(tree.dir, 'python/m.py'), 'utf8');
    });
    expect(result).toBe('x = 1\n');
    expect(seen.map((t) => t.inMemory)).toEqual([true, false]);
    expect(seen[1]!.dir).toBe(path.join(scratch, 'opt'));
    expect(seen[0]!.sample).toBe('python/m.py');
    for (const t of seen) expect(fs.existsSync(t.dir)).toBe(false);
  });
});
