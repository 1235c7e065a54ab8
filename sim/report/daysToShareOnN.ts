/**
 * When the fleet crosses a share on n: the days from the window start until
 * `percent` % of all instances are on n (the planner's 50 / 90 / 99 %
 * milestones). Instances that started on n count from the start.
 */
import { VERSION_N, type SimulationResult } from '../model/SimulationResult.js';

/**
 * Days from `windowStartHour` until `percent` % of the instances are on n,
 * for each of `percents`; NaN where the share is never reached in the run
 * (and for an empty fleet, where no share is meaningful).
 */
export function daysToShareOnN(result: SimulationResult, percents: readonly number[]): number[] {
  const { instances, windowStartHour } = result;
  const n = instances.count;
  let alreadyOnN = 0;
  // A typed array sorts numerically without a comparator: a million instances' times sort in milliseconds.
  const times = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (instances.fromVersion[i] === VERSION_N) alreadyOnN++;
    else if (!Number.isNaN(instances.completedAt[i])) times[count++] = instances.completedAt[i];
  }
  const reached = times.subarray(0, count).sort();
  return percents.map((percent) => {
    if (n === 0) return NaN;
    // percent * n / 100 keeps whole results exact (0.99 * 100 would not be).
    const needed = Math.max(1, Math.ceil((percent * n) / 100));
    if (needed <= alreadyOnN) return 0;
    const k = needed - alreadyOnN;
    if (k > reached.length) return NaN;
    return Math.max(0, reached[k - 1] - windowStartHour) / 24;
  });
}
