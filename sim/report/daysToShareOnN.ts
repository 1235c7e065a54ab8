/**
 * When the fleet crosses a share on n: the days from the window start until
 * `percent` % of all instances are on n (the planner's 50 / 90 / 99 %
 * milestones). Instances that started on n count from the start.
 */
import { packedArray } from '../engine/packedArray.js';
import { VERSION_N, type SimulationResult } from '../model/SimulationResult.js';

/**
 * Days from `windowStartHour` until `percent` % of the instances are on n,
 * for each of `percents`; NaN where the share is never reached in the run
 * (and for an empty fleet, where no share is meaningful).
 */
export function daysToShareOnN(result: SimulationResult, percents: readonly number[]): number[] {
  const { instances, windowStartHour } = result;
  const n = instances.count;
  // The completion times of the instances that moved to n, in one pass: the loops below then call no
  // predicate per instance, which cost tens of milliseconds on a large fleet while the code ran unoptimized.
  const { fromVersion, completedAt } = instances;
  let alreadyOnN = 0;
  let completed = 0;
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (fromVersion[i] === VERSION_N) alreadyOnN++;
    else if (!Number.isNaN(completedAt[i])) times[completed++] = completedAt[i];
  }
  // Each share needs the k-th completion: k from the share, or 0 when the instances already on n suffice, or -1 for none.
  // packedArray, not map: see there (a map here made every replication's report deoptimize this function).
  const ranks = packedArray(percents.length, (j) => {
    if (n === 0) return -1;
    // percent * n / 100 keeps whole results exact (0.99 * 100 would not be).
    const needed = Math.max(1, Math.ceil((percents[j] * n) / 100));
    return needed <= alreadyOnN ? 0 : needed - alreadyOnN;
  });
  const kth = kthSmallest(times.subarray(0, completed), result.horizonHours, ranks);
  return packedArray(ranks.length, (j) => (ranks[j] < 0 ? NaN : ranks[j] === 0 ? 0 : Math.max(0, kth[j] - windowStartHour) / 24));
}

/**
 * The k-th smallest of `values`, for each k of `ranks` (from 1; NaN past the
 * last value, and for k below 1). Values are counted into whole hours of
 * [0, `hours`] first, then only the hour a rank falls in is sorted: a million
 * completion times need no full sort, which took a third of a second of a
 * large run's reports, twice.
 */
function kthSmallest(values: Float64Array, hours: number, ranks: readonly number[]): number[] {
  const last = Math.max(0, Math.ceil(hours));
  // Clamped to [0, last], the hour is still in the values' order, which is all the bucketing needs.
  const hourOf = new Int32Array(values.length);
  const perHour = new Int32Array(last + 1);
  for (let i = 0; i < values.length; i++) {
    const hour = Math.min(last, Math.max(0, Math.floor(values[i])));
    hourOf[i] = hour;
    perHour[hour]++;
  }
  // For each rank, its hour and its rank inside that hour.
  const wanted = packedArray(ranks.length, (j) => {
    const k = ranks[j];
    if (!(k >= 1)) return { hour: -1, rank: 0 };
    let before = 0;
    for (let h = 0; h <= last; h++) {
      if (before + perHour[h] >= k) return { hour: h, rank: k - before };
      before += perHour[h];
    }
    return { hour: -1, rank: 0 };
  });
  const inHour = new Map<number, number[]>();
  const isWanted = new Uint8Array(last + 1);
  for (const { hour } of wanted) {
    if (hour < 0) continue;
    inHour.set(hour, []);
    isWanted[hour] = 1;
  }
  for (let i = 0; i < values.length; i++) if (isWanted[hourOf[i]] === 1) inHour.get(hourOf[i])!.push(values[i]);
  for (const list of inHour.values()) list.sort((a, b) => a - b);
  return packedArray(wanted.length, (j) => (wanted[j].hour < 0 ? NaN : inHour.get(wanted[j].hour)![wanted[j].rank - 1]));
}
