// Fails when dist/ is not what `npm run bundle` makes of the current sources.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), tmp], { stdio: 'inherit' });
  const stale = [];
  // Every file, chunks/ included: a chunk left over from an earlier bundle is stale too.
  const list = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort() : []);
  const fresh = list(tmp);
  const committed = list(path.join(root, 'dist'));
  for (const f of new Set([...fresh, ...committed])) {
    const a = path.join(tmp, f);
    const b = path.join(root, 'dist', f);
    if (!fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b))) stale.push(f);
  }
  if (stale.length) {
    console.error(`check-dist: dist/ is stale (${stale.join(', ')}). Run \`npm run bundle\` and commit dist/.`);
    process.exit(1);
  }
  console.log('check-dist: dist/ matches the sources');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
