import { describe, expect, it } from 'vitest';
import { meetsTarget, summarise } from '../../bench/measure.js';

describe('summarise', () => {
  it('gives the median of an odd and an even count, and the extremes', () => {
    expect(summarise([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(summarise([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
});

describe('meetsTarget', () => {
  it('reads "≥ x" as at least x and "≤ x" as at most x, thousands separated by commas', () => {
    expect(meetsTarget(1.0, '≥ 1.0')).toBe(true);
    expect(meetsTarget(0.99, '≥ 1.0')).toBe(false);
    expect(meetsTarget(2000, '≤ 2,000')).toBe(true);
    expect(meetsTarget(2000.5, '≤ 2,000')).toBe(false);
    expect(meetsTarget(10_001, '≤ 10,000')).toBe(false);
  });

  it('refuses a target it cannot read', () => {
    expect(() => meetsTarget(1, 'fast')).toThrow(RangeError);
  });
});
