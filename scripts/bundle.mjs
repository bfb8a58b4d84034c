// Bundles the two entry points, the action and the CLI, with all their dependencies into dist/,
// to run under plain `node` with no node_modules. ES modules, split into chunks (dist/chunks/):
// a command loads only what it runs, so a local build never parses @actions/cache,
// @actions/artifact and the Azure SDK under them (issue 13: -18 MiB RSS, faster start-up), nor
// the Alibaba Cloud SDKs a deploy loads (@alicloud/fc20230330, @alicloud/credentials, ali-oss).
// dist/cli.cjs (package.json's bin) and dist/index.cjs (action.yml's main) stay the entry files:
// each one imports its module.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');

// Nothing of an earlier bundle may linger: old chunks have other names.
fs.rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/cli.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // ali-oss's HTTP client (urllib) requires proxy-agent only when a proxy is set in its options,
  // which deploy/oss.ts never does: it is not installed, and not bundled.
  external: ['proxy-agent'],
  // The CommonJS dependencies call require() for node's modules: give every chunk one.
  banner: { js: "import { createRequire as __fcppCreateRequire } from 'node:module';\nconst require = __fcppCreateRequire(import.meta.url);" },
});

const stub = (name, what, hashbang) =>
  fs.writeFileSync(
    path.join(outdir, `${name}.cjs`),
    `${hashbang ? '#!/usr/bin/env node\n' : ''}// ${what}: the ES module next to this file (see scripts/bundle.mjs).\nimport('./${name}.mjs');\n`,
    { mode: hashbang ? 0o755 : 0o644 },
  );
stub('cli', 'The fc-python-pack command', true);
stub('index', "The action's entry point", false);
