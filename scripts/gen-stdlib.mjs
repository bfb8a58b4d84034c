// Writes src/doctor/data/stdlib.json: each Python's standard-library top-level modules
// (sys.stdlib_module_names), from the interpreters named on the command line (or pyenv's 3.10-3.13).
// Usage: node scripts/gen-stdlib.mjs [/path/to/python3.X ...]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pyenv = path.join(os.homedir(), '.pyenv', 'versions');
const given = process.argv.slice(2);
const pythons = given.length
  ? given
  : fs.readdirSync(pyenv).filter((v) => /^3\.1[0-3]\.\d+$/.test(v)).map((v) => path.join(pyenv, v, 'bin', 'python3'));
const out = {};
for (const py of pythons) {
  const [ver, ...names] = execFileSync(py, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2]); print("\\n".join(sorted(sys.stdlib_module_names)))'], { encoding: 'utf8' }).trim().split('\n');
  out[ver] = names;
}
const file = path.join(root, 'src', 'doctor', 'data', 'stdlib.json');
fs.writeFileSync(file, `${JSON.stringify(Object.fromEntries(Object.entries(out).sort()))}\n`);
console.log(`wrote ${file}: ${Object.keys(out).join(', ')}`);
