/** Owns pip's command line: the one `pip install` invocation a plan holds, which install runs and the cache key hashes. */

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
}

export interface PipRequest {
  requirementsFile?: string;
  pythonVersion: string;
  platforms: readonly string[];
  indexUrl?: string;
  extraIndexUrls: readonly string[];
  pipArgs: readonly string[];
}

/** The arguments that make pip install for FC's interpreter and platform, not the runner's. */
export function pipInvocation(r: PipRequest): PipInvocation {
  const args = [
    '--only-binary=:all:',
    '--implementation',
    'cp',
    '--python-version',
    r.pythonVersion,
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
  return { requirementsFile: r.requirementsFile, args, indexUrls: [...(r.indexUrl ? [r.indexUrl] : []), ...r.extraIndexUrls] };
}

/** The full argument list for `python`: `-m pip install --target <dest> -r <file> ...`; `generated`: the file written from a lock. */
export function pipCommand(pip: PipInvocation, dest: string, generated?: string): string[] {
  const file = pip.requirementsFile ?? generated;
  if (!file) throw new Error('pipCommand: the plan installs generated requirements, and none were written');
  return ['-m', 'pip', 'install', '--target', dest, '-r', file, ...pip.args];
}
