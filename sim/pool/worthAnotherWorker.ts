/**
 * Whether starting one more worker will pay, like opening another checkout
 * lane only when the queue is long enough to keep it busy well past the
 * time its clerk takes to settle in. A new worker runs its first
 * replications several times slower than a warm one (its compiler has not
 * yet optimised the model: about 1–2 s of extra CPU for the baseline,
 * spread over its first ten runs), so a second worker makes a short batch
 * slower, and pays only when the runs left, at the warm rate, outweigh that.
 * Shared by the command line's pool and the page's; no clock here: the
 * pools measure and pass the times.
 */

/** Time, in milliseconds, a new worker must save beyond its own warm-up: a margin for the estimates and a busy machine. */
export const GROW_MARGIN_MS = 1000;

/**
 * Jobs timed before a decision on short jobs: the first few are cold, and
 * until the times level off the quickest of them overstates the warm rate
 * several times (the baseline's fall 0.9 s, 0.3, 0.15, 0.25, 0.12, then
 * 0.06 to 0.08).
 */
export const MIN_TIMED = 5;

/**
 * Time, in milliseconds, spent on jobs after which a decision need not wait
 * for MIN_TIMED of them to finish: jobs that long are few, and a worker
 * warms up within the first of them, so the pace of the ones running
 * (from their progress) is near the warm one.
 */
export const LONG_TIMED_MS = 3000;

/** What a pool has measured of its jobs so far. */
export interface JobTimes {
  /** Jobs finished. */
  count: number;
  /** Their summed wall time, from hand-out to result, in milliseconds. */
  totalMs: number;
  /** The quickest one, in milliseconds: the warm rate. */
  fastestMs: number;
  /** Time spent so far on the jobs still running, summed, in milliseconds. */
  runningMs: number;
  /** The share of their work done, summed over them (each 0 to 1), from their progress. */
  runningDone: number;
}

/** No job measured yet. */
export function noJobTimes(): JobTimes {
  return { count: 0, totalMs: 0, fastestMs: Infinity, runningMs: 0, runningDone: 0 };
}

/**
 * True when one more worker would end the batch sooner. With `workers`
 * running and `remainingJobs` not yet handed out, the work left takes
 * remainingJobs × warm / workers; one more worker, which first pays a
 * warm-up like the one measured (totalMs − count × warm), takes
 * (remainingJobs × warm + warm-up) / (workers + 1). The second is shorter by
 * at least `marginMs` when remainingJobs × warm ≥ workers × (warm-up + (workers + 1) × marginMs).
 * The warm rate is the quickest job once MIN_TIMED are timed; before that,
 * only jobs that have taken LONG_TIMED_MS between them are judged, at the
 * rate of all the work done on them, finished or running.
 */
export function worthAnotherWorker(workers: number, remainingJobs: number, times: JobTimes, marginMs = GROW_MARGIN_MS): boolean {
  let warm: number;
  if (times.count >= MIN_TIMED) warm = times.fastestMs;
  else if (times.totalMs + times.runningMs >= LONG_TIMED_MS && times.count + times.runningDone > 0) {
    warm = Math.min(times.fastestMs, (times.totalMs + times.runningMs) / (times.count + times.runningDone));
  } else return false;
  const warmUp = Math.max(0, times.totalMs - times.count * warm);
  return remainingJobs * warm >= workers * (warmUp + (workers + 1) * marginMs);
}
