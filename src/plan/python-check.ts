/**
 * Owns the one early check that the project can run on the Python it is built for: the
 * requires-python of its pyproject.toml and of its lock against the plan's exact Python, with
 * the runtimes and python-versions of FC that would satisfy it.
 */
import path from 'node:path';
import { declaredRequiresPython, type DeclaredPython } from '../formats/requires-python.js';
import { versionSatisfies } from '../formats/versions.js';
import { UserError } from '../shared/errors.js';
import { RUNTIMES, type RuntimeName, type RuntimePython } from './runtimes.js';

/** Every Python FC ships that satisfies `spec`: "custom.debian11 (Python 3.12.4)", "python-version: 3.12 on custom.debian12". */
function satisfying(spec: string): string[] {
  const out: string[] = [];
  for (const [name, r] of Object.entries(RUNTIMES) as [RuntimeName, (typeof RUNTIMES)[RuntimeName]][]) {
    (r.pythons as readonly RuntimePython[]).forEach((p, i) => {
      if (versionSatisfies(p.fullVersion, spec)) out.push(i === 0 ? `runtime: ${name} (Python ${p.fullVersion})` : `runtime: ${name} with python-version: '${p.version}' (${p.fullVersion} at ${p.home})`);
    });
  }
  return out;
}

/**
 * Throws when a file among `files` (those that exist and declare one) has a requires-python the
 * plan's Python does not satisfy. `shownFrom`: the folder paths in the message are relative to.
 */
export function checkRequiresPython(files: readonly string[], target: { runtime: RuntimeName; pythonFullVersion: string }, shownFrom: string): void {
  const declared = [...new Set(files)].map(declaredRequiresPython).filter((d): d is DeclaredPython => d !== undefined);
  for (const d of declared) {
    if (versionSatisfies(target.pythonFullVersion, d.spec)) continue;
    const fits = satisfying(d.spec);
    const fix = fits.length
      ? `Build for a Python it allows: ${fits.join(', or ')}.`
      : `None of FC's Pythons (3.10.9 on custom.debian10, 3.12.4 on custom.debian11, 3.11.2 and 3.12.4 on custom.debian12) satisfies it: lower requires-python to one FC ships (e.g. ">=3.10"), or build an image (target: image) with its own Python.`;
    throw new UserError(
      `${path.relative(shownFrom, d.file) || path.basename(d.file)} has requires-python "${d.spec}", and the build is for ${target.runtime}'s Python ${target.pythonFullVersion}, which it excludes. ${fix}`,
      'python-version',
    );
  }
}
