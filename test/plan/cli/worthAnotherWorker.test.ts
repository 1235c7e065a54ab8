import { describe, expect, it } from 'vitest';
import { MIN_TIMED, worthAnotherWorker } from '../../../sim/cli/worthAnotherWorker.js';

/** Job times of a worker warming up like the baseline's: 1.3 s cold, falling to 0.1 s. */
const warmingUp = { count: 5, totalMs: 1300 + 600 + 350 + 300 + 100, fastestMs: 100 };

describe('worthAnotherWorker', () => {
  it('starts no second worker before the first jobs are timed: they are cold', () => {
    expect(worthAnotherWorker(1, 1000, { count: MIN_TIMED - 1, totalMs: 1300 + 600 + 350 + 300, fastestMs: 300 })).toBe(false);
  });

  it('starts no second worker for a handful of runs: its warm-up would cost more than it saves', () => {
    expect(worthAnotherWorker(1, 15, warmingUp)).toBe(false);
  });

  it('starts a second worker when the runs left at the warm rate outweigh its warm-up and the margin', () => {
    expect(worthAnotherWorker(1, 95, warmingUp)).toBe(true);
  });

  it('asks more of each further worker, since the work left is shared among all of them', () => {
    expect(worthAnotherWorker(2, 95, warmingUp)).toBe(false);
    expect(worthAnotherWorker(2, 400, warmingUp)).toBe(true);
  });

  it('starts one for short runs that need no warm-up when many are left', () => {
    expect(worthAnotherWorker(1, 1000, { count: MIN_TIMED, totalMs: MIN_TIMED * 10, fastestMs: 10 })).toBe(true);
  });
});
