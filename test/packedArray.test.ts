import { describe, expect, it } from 'vitest';
import { packedArray } from '../sim/engine/packedArray.js';

describe('packedArray', () => {
  it('holds item(k) at index k, each made once, in index order', () => {
    const calls: number[] = [];
    const items = packedArray(5, (k) => {
      calls.push(k);
      return { k };
    });
    expect(items.map((item) => item.k)).toEqual([0, 1, 2, 3, 4]);
    expect(calls).toEqual([0, 1, 2, 3, 4]);
  });

  it('has no holes: every index is an own element', () => {
    const items = packedArray(4, () => undefined);
    expect(items).toHaveLength(4);
    for (let k = 0; k < items.length; k++) expect(Object.hasOwn(items, k)).toBe(true);
  });

  it('is empty for length 0 and makes nothing', () => {
    let made = 0;
    expect(packedArray(0, () => made++)).toEqual([]);
    expect(made).toBe(0);
  });
});
