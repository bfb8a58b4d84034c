// Prints the README's inputs and outputs tables from action.yml (the unit tests check they match).
// Usage: node scripts/readme-tables.mjs [--write]   (--write replaces them in README.md)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function tables(actionYml) {
  const action = parse(actionYml);
  const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const inputs = ['| input | default | description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(action.inputs)) {
    inputs.push(`| \`${name}\` | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`);
  }
  const outputs = ['| output | description |', '|---|---|'];
  for (const [name, spec] of Object.entries(action.outputs)) outputs.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') };
}

const BEGIN = (k) => `<!-- ${k}:begin (generated from action.yml by scripts/readme-tables.mjs) -->`;
const END = (k) => `<!-- ${k}:end -->`;

export function replaceTables(readme, t) {
  for (const k of ['inputs', 'outputs']) {
    const a = readme.indexOf(BEGIN(k));
    const b = readme.indexOf(END(k));
    if (a < 0 || b < 0) throw new Error(`README.md lacks the ${k} markers`);
    readme = `${readme.slice(0, a)}${BEGIN(k)}\n${t[k]}\n${readme.slice(b)}`;
  }
  return readme;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t = tables(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));
  if (process.argv.includes('--write')) {
    const p = path.join(root, 'README.md');
    fs.writeFileSync(p, replaceTables(fs.readFileSync(p, 'utf8'), t));
  } else console.log(`${t.inputs}\n\n${t.outputs}`);
}
