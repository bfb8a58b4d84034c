/**
 * TOML for the readers, through smol-toml: one parse, with a parse failure turned into the
 * user's error naming the file and the `requirements` input.
 */
import { parse } from 'smol-toml';
import { errorMessage } from '../../shared/errors.js';
import { fileError } from './types.js';

export type Table = Record<string, unknown>;

export function parseToml(file: string, text: string): Table {
  try {
    return parse(text) as Table;
  } catch (e) {
    throw fileError(file, `is not valid TOML: ${errorMessage(e).split('\n')[0]}`);
  }
}

export function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function tableAt(v: unknown): Table {
  return isTable(v) ? v : {};
}

export function arrayAt(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function strAt(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
