/**
 * A statistic as the terminal and the app show it: decimals by unit (a share in % to
 * two places, a ratio to three, GB to one), thousands grouped ("10,482.2"
 * instances), "n/a" where there is none.
 */
import { groupedNumber } from '../report/groupedNumber.js';

/** Decimals shown per unit; units not listed show one. */
const DECIMALS_BY_UNIT: Record<string, number> = { '%': 2, days: 2, hours: 2, ratio: 3, instances: 1, count: 1, slots: 1 };

/** Written where a statistic has no value (a milestone never reached, one replication only). */
export const NO_VALUE = 'n/a';

/** `value` with the decimals of `unit`, or NO_VALUE when it is not a finite number. */
export function formatStat(value: number, unit: string): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  return groupedNumber(value, DECIMALS_BY_UNIT[unit] ?? 1);
}

/** A 95 % interval as `[low, high]`. */
export function formatInterval(low: number, high: number, unit: string): string {
  return Number.isFinite(low) && Number.isFinite(high) ? `[${formatStat(low, unit)}, ${formatStat(high, unit)}]` : NO_VALUE;
}
