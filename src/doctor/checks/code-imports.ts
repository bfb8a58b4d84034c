/**
 * Owns the static check of the function's own code: every import statement of its .py files
 * (formats/pysource.ts) must name a module of the target Python's standard library, of the code
 * itself, or of a distribution shipped with it (or a layer given to the doctor). A module missing
 * from the entry module's top level is an error (the function dies as it starts); elsewhere a
 * warning, with file and line. Layers the doctor cannot see (s.yaml's ARNs) turn both into notices.
 */
import path from 'node:path';
import { pythonImports } from '../../formats/pysource.js';
import { serverCommandInfo } from '../../plan/start.js';
import stdlibData from '../data/stdlib.json' with { type: 'json' };
import { externalRoots, type Ctx } from '../context.js';
import { finding } from '../findings.js';
import { isUnder } from '../view.js';
import type { StartInfo } from './start.js';

const STDLIB = stdlibData as Record<string, string[]>;
/** Files above this are not read (generated code, data). */
export const CODE_SCAN_MAX = 1024 * 1024;
/** Folders of the code that are not the function's modules. */
const NOT_CODE = /(^|\/)(tests?|docs?|examples?|scripts|migrations|__pycache__|node_modules|\.venv|venv|site-packages)(\/|$)/;

/** The standard library's top-level modules for a Python (the nearest known version otherwise). */
export function stdlibModules(pythonVersion: string): Set<string> {
  const versions = Object.keys(STDLIB).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  const minor = Number(pythonVersion.split('.')[1]);
  const v = STDLIB[pythonVersion] ? pythonVersion : (minor < Number(versions[0]!.split('.')[1]) ? versions[0] : versions.at(-1))!;
  return new Set(STDLIB[v]);
}

/** Whether the doctor should read `abs` as the function's own source. */
export function isCodeSource(ctx: Ctx, abs: string, size: number): boolean {
  if (ctx.kind !== 'code' || !abs.endsWith('.py') || size > CODE_SCAN_MAX || !isUnder(abs, ctx.codeDir)) return false;
  if (ctx.depsRoots.some((r) => r !== ctx.codeDir && isUnder(abs, r))) return false;
  return !NOT_CODE.test(path.posix.relative(ctx.codeDir, abs));
}

/** The top-level names distributions installed at the code root own (read from their RECORD). */
function rootOwned(ctx: Ctx, texts: Map<string, Buffer>): Set<string> {
  const owned = new Set<string>();
  for (const [abs, data] of texts) {
    if (!abs.endsWith('.dist-info/RECORD') || path.posix.dirname(path.posix.dirname(abs)) !== ctx.codeDir) continue;
    for (const line of data.toString('utf8').split('\n')) {
      const first = line.split(',')[0]!.split('/')[0]!;
      if (first && !first.endsWith('.dist-info')) owned.add(first.replace(/\.py$/, ''));
    }
  }
  return owned;
}

export function checkCodeImports(ctx: Ctx, texts: Map<string, Buffer>, start: StartInfo | undefined): void {
  if (ctx.kind !== 'code') return;
  // A source folder whose dependencies are not built yet: nothing to check them against.
  if (ctx.format === 'folder' && !ctx.dists.size) return;
  const { view } = ctx;
  const owned = rootOwned(ctx, texts);
  const stdlib = stdlibModules(ctx.target.pythonVersion);
  const info = start?.script ? serverCommandInfo(start.script.commands) : undefined;
  const entryFiles = new Set<string>();
  if (info?.entryModule && info.entryDir) {
    const base = `${info.entryDir}/${info.entryModule.split('.').join('/')}`;
    entryFiles.add(`${base}.py`).add(`${base}/__init__.py`);
  }
  const roots = [...new Set([ctx.codeDir, ...(info?.entryDir ? [info.entryDir] : []), ...(start?.pythonPath ?? []), ...ctx.depsRoots, ...ctx.defaultRoots])];
  const found = (mod: string) => stdlib.has(mod) || roots.some((r) => view.hasModule(r, mod) || ctx.layerView?.hasModule(r, mod));
  // Layers the doctor cannot see: s.yaml's ARNs, and folders on PYTHONPATH outside the artifact (/opt/python).
  const external = externalRoots(ctx, roots);
  const unseen = [...(ctx.opts.layerArns?.filter(Boolean) ?? []), ...external.map((r) => `mounted at ${r}`)];
  for (const [abs, data] of texts) {
    if (!isCodeSource(ctx, abs, data.length)) continue;
    const rel = path.posix.relative(ctx.codeDir, abs);
    if (owned.has(rel.split('/')[0]!.replace(/\.py$/, ''))) continue;
    const dir = path.posix.dirname(abs);
    const seen = new Set<string>();
    for (const imp of pythonImports(data.toString('utf8'))) {
      const top = imp.module.split('.')[0]!;
      if (seen.has(top) || found(top) || view.hasModule(dir, top)) continue;
      seen.add(top);
      const entry = entryFiles.has(abs) && imp.topLevel && !imp.guarded;
      const shown = view.show(abs);
      const fcSymptom = `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named '${top}'${entry ? '' : ' (when that code runs)'}`;
      if (unseen.length) {
        ctx.add(finding({ severity: 'info', code: 'code-import-unchecked', file: shown, line: imp.line, message: `${shown} imports ${imp.module}, which is neither in the standard library nor shipped here; it may come from a layer the doctor cannot see (${unseen.join(', ')})`, fcSymptom, fix: `Make sure one of those layers brings ${top}, or add it to the requirements (or pass the layer with --layer layer.zip to check it).` }));
        continue;
      }
      ctx.add(
        finding({ severity: entry ? 'error' : 'warning', code: 'code-import-missing', file: shown, line: imp.line, message: `${shown} imports ${imp.module}${entry ? ', at the top of the entry module its start loads,' : imp.topLevel ? '' : ' inside a function'}, but ${top} is neither in Python ${ctx.target.pythonVersion}'s standard library, nor in the code, nor in any distribution shipped with it`, fcSymptom, fix: `Add the distribution that provides ${top} to the requirements${imp.guarded ? ' (or ignore this if the code expects it to be missing)' : ''}.` }),
      );
    }
  }
}
