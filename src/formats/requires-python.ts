/**
 * Owns reading the requires-python a project or its lock declares: pyproject.toml's
 * [project].requires-python, and the top-level requires-python of uv.lock and pylock.toml.
 * Other files (Pipfile.lock's python_version, Poetry's python constraint) are not read: they
 * are not PEP 440 specifiers. Unreadable files declare nothing here (their reader reports them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';

export interface DeclaredPython {
  /** Absolute path of the file that declares it. */
  file: string;
  /** The specifier as written, e.g. ">=3.14,<4.0". */
  spec: string;
}

function read(file: string): Record<string, unknown> | undefined {
  try {
    return parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The requires-python `file` declares, if it is one of the files that can. */
export function declaredRequiresPython(file: string): DeclaredPython | undefined {
  const base = path.basename(file);
  let spec: unknown;
  if (base === 'pyproject.toml') spec = (read(file)?.project as Record<string, unknown> | undefined)?.['requires-python'];
  else if (base === 'uv.lock' || /^pylock(\.[^.]+)?\.toml$/.test(base)) spec = read(file)?.['requires-python'];
  return typeof spec === 'string' && spec.trim() ? { file, spec: spec.trim() } : undefined;
}
