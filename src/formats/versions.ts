/** Owns version comparison: PEP 440 versions and specifiers through @renovatebot/pep440 (also for glibc's dotted versions). */
import { compare, eq, satisfies, valid, validRange } from '@renovatebot/pep440';

/** Orders two versions: '2.2.5' < '2.14' < '2.28', '1.0rc1' < '1.0'. Throws on a string that is not a version. */
export function compareVersions(a: string, b: string): number {
  if (!valid(a) || !valid(b)) throw new Error(`not a version: ${valid(a) ? b : a}`);
  return compare(a, b);
}

/** The greatest of `versions`, or undefined for none. */
export function maxVersion(versions: readonly string[]): string | undefined {
  return versions.reduce<string | undefined>((m, v) => (m === undefined || compareVersions(v, m) > 0 ? v : m), undefined);
}

/** PEP 440 equality: trailing `.0`s, `v` prefixes and case do not matter; strings that are not versions compare as written. */
export function sameVersion(a: string, b: string): boolean {
  const x = a.trim().replace(/\+.*$/, '');
  const y = b.trim().replace(/\+.*$/, '');
  if (valid(x) && valid(y)) return eq(x, y);
  return x.toLowerCase() === y.toLowerCase();
}

/** Whether a string is a PEP 440 version. */
export function isVersion(v: string): boolean {
  return !!valid(v);
}

/** Whether a string is a PEP 440 specifier set (`>=1.2,<2`, `~=3.9`). */
export function isSpecifier(spec: string): boolean {
  return validRange(spec);
}

/** Whether a version meets a specifier set, as `pip check` decides (pre-releases allowed). '' = any version; a non-version meets none. */
export function versionSatisfies(version: string, specifier: string): boolean {
  if (!specifier) return true;
  if (!valid(version)) return false;
  return satisfies(version, specifier, { prereleases: true });
}
