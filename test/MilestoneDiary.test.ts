import { expect, test } from 'vitest';
import { Simulation } from '../sim/engine/index.js';
import { MilestoneDiary } from '../sim/model/MilestoneDiary.js';

/** A diary over `n` instances that logs "time:instance" as milestones come, with `react` run at each. */
function diaryLog(n: number, react: (i: number, diary: MilestoneDiary, sim: Simulation) => void = () => {}) {
  const sim = new Simulation();
  const log: string[] = [];
  const diary: MilestoneDiary = new MilestoneDiary(sim, n, (i) => {
    log.push(`${sim.now}:${i}`);
    react(i, diary, sim);
  });
  diary.planDays(24 * 10);
  return { sim, diary, log };
}

test('milestones sharing an hour come in the order they were set, whatever their instance numbers', () => {
  const { sim, diary, log } = diaryLog(5);
  for (const i of [3, 0, 4]) diary.set(i, 24 * 3 + 22);
  diary.set(1, 24 * 3 + 10);
  diary.set(2, 24 * 5 + 22);
  sim.run();
  expect(log).toEqual(['82:1', '94:3', '94:0', '94:4', '142:2']);
});

test('a milestone cleared before its hour, by an earlier one of the same hour, does not come', () => {
  const { sim, diary, log } = diaryLog(3, (i, d) => {
    if (i === 0) d.clear(1);
  });
  for (const i of [0, 1, 2]) diary.set(i, 24 * 2 + 6);
  sim.run();
  expect(log).toEqual(['54:0', '54:2']);
  expect(diary.isPending(1)).toBe(false);
});

test('a milestone set again for the same hour by an earlier one of its group comes once, after the group', () => {
  const { sim, diary, log } = diaryLog(3, (i, d, s) => {
    if (i === 0 && s.now === 54) {
      d.clear(1);
      d.set(1, 54);
    }
  });
  for (const i of [0, 1, 2]) diary.set(i, 54);
  sim.run();
  expect(log).toEqual(['54:0', '54:2', '54:1']);
});

test('a milestone moved to a later day leaves its old hour and comes on the new one', () => {
  const { sim, diary, log } = diaryLog(2);
  diary.set(0, 30);
  diary.set(1, 30);
  diary.clear(0);
  diary.set(0, 24 * 4 + 1);
  sim.run();
  expect(log).toEqual(['30:1', '97:0']);
});

test('every milestone reached counts as one event, grouped or not', () => {
  const { sim, diary, log } = diaryLog(4);
  for (const i of [0, 1, 2]) diary.set(i, 24 * 2 + 22);
  sim.run(24 * 2 + 1);
  diary.set(3, 24 * 2 + 23); // set on a released day: an event of its own
  sim.run();
  expect(log).toHaveLength(4);
  const dayReleases = 9; // planDays(240): days 1..9
  expect(sim.eventsProcessed + diary.eventsUncounted).toBe(dayReleases + 4);
});

test('a day of many distinct times, set out of order and interleaved, comes in time order, ties in the order set', () => {
  // 60 distinct times in one day: more than a day's release scans for, so its index is used too.
  const times = Array.from({ length: 60 }, (_, k) => 24 * 2 + (k * 7919) % 60 / 2.5);
  const n = times.length * 3;
  const { sim, diary, log } = diaryLog(n);
  const expected: { t: number; order: number; i: number }[] = [];
  for (let k = 0; k < n; k++) {
    const t = times[(k * 37) % times.length];
    diary.set(k, t);
    expected.push({ t, order: k, i: k });
  }
  sim.run();
  expected.sort((a, b) => a.t - b.t || a.order - b.order);
  expect(log).toEqual(expected.map(({ t, i }) => `${t}:${i}`));
});

test('an hour whose milestones were all cleared before their day reaches nothing and counts no milestone', () => {
  const { sim, diary, log } = diaryLog(3);
  diary.set(0, 24 * 3 + 5);
  diary.set(1, 24 * 3 + 5);
  diary.set(2, 24 * 3 + 9);
  diary.clear(0);
  diary.clear(1);
  sim.run();
  expect(log).toEqual(['81:2']);
  const dayReleases = 9;
  expect(sim.eventsProcessed + diary.eventsUncounted).toBe(dayReleases + 1);
  expect([0, 1, 2].map((i) => diary.isPending(i))).toEqual([false, false, false]);
});

test('a milestone cleared and set again before its day comes once, at its new time, even at the old one', () => {
  const { sim, diary, log } = diaryLog(2);
  diary.set(0, 24 * 2 + 3);
  diary.set(1, 24 * 2 + 3);
  diary.clear(0);
  diary.set(0, 24 * 2 + 3);
  diary.clear(1);
  diary.set(1, 24 * 2 + 1);
  sim.run();
  expect(log).toEqual(['49:1', '51:0']);
});
