import { expect, test } from 'vitest';
import { describe } from '../sim/metrics/describe.js';
import { confidenceInterval } from '../sim/metrics/confidenceInterval.js';

test('percentiles follow R type 7 (linear between order statistics)', () => {
  const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 0];
  const d = describe(values);
  // Sorted 0..10: p5 sits at position 0.5, p50 at 5, p95 at 9.5.
  expect(d.p5).toBeCloseTo(0.5, 12);
  expect(d.p50).toBe(5);
  expect(d.p95).toBeCloseTo(9.5, 12);
});

test('mean, standard deviation and the 95% interval agree with their definitions', () => {
  const values = [3, 7, 4, 6, 5];
  const d = describe(values);
  expect(d.count).toBe(5);
  expect(d.mean).toBe(5);
  expect(d.standardDeviation).toBeCloseTo(Math.sqrt(2.5), 12);
  const ci = confidenceInterval(values);
  expect([d.halfWidth, d.low, d.high]).toEqual([ci.halfWidth, ci.low, ci.high]);
});

test('leaves its input unsorted', () => {
  const values = [3, 1, 2];
  describe(values);
  expect(values).toEqual([3, 1, 2]);
});

test('one value has itself as every percentile and no spread', () => {
  const d = describe([7]);
  expect([d.count, d.mean, d.p5, d.p50, d.p95]).toEqual([1, 7, 7, 7, 7]);
  expect(d.standardDeviation).toBeNaN();
  expect(d.halfWidth).toBeNaN();
});

test('no values give a row of NaN with count 0', () => {
  const d = describe([]);
  expect(d.count).toBe(0);
  for (const key of ['mean', 'standardDeviation', 'halfWidth', 'low', 'high', 'p5', 'p50', 'p95'] as const) expect(d[key]).toBeNaN();
});
