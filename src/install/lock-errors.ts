/**
 * Owns pip's failures on a locked install, said in the lock's terms: a locked package with no
 * wheel for FC's platform (package, version, tags tried), and a download whose hash is not the
 * lock's.
 */
import { UserError } from '../shared/errors.js';
import type { Plan } from '../plan/plan.js';

/** The error for a locked install pip refused, or undefined when it is not one of these. */
export function explainLockFailure(stderr: string, plan: Plan): UserError | undefined {
  const src = plan.install?.source;
  if (src?.kind !== 'dependency-file' || !src.locked) return undefined;
  if (/DO NOT MATCH THE HASHES/.test(stderr)) {
    // pip: `    name==1.0 from <url> (from -r <file> (line 3)):` then `Expected sha256 <hex>` and `Got <hex>`.
    const which = [...stderr.matchAll(/^[ \t]+([A-Za-z0-9._-]+)==(\S+) from .*:[ \t]*\r?\n[ \t]+Expected sha256 ([0-9a-f]+)[ \t]*\r?\n[ \t]+Got[ \t]+([0-9a-f]+)/gm)];
    const list = which.length
      ? which.map((m) => `${m[1]} ${m[2]} (the lock says sha256 ${m[3]!.slice(0, 12)}..., the download is ${m[4]!.slice(0, 12)}...)`).join(', ')
      : 'a package (see pip\'s output above)';
    return new UserError(
      `requirements: the download of ${list} does not match the hash in ${src.shown}, so it was refused. ` +
        'Either the index serves other bytes than those locked (check index-url), or the lock is out of date: lock again (uv lock, poetry lock, pipenv lock) and commit it.',
      'requirements',
    );
  }
  const m = /No matching distribution found for ([A-Za-z0-9._-]+)==([^\s;]+)/.exec(stderr);
  if (!m) return undefined;
  const [, name, version] = m;
  return new UserError(
    `requirements: ${src.shown} locks ${name} ${version}, which has no wheel for ${plan.runtime} (CPython ${plan.pythonVersion}, x86_64, glibc ${plan.glibc}). ` +
      `Tags tried: ${plan.platforms.join(', ')}, plus pure-Python wheels (py3-none-any). ` +
      `Fix: lock a version of ${name} that ships manylinux x86_64 wheels for Python ${plan.pythonVersion} (e.g. uv lock --upgrade-package ${name}), ` +
      'choose a runtime with a newer glibc (input runtime), or check index-url.',
    'requirements',
  );
}
