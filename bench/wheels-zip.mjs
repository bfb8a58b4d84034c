// node bench/wheels-zip.mjs [REPS] [REQ...]
// A layer built from wheels (src/install/wheelhouse.ts + src/assemble/wheel-install.ts: resolve,
// then copy each wheel entry's compressed bytes into the zip) vs today's recipe inside our
// pipeline (pip install --target, rewriteScripts, collectTree, writeZip), on the large bench app
// by default. Current sources bundled with esbuild (not dist/). Each side runs in a fresh node
// process, so the peak RSS is its own (process.resourceUsage().maxRSS; pip runs in a child and
// is not counted). Sides, per rep, interleaved:
//   today        pip install --target + zip          (file:// index, isolated pip)
//   wheels-cold  pip download into an empty wheelhouse + dry-run report + layout + zip
//   wheels-warm  offline dry-run report from the wheelhouse + layout + zip
// Prints each run and the medians. Indicative only: the machine is shared.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const work = path.join(here, '.work', 'wheels-zip');
const INDEX = process.env.BENCH_INDEX_URL || 'file:///opt/pypi/simple';

function platformTags() {
  const tags = [];
  for (let m = 28; m >= 5; m--) {
    if (m < 17 && m !== 12 && m !== 5) continue;
    tags.push(`manylinux_2_${m}_x86_64`);
    if (m === 17) tags.push('manylinux2014_x86_64');
    if (m === 12) tags.push('manylinux2010_x86_64');
    if (m === 5) tags.push('manylinux1_x86_64');
  }
  return tags;
}

function pipEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PIP_')) delete env[k];
  return { ...env, PIP_CONFIG_FILE: '/dev/null', ...extra };
}

if (process.argv[2] === '--child') {
  const [side, bundle, reqFile, dir] = process.argv.slice(3);
  const m = createRequire(import.meta.url)(bundle);
  const args = ['-r', reqFile, '--only-binary=:all:', '--implementation', 'cp', '--python-version', '3.11', ...platformTags().flatMap((p) => ['--platform', p]),
    '--no-compile', '--no-input', '--disable-pip-version-check', '--progress-bar', 'off', '--no-warn-script-location', '--index-url', INDEX];
  const env = pipEnv({ XDG_CACHE_HOME: path.join(dir, 'xdg') });
  const t0 = performance.now();
  let tResolve;
  const out = path.join(dir, `${side}.zip`);
  let res;
  if (side === 'today') {
    const target = path.join(dir, 'target');
    execFileSync('python3', ['-m', 'pip', 'install', '--target', target, ...args], { env: { ...env, PYTHONDONTWRITEBYTECODE: '1' }, stdio: 'ignore' });
    await m.rewriteScripts(path.join(target, 'bin'));
    tResolve = performance.now();
    res = await m.writeZip(await m.collectTree(target, 'python/'), out);
  } else {
    const house = path.join(dir, 'wheels');
    const r = await m.resolveWheels(house, args, { env, scratch: path.join(dir, 'scratch') });
    tResolve = performance.now();
    const layout = await m.layoutWheels(r.wheels.map((w) => ({ file: w.file, requested: w.requested })), { prefix: 'python/', pipPython: '3.11' });
    res = await m.writeZip(layout.entries, out);
  }
  const t1 = performance.now();
  console.log(JSON.stringify({ side, pip: (tResolve - t0) / 1000, zip: (t1 - tResolve) / 1000, total: (t1 - t0) / 1000, size: res.size, entries: res.entries, rssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const reps = Number(process.argv[2] || '1');
const reqs = process.argv.slice(3).length ? process.argv.slice(3) : fs.readFileSync('/work/shared/bench-peer/apps/large/requirements.txt', 'utf8').split('\n').filter(Boolean);
fs.mkdirSync(work, { recursive: true });
const bundle = path.join(work, 'bundle.cjs');
await build({
  stdin: {
    contents: `export { writeZip, collectTree } from './src/assemble.ts'; export { layoutWheels } from './src/assemble/wheel-install.ts';
      export { resolveWheels } from './src/install/wheelhouse.ts'; export { rewriteScripts } from './src/install.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
const reqFile = path.join(work, 'requirements.txt');
fs.writeFileSync(reqFile, reqs.join('\n') + '\n');
const runs = [];
for (let i = 0; i < reps; i++) {
  const warmDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-bench-warm-'));
  for (const side of ['today', 'wheels-cold', 'wheels-warm']) {
    // wheels-warm reuses the wheelhouse wheels-cold just filled.
    const dir = side === 'today' ? fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-bench-')) : warmDir;
    const r = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', side, bundle, reqFile, dir], { encoding: 'utf8' }));
    runs.push(r);
    console.log(`rep ${i + 1} ${side.padEnd(11)} total ${r.total.toFixed(2)} s (pip ${r.pip.toFixed(2)} + zip ${r.zip.toFixed(2)}), ${r.entries} entries, ${r.size} B, node peak RSS ${r.rssMiB.toFixed(0)} MiB`);
    if (side !== 'wheels-cold') fs.rmSync(dir, { recursive: true, force: true });
  }
}
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const of = (side, k) => med(runs.filter((r) => r.side === side).map((r) => r[k]));
for (const side of ['today', 'wheels-cold', 'wheels-warm']) {
  console.log(`median ${side.padEnd(11)} total ${of(side, 'total').toFixed(2)} s, pip ${of(side, 'pip').toFixed(2)} s, zip ${of(side, 'zip').toFixed(2)} s, RSS ${of(side, 'rssMiB').toFixed(0)} MiB, ${of(side, 'size')} B`);
}
console.log(`ratios: wheels-cold/today ${(of('wheels-cold', 'total') / of('today', 'total')).toFixed(2)}, wheels-warm/today ${(of('wheels-warm', 'total') / of('today', 'total')).toFixed(2)}`);
