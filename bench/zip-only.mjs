// node bench/zip-only.mjs DIR [REPS]
// Our zip stage alone vs Info-ZIP alone, on the same tree, without pip: DIR holds python/
// (e.g. a layer.zip of ours, unzipped). For iterating on src/assemble/zipwriter.ts. Bundles
// src/assemble/zip.ts (current sources, not dist/) with esbuild into bench/.work/, then per rep
// times collectTree (walk + stat), writeZip (read + crc + deflate + write) and
// `zip -r -q -6` on DIR/python; prints medians. Each of ours runs in a fresh node process so
// its peak RSS is its own. UV_THREADPOOL_SIZE etc. pass through.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(here, '.work');
const [dirArg, repsArg = '3'] = process.argv.slice(2);

if (dirArg === '--child') {
  // child: node zip-only.mjs --child BUNDLE TREE OUT
  const [bundle, tree, out] = process.argv.slice(3);
  const { collectTree, writeZip } = await import(bundle);
  const t0 = performance.now();
  const entries = await collectTree(path.join(tree, 'python'), 'python/');
  const t1 = performance.now();
  const res = await writeZip(entries, out);
  const t2 = performance.now();
  console.log(JSON.stringify({ walk: (t1 - t0) / 1000, write: (t2 - t1) / 1000, size: res.size, entries: res.entries, rssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

if (!dirArg || !fs.existsSync(path.join(dirArg, 'python'))) {
  console.error('usage: node bench/zip-only.mjs DIR [REPS]   (DIR/python is zipped)');
  process.exit(2);
}
const tree = path.resolve(dirArg);
const reps = Number(repsArg);
fs.mkdirSync(work, { recursive: true });
const bundle = path.join(work, 'assemble.bundle.mjs');
await build({
  entryPoints: [path.join(here, '..', 'src', 'assemble', 'zip.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
});

const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = { walk: [], write: [], ours: [], infozip: [], rss: [] };
let oursSize = 0;
let izSize = 0;
for (let i = 0; i < reps; i++) {
  const out = path.join(work, 'zip-only.ours.zip');
  const r = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundle, tree, out], { encoding: 'utf8' }));
  rows.walk.push(r.walk);
  rows.write.push(r.write);
  rows.ours.push(r.walk + r.write);
  rows.rss.push(r.rssKb / 1024);
  oursSize = r.size;
  const iz = path.join(work, 'zip-only.infozip.zip');
  fs.rmSync(iz, { force: true });
  const t = performance.now();
  const z = spawnSync('zip', ['-r', '-q', '-6', iz, 'python'], { cwd: tree, stdio: 'inherit' });
  if (z.status !== 0) throw new Error('zip failed');
  rows.infozip.push((performance.now() - t) / 1000);
  izSize = fs.statSync(iz).size;
  console.log(`rep ${i + 1}: ours ${(r.walk + r.write).toFixed(3)} s (walk ${r.walk.toFixed(3)} + write ${r.write.toFixed(3)}), ${r.rssKb >> 10} MiB; Info-ZIP ${rows.infozip.at(-1).toFixed(3)} s`);
  fs.rmSync(out, { force: true });
  fs.rmSync(iz, { force: true });
}
const f = (v) => v.toFixed(3);
console.log(
  `median of ${reps}: ours ${f(med(rows.ours))} s (walk ${f(med(rows.walk))}, write ${f(med(rows.write))}), Info-ZIP ${f(med(rows.infozip))} s, ` +
    `time ratio ${(med(rows.ours) / med(rows.infozip)).toFixed(2)}; size ${oursSize} vs ${izSize} B (${(oursSize / izSize).toFixed(4)}); ours peak RSS ${med(rows.rss).toFixed(0)} MiB`,
);
