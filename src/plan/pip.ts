/**
 * Owns pip's command line: the one `pip install` invocation a plan holds, which the wheelhouse
 * resolves with (install/wheelhouse.ts) and the cache key hashes, and the marker environment pip
 * evaluates for FC's Python (install/pip-launcher.ts).
 */

import { linuxCPythonEnvironment, type MarkerEnvironment } from '../formats/pep508.js';

export type { MarkerEnvironment } from '../formats/pep508.js';

/**
 * What markers see on FC for CPython `fullVersion` (e.g. "3.10.9"): x86-64 Linux; the kernel's
 * release and version are FC's and unknown here, so empty (markers on them are false rather than
 * the runner's). `extra` is not part of it: pip sets it for each extra that is asked for.
 */
export function targetMarkerEnvironment(fullVersion: string): MarkerEnvironment {
  return linuxCPythonEnvironment(fullVersion);
}

export interface PipInvocation {
  /**
   * The requirements file pip reads (`-r`), absolute; undefined: the file install generates from
   * a lock's lines (under the build's temp folder, never the source tree).
   */
  requirementsFile?: string;
  /**
   * Every argument after `python -m pip install --target <dir> -r <file>`, exactly as pip gets
   * them: fixed flags, the FC platform, index URLs and the user's pip-args.
   */
  args: string[];
  /** The index URLs among `args` (they may carry credentials: hashed, never shown). */
  indexUrls: string[];
  /**
   * The environment every marker is evaluated in (requirements and each dependency's metadata):
   * FC's CPython, not the runner's. A function of `--python-version` in `args`, so the key follows it.
   */
  markers: MarkerEnvironment;
}

export interface PipRequest {
  requirementsFile?: string;
  /**
   * FC's exact release (e.g. 3.10.9): wheel tags follow its MAJOR.MINOR, Requires-Python is
   * checked against the whole of it (3.10 alone means 3.10.0), and markers see it.
   */
  pythonFullVersion: string;
  platforms: readonly string[];
  indexUrl?: string;
  extraIndexUrls: readonly string[];
  pipArgs: readonly string[];
  /** build-sdists: pip may pick an sdist where FC has no wheel (`--prefer-binary`: a wheel still wins), else wheels only. */
  sdists?: boolean;
}

/** The arguments that make pip install for FC's interpreter and platform, not the runner's. */
export function pipInvocation(r: PipRequest): PipInvocation {
  const args = [
    ...(r.sdists ? ['--prefer-binary'] : ['--only-binary=:all:']),
    '--implementation',
    'cp',
    '--python-version',
    r.pythonFullVersion,
    ...r.platforms.flatMap((p) => ['--platform', p]),
    '--no-compile',
    '--no-input',
    '--disable-pip-version-check',
    '--progress-bar',
    'off',
    '--no-warn-script-location',
  ];
  if (r.indexUrl) args.push('--index-url', r.indexUrl);
  for (const u of r.extraIndexUrls) args.push('--extra-index-url', u);
  args.push(...r.pipArgs);
  return {
    requirementsFile: r.requirementsFile,
    args,
    indexUrls: [...(r.indexUrl ? [r.indexUrl] : []), ...r.extraIndexUrls],
    markers: targetMarkerEnvironment(r.pythonFullVersion),
  };
}
