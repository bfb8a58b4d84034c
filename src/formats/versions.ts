/** Owns version comparison: PEP 440 versions and specifiers through @renovatebot/pep440 (also for glibc's dotted versions). */
import { compare, eq, satisfies, valid } from '@renovatebot/pep440';

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

/** Whether `version` meets one comparison (`op` is a PEP 440 operator: ==, !=, <, <=, >, >=, ~=, ===). Throws on a non-version. */
export function versionSatisfies(version: string, op: string, spec: string): boolean {
  if (op === '===') return version.trim() === spec.trim();
  if (!valid(version)) throw new Error(`not a version: ${version}`);
  return satisfies(version, `${op}${spec}`);
}
