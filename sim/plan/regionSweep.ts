/**
 * One region's sweep, as the search measured it: each rung of its ladder
 * that some batch ran, ascending, with its figures and the first batch that
 * ran it. A region holding its answer while others search is run again at
 * the same rung with the same seeds and, regions being independent, gives
 * the same figures, so the first batch's stand for all.
 */
import type { CapacityPlan, RegionOutcome } from './CapacityPlan.js';

export interface SweepPoint extends RegionOutcome {
  /** Index into `plan.steps` of the first batch that ran this rung. */
  step: number;
}

/** The sweep of region `r` of `plan`, by ascending rung. */
export function regionSweep(plan: CapacityPlan, r: number): SweepPoint[] {
  const byRung = new Map<number, SweepPoint>();
  plan.steps.forEach((step, s) => {
    const outcome = step.regions[r];
    if (!byRung.has(outcome.rung)) byRung.set(outcome.rung, { ...outcome, step: s });
  });
  return [...byRung.values()].sort((a, b) => a.rung - b.rung);
}
