/**
 * A paired difference in plain words: its size and what it means, such as
 * "0.06 points lower: significant but negligible". "Significant" alone only
 * says the difference is not luck; with hundreds of paired replications a
 * difference too small to matter is significant too, so the reading also
 * says whether it is large enough to care about.
 *
 * Negligible, by rule: for shares and other percentages (unit '%') a
 * difference under NEGLIGIBLE_POINTS percentage points, since a share is
 * already relative to its whole; for every other unit a difference under
 * NEGLIGIBLE_FRACTION of the first scenario's mean (a day on a 60-day
 * milestone is 1.7 %, not negligible; 50 instances out of 10,000 are).
 */
import type { ReportRow } from '../report/ReportRow.js';
import { formatStat, NO_VALUE } from './formatStat.js';

/** Differences in '%' KPIs under this many percentage points are negligible. */
export const NEGLIGIBLE_POINTS = 0.5;
/** Differences in other KPIs under this fraction of the first scenario's mean are negligible. */
export const NEGLIGIBLE_FRACTION = 0.01;

const num = (cell: ReportRow[string] | undefined) => (typeof cell === 'number' ? cell : NaN);

/** True when `difference` is negligible for a KPI in `unit` whose first scenario's mean is `baseMean`. */
function negligible(difference: number, baseMean: number, unit: string): boolean {
  const threshold = unit === '%' ? NEGLIGIBLE_POINTS : NEGLIGIBLE_FRACTION * Math.abs(baseMean);
  return Math.abs(difference) < threshold;
}

/**
 * The reading of compare.csv's `row` among `rows` (its KPI's first-scenario
 * row gives the scale): "<size> higher|lower: significant", "…: significant
 * but negligible", "…: not significant", "…: too few pairs to tell", or
 * "no difference" when every pair is equal. '' for the first scenario's own
 * rows, which have no difference, and n/a where no pair has values.
 */
export function differenceReading(rows: readonly ReportRow[], row: ReportRow): string {
  if (row.diff_n === undefined) return '';
  const difference = num(row.diff_mean);
  if (!Number.isFinite(difference)) return NO_VALUE;
  const unit = String(row.unit);
  if (difference === 0) return 'no difference';
  const base = rows.find((r) => r.kpi === row.kpi && r.scope === row.scope && r.diff_n === undefined);
  // Percent differences are percentage points; a count needs no unit word ("30.0 higher").
  const unitWord = unit === '%' ? ' points' : unit === 'count' ? '' : ` ${unit}`;
  const size = `${formatStat(Math.abs(difference), unit)}${unitWord} ${difference > 0 ? 'higher' : 'lower'}`;
  if (row.significant !== 1 && row.significant !== 0) return `${size}: too few pairs to tell`;
  if (row.significant === 0) return `${size}: not significant`;
  return negligible(difference, base ? num(base.mean) : NaN, unit) ? `${size}: significant but negligible` : `${size}: significant`;
}
