import { expect, test } from 'vitest';
import { confidenceInterval } from '../sim/metrics/confidenceInterval.js';
import { randomStream } from '../sim/engine/randomStream.js';
import { standardNormal } from '../sim/engine/distributions.js';

test('is mean ± t(0.975, n − 1) · s / √n', () => {
  // Mean 5, sample standard deviation √2.5, n = 5, t(0.975, 4) = 2.776.
  const { mean, halfWidth, low, high } = confidenceInterval([3, 4, 5, 6, 7]);
  expect(mean).toBe(5);
  expect(halfWidth).toBeCloseTo((2.776445 * Math.sqrt(2.5)) / Math.sqrt(5), 5);
  expect(low).toBeCloseTo(mean - halfWidth, 12);
  expect(high).toBeCloseTo(mean + halfWidth, 12);
});

test('a higher confidence level gives a wider interval', () => {
  const values = [1, 4, 2, 8, 5, 7];
  expect(confidenceInterval(values, 0.99).halfWidth).toBeGreaterThan(confidenceInterval(values, 0.95).halfWidth);
  expect(confidenceInterval(values, 0.9).halfWidth).toBeLessThan(confidenceInterval(values, 0.95).halfWidth);
});

test('covers the true mean in about 95% of samples', () => {
  const rng = randomStream(1, 'ci/coverage');
  const trials = 2000;
  let covered = 0;
  for (let i = 0; i < trials; i++) {
    const sample = Array.from({ length: 5 }, () => 10 + 3 * standardNormal(rng));
    const { low, high } = confidenceInterval(sample);
    if (low <= 10 && 10 <= high) covered++;
  }
  // Binomial(2000, 0.95) has a standard error of 0.49 percentage points; a
  // normal quantile instead of t would cover only about 88% with n = 5.
  expect(Math.abs(covered / trials - 0.95)).toBeLessThan(0.02);
});

test('identical values give a zero-width interval', () => {
  expect(confidenceInterval([2, 2, 2])).toEqual({ mean: 2, halfWidth: 0, low: 2, high: 2 });
});

test('fewer than two values give an unknown (NaN) interval', () => {
  const one = confidenceInterval([4]);
  expect(one.mean).toBe(4);
  expect(one.halfWidth).toBeNaN();
  expect(one.low).toBeNaN();
  expect(confidenceInterval([]).mean).toBeNaN();
});

test('throws a RangeError for a confidence level outside (0, 1)', () => {
  expect(() => confidenceInterval([1, 2], 95)).toThrow(RangeError);
});
