import { expect, test } from 'vitest';
import { sampleVariance } from 'simple-statistics';
import { Tally } from '../sim/engine/Tally.js';
import { randomStream } from '../sim/engine/randomStream.js';

function tallyOf(values: number[], keepValues = false): Tally {
  const tally = new Tally(keepValues);
  for (const x of values) tally.add(x);
  return tally;
}

test('count, sum, mean, min and max describe the observations', () => {
  const tally = tallyOf([3, -1, 4, 1, 5]);
  expect(tally.count).toBe(5);
  expect(tally.sum).toBe(12);
  expect(tally.mean).toBe(2.4);
  expect(tally.min).toBe(-1);
  expect(tally.max).toBe(5);
});

test('variance is the sample variance (n − 1 denominator)', () => {
  const rng = randomStream(1, 'tally/values');
  const values = Array.from({ length: 1000 }, () => rng() * 10);
  expect(tallyOf(values).variance).toBeCloseTo(sampleVariance(values), 10);
  expect(tallyOf([2, 4]).variance).toBe(2);
});

test('variance does not change when every observation is shifted by a large constant', () => {
  const values = [1, 2, 3, 4, 5, 6];
  const shifted = values.map((x) => x + 1e9);
  // The one-pass sum-of-squares formula loses every digit here.
  expect(tallyOf(shifted).variance).toBeCloseTo(tallyOf(values).variance, 6);
  expect(tallyOf(values).variance).toBe(3.5);
});

test('with no observations the statistics are NaN, and variance needs two', () => {
  const empty = new Tally();
  expect(empty.count).toBe(0);
  // toBe compares with Object.is: an empty tally's sum is +0, not a -0 that would print as "-0".
  expect(empty.sum).toBe(0);
  expect(empty.mean).toBeNaN();
  expect(empty.min).toBeNaN();
  expect(empty.max).toBeNaN();
  expect(empty.variance).toBeNaN();
  expect(tallyOf([7]).variance).toBeNaN();
});

test('kept values come back sorted ascending, past the initial storage', () => {
  const rng = randomStream(1, 'tally/sorted');
  const values = Array.from({ length: 5000 }, () => rng() - 0.5);
  const sorted = tallyOf(values, true).sorted();
  expect(sorted).toHaveLength(5000);
  expect([...sorted]).toEqual([...values].sort((a, b) => a - b));
});

test('a tally built without keepValues refuses to give quantiles', () => {
  expect(() => tallyOf([1, 2]).sorted()).toThrow();
});
