/** Owns the requirements check: every distribution requirements.txt (or the lock / pyproject the build would use) needs on FC (markers evaluated for FC's Python) is installed, at the pinned version. */
import path from 'node:path';
import { evaluateMarker } from '../../formats/pep508.js';
import { parseRequirements, sameVersion, type Requirement } from '../../formats/requirements.js';
import { shellQuote } from '../../formats/shell.js';
import { externalRoots, fcMarkerEnvironment, importName, type Ctx } from '../context.js';
import { finding } from '../findings.js';
import { collectDists, resolvePath, type Dist } from '../view.js';
import type { StartInfo } from './start.js';
import { declaredByLock } from './declared.js';
import { CODE_DIR } from '../../plan/plan.js';

export function checkRequirements(ctx: Ctx, texts: Map<string, Buffer>, start: StartInfo | undefined): void {
  const { view } = ctx;
  const dirs = [ctx.codeDir, CODE_DIR, '/app'];
  const reqs: (Requirement & { file: string })[] = [];
  // A lock or pyproject the build would use first says what the code declares.
  const declared = declaredByLock(dirs, texts);
  const reqAbs = declared?.abs ?? dirs.map((d) => `${d === '/' ? '' : d}/requirements.txt`).find((p) => texts.has(p));
  if (!reqAbs) return;
  const shown = view.show(reqAbs);
  if (declared) for (const r of declared.requirements) reqs.push({ ...r, file: shown });
  const seen = new Set<string>();
  const load = (abs: string, depth: number) => {
    if (seen.has(abs) || depth > 4) return;
    seen.add(abs);
    const text = texts.get(abs);
    if (!text) return;
    const parsed = parseRequirements(text.toString('utf8'));
    for (const r of parsed.requirements) reqs.push({ ...r, file: view.show(abs) });
    for (const inc of parsed.includes) load(resolvePath(path.posix.dirname(abs), inc.file), depth + 1);
  };
  if (!declared) load(reqAbs, 0);
  if (!reqs.length) return;

  const env = fcMarkerEnvironment(ctx.target.pythonVersion);
  const needed: { req: (typeof reqs)[number]; sure: boolean }[] = [];
  for (const req of reqs) {
    if (!req.marker) {
      needed.push({ req, sure: true });
      continue;
    }
    try {
      if (evaluateMarker(req.marker, env)) needed.push({ req, sure: true });
    } catch {
      needed.push({ req, sure: false });
    }
  }

  const layerDists = ctx.layerView ? collectDists(ctx.layerView, new Map()) : new Map<string, Dist>();
  const haveDeps = ctx.dists.size > 0 || layerDists.size > 0;
  const pythonPath = start?.pythonPath ?? [];
  const external = externalRoots(ctx, pythonPath);
  if (!haveDeps && ctx.kind === 'code') {
    const names = needed.map((n) => n.req.written);
    if (!names.length) return;
    if (ctx.format === 'folder' && !external.length) {
      // A source folder: its deps are built by the build, not shipped in it. Said once, with the command.
      ctx.depsNotBuilt = true;
      const folder = ctx.subject ?? '.';
      ctx.add(
        finding({ severity: 'info', code: 'deps-not-built', file: shown, message: `${shown} names ${names.length} distribution${names.length > 1 ? 's' : ''} (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}), not built yet: this is a source folder, so the modules they bring are not checked`, fcSymptom: '-', fix: `Build them for FC, then check what the build wrote: fc-python-pack build ${shellQuote(folder)} --target code --runtime ${ctx.opts.runtime} --python-version ${ctx.target.pythonVersion} (it runs the doctor on function.zip itself).` }),
      );
      return;
    }
    if (external.length || !start) {
      ctx.add(
        finding({ severity: 'info', code: 'deps-external', file: shown, message: `${shown} names ${names.length} distribution${names.length > 1 ? 's' : ''} (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}), none of them in function.zip: ${external.length ? `they must come from a layer at ${external.join(' or ')}` : 'they must come from a layer or the runtime'}`, fcSymptom: 'No module named ... at start, if no layer brings them', fix: 'Check the layer with fc-python-pack doctor layer.zip, or both together: fc-python-pack doctor function.zip --layer layer.zip.' }
        ),
      );
      return;
    }
    ctx.add(
      finding({ severity: 'error', code: 'deps-missing', file: shown, message: `${shown} names ${names.length} distribution${names.length > 1 ? 's' : ''} (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}), but function.zip has none installed (no python/ folder), and ${start.file} puts no layer folder on PYTHONPATH`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(needed[0]!.req.name)}`, fix: 'Build the dependencies in (fc-python-pack build --target code, include-deps: true), or build a layer (target layer), attach it and export PYTHONPATH=/opt/python in bootstrap.' }
      ),
    );
    return;
  }

  const roots = [...new Set([...ctx.depsRoots, ...ctx.defaultRoots, ctx.codeDir])];
  for (const { req, sure } of needed) {
    const dist = ctx.dists.get(req.name) ?? layerDists.get(req.name);
    if (dist) {
      if (req.pinned && dist.version && !sameVersion(req.pinned, dist.version)) {
        ctx.add(finding({ severity: 'warning', code: 'deps-version', file: req.file, message: `${req.file} pins ${req.written}==${req.pinned}, but ${dist.version} is installed (${ctx.view.show(dist.dir)})`, fcSymptom: 'the function runs another version than the one tested', fix: 'Rebuild the dependencies from requirements.txt (fc-python-pack build).', line: req.line }));
      }
      continue;
    }
    // A vendored copy without its .dist-info still imports.
    if (roots.some((r) => view.hasModule(r, importName(req.name)) || view.hasModule(r, req.name))) continue;
    ctx.add(
      finding({ severity: sure ? 'error' : 'warning', code: 'deps-missing', file: req.file, message: `${req.file} asks for ${req.written}${req.marker ? ` (marker: ${req.marker})` : ''}, which is not installed in ${ctx.kind === 'image' ? 'the image' : ctx.depsRoots.length ? ctx.depsRoots.map((r) => `${view.show(r)}/`).join(', ') : 'the package'}${ctx.layerView ? ' nor the layers given' : ''} (no ${req.name.replace(/-/g, '_')}-*.dist-info)${sure ? '' : '; its marker could not be evaluated'}`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(req.name)}`, fix: ctx.kind === 'image' ? 'Install requirements.txt in the Dockerfile (pip install -r requirements.txt) and rebuild the image.' : 'Rebuild the dependencies for FC from requirements.txt: fc-python-pack build (target layer, or code with include-deps).', line: req.line }
      ),
    );
  }
}

