/**
 * The summary as a terminal reads it: the main KPIs in aligned columns, not
 * every row of summary.csv. Plain text, so it also fits a log or an issue.
 */
import type { ReportRow } from './ReportRow.js';

/** The KPIs the table shows, in this order; each with all its scopes. */
export const MAIN_KPIS = [
  'instances',
  'share_on_n_at_window_end',
  'instances_on_n_at_window_end',
  'days_to_50_percent_on_n',
  'days_to_90_percent_on_n',
  'days_to_99_percent_on_n',
  'instances_out_of_policy_at_window_end',
  'instances_updated',
  'approvals',
  'reschedules',
  'fallbacks',
  'window_overruns',
  'failures',
  'queue_wait_mean',
  'queue_wait_p95',
  'peak_slot_use_share',
  'peak_backup_demand_to_capacity',
  'largest_storage_gap',
  'downtime',
  'incidents',
] as const;

/** Written where a KPI has no value (a milestone never reached, nothing measured). */
const NO_VALUE = 'n/a';

/** Control characters in user text (region names) would move the cursor or ring the bell. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, '?');
}

/**
 * An aligned text table (kpi, scope, value, unit) of the MAIN_KPIS found in
 * `rows` (rows of `summaryRows`), values right-aligned, lines ending in "\n".
 */
export function summaryTable(rows: readonly ReportRow[]): string {
  const lines = [['kpi', 'scope', 'value', 'unit']];
  for (const name of MAIN_KPIS) {
    for (const row of rows) {
      if (row.kpi !== name) continue;
      const value = row.value === '' ? NO_VALUE : String(row.value);
      lines.push([name, printable(String(row.scope)), value, String(row.unit)]);
    }
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map((line) => line[c].length)));
  return lines
    .map((line) =>
      line
        .map((cell, c) => (c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
