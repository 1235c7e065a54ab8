/**
 * Progress at the pace a reader follows, like a station clock that jumps
 * once a second however fine its works: runs and batches report many times
 * a second, and each report the page shows tells every subscriber of the
 * store and restyles the bar, on the thread that is about to draw the results.
 */

/** Progress updates a second, at most: as the command line's bar. */
export const PROGRESS_PER_SECOND = 10;

/**
 * `show`, passed the first value at once and then only values that come at
 * least 1/PROGRESS_PER_SECOND s after the last one shown; the others are
 * dropped (the next one shown, or the end of the run, catches up).
 * @param now the clock, in ms
 */
export function pacedProgress(show: (done: number) => void, now: () => number = () => performance.now()): (done: number) => void {
  let shownAt = -Infinity;
  return (done) => {
    const at = now();
    if (at - shownAt < 1000 / PROGRESS_PER_SECOND) return;
    shownAt = at;
    show(done);
  };
}
