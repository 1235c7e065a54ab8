/**
 * The main KPIs of a run as a compact table, in two halves side by side so
 * that the views below stay in sight. The KPI names are the summary.csv
 * names, spaced out; a scope other than the fleet follows in brackets.
 */
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { FLEET } from '../../sim/report/summaryRows.js';
import { h } from './dom.js';
import { mainKpiRows } from './mainKpis.js';

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

function kpiTable(rows: readonly ReportRow[], caption: string): HTMLTableElement {
  return h(
    'table',
    { class: 'kpi-table' },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'KPI'), h('th', { scope: 'col' }, 'value'), h('th', { scope: 'col' }, 'unit'))),
    h(
      'tbody',
      {},
      ...rows.map((row) => {
        const name = String(row.kpi).replace(/_/g, ' ');
        const label = row.scope === FLEET ? name : `${name} (${row.scope})`;
        // An empty value is a milestone never reached or nothing measured, as the command line prints it.
        const value = row.value === '' ? 'n/a' : typeof row.value === 'number' ? NUMBER.format(row.value) : row.value;
        return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value), h('td', {}, String(row.unit)));
      }),
    ),
  );
}

/** Shows the main KPIs of `summary` (the rows of summary.csv) in `container`. */
export function showKpis(container: HTMLElement, summary: readonly ReportRow[]): void {
  const rows = mainKpiRows(summary);
  const half = Math.ceil(rows.length / 2);
  container.replaceChildren(kpiTable(rows.slice(0, half), 'Main KPIs, first half'), kpiTable(rows.slice(half), 'Main KPIs, second half'));
}

/** Shows `message` where the KPIs go: no run finished yet, or one is running. */
export function showKpiPlaceholder(container: HTMLElement, message: string): void {
  container.replaceChildren(h('p', { class: 'kpi-placeholder' }, message));
}
