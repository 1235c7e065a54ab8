/**
 * The main KPIs of a batch as a table: each with its mean, the 95 %
 * confidence interval of that mean, the spread across runs (sd) and the 5th,
 * 50th and 95th percentiles, in the command line's order and decimals. A
 * visible caption says what each figure is, and each row how many runs its
 * mean covers: a milestone some runs never reached is averaged over the
 * others only, which a bare mean would hide.
 */
// From their own modules, not the plan's index: the printed report's table must not bring the whole planner into the page's first bundle.
import { BATCH_KPIS } from '../../sim/plan/batchKpis.js';
import { formatInterval, formatStat } from '../../sim/plan/formatStat.js';
import type { KpiDescription } from '../../sim/plan/kpiDescriptions.js';
import { runsCovered } from '../../sim/plan/runsCovered.js';
import { FLEET } from '../../sim/report/summaryRows.js';
import { KPI_CATALOGUE } from '../../sim/report/kpiCatalogue.js';
import { h } from './dom.js';

/** The KPI's plain name from the catalogue ("Share on n at window end"), or "Peak slot use (NAM)" for another scope. */
export function kpiLabel(kpi: string, scope: string): string {
  const name = KPI_CATALOGUE[kpi]?.name ?? kpi.replace(/_/g, ' ');
  return scope === FLEET ? name : `${name} (${scope})`;
}

/** The rows of BATCH_KPIS among `descriptions`, in BATCH_KPIS order, each KPI with all its scopes. */
export function batchKpiRows(descriptions: readonly KpiDescription[]): KpiDescription[] {
  return BATCH_KPIS.flatMap((kpi) => descriptions.filter((d) => d.kpi === kpi));
}

/** What the table's columns are, for a batch of `replications` runs. */
export function intervalTableCaption(replications: number): string {
  return (
    `Mean: the average over the runs that have a value (runs column; fewer than ${replications} where a milestone was not always reached). ` +
    `95 % CI: the 95 % confidence interval of the mean over those runs (for shares on the logit scale, so within 0–100 %). ` +
    'sd and P5, P50, P95: the spread of single runs across replications. Counts are shown as means, so they keep one decimal.'
  );
}

/** A table of the main KPIs of `descriptions` over `replications` runs (`tr[data-kpi][data-scope]`), headed by `title`. */
export function intervalTable(descriptions: readonly KpiDescription[], title: string, replications: number): HTMLTableElement {
  const head = ['KPI', 'mean over runs', '95 % CI of mean', 'sd', 'p5', 'p50', 'p95', 'unit', 'runs'];
  return h(
    'table',
    { class: 'kpi-table interval-table', 'data-interval-table': '' },
    h('caption', { class: 'table-caption', 'data-table-caption': '' }, h('strong', {}, `${title}. `), intervalTableCaption(replications)),
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
          h('td', { 'data-stat': 'runs', class: d.count < replications ? 'partial-runs' : undefined }, runsCovered(d.count, replications)),
        ),
      ),
    ),
  );
}
