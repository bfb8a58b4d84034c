// Fails when package.json declares a dependency nothing uses: a runtime dependency that no file
// under src/ imports, or a dev dependency that no code, config or npm script names (by import,
// by one of its commands, or, for @types/x, through x).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|mts|cts|js|mjs|cjs)$/.test(f) && !f.startsWith('dist/'));
const read = (f) => (fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f), 'utf8') : '');

/** Package names a text imports or requires (bare specifiers only). */
function importsOf(text) {
  const out = new Set();
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'".][^'"]*)['"]/gm;
  for (const m of text.matchAll(re)) {
    const spec = m[1];
    if (spec.startsWith('node:')) continue;
    out.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return out;
}

const inSrc = new Set();
const anywhere = new Set();
for (const f of files) {
  const used = importsOf(read(f));
  for (const u of used) {
    anywhere.add(u);
    if (f.startsWith('src/')) inSrc.add(u);
  }
}
const commands = [...Object.values(pkg.scripts ?? {}), read('.ci/run'), ...fs.readdirSync(path.join(root, 'scripts')).map((f) => read(`scripts/${f}`))].join('\n');
const binsOf = (dep) => {
  try {
    const p = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', dep, 'package.json'), 'utf8'));
    return typeof p.bin === 'string' ? [p.name.split('/').pop()] : Object.keys(p.bin ?? {});
  } catch {
    return [];
  }
};

const unused = [];
for (const dep of Object.keys(pkg.dependencies ?? {})) {
  if (!inSrc.has(dep)) unused.push(`${dep} (dependencies: nothing under src/ imports it)`);
}
for (const dep of Object.keys(pkg.devDependencies ?? {})) {
  const typesOf = dep.startsWith('@types/') ? dep.slice(7).replace(/^(.+)__(.+)$/, '@$1/$2') : undefined;
  const used =
    anywhere.has(dep) ||
    (typesOf && (anywhere.has(typesOf) || typesOf === 'node')) ||
    binsOf(dep).some((b) => new RegExp(`(^|[\\s"'\`/])${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$|["'\`])`, 'm').test(commands));
  if (!used) unused.push(`${dep} (devDependencies: no code, config or script uses it)`);
}
if (unused.length) {
  console.error(`check-deps: declared but unused:\n  ${unused.join('\n  ')}\nRemove it from package.json, or use it.`);
  process.exit(1);
}
console.log(`check-deps: all ${Object.keys(pkg.dependencies ?? {}).length + Object.keys(pkg.devDependencies ?? {}).length} declared dependencies are used`);
