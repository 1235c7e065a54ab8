/**
 * How the batch reports write a statistic (a mean, an interval's end, a
 * difference): four decimals whatever the unit, enough to tell two intervals
 * apart on a share in %, few enough to keep files readable.
 */
import { round } from '../report/round.js';

/** Decimals kept for statistics in replications.csv, plan.csv, compare.csv and sensitivity.csv. */
const STAT_DECIMALS = 4;

/** `value` to STAT_DECIMALS places; "" when it is not a finite number. */
export function roundStat(value: number): number | '' {
  return round(value, STAT_DECIMALS);
}
