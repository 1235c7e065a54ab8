/**
 * Progress from a busy worker, thinned to whole steps: each message wakes the
 * page's main thread, and a batch on several workers reporting every
 * simulated day would wake it hundreds of times a second. Steps of simulated
 * progress, not a clock, decide: nothing in sim/ reads the time.
 */

/** Steps per run: a report every 10 % of a replication's simulated time. */
export const PROGRESS_STEPS = 10;

/**
 * `listener`, called only when `done` (0 to 1) crosses into a new step of
 * `1 / steps`, and never awaited: the run goes on while the message travels.
 */
export function progressSteps(listener: (done: number) => unknown, steps = PROGRESS_STEPS): (done: number) => void {
  let step = 0;
  return (done) => {
    const reached = Math.floor(done * steps);
    if (reached <= step) return;
    step = reached;
    void listener(done);
  };
}
