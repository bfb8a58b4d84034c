/** Owns the manylinux tag table: which wheel platform tags run on a glibc, and what the legacy aliases mean. */

/** The legacy manylinux names and the glibc each stands for (PEP 513, 571, 599). */
export const MANYLINUX_ALIASES: Readonly<Record<string, string>> = { manylinux1: '2.5', manylinux2010: '2.12', manylinux2014: '2.17' };

/** The glibc a manylinux platform tag needs (`manylinux_2_28_x86_64` → 2.28, `manylinux2014_x86_64` → 2.17); undefined for others. */
export function manylinuxGlibc(platform: string): { glibc: string; arch: string } | undefined {
  const pep600 = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(platform);
  if (pep600) return { glibc: `${pep600[1]}.${pep600[2]}`, arch: pep600[3]! };
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(platform);
  if (legacy) return { glibc: MANYLINUX_ALIASES[legacy[1]!]!, arch: legacy[2]! };
  return undefined;
}

/**
 * Every manylinux tag a wheel may carry and still run on a glibc of `glibc`, x86_64.
 * pip does not expand manylinux_2_28 to older tags by itself, so we list them all:
 * manylinux_2_X down to 2_17 (= manylinux2014), 2_12 (= manylinux2010), 2_5 (= manylinux1).
 */
export function platformTags(glibc: string, arch = 'x86_64'): string[] {
  const [major, minor] = glibc.split('.').map(Number) as [number, number];
  if (major !== 2 || !Number.isInteger(minor)) throw new Error(`bad glibc version ${glibc}`);
  const aliasOf = new Map(Object.entries(MANYLINUX_ALIASES).map(([name, g]) => [Number(g.split('.')[1]), name]));
  const tags: string[] = [];
  for (let m = minor; m >= 5; m--) {
    if (m < 17 && !aliasOf.has(m)) continue;
    tags.push(`manylinux_2_${m}_${arch}`);
    const alias = aliasOf.get(m);
    if (alias) tags.push(`${alias}_${arch}`);
  }
  return tags;
}
