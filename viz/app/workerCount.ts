/**
 * How many replication workers a batch uses: one per logical core the
 * browser reports, or the number in the page address's `workers` parameter
 * (`?workers=2`), which the benchmarks use to compare 1 worker with 2.
 */

/** The most workers the page starts, whatever it is asked: each holds a simulation in memory. */
export const MAX_WORKERS = 32;

/** Workers for a page at address query `search` on a browser reporting `cores` cores (0 or less: unknown). */
export function workerCount(search: string, cores: number): number {
  const asked = new URLSearchParams(search).get('workers');
  const wanted = asked !== null && /^\d+$/.test(asked) ? Number(asked) : cores;
  return Math.min(MAX_WORKERS, Math.max(1, Math.floor(wanted) || 1));
}
