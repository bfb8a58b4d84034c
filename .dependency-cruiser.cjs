// The module graph's rules, checked by `npm test` (npm run check-graph): no cycles (type imports
// included), and every import goes down the pipeline's layers, never up. docs/ARCHITECTURE.md
// explains the layers.
//
//   shared  <  formats  <  inputs  <  plan  <  install, assemble  <  doctor  <  verify  <  publish  <  pipeline  <  action, cli
//
// A layer may import itself and anything to its left. plan/runtimes.ts (FC's runtime table)
// is the one file inputs may read from plan, to validate the runtime input.
const ORDER = ['shared', 'formats', 'inputs', 'plan', 'install', 'assemble', 'doctor', 'verify', 'publish', 'pipeline', 'action', 'cli'];
// Layers that sit side by side: neither imports the other.
const PEERS = { install: ['assemble'], assemble: ['install'], action: ['cli'], cli: ['action'] };

const above = (layer) => ORDER.slice(ORDER.indexOf(layer) + 1).filter((l) => !(layer === 'install' && l === 'assemble') && !(layer === 'action' && l === 'cli'));

const layering = ORDER.map((layer) => {
  const banned = [...new Set([...above(layer), ...(PEERS[layer] ?? [])])];
  if (!banned.length) return undefined;
  return {
    name: `layer-${layer}`,
    comment: `src/${layer}/ may not import ${banned.map((b) => `src/${b}/`).join(', ')}: imports go down the pipeline, never up or sideways (docs/ARCHITECTURE.md).`,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: `^src/(${banned.join('|')})/`, ...(layer === 'inputs' ? {} : {}) },
  };
}).filter(Boolean);

// inputs sit below plan, but may read FC's runtime table.
const inputsRule = layering.find((r) => r.name === 'layer-inputs');
if (inputsRule) inputsRule.to.pathNot = '^src/plan/runtimes\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle (type-only imports count): move the shared piece down a layer.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'stages-read-the-plan',
      comment: 'Stages read the plan, never the raw inputs: only plan/ and the front ends import src/inputs/inputs.ts.',
      severity: 'error',
      from: { path: '^src/(install|assemble|doctor|verify|publish|pipeline)/' },
      to: { path: '^src/inputs/inputs\\.ts$' },
    },
    {
      name: 'one-cache-client',
      comment: 'src/publish/cache/service.ts is the only user of @actions/cache.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/publish/cache/service\\.ts$' },
      to: { path: '@actions/cache' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    ...layering,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: { extensions: ['.ts', '.js'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
