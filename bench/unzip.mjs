// node bench/unzip.mjs ZIP [REPS] [GIT-REV]
// src/unzip.ts's extractZip alone (what verify and the generated Dockerfile's context use), on a
// built layer.zip, vs Info-ZIP's `unzip -q`, and vs src/unzip.ts as of GIT-REV when given (its
// file and src/errors.ts taken from git: before/after in one run, interleaved). Current sources bundled with esbuild (not dist/);
// each rep of ours in a fresh node process: wall, CPU and its own peak RSS. Prints medians.
// Indicative only on a shared machine.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
if (process.argv[2] === '--child') {
  const [bundle, zip, dest] = process.argv.slice(3);
  const { extractZip } = createRequire(import.meta.url)(bundle);
  const t = performance.now();
  const files = await extractZip(zip, dest);
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ wall: (performance.now() - t) / 1000, cpu: (cpu.user + cpu.system) / 1e6, files, rssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}
const [zipArg, repsArg = '3', rev] = process.argv.slice(2);
if (!zipArg || !fs.existsSync(zipArg)) {
  console.error('usage: node bench/unzip.mjs ZIP [REPS]');
  process.exit(2);
}
const zip = path.resolve(zipArg);
const work = path.join(here, '.work');
fs.mkdirSync(work, { recursive: true });
const bundle = path.join(work, 'unzip.bundle.cjs');
await build({ entryPoints: [path.join(here, '..', 'src', 'assemble', 'unzip.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
let oldBundle;
if (rev) {
  const old = path.join(work, 'unzip-old', 'src');
  fs.mkdirSync(old, { recursive: true });
  for (const f of ['unzip.ts', 'errors.ts']) fs.writeFileSync(path.join(old, f), execFileSync('git', ['show', `${rev}:src/${f}`], { cwd: path.join(here, '..') }));
  oldBundle = path.join(work, 'unzip-old.bundle.cjs');
  await build({ entryPoints: [path.join(old, 'unzip.ts')], outfile: oldBundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', nodePaths: [path.join(here, '..', 'node_modules')] });
}
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ours = [];
const olds = [];
const iz = [];
for (let i = 0; i < Number(repsArg); i++) {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-unzip-'));
  ours.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundle, zip, dest], { encoding: 'utf8' })));
  fs.rmSync(dest, { recursive: true, force: true });
  if (oldBundle) {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-unzip-'));
    olds.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', oldBundle, zip, d], { encoding: 'utf8' })));
    fs.rmSync(d, { recursive: true, force: true });
  }
  const dest2 = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-unzip-'));
  const t = performance.now();
  if (spawnSync('unzip', ['-q', zip, '-d', dest2]).status !== 0) throw new Error('unzip failed');
  iz.push((performance.now() - t) / 1000);
  fs.rmSync(dest2, { recursive: true, force: true });
  const r = ours.at(-1);
  const o = olds.at(-1);
  const before = o ? `; ${rev}: ${o.wall.toFixed(2)} s wall, ${o.cpu.toFixed(2)} s CPU, ${o.rssMiB.toFixed(0)} MiB` : '';
  console.log(`rep ${i + 1}: ours ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${r.files} files, ${r.rssMiB.toFixed(0)} MiB${before}; unzip ${iz.at(-1).toFixed(2)} s; loadavg ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
}
console.log(`median: ours ${med(ours.map((r) => r.wall)).toFixed(2)} s wall (${med(ours.map((r) => r.cpu)).toFixed(2)} s CPU, ${med(ours.map((r) => r.rssMiB)).toFixed(0)} MiB), unzip ${med(iz).toFixed(2)} s` +
  (olds.length ? `; ${rev}: ${med(olds.map((r) => r.wall)).toFixed(2)} s wall (${med(olds.map((r) => r.cpu)).toFixed(2)} s CPU, ${med(olds.map((r) => r.rssMiB)).toFixed(0)} MiB)` : ''));
