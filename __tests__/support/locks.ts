/** What the lock-file unit tests share: the fixtures folder, an empty selection, and how they read errors and selections. */
import path from 'node:path';
import { isUserError } from '../../src/shared/errors.js';

export const LOCKS = path.join(__dirname, '..', 'fixtures', 'locks');
export const none = { extras: [], groups: [] };
export const names = (sel: { packages: { name: string; version: string }[] }) => sel.packages.map((p) => `${p.name}==${p.version}`);

/** The UserError `fn` throws, as message and input; anything else is rethrown, and no error fails. */
export function userError(fn: () => unknown): { message: string; input?: string } {
  try {
    fn();
  } catch (e) {
    if (isUserError(e)) return { message: e.message, input: e.input };
    throw e;
  }
  throw new Error('no error');
}
