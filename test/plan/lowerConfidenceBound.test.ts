import { describe, expect, it } from 'vitest';
import { lowerConfidenceBound } from '../../sim/plan/lowerConfidenceBound.js';

describe('lowerConfidenceBound', () => {
  it('is mean − t(c, n − 1) · s / √n', () => {
    // 1..5: mean 3, s = √2.5; t(0.95, 4) = 2.131847 -> 3 − 2.131847 · √2.5 / √5 = 1.492557.
    expect(lowerConfidenceBound([1, 2, 3, 4, 5])).toBeCloseTo(1.492557, 5);
    // t(0.99, 4) = 3.746947 -> 3 − 3.746947 · √0.5 = 0.350509.
    expect(lowerConfidenceBound([1, 2, 3, 4, 5], 0.99)).toBeCloseTo(0.350509, 5);
  });

  it('is the mean itself when every replication agrees', () => {
    expect(lowerConfidenceBound([99.5, 99.5, 99.5])).toBe(99.5);
  });

  it('has no value for fewer than two replications', () => {
    expect(lowerConfidenceBound([7])).toBeNaN();
    expect(lowerConfidenceBound([])).toBeNaN();
  });

  it('rejects a confidence outside (0, 1)', () => {
    for (const c of [0, 1, 95]) expect(() => lowerConfidenceBound([1, 2], c)).toThrow(RangeError);
  });
});
