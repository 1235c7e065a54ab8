/**
 * The chance of meeting each target, after replications: the share of runs
 * whose verdict met it (the mean of `meets_target_*` over the runs), said in
 * the verdict's words with how many runs it rests on. One run says "met" or
 * "missed"; twenty say how often.
 */
import type { KpiDescription } from './kpiDescriptions.js';

/** One target's chance. */
export interface TargetChance {
  /** `meets_target_share_on_n` or `meets_target_on_time_share`. */
  kpi: string;
  /** The target, in %. */
  targetPercent: number;
  /** Runs that met it, and runs in all. */
  met: number;
  runs: number;
  /** The target's line, e.g. "Chance of meeting the share-on-n target (95.0 % on n when the window closes): 70 %, met in 14 of 20 runs." */
  line: string;
}

const TARGETS = [
  { kpi: 'meets_target_share_on_n', target: 'target_share_on_n', words: (t: string) => `the share-on-n target (${t} on n when the window closes)` },
  { kpi: 'meets_target_on_time_share', target: 'target_on_time_share', words: (t: string) => `the on-time target (${t} of updates on time)` },
] as const;

const fleetMean = (descriptions: readonly KpiDescription[], kpi: string) => descriptions.find((d) => d.kpi === kpi && d.scope === 'fleet');

/**
 * The chance of each target among `descriptions` (kpiDescriptions of a batch),
 * in the verdict's order; a target the batch has no figures for is left out.
 */
export function targetChances(descriptions: readonly KpiDescription[]): TargetChance[] {
  return TARGETS.flatMap(({ kpi, target, words }) => {
    const meets = fleetMean(descriptions, kpi);
    const goal = fleetMean(descriptions, target);
    if (!meets || !goal || meets.count === 0) return [];
    // meets_target_* is 1 or 0 in every run, so its mean times the runs counts the runs that met it.
    const met = Math.round(meets.mean * meets.count);
    const chance = Math.round((100 * met) / meets.count);
    const line = `Chance of meeting ${words(`${goal.mean.toFixed(1)} %`)}: ${chance} %, met in ${met} of ${meets.count} runs.`;
    return [{ kpi, targetPercent: goal.mean, met, runs: meets.count, line }];
  });
}
