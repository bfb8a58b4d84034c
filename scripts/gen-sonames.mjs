#!/usr/bin/env node
/**
 * Generates src/doctor/data/sonames-<runtime>.json: the shared-library sonames an FC custom runtime's
 * base system has, from Debian's own package indexes (not typed by hand).
 *
 * For each runtime's Debian suite it reads main/binary-amd64/Packages.gz and main/Contents-amd64.gz from
 * the mirror, takes the packages a base image has (Priority required + important) plus the packages
 * the suite's python3 needs (its Depends: libssl, libffi, libsqlite3, libbz2, liblzma, zlib, libexpat,
 * libuuid, libreadline, ncurses, gdbm, mpdec...), closes the set over Depends and Pre-Depends (first
 * alternative; virtual packages through Provides), and lists every file those packages put directly in
 * a folder the dynamic loader searches by default.
 *
 *   node scripts/gen-sonames.mjs [--cache DIR] [--only debian12]
 *
 * Mirrors: deb.debian.org for suites it still carries; archive.debian.org for buster. A suite whose
 * indexes cannot be fetched falls back to the runtime's `fallback` suite, and the JSON says so.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip, gunzipSync } from 'node:zlib';

const RUNTIMES = {
  'debian10': { runtime: 'custom.debian10', suite: 'buster', mirrors: ['http://archive.debian.org/debian', 'http://deb.debian.org/debian'], fallback: 'bullseye' },
  'debian11': { runtime: 'custom.debian11', suite: 'bullseye', mirrors: ['http://deb.debian.org/debian'] },
  'debian12': { runtime: 'custom.debian12', suite: 'bookworm', mirrors: ['http://deb.debian.org/debian'] },
};
/** The loader's default search path on Debian amd64 (ld.so.conf.d/x86_64-linux-gnu.conf, libc.conf, trusted dirs). */
const LIB_DIRS = new Set(['lib', 'lib64', 'usr/lib', 'usr/lib64', 'lib/x86_64-linux-gnu', 'usr/lib/x86_64-linux-gnu', 'usr/local/lib']);
const SHARED = /\.so(\.\d+)*$/;

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const cache = opt('cache') ?? path.join(tmpdir(), 'fcpp-debian-indexes');
const only = opt('only');
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'doctor', 'data');
mkdirSync(cache, { recursive: true });
mkdirSync(outDir, { recursive: true });

async function fetchTo(url, file) {
  if (existsSync(file)) return true;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    if (!res.ok) return false;
    await writeFile(file, Buffer.from(await res.arrayBuffer()));
    return true;
  } catch {
    return false;
  }
}

/** Both indexes of a suite from the first mirror that has them: { mirror, packages, contents } or undefined. */
async function indexes(suite, mirrors) {
  for (const mirror of mirrors) {
    const tag = `${suite}-${new URL(mirror).hostname}`;
    const packages = path.join(cache, `Packages-${tag}.gz`);
    const contents = path.join(cache, `Contents-${tag}.gz`);
    if ((await fetchTo(`${mirror}/dists/${suite}/main/binary-amd64/Packages.gz`, packages)) && (await fetchTo(`${mirror}/dists/${suite}/main/Contents-amd64.gz`, contents))) {
      return { mirror, packages, contents };
    }
  }
  return undefined;
}

function parsePackages(file) {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const pkgs = new Map();
  const provides = new Map();
  for (const stanza of text.split(/\n\n+/)) {
    const fields = {};
    let last;
    for (const line of stanza.split('\n')) {
      if (/^\s/.test(line) && last) fields[last] += ` ${line.trim()}`;
      else {
        const m = /^([\w-]+):\s*(.*)$/.exec(line);
        if (m) fields[(last = m[1])] = m[2];
      }
    }
    if (!fields.Package) continue;
    const deps = [fields['Pre-Depends'], fields.Depends].filter(Boolean).join(', ');
    const p = { name: fields.Package, priority: fields.Priority, version: fields.Version, deps: deps ? deps.split(',').map((d) => d.split('|').map((a) => a.trim().split(/[\s(:]/)[0])) : [] };
    if (!pkgs.has(p.name)) pkgs.set(p.name, p);
    for (const v of (fields.Provides ?? '').split(',').map((x) => x.trim().split(/[\s(]/)[0]).filter(Boolean)) {
      if (!provides.has(v)) provides.set(v, p.name);
    }
  }
  return { pkgs, provides };
}

function closure(roots, { pkgs, provides }) {
  const out = new Set();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop();
    const real = pkgs.has(name) ? name : provides.get(name);
    if (!real || out.has(real)) continue;
    out.add(real);
    for (const alts of pkgs.get(real).deps) {
      const pick = alts.find((a) => pkgs.has(a) || provides.has(a));
      if (pick) stack.push(pick);
    }
  }
  return out;
}

/** Files directly in a loader folder, from the packages in `wanted`: soname -> package. */
async function sharedLibs(contentsFile, wanted) {
  const out = new Map();
  const rl = createInterface({ input: createReadStream(contentsFile).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.includes('.so')) continue;
    const m = /^(\S.*?)\s+(\S+)$/.exec(line);
    if (!m) continue;
    const file = m[1];
    const slash = file.lastIndexOf('/');
    if (slash < 0 || !LIB_DIRS.has(file.slice(0, slash))) continue;
    const base = file.slice(slash + 1);
    if (!SHARED.test(base)) continue;
    const owner = m[2].split(',').map((q) => q.split('/').pop()).find((p) => wanted.has(p));
    if (owner && !out.has(base)) out.set(base, owner);
  }
  return out;
}

for (const [key, rt] of Object.entries(RUNTIMES)) {
  if (only && only !== key) continue;
  let suite = rt.suite;
  let idx = await indexes(suite, rt.mirrors);
  let note;
  if (!idx && rt.fallback) {
    note = `${rt.suite}'s indexes could not be fetched from ${rt.mirrors.join(' or ')} when this file was generated; these are ${rt.fallback}'s, an approximation (sonames that changed between the two may differ: ${rt.suite} has libffi.so.6 and libreadline.so.7 where ${rt.fallback} has libffi.so.7 and libreadline.so.8). Rerun the script where ${rt.mirrors[0]} is reachable.`;
    suite = rt.fallback;
    idx = await indexes(suite, ['http://deb.debian.org/debian']);
  }
  if (!idx) {
    console.error(`${key}: cannot fetch ${suite}'s Packages.gz and Contents-amd64.gz; skipped`);
    process.exitCode = 1;
    continue;
  }
  const db = parsePackages(idx.packages);
  const base = [...db.pkgs.values()].filter((p) => p.priority === 'required' || p.priority === 'important').map((p) => p.name);
  const python = closure(['python3'], db);
  const pkgs = closure([...base, ...python], db);
  const libs = await sharedLibs(idx.contents, pkgs);
  const py = db.pkgs.get('python3');
  const data = {
    runtime: rt.runtime,
    suite,
    source: `${idx.mirror}/dists/${suite}/main/{binary-amd64/Packages.gz,Contents-amd64.gz}`,
    ...(note ? { note } : {}),
    packageSet: `Priority required + important (${base.length} packages), plus python3 ${py?.version ?? '?'} and what it depends on, closed over Depends/Pre-Depends: ${pkgs.size} packages`,
    libDirs: [...LIB_DIRS].map((d) => `/${d}`),
    generatedBy: 'node scripts/gen-sonames.mjs',
    sonames: Object.fromEntries([...libs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  writeFileSync(path.join(outDir, `sonames-${key}.json`), `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${key}: ${suite} from ${idx.mirror}: ${pkgs.size} packages, ${libs.size} sonames${note ? ' (fallback)' : ''}`);
}
