import { describe, expect, it } from 'vitest';
import { JobTimer } from '../../sim/pool/JobTimer.js';

describe('JobTimer', () => {
  it('times each job from its hand-out to its result, and keeps the quickest', () => {
    const timer = new JobTimer();
    timer.started(0, 100);
    timer.started(1, 150);
    timer.finished(1, 400);
    timer.finished(0, 1100);
    expect(timer.times(2000)).toEqual({ count: 2, totalMs: 1000 + 250, fastestMs: 250, runningMs: 0, runningDone: 0 });
  });

  it('counts the time spent so far and the progress of the jobs still running', () => {
    const timer = new JobTimer();
    timer.started(0, 0);
    timer.started(1, 500);
    timer.progressed(0, 0.4);
    timer.progressed(1, 0.1);
    expect(timer.times(1000)).toEqual({ count: 0, totalMs: 0, fastestMs: Infinity, runningMs: 1000 + 500, runningDone: 0.5 });
  });

  it('ignores progress and results of jobs it is not timing, and keeps progress within 0 to 1', () => {
    const timer = new JobTimer();
    timer.progressed(7, 0.5);
    timer.finished(7, 100);
    timer.started(0, 0);
    timer.progressed(0, 1.5);
    expect(timer.times(10)).toEqual({ count: 0, totalMs: 0, fastestMs: Infinity, runningMs: 10, runningDone: 1 });
  });

  it('forgets the jobs running when told, keeping the finished ones', () => {
    const timer = new JobTimer();
    timer.started(0, 0);
    timer.finished(0, 100);
    timer.started(1, 100);
    timer.progressed(1, 0.5);
    timer.forgetRunning();
    timer.finished(1, 200);
    expect(timer.times(300)).toEqual({ count: 1, totalMs: 100, fastestMs: 100, runningMs: 0, runningDone: 0 });
  });
});
