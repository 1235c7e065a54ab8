/**
 * Whether starting one more worker thread will pay, like opening another
 * checkout lane only when the queue is long enough to keep it busy well past
 * the time its clerk takes to settle in. A new worker runs its first
 * replications several times slower than a warm one (its compiler has not
 * yet optimised the model: about 2–3 s of extra CPU for the baseline,
 * spread over its first ten runs), so a second worker makes a short batch
 * slower, and pays only when the runs left, at the warm rate, outweigh that.
 */

/** Time, in milliseconds, a new worker must save beyond its own warm-up: a margin for the estimates and a busy machine. */
export const GROW_MARGIN_MS = 1000;

/** What the pool has measured of the jobs that finished so far. */
export interface JobTimes {
  /** Jobs timed. */
  count: number;
  /** Their summed wall time, in milliseconds. */
  totalMs: number;
  /** The quickest one, in milliseconds: the warm rate. */
  fastestMs: number;
}

/**
 * Jobs timed before any decision: the first few are cold, and until the
 * times level off the quickest of them overstates the warm rate several
 * times (the baseline's fall 1.3 s, 0.6, 0.4, 0.3, then about 0.15).
 */
export const MIN_TIMED = 5;

/**
 * True when one more worker would end the batch sooner. With `workers`
 * running and `remainingJobs` not yet handed out, the work left takes
 * remainingJobs × warm / workers; one more worker, which first pays a
 * warm-up like the one measured (totalMs − count × warm), takes
 * (remainingJobs × warm + warm-up) / (workers + 1). The second is shorter by
 * at least `marginMs` when remainingJobs × warm ≥ workers × (warm-up + (workers + 1) × marginMs).
 */
export function worthAnotherWorker(workers: number, remainingJobs: number, times: JobTimes, marginMs = GROW_MARGIN_MS): boolean {
  if (times.count < MIN_TIMED) return false;
  const warm = times.fastestMs;
  const warmUp = times.totalMs - times.count * warm;
  return remainingJobs * warm >= workers * (warmUp + (workers + 1) * marginMs);
}
