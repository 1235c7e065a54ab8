/**
 * A capacity plan's recommendation as a table, the cells the terminal
 * prints: one row per region and one for the fleet, each margin cell saying
 * in words whether its target is met. The Plan tab and the printed report
 * show this same table.
 */
import type { CapacityPlan } from '../../sim/plan/CapacityPlan.js';
import { recommendationTable } from '../../sim/plan/recommendationTable.js';
import { h } from './dom.js';

/** The table of `plan`'s recommendation (`table[data-plan-table]`, a row per region with `data-region`). */
export function recommendationElement(plan: CapacityPlan): HTMLTableElement {
  const table = recommendationTable(plan);
  const confidence = `${Math.round(plan.confidence * 1000) / 10} %`;
  return h(
    'table',
    { class: 'kpi-table plan-table', 'data-plan-table': '' },
    h(
      'caption',
      {},
      `Each region's capacity now and the smallest that meets every target; at it, each target's lower ${confidence} confidence bound and its margin: the bound less the target, in percentage points.`,
    ),
    h('thead', {}, h('tr', {}, ...table.header.map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...table.rows.map((row) =>
        h(
          'tr',
          { 'data-region': row.scope, 'data-found': String(row.found), class: row.scope === 'fleet' ? 'plan-fleet' : undefined },
          ...row.cells.map((cell, c) => {
            if (c === 0) return h('th', { scope: 'row' }, cell);
            const margin = c >= 3 && (c - 3) % 2 === 1 ? row.margins[(c - 4) / 2] : undefined;
            if (margin === undefined) return h('td', { class: table.numberColumns.includes(c) ? 'num' : undefined }, cell);
            return h('td', { 'data-margin': margin === null ? '' : margin.toFixed(2), class: margin !== null && margin < 0 ? 'short' : 'met' }, cell);
          }),
        ),
      ),
    ),
  );
}
