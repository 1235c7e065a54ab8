/**
 * The difference between two plans, replication by replication. Replication r
 * of both ran with the same seed (common random numbers): the same admins
 * answered the same way, the same updates failed, so b_r − a_r holds the
 * plans' difference and little of the luck. Its mean's confidence interval is
 * much narrower than comparing two independent intervals would allow.
 */
import { confidenceInterval } from '../metrics/confidenceInterval.js';

/** The mean of b − a over the pairs, with its 95 % confidence interval. */
export interface PairedDifference {
  /** Pairs where both values exist. */
  count: number;
  mean: number;
  low: number;
  high: number;
  /** The interval excludes 0; null when there is no interval (fewer than two pairs). */
  significant: boolean | null;
}

/**
 * b[r] − a[r] for every r where both are finite numbers (a milestone reached in
 * both runs), summarised by its mean and 95 % Student-t interval.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): PairedDifference {
  if (a.length !== b.length) throw new RangeError(`pairedDifference: a has ${a.length} values and b ${b.length}; pairs need the same replications`);
  const differences: number[] = [];
  for (let r = 0; r < a.length; r++) if (Number.isFinite(a[r]) && Number.isFinite(b[r])) differences.push(b[r] - a[r]);
  const { mean, low, high } = confidenceInterval(differences);
  return { count: differences.length, mean, low, high, significant: Number.isNaN(low) ? null : low > 0 || high < 0 };
}
