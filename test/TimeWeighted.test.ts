import { expect, test } from 'vitest';
import { TimeWeighted } from '../sim/engine/TimeWeighted.js';

test('the mean is the area under the level divided by the time elapsed', () => {
  const level = new TimeWeighted(0, 2);
  level.set(5, 4); // 2 on [0, 4)
  level.set(0, 6); // 5 on [4, 6)
  // 0 on [6, 10)
  expect(level.integral(10)).toBe(2 * 4 + 5 * 2);
  expect(level.mean(10)).toBe(18 / 10);
});

test('the level counts up to the time asked, not just to the last change', () => {
  const level = new TimeWeighted(0, 0);
  level.set(3, 1);
  expect(level.integral(1)).toBe(0);
  expect(level.integral(5)).toBe(12);
  expect(level.value).toBe(3);
});

test('time before the start time does not count', () => {
  const level = new TimeWeighted(100, 1);
  level.set(3, 110);
  expect(level.mean(120)).toBe((1 * 10 + 3 * 10) / 20);
});

test('over an empty span the mean is the level itself', () => {
  expect(new TimeWeighted(5, 7).mean(5)).toBe(7);
});

test('several changes at one instant weigh nothing but the last', () => {
  const level = new TimeWeighted(0, 0);
  level.set(9, 2);
  level.set(1, 2);
  expect(level.integral(4)).toBe(2);
  expect(level.max).toBe(9);
});

test('max is the highest level seen, the initial one included', () => {
  const level = new TimeWeighted(0, 4);
  level.set(2, 1);
  level.set(3, 2);
  expect(level.max).toBe(4);
  level.set(6, 3);
  expect(level.max).toBe(6);
});
