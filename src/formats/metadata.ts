/**
 * Owns core metadata (a .dist-info/METADATA or PKG-INFO file, and WHEEL's same format): the one reader of its header fields —
 * name, version, Requires-Dist, Provides-Extra, Requires-Python. The headers are RFC 822 style
 * (a blank line ends them; a line starting with whitespace continues the previous field; fields may
 * repeat); the body (the long description) is ignored. Pure functions; no I/O.
 */
import { normalizeName } from './pep508.js';

export interface CoreMetadata {
  name: string;
  /** Normalised (PEP 503). */
  key: string;
  version: string;
  /** Requires-Dist lines as written (PEP 508 strings). */
  requiresDist: string[];
  /** Normalised extra names. */
  providesExtra: string[];
  requiresPython?: string;
  /** Every header field, lower-cased name → values in order. */
  fields: Map<string, string[]>;
}

export function parseHeaders(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (last) last[last.length - 1] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const values = fields.get(key) ?? [];
    values.push(line.slice(colon + 1).trim());
    fields.set(key, values);
    last = values;
  }
  return fields;
}

/** Reads METADATA; `fallbackName`/`fallbackVersion` (from the folder name) when the fields are missing. */
export function parseMetadata(text: string, fallbackName = '', fallbackVersion = ''): CoreMetadata {
  const fields = parseHeaders(text);
  const one = (k: string) => fields.get(k)?.[0];
  const name = one('name') || fallbackName;
  return {
    name,
    key: normalizeName(name),
    version: one('version') || fallbackVersion,
    requiresDist: fields.get('requires-dist') ?? [],
    providesExtra: (fields.get('provides-extra') ?? []).map(normalizeName),
    ...(one('requires-python') ? { requiresPython: one('requires-python') } : {}),
    fields,
  };
}

/** Name and version from a `.dist-info` / `.egg-info` folder name (`typing_extensions-4.12.2.dist-info`). */
export function distInfoName(folder: string): { name: string; version?: string } | undefined {
  const m = /^(.+?)(?:-([^-]+))?\.(dist-info|egg-info)$/.exec(folder);
  return m ? { name: m[1]!, ...(m[2] ? { version: m[2] } : {}) } : undefined;
}
