/**
 * The main KPIs of a batch as a table: each with its mean, the 95 %
 * confidence interval of that mean, the spread across runs (sd) and the 5th,
 * 50th and 95th percentiles, in the command line's order and decimals.
 */
import { BATCH_KPIS, formatInterval, formatStat, type KpiDescription } from '../../sim/plan/index.js';
import { FLEET } from '../../sim/report/summaryRows.js';
import { h } from './dom.js';

/** "share on n at window end", or "peak slot use (NAM)" for another scope. */
export function kpiLabel(kpi: string, scope: string): string {
  const name = kpi.replace(/_/g, ' ');
  return scope === FLEET ? name : `${name} (${scope})`;
}

/** The rows of BATCH_KPIS among `descriptions`, in BATCH_KPIS order, each KPI with all its scopes. */
export function batchKpiRows(descriptions: readonly KpiDescription[]): KpiDescription[] {
  return BATCH_KPIS.flatMap((kpi) => descriptions.filter((d) => d.kpi === kpi));
}

/** A table of the main KPIs of `descriptions` (`tr[data-kpi][data-scope]`). */
export function intervalTable(descriptions: readonly KpiDescription[], caption: string): HTMLTableElement {
  const head = ['KPI', 'mean', '95 % CI of mean', 'sd', 'p5', 'p50', 'p95', 'unit', 'n'];
  return h(
    'table',
    { class: 'kpi-table interval-table', 'data-interval-table': '' },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...batchKpiRows(descriptions).map((d) =>
        h(
          'tr',
          { 'data-kpi': d.kpi, 'data-scope': d.scope },
          h('th', { scope: 'row' }, kpiLabel(d.kpi, d.scope)),
          h('td', { 'data-stat': 'mean' }, formatStat(d.mean, d.unit)),
          h('td', { 'data-stat': 'ci95' }, formatInterval(d.low, d.high, d.unit)),
          h('td', {}, formatStat(d.standardDeviation, d.unit)),
          h('td', {}, formatStat(d.p5, d.unit)),
          h('td', {}, formatStat(d.p50, d.unit)),
          h('td', {}, formatStat(d.p95, d.unit)),
          h('td', {}, d.unit),
          h('td', {}, String(d.count)),
        ),
      ),
    ),
  );
}
