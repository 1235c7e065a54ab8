/**
 * The stopwatch of a worker pool: when each job was handed out, how far it
 * has come, and how long the finished ones took, which worthAnotherWorker
 * weighs. The pool reads the clock and passes the times: nothing in sim/
 * outside the command line reads one.
 */
import type { JobTimes } from './worthAnotherWorker.js';

/** A job being run: when it was handed out, and its share done (0 to 1). */
interface Running {
  startedMs: number;
  done: number;
}

export class JobTimer {
  private readonly running = new Map<number, Running>();
  private count = 0;
  private totalMs = 0;
  private fastestMs = Infinity;

  /** Job `job` was handed to a worker at `nowMs`. */
  started(job: number, nowMs: number): void {
    this.running.set(job, { startedMs: nowMs, done: 0 });
  }

  /** Job `job` reports `done` (0 to 1) of its work; ignored once it has finished. */
  progressed(job: number, done: number): void {
    const running = this.running.get(job);
    if (running) running.done = Math.min(1, Math.max(0, done));
  }

  /** Job `job`'s result arrived at `nowMs`. */
  finished(job: number, nowMs: number): void {
    const running = this.running.get(job);
    if (!running) return;
    this.running.delete(job);
    const ms = nowMs - running.startedMs;
    this.count++;
    this.totalMs += ms;
    this.fastestMs = Math.min(this.fastestMs, ms);
  }

  /** Forgets the jobs running, keeping what the finished ones measured: a stopped pool's running jobs never finish. */
  forgetRunning(): void {
    this.running.clear();
  }

  /** What is known at `nowMs`. */
  times(nowMs: number): JobTimes {
    let runningMs = 0;
    let runningDone = 0;
    for (const { startedMs, done } of this.running.values()) {
      runningMs += nowMs - startedMs;
      runningDone += done;
    }
    return { count: this.count, totalMs: this.totalMs, fastestMs: this.fastestMs, runningMs, runningDone };
  }
}
