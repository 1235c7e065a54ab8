import { expect, test } from 'vitest';
import { grownCopy } from '../sim/engine/grownCopy.js';

test('a grown copy keeps every element and type, zeroes the new tail and leaves the original alone', () => {
  const original = Int32Array.from([3, -1, 7]);
  const copy = grownCopy(original, 5);
  expect(copy).toBeInstanceOf(Int32Array);
  expect([...copy]).toEqual([3, -1, 7, 0, 0]);
  copy[0] = 9;
  expect(original[0]).toBe(3);
  expect([...grownCopy(Float64Array.from([0.5]), 2)]).toEqual([0.5, 0]);
});
