import { expect, test } from 'vitest';
import { studentTQuantile } from '../sim/metrics/studentTQuantile.js';

test('matches a printed t table at 0.975 (two-sided 95%)', () => {
  const table: [number, number][] = [[1, 12.706], [2, 4.303], [5, 2.571], [10, 2.228], [20, 2.086], [30, 2.042], [60, 2.0], [120, 1.98]];
  for (const [df, t] of table) expect(studentTQuantile(0.975, df), `df ${df}`).toBeCloseTo(t, 3);
});

test('matches a printed t table at 0.95 and 0.995', () => {
  const table: [number, number, number][] = [[1, 6.314, 63.657], [5, 2.015, 4.032], [10, 1.812, 3.169], [30, 1.697, 2.75]];
  for (const [df, t95, t995] of table) {
    expect(studentTQuantile(0.95, df), `df ${df}`).toBeCloseTo(t95, 3);
    expect(studentTQuantile(0.995, df), `df ${df}`).toBeCloseTo(t995, 3);
  }
});

test('approaches the normal quantile 1.960 as degrees of freedom grow', () => {
  expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
});

test('is symmetric about zero', () => {
  for (const df of [1, 4, 25]) expect(studentTQuantile(0.1, df)).toBeCloseTo(-studentTQuantile(0.9, df), 12);
  expect(studentTQuantile(0.5, 3)).toBe(0);
});

test('throws a RangeError for p outside [0, 1] or degrees of freedom <= 0', () => {
  expect(() => studentTQuantile(1.2, 5)).toThrow(RangeError);
  expect(() => studentTQuantile(Number.NaN, 5)).toThrow(RangeError);
  expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
});
