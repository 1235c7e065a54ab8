import { describe, expect, it } from 'vitest';
import { LONG_TIMED_MS, MIN_TIMED, noJobTimes, worthAnotherWorker, type JobTimes } from '../../sim/pool/worthAnotherWorker.js';

/** Job times of a worker warming up like the baseline's: 1.3 s cold, falling to 0.1 s (warm-up: 2550 − 5 × 100 = 2050 ms). */
const warmingUp: JobTimes = { ...noJobTimes(), count: 5, totalMs: 1300 + 600 + 350 + 200 + 100, fastestMs: 100 };

describe('worthAnotherWorker', () => {
  it('starts no second worker before the first short jobs are timed: they are cold', () => {
    expect(worthAnotherWorker(1, 1000, { ...noJobTimes(), count: MIN_TIMED - 1, totalMs: 1300 + 600 + 350 + 200, fastestMs: 200 })).toBe(false);
  });

  it('starts no second worker for a handful of runs: its warm-up would cost more than it saves', () => {
    // 15 × 100 = 1500 ms of work left, against 2050 ms of warm-up and 2 × 1000 ms of margin.
    expect(worthAnotherWorker(1, 15, warmingUp)).toBe(false);
  });

  it('starts a second worker when the runs left at the warm rate outweigh its warm-up and the margin', () => {
    // 41 × 100 = 4100 ms ≥ 2050 + 2000; 40 × 100 falls short.
    expect(worthAnotherWorker(1, 41, warmingUp)).toBe(true);
    expect(worthAnotherWorker(1, 40, warmingUp)).toBe(false);
  });

  it('asks more of each further worker, since the work left is shared among all of them', () => {
    // Two running: 2 × (2050 + 3 × 1000) = 10100 ms of work needed.
    expect(worthAnotherWorker(2, 100, warmingUp)).toBe(false);
    expect(worthAnotherWorker(2, 102, warmingUp)).toBe(true);
  });

  it('starts one for short runs that need no warm-up when many are left', () => {
    expect(worthAnotherWorker(1, 1000, { ...noJobTimes(), count: MIN_TIMED, totalMs: MIN_TIMED * 10, fastestMs: 10 })).toBe(true);
  });

  it('judges long jobs from their progress before any has finished', () => {
    // One job running for LONG_TIMED_MS and half done: 2 × LONG_TIMED_MS a job, no warm-up measured yet.
    const oneLongJob: JobTimes = { ...noJobTimes(), runningMs: LONG_TIMED_MS, runningDone: 0.5 };
    expect(worthAnotherWorker(1, 1, oneLongJob)).toBe(true);
    // 1 job left × 6000 ms ≥ 0 + 2 × 4000 is false with a larger margin.
    expect(worthAnotherWorker(1, 1, oneLongJob, 4000)).toBe(false);
  });

  it('waits, for long jobs, until LONG_TIMED_MS have been spent on them', () => {
    expect(worthAnotherWorker(1, 1000, { ...noJobTimes(), runningMs: LONG_TIMED_MS - 1, runningDone: 0.1 })).toBe(false);
    expect(worthAnotherWorker(1, 1000, { ...noJobTimes(), runningMs: LONG_TIMED_MS, runningDone: 0 })).toBe(false);
  });
});
