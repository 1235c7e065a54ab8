import { describe, expect, it } from 'vitest';
import { replicationSeed } from '../../sim/plan/replicationSeed.js';

describe('replicationSeed', () => {
  it('gives the same seed for the same seed and replication, every time', () => {
    expect(replicationSeed(2027, 5)).toBe(replicationSeed(2027, 5));
  });

  it('gives whole numbers >= 0 that a scenario accepts as its seed (safe integers)', () => {
    for (let r = 0; r < 200; r++) {
      const seed = replicationSeed(7, r);
      expect(Number.isSafeInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives every replication of a batch its own seed', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, r) => replicationSeed(2027, r)));
    expect(seeds.size).toBe(1000);
  });

  it('does not shift with the seed: batches under seeds s and s + 1 share no replication seed', () => {
    const a = new Set(Array.from({ length: 100 }, (_, r) => replicationSeed(7, r)));
    const b = Array.from({ length: 100 }, (_, r) => replicationSeed(8, r));
    expect(b.filter((seed) => a.has(seed))).toEqual([]);
  });

  it('rejects a replication number that is not a whole number >= 0', () => {
    for (const r of [-1, 1.5, NaN]) expect(() => replicationSeed(1, r)).toThrow(RangeError);
  });
});
