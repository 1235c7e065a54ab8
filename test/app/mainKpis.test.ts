import { describe, expect, it } from 'vitest';
import { mainKpiRows } from '../../viz/app/mainKpis.js';
import { MAIN_KPIS, summaryRows } from '../../sim/report/index.js';
import { makeResult } from '../support/makeResult.js';

describe('mainKpiRows', () => {
  it('picks the main KPIs in the order of the command line table, every scope of each', () => {
    const all = summaryRows(makeResult({ regions: ['North', 'South'] }));
    const rows = mainKpiRows(all);
    const order = rows.map((r) => MAIN_KPIS.indexOf(r.kpi as (typeof MAIN_KPIS)[number]));
    expect(order.every((k) => k >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rows.filter((r) => r.kpi === 'peak_slot_use_share').map((r) => r.scope)).toEqual(['North', 'South']);
    expect(rows).toHaveLength(all.filter((r) => (MAIN_KPIS as readonly string[]).includes(String(r.kpi))).length);
  });
});
