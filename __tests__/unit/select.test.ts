import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectFiles } from '../../src/assemble/select.js';

function tree(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-sel-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    fs.writeFileSync(path.join(d, rel), text);
  }
  return d;
}

describe('selectFiles', () => {
  it('leaves out the defaults, .fcignore and the exclude input, and counts them by rule', async () => {
    const d = tree({
      'main.py': 'x',
      'venv/lib/a.py': 'aaaa',
      'venv/lib/b.py': 'bb',
      'pkg/__pycache__/m.pyc': 'c',
      'pkg/m.py': 'm',
      'pkg/m.pyc': 'c',
      'app.db': 'db',
      '.env': 'S=1',
      'docs/readme.md': 'r',
      'docs/keep.md': 'k',
      'big.csv': 'z'.repeat(100),
      '.fcignore': 'docs/*\n!docs/keep.md\n# comment\n',
    });
    const sel = await selectFiles(d, { exclude: ['*.csv'] });
    expect(sel.entries.map((e) => e.name)).toEqual(['docs/', 'docs/keep.md', 'main.py', 'pkg/', 'pkg/m.py']);
    const byPattern = Object.fromEntries(sel.rules.map((r) => [r.pattern, [r.files, r.bytes, r.source]]));
    expect(byPattern['venv/']).toEqual([2, 6, 'default']);
    expect(byPattern['docs/*']).toEqual([1, 1, '.fcignore:1']);
    expect(byPattern['*.csv']).toEqual([1, 100, 'exclude']);
    expect(sel.largest[0]).toMatchObject({ path: 'big.csv', bytes: 100 });
    expect(sel.excludedFiles).toContain('.env');
  });

  it('stores links inside the tree as their files, refuses links out of it unless excluded', async () => {
    const d = tree({ 'main.py': 'x', 'real/data.txt': 'data' });
    fs.symlinkSync('real/data.txt', path.join(d, 'link.txt'));
    fs.symlinkSync('real', path.join(d, 'linkdir'));
    const sel = await selectFiles(d, { exclude: [] });
    const link = sel.entries.find((e) => e.name === 'link.txt')!;
    expect(fs.readFileSync(link.source!, 'utf8')).toBe('data');
    expect(sel.entries.map((e) => e.name)).toContain('linkdir/data.txt');

    fs.symlinkSync('/etc', path.join(d, 'etc'));
    await expect(selectFiles(d, { exclude: [] })).rejects.toThrow(/Symbolic link etc -> \/etc points outside working-directory/);
    expect((await selectFiles(d, { exclude: ['etc'] })).entries.map((e) => e.name)).not.toContain('etc');

    fs.rmSync(path.join(d, 'etc'));
    fs.symlinkSync('..', path.join(d, 'real', 'up'));
    await expect(selectFiles(d, { exclude: [] })).rejects.toThrow(/Symbolic link (real|linkdir)\/up makes a loop/);
  });

  it('skips the output folder when it lies inside the tree', async () => {
    const d = tree({ 'main.py': 'x', 'out/function.zip': 'zip' });
    const sel = await selectFiles(d, { exclude: [], skipAbsolute: [path.join(d, 'out')] });
    expect(sel.entries.map((e) => e.name)).toEqual(['main.py']);
  });
});
