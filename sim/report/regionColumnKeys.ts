/**
 * Region names are user text, yet they name columns (`slot_use_<region>`).
 * A column key keeps only letters and digits (runs of anything else become
 * "_"), in lower case, so a key never holds a comma, quote, formula sign or
 * a dot that a chart library would read as a path. Names that collapse to
 * the same key get `_2`, `_3`, ... in region order, so keys stay unique.
 */

import { packedArray } from '../engine/packedArray.js';

/** Column-safe, unique keys for `regions`, in the same order. */
export function regionColumnKeys(regions: readonly string[]): string[] {
  const used = new Set<string>();
  return packedArray(regions.length, (r) => {
    const name = regions[r];
    const base =
      name
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '_')
        .replace(/^_+|_+$/g, '') || 'region';
    let key = base;
    for (let k = 2; used.has(key); k++) key = `${base}_${k}`;
    used.add(key);
    return key;
  });
}
