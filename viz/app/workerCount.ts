/**
 * How many replication workers a batch uses: the number in the page
 * address's `workers` parameter (`?workers=2`), which the benchmarks use to
 * compare 1 worker with 2; without it, up to one per logical core the
 * browser reports, starting with one and adding more only as they pay
 * (worthAnotherWorker), as the command line does without --workers.
 */
import type { WorkerPlan } from '../../sim/pool/WorkerPlan.js';

/** The most workers the page starts, whatever it is asked: each holds a simulation in memory. */
export const MAX_WORKERS = 32;

/** Workers for a page at address query `search` on a browser reporting `cores` cores (0 or less: unknown). */
export function workerCount(search: string, cores: number): WorkerPlan {
  const asked = new URLSearchParams(search).get('workers');
  const fixed = asked !== null && /^\d+$/.test(asked);
  const wanted = fixed ? Number(asked) : cores;
  return { count: Math.min(MAX_WORKERS, Math.max(1, Math.floor(wanted) || 1)), grow: !fixed };
}
