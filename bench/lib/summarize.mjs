// node bench/lib/summarize.mjs [RESULTS_TSV] [BATCH]
// Medians per app and measure of one batch (default: the last one in the file), the ratios the
// targets are about, PASS/MISS. Ratios are ratios of medians. Markdown on stdout.
import fs from 'node:fs';

const file = process.argv[2] ?? new URL('../.work/results.tsv', import.meta.url).pathname;
const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const batch = process.argv[3] ?? lines.at(-1)?.[0];
const rows = lines.filter((r) => r[0] === batch);
if (!rows.length) {
  console.error(`no rows for batch ${batch} in ${file}`);
  process.exit(1);
}

const vals = {}; // app -> measure -> number[]
for (const [, , app, , measure, value] of rows) {
  if (value === '' || Number.isNaN(Number(value))) continue;
  ((vals[app] ??= {})[measure] ??= []).push(Number(value));
}
const median = (a) => {
  if (!a?.length) return undefined;
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const med = (app, m) => median(vals[app]?.[m]);
const apps = Object.keys(vals);
const f = (v, d = 2) => (v === undefined ? 'n/a' : v.toFixed(d));
const mb = (v) => (v === undefined ? 'n/a' : (v / 1e6).toFixed(2));
const mib = (kb) => (kb === undefined ? 'n/a' : (kb / 1024).toFixed(0));
const spread = (app, m) => {
  const a = vals[app]?.[m];
  if (!a?.length) return 'n/a';
  const s = `${f(median(a))}`;
  return a.length > 1 ? `${s} (${f(Math.min(...a))}–${f(Math.max(...a))})` : s;
};
const n = (app, m) => vals[app]?.[m]?.length ?? 0;

const out = [];
const p = (s = '') => out.push(s);
const verdict = (ratio, ok) => (ratio === undefined || Number.isNaN(ratio) ? 'n/a' : ok(ratio) ? 'PASS' : 'MISS');

p(`### Batch ${batch}`);
p();
const isMain = apps.some((a) => vals[a].ours_wall_s);
if (isMain) {
  p('Seconds, median (min–max) over n runs; sizes in MB (10^6 B); RSS in MiB.');
  p();
  p('| app | n | ours cold wall | ours install (pip) | ours assemble (zip) | ours verify stage (+preflight) | raw pip | raw zip -6 | raw total | raw --no-compile total | Info-ZIP -6 on our files |');
  p('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const a of apps) {
    p(`| ${a} | ${n(a, 'ours_wall_s')} | ${spread(a, 'ours_wall_s')} | ${spread(a, 'ours_install_s')} | ${spread(a, 'ours_assemble_s')} | ${spread(a, 'verify_stage_s')} (+${f(med(a, 'preflight_s'))}) | ${spread(a, 'raw_pip_s')} | ${spread(a, 'raw_zip_s')} | ${spread(a, 'raw_total_s')} | ${spread(a, 'rawnc_total_s')} | ${spread(a, 'infozip_same_s')} |`);
  }
  p();
  p('| app | ours zip MB | Info-ZIP -6 same files MB | Info-ZIP -6 -X MB | raw zip (with .pyc) MB | unpacked MB / entries | ours node RSS | ours tree max RSS | CPU s, node+pip (user+sys) | verify wall | verify baseline (imports from the tree on disk) |');
  p('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const a of apps) {
    p(`| ${a} | ${mb(med(a, 'ours_zip_bytes'))} | ${mb(med(a, 'infozip_same_bytes'))} | ${mb(med(a, 'infozipX_same_bytes'))} | ${mb(med(a, 'raw_zip_bytes'))} | ${mb(med(a, 'ours_unpacked_bytes'))} / ${med(a, 'ours_entries') ?? 'n/a'} | ${mib(med(a, 'ours_node_rss_kb'))} | ${mib(med(a, 'ours_tree_rss_kb'))} | ${f(med(a, 'ours_cpu_s'))} | ${f(med(a, 'verify_wall_s'))} | ${spread(a, 'verify_baseline_s')} |`);
  }
  p();
  p('| target | app | ratio | target | verdict |');
  p('|---|---|---|---|---|');
  for (const a of apps) {
    const r = med(a, 'ours_wall_s') / med(a, 'raw_total_s');
    // Issue 13's targets: the large app ≤ 0.30, the small one (pip's start and resolve dominate) ≤ 0.60.
    const limit = a === 'large' ? 0.3 : 0.6;
    p(`| (a) cold build, verify off / raw pip+zip | ${a} | ${f(r)} | ≤ ${limit.toFixed(2)} | ${verdict(r, (x) => x <= limit)} |`);
  }
  for (const a of apps) {
    const r = med(a, 'ours_wall_s') / med(a, 'rawnc_total_s');
    p(`| (a') same, vs raw with --no-compile (info) | ${a} | ${f(r)} | - | - |`);
  }
  for (const a of apps) {
    const r = med(a, 'ours_assemble_s') / med(a, 'infozip_same_s');
    p(`| (b) our zip time / Info-ZIP -6, same files | ${a} | ${f(r)} | ≤ 1.00 | ${verdict(r, (x) => x <= 1.0)} |`);
  }
  for (const a of apps) {
    const r = med(a, 'ours_zip_bytes') / med(a, 'infozip_same_bytes');
    p(`| (c) our zip size / Info-ZIP -6, same files | ${a} | ${f(r, 4)} | ≤ 1.01 | ${verdict(r, (x) => x <= 1.01)} |`);
  }
  for (const a of apps) {
    const r = med(a, 'ours_zip_bytes') / med(a, 'infozipX_same_bytes');
    if (!Number.isNaN(r)) p(`| (c') same, vs Info-ZIP -6 -X (no extra fields, info) | ${a} | ${f(r, 4)} | - | - |`);
  }
  for (const a of apps) {
    const r = med(a, 'verify_stage_s') / med(a, 'verify_baseline_s');
    p(`| (e) verify stage / docker run importing the same modules from the tree on disk | ${a} | ${f(r)} | ≤ 2.00 | ${verdict(r, (x) => x <= 2.0)} |`);
  }
  const big = apps.includes('large') ? 'large' : apps.at(-1);
  const rss = med(big, 'ours_node_rss_kb');
  p(`| (d) peak RSS of our node process, verify off | ${big} | ${mib(rss)} MiB | < 150 MiB | ${verdict(rss, (x) => x / 1024 < 150)} |`);
  const vrss = vals[big]?.verify_node_rss_kb;
  if (vrss) p(`| (d') same, verify on (max of n=${vrss.length}, info) | ${big} | ${mib(Math.max(...vrss))} MiB | - | - |`);
}

const isPeer = apps.some((a) => vals[a].peer_warm_s || vals[a].ours_warm_s);
if (isPeer) {
  p();
  p('Warm rebuild, unchanged requirements. Seconds, median (min–max).');
  p();
  p('| app | ours 1st run (cold) | ours 2nd run (warm), n | peer warm `sls package`, n | ratio warm ours / warm peer | target | verdict |');
  p('|---|---|---|---|---|---|---|');
  for (const a of apps.filter((x) => vals[x].ours_warm_s || vals[x].peer_warm_s)) {
    const r = med(a, 'ours_warm_s') / med(a, 'peer_warm_s');
    p(`| ${a} | ${spread(a, 'ours_first_s')} | ${spread(a, 'ours_warm_s')}, ${n(a, 'ours_warm_s')} | ${spread(a, 'peer_warm_s')}, ${n(a, 'peer_warm_s')} | ${f(r)} | ≤ 0.25 | ${verdict(r, (x) => x <= 0.25)} |`);
  }
  for (const a of apps) {
    const s = vals[a].ours_warm_install_s;
    if (s) p(`\nours warm run, ${a}: install ${spread(a, 'ours_warm_install_s')} s, assemble ${spread(a, 'ours_warm_assemble_s')} s (install: the wheelhouse's recorded resolution checked, pip does not run)`);
  }
}
console.log(out.join('\n'));
