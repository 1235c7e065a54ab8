/**
 * A run's KPIs as a release manager reads them: in five groups (Outcome,
 * Capacity, Admins, Backups and storage, Communications), each KPI under its
 * plain name with its definition on hover and keyboard focus, its figure in
 * the one format of its quantity, and each region's figures in a small table
 * (rows regions, columns the group's per-region KPIs). Names, definitions
 * and formats all come from the KPI catalogue. What the verdict above them
 * says (the targets, whether each is met, the bottleneck) is not repeated.
 */
import { formatKpi, KPI_CATALOGUE, KPI_GROUPS, messageTypeLabel, type KpiEntry, type KpiGroup } from '../../sim/report/index.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { FLEET } from '../../sim/report/summaryRows.js';
import { h } from './dom.js';

/** Which KPIs to show and how their definitions' ids are told apart from another copy on the page. */
export interface KpiGroupOptions {
  /** KPI ids to show (all of the catalogue when absent). */
  only?: ReadonlySet<string>;
  /** Starts the definitions' ids, unique per copy of the tables (the page's, the printed report's). */
  idPrefix: string;
}

/** A KPI's plain name, underlined as something to hover or focus, with its definition as its description. */
function definedName(kpi: string, entry: KpiEntry, idPrefix: string): Node[] {
  const id = `${idPrefix}-${kpi}`;
  return [
    h('span', { class: 'kpi-name', tabindex: 0, 'aria-describedby': id }, entry.name),
    h('span', { class: 'kpi-definition', role: 'tooltip', id }, entry.definition),
  ];
}

/** The group's fleet-wide KPIs, one row each. */
function fleetTable(group: KpiGroup, rows: readonly ReportRow[], idPrefix: string): HTMLTableElement {
  return h(
    'table',
    { class: 'kpi-table' },
    h('caption', { class: 'sr-only' }, `${group}: fleet`),
    h(
      'tbody',
      {},
      ...rows.map((row) => {
        const kpi = String(row.kpi);
        const entry = KPI_CATALOGUE[kpi];
        return h('tr', { 'data-kpi': kpi, 'data-scope': FLEET }, h('th', { scope: 'row' }, ...definedName(kpi, entry, idPrefix)), h('td', {}, formatKpi(row.value, entry)));
      }),
    ),
  );
}

/** Rows `scopes` (regions or message types), columns `kpis`, each cell that scope's figure. */
function scopeTable(caption: string, scopeHead: string, scopes: readonly string[], kpis: readonly string[], rows: readonly ReportRow[], idPrefix: string, label = (s: string) => s): HTMLTableElement {
  const value = (kpi: string, scope: string) => rows.find((row) => row.kpi === kpi && row.scope === scope)?.value ?? '';
  return h(
    'table',
    { class: 'kpi-table kpi-scope-table' },
    h('caption', { class: 'sr-only' }, caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, scopeHead), ...kpis.map((kpi) => h('th', { scope: 'col' }, ...definedName(kpi, KPI_CATALOGUE[kpi], `${idPrefix}-col`)))),
    ),
    h(
      'tbody',
      {},
      ...scopes.map((scope) =>
        h('tr', { 'data-scope': scope }, h('th', { scope: 'row' }, label(scope)), ...kpis.map((kpi) => h('td', { 'data-kpi': kpi }, formatKpi(value(kpi, scope), KPI_CATALOGUE[kpi])))),
      ),
    ),
  );
}

/** Whether `kpi` applies to the run of `summary` (see KpiEntry.shownWhenAnyOf). */
function applies(kpi: string, summary: readonly ReportRow[]): boolean {
  const when = KPI_CATALOGUE[kpi].shownWhenAnyOf;
  return !when || summary.some((row) => when.includes(String(row.kpi)) && typeof row.value === 'number' && row.value > 0);
}

/** The distinct values of `pick` in `rows`, in order of first appearance. */
function distinct(rows: readonly ReportRow[], pick: (row: ReportRow) => string): string[] {
  return [...new Set(rows.map(pick))];
}

/** One group's section: its fleet table, its per-region table and its per-message-type table, each when it has rows. */
function groupSection(group: KpiGroup, summary: readonly ReportRow[], options: KpiGroupOptions): HTMLElement | null {
  // The verdict above the tables already says the targets, whether each is met and the bottleneck.
  const wanted = (kpi: string) => KPI_CATALOGUE[kpi]?.group === group && !KPI_CATALOGUE[kpi].statedByVerdict && (options.only?.has(kpi) ?? true) && applies(kpi, summary);
  const ordered = Object.keys(KPI_CATALOGUE).filter(wanted);
  const rowsOf = (kind: (entry: KpiEntry, row: ReportRow) => boolean) =>
    ordered.flatMap((kpi) => summary.filter((row) => row.kpi === kpi && kind(KPI_CATALOGUE[kpi], row)));
  const fleet = rowsOf((entry, row) => entry.scope !== 'message type' && row.scope === FLEET);
  const regional = rowsOf((entry, row) => (entry.scope === 'region' || entry.scope === 'fleet and region') && row.scope !== FLEET);
  const messages = rowsOf((entry) => entry.scope === 'message type');
  const parts: Node[] = [];
  if (fleet.length) parts.push(fleetTable(group, fleet, options.idPrefix));
  if (regional.length) {
    const kpis = distinct(regional, (row) => String(row.kpi));
    parts.push(scopeTable(`${group}: by region`, 'Region', distinct(regional, (row) => String(row.scope)), kpis, regional, options.idPrefix));
  }
  if (messages.length) {
    const total = messages.reduce((sum, row) => sum + (typeof row.value === 'number' ? row.value : 0), 0);
    const types = distinct(messages, (row) => String(row.scope));
    // Fifteen message types would dwarf the other groups: their table opens on demand, the total stays in sight.
    parts.push(
      h(
        'details',
        { class: 'kpi-details' },
        h('summary', {}, `${formatKpi(total, KPI_CATALOGUE.messages)} messages of ${types.length} types`),
        scopeTable(`${group}: by message type`, 'Message', types, ['messages'], messages, options.idPrefix, messageTypeLabel),
      ),
    );
  }
  if (parts.length === 0) return null;
  return h('section', { class: 'kpi-group', 'data-kpi-group': group }, h('h3', {}, group), ...parts);
}

/** The KPI groups of `summary` (the rows of summary.csv), each group that has a KPI to show. */
export function kpiGroups(summary: readonly ReportRow[], options: KpiGroupOptions): HTMLElement {
  const sections = KPI_GROUPS.flatMap((group) => groupSection(group, summary, options) ?? []);
  return h('div', { class: 'kpi-groups' }, ...sections);
}

/** Shows every KPI of `summary` in `container`, grouped and defined. */
export function showKpis(container: HTMLElement, summary: readonly ReportRow[]): void {
  container.replaceChildren(kpiGroups(summary, { idPrefix: 'kpi-def' }));
}

/** Shows `message` where the KPIs go: no run finished yet, or one is running. */
export function showKpiPlaceholder(container: HTMLElement, message: string): void {
  container.replaceChildren(h('p', { class: 'kpi-placeholder' }, message));
}
