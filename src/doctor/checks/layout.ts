/** Owns the layer layout and size checks: packages where FC's Python finds them, and the artifact within FC's limits. */
import path from 'node:path';
import { sizeVerdict } from '../../plan/limits.js';
import { formatBytes } from '../../shared/bytes.js';
import type { Ctx } from '../context.js';
import { finding } from '../findings.js';

export function checkLayerLayout(ctx: Ctx): void {
  for (const r of ctx.depsRoots) {
    if (r === '/opt') {
      ctx.add(
        finding({ severity: 'error', code: 'layer-layout', file: '.', message: 'the packages are at the top of the layer: FC unpacks a layer into /opt, so they land in /opt, which no Python searches', fcSymptom: 'Function instance exited unexpectedly(code 1, ...) ... No module named ...', fix: 'Put them under python/ in the zip (pip install --target python ...; or fc-python-pack build --target layer) and export PYTHONPATH=/opt/python in bootstrap.' }),
      );
    }
    const m = /^\/opt\/python\/lib\/python(\d+\.\d+)\/site-packages$/.exec(r);
    if (m) {
      ctx.add(
        finding({ severity: m[1] === ctx.target.pythonVersion ? 'info' : 'warning', code: 'layer-layout', file: `${ctx.view.show(r)}/`, message: `the packages are in ${ctx.view.show(r)}/ (built for Python ${m[1]}): the function must put /opt/python/lib/python${m[1]}/site-packages (not /opt/python) on PYTHONPATH`, fcSymptom: 'No module named ... if bootstrap exports only /opt/python', fix: `export PYTHONPATH=${r}:$PYTHONPATH in bootstrap, or rebuild the layer flat under python/ (fc-python-pack build --target layer).` }
        ),
      );
    }
  }
}


/** A layer's function (its environment known, from s.yaml or the environment input) must put /opt/python on PYTHONPATH. */
export function checkLayerPythonPath(ctx: Ctx): void {
  const env = ctx.opts.environment;
  if (!env || !ctx.depsRoots.includes('/opt/python')) return;
  const dirs = (env.PYTHONPATH ?? '').split(':').filter(Boolean).map((d) => path.posix.resolve('/code', d));
  if (dirs.includes('/opt/python')) return;
  const pkgs = [...ctx.dists.values()].filter((d) => d.root === '/opt/python').map((d) => d.name);
  ctx.add(
    finding({ severity: 'error', code: 'bootstrap-no-pythonpath', file: ctx.opts.functionFrom ?? "the function's environment", message: `the layer's packages land in /opt/python (${pkgs.slice(0, 4).join(', ')}${pkgs.length > 4 ? ', ...' : ''}), but the function's environment variables never put /opt/python on PYTHONPATH (${env.PYTHONPATH !== undefined ? `PYTHONPATH=${env.PYTHONPATH}` : 'no PYTHONPATH'}), and FC sets none for custom runtimes`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${(pkgs[0] ?? 'uvicorn').replace(/-/g, '_')}`, fix: 'Add PYTHONPATH=/opt/python to the function\'s environment variables (s.yaml\'s environmentVariables), or export it in the bootstrap.' }),
  );
}

export function checkSize(ctx: Ctx, subject: string, zipped: number | undefined, unpacked: number): void {
  const file = path.basename(subject);
  const verdict = sizeVerdict(ctx.kind, zipped, unpacked);
  if (verdict.level === 'ok') return;
  const what = ctx.kind === 'layer' ? 'layer' : 'package';
  if (ctx.kind === 'image') {
    ctx.add(finding({ severity: 'error', code: 'size-limit', file, message: `the image is ${formatBytes(unpacked)} unpacked, over FC's ${formatBytes(verdict.limit)} limit for custom-container images`, fcSymptom: 'the function cannot be created or updated with this image', fix: 'Use a slim base image, a multi-stage build, and leave build tools and caches out.' }));
  } else if (verdict.level === 'over-limit') {
    ctx.add(finding({ severity: 'error', code: 'size-limit', file, message: `the ${what} is ${formatBytes(zipped!)} zipped, over FC's ${formatBytes(verdict.limit)} limit`, fcSymptom: 'CodeSizeExceeded when the function (or layer) is created or updated', fix: ctx.kind === 'layer' ? 'Split the dependencies into several layers, or use a container image (target image).' : 'Move the dependencies into a layer (target layer), or use a container image (target image).' }));
  } else {
    ctx.add(finding({ severity: 'warning', code: 'size-api-limit', file, message: `the ${what} is ${formatBytes(zipped!)} zipped, over the ${formatBytes(verdict.limit)} limit for uploads through the API`, fcSymptom: 'CodeSizeExceeded when deployed through the API (s deploy without OSS)', fix: 'Upload through OSS or the console, or split the deps into a layer.' }));
  }
}
