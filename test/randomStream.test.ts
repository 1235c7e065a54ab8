import { expect, test } from 'vitest';
import { randomStream } from '../sim/engine/randomStream.js';

function take(stream: () => number, n: number): number[] {
  return Array.from({ length: n }, stream);
}

test('the same seed and name give the same numbers', () => {
  expect(take(randomStream(42, 'arrivals'), 1000)).toEqual(take(randomStream(42, 'arrivals'), 1000));
});

test('different names under one seed give different numbers', () => {
  const a = take(randomStream(42, 'arrivals'), 100);
  const b = take(randomStream(42, 'durations'), 100);
  expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
});

test('different seeds under one name give different numbers', () => {
  const a = take(randomStream(1, 'arrivals'), 100);
  const b = take(randomStream(2, 'arrivals'), 100);
  expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
});

test('a stream does not depend on how much another stream has drawn', () => {
  const alone = take(randomStream(7, 'arrivals'), 500);
  const arrivals = randomStream(7, 'arrivals');
  const durations = randomStream(7, 'durations');
  const interleaved: number[] = [];
  for (let i = 0; i < 500; i++) {
    for (let k = 0; k < i % 4; k++) durations();
    interleaved.push(arrivals());
  }
  expect(interleaved).toEqual(alone);
});

test('numbers lie strictly between 0 and 1', () => {
  expect(take(randomStream(3, 'range'), 100_000).filter((x) => !(x > 0 && x < 1))).toEqual([]);
});

test('numbers spread evenly over (0, 1) (chi-square over 20 bins)', () => {
  const n = 100_000;
  const bins = new Array<number>(20).fill(0);
  for (const x of take(randomStream(3, 'uniformity'), n)) bins[Math.floor(x * 20)]++;
  const expected = n / 20;
  const chiSquare = bins.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
  // 99.9th percentile of chi-square with 19 degrees of freedom.
  expect(chiSquare).toBeLessThan(43.82);
});

test('neighbouring draws are uncorrelated', () => {
  const x = take(randomStream(3, 'lag'), 100_001);
  let sum = 0;
  for (let i = 1; i < x.length; i++) sum += (x[i] - 0.5) * (x[i - 1] - 0.5);
  // Lag-1 correlation estimate; its standard error is 1/√n for independent draws.
  const correlation = sum / (x.length - 1) / (1 / 12);
  expect(Math.abs(correlation)).toBeLessThan(4 / Math.sqrt(x.length - 1));
});
