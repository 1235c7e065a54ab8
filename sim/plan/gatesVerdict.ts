/**
 * What a gates study recommends, in the words both the terminal and the
 * app's Gates tab say, so the two never disagree on a threshold or on how
 * they put it.
 */
import type { ReportRow } from '../report/ReportRow.js';
import { recommendedThreshold } from './gatesStudyRows.js';

/**
 * The verdict on gates-study.csv's `rows` for a gate over the last `window`
 * updates; null when no targets were set (nothing to judge against: each
 * caller says in its own words how to set them).
 */
export function gatesVerdict(rows: readonly ReportRow[], window: number): string | null {
  // meets_targets is '' on every row when the study had no targets.
  if (!rows.some((r) => r.meets_targets === 0 || r.meets_targets === 1)) return null;
  const best = recommendedThreshold(rows);
  return best === null
    ? 'No threshold meets the targets: widen them, or change the window or the investigation time.'
    : `Recommended: halt at ${best} failures of the last ${window} (the least exposure among the thresholds that meet the targets).`;
}
