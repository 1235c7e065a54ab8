/**
 * Cores a batch can have to itself: the machine's cores less the work
 * already running on them (the 1-minute load average), like counting the
 * free lanes of a pool rather than all of them. On a machine shared with
 * other jobs a second worker thread gets no core of its own and only slows
 * the batch down.
 */

/** Cores minus the load, rounded to the nearest whole core; at least 1, at most `cores`. */
export function idleCores(cores: number, loadAverage: number): number {
  return Math.max(1, Math.min(cores, Math.floor(cores - loadAverage + 0.5)));
}
