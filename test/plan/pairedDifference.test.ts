import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../sim/plan/pairedDifference.js';

describe('pairedDifference', () => {
  it('takes b − a replication by replication, with the 95 % Student-t interval of its mean', () => {
    // Differences 1, 2, 3: mean 2, s 1; t(0.975, 2) = 4.302653 -> half-width 4.302653 / √3 = 2.484138.
    const d = pairedDifference([10, 20, 30], [11, 22, 33]);
    expect(d.count).toBe(3);
    expect(d.mean).toBe(2);
    expect(d.low).toBeCloseTo(2 - 2.484138, 5);
    expect(d.high).toBeCloseTo(2 + 2.484138, 5);
    expect(d.significant).toBe(false);
  });

  it('sees through noise that both plans share: a steady difference is significant where the two intervals overlap', () => {
    const a = [90, 95, 99, 92];
    const b = a.map((x) => x + 0.5);
    expect(pairedDifference(a, b)).toMatchObject({ mean: 0.5, low: 0.5, high: 0.5, significant: true });
  });

  it('is significant only when its interval excludes 0, on either side', () => {
    expect(pairedDifference([0, 0, 0, 0], [-1, -1.2, -0.9, -1.1]).significant).toBe(true);
    expect(pairedDifference([0, 0, 0, 0], [1, -1, 1, -1]).significant).toBe(false);
  });

  it('leaves out pairs where either value is missing (a milestone one run never reached)', () => {
    const d = pairedDifference([1, NaN, 3, 4], [2, 5, NaN, 6]);
    expect(d.count).toBe(2);
    expect(d.mean).toBe(1.5);
  });

  it('has no interval and no verdict with fewer than two pairs', () => {
    expect(pairedDifference([1, NaN], [2, 3])).toMatchObject({ count: 1, mean: 1, significant: null });
    expect(pairedDifference([1, NaN], [2, 3]).low).toBeNaN();
  });

  it('refuses lists of different lengths: pairs need the same replications', () => {
    expect(() => pairedDifference([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});
