import { describe, expect, it } from 'vitest';
import { parseMetadata } from '../../src/formats/metadata.js';
import { hasStaticDeps } from '../../src/formats/sdist.js';

describe('sdist metadata (PEP 643)', () => {
  const meta = (version: string, ...dynamic: string[]) =>
    parseMetadata([`Metadata-Version: ${version}`, 'Name: oss2', 'Version: 2.18.0', 'Requires-Dist: requests', ...dynamic.map((d) => `Dynamic: ${d}`), ''].join('\n'));

  it('is static only from Metadata-Version 2.2 on, when Requires-Dist is not Dynamic', () => {
    expect(hasStaticDeps(meta('2.1'))).toBe(false);
    expect(hasStaticDeps(meta('1.2'))).toBe(false);
    expect(hasStaticDeps(meta('2.2'))).toBe(true);
    expect(hasStaticDeps(meta('2.4', 'License'))).toBe(true);
    expect(hasStaticDeps(meta('2.2', 'Requires-Dist'))).toBe(false);
    expect(hasStaticDeps(meta('2.3', 'requires-python'))).toBe(false);
    expect(hasStaticDeps(undefined)).toBe(false);
  });
});
