/**
 * The main KPIs of compared scenarios side by side: for each KPI, a row per
 * scenario with its mean and interval, and for every scenario after the
 * first its paired difference to the first and whether that difference is
 * significant (its 95 % interval excludes 0), with its size and plain
 * reading from differenceReading — the command line's table.
 */
// Modules, not the plan's index: the printed report (main bundle) uses this table, and the index brings the schema.
import { BATCH_KPIS } from '../../sim/plan/batchKpis.js';
import { differenceReading, NEGLIGIBLE_FRACTION, NEGLIGIBLE_POINTS } from '../../sim/plan/differenceReading.js';
import { formatInterval, formatStat, NO_VALUE } from '../../sim/plan/formatStat.js';
import { runsCovered } from '../../sim/plan/runsCovered.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { h } from './dom.js';
import { kpiLabel } from './intervalTable.js';

const num = (cell: ReportRow[string] | undefined) => (typeof cell === 'number' ? cell : NaN);

/** "yes", "no", or "n/a" (no interval: fewer than two pairs); '' for the first scenario. */
export function significanceText(row: ReportRow): string {
  if (row.diff_n === undefined) return '';
  return row.significant === 1 ? 'yes' : row.significant === 0 ? 'no' : NO_VALUE;
}

/** A cell with a figure and its interval, which moves under the figure when the table runs short of width. */
function figureCell(figure: string, interval: string): HTMLTableCellElement {
  return h('td', { class: 'figure' }, `${figure} `, h('span', { class: 'interval' }, interval));
}

/** What the comparison's columns are, for `replications` runs per scenario. */
export function compareTableCaption(replications: number): string {
  return (
    `Mean [95 % CI]: each scenario's mean over its runs (runs column, of ${replications}) with the 95 % confidence interval of that mean. ` +
    'Difference to first: the mean of the paired differences to the first scenario, replication by replication on the same seeds, with its 95 % interval; ' +
    `significant when that interval excludes 0. Reading: its size, and negligible when under ${NEGLIGIBLE_POINTS} points for a share or ${NEGLIGIBLE_FRACTION * 100} % of the first scenario's mean otherwise.`
  );
}

/** A table of compare.csv's `rows` for the main KPIs over `replications` runs each (`tr[data-kpi][data-scenario]`, `td[data-significant]`). */
export function compareTable(rows: readonly ReportRow[], replications: number): HTMLTableElement {
  const head = ['KPI (unit)', 'scenario', 'runs', 'mean [95 % CI]', 'difference to first [95 % CI]', 'significant', 'reading'];
  const body = BATCH_KPIS.flatMap((kpi) => rows.filter((row) => row.kpi === kpi)).map((row) => {
    const unit = String(row.unit);
    const first = row.diff_n === undefined;
    const significant = significanceText(row);
    const scenario = String(row.scenario);
    return h(
      'tr',
      { 'data-kpi': String(row.kpi), 'data-scope': String(row.scope), 'data-scenario': scenario, class: first ? 'first-scenario' : undefined },
      h('th', { scope: 'row' }, first ? `${kpiLabel(String(row.kpi), String(row.scope))} (${unit})` : ''),
      // Long names are cut to keep the figures in sight; the whole name shows on hover.
      h('td', { class: 'scenario-name', title: scenario }, scenario),
      // The difference covers only the pairs where both scenarios have a value.
      h('td', { 'data-stat': 'runs' }, first ? runsCovered(num(row.n), replications) : `${runsCovered(num(row.n), replications)} (${num(row.diff_n)} pairs)`),
      figureCell(formatStat(num(row.mean), unit), formatInterval(num(row.ci95_low), num(row.ci95_high), unit)),
      first ? h('td', {}) : figureCell(formatStat(num(row.diff_mean), unit), formatInterval(num(row.diff_ci95_low), num(row.diff_ci95_high), unit)),
      h('td', { 'data-significant': first ? undefined : significant, class: significant === 'yes' ? 'significant' : undefined }, significant),
      h('td', { 'data-reading': '' }, differenceReading(rows, row)),
    );
  });
  return h(
    'table',
    { class: 'kpi-table compare-table', 'data-compare-table': '' },
    h('caption', { class: 'table-caption', 'data-table-caption': '' }, h('strong', {}, 'Main KPIs of the compared scenarios, with differences to the first. '), compareTableCaption(replications)),
    h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, ...body),
  );
}
