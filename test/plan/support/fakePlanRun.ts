/**
 * A RunReplications for capacity plans that runs no simulation: each
 * region's on-time share and share on n come from formulas of its update
 * slots written in the test, and the fleet's are the regions' mean, so a
 * plan's answer can be worked out by hand.
 */
import type { KpiKey, ReplicationJob, RunReplications } from '../../../sim/plan/index.js';
import { fakeReplications } from './fakeReplication.js';

/** A KPI's value in a region with `slots` update slots, in replication `r` of the batch. */
export type RegionFormula = (slots: number, r: number) => number;

/** Answers `onTime` and `onN` per region (and their mean for the fleet); records every batch in `batches` when given. */
export function fakePlanRun(onTime: RegionFormula, onN: RegionFormula, batches?: ReplicationJob[][]): RunReplications {
  return async (jobs) => {
    batches?.push([...jobs]);
    const scopes = ['fleet', ...jobs[0].scenario.regions.map((region) => region.name)];
    const kpis: KpiKey[] = scopes.flatMap((scope) => [
      { kpi: 'on_time_share', scope, unit: '%' },
      { kpi: 'share_on_n_at_window_end', scope, unit: '%' },
    ]);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    return fakeReplications(
      kpis,
      jobs.map((job, r) => {
        const slots = job.scenario.regions.map((region) => region.updateSlots);
        const onTimes = slots.map((s) => onTime(s, r));
        const onNs = slots.map((s) => onN(s, r));
        const values = [mean(onTimes), mean(onNs), ...slots.flatMap((_, q) => [onTimes[q], onNs[q]])];
        return { seed: job.seed, values };
      }),
    );
  };
}
