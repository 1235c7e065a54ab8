import { describe, expect, it } from 'vitest';
import { COMPARE_COLUMNS, compareRows } from '../../sim/plan/compareRows.js';
import type { KpiKey } from '../../sim/plan/ReplicationResult.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

const peakNorth: KpiKey = { kpi: 'peak_slot_use', scope: 'North', unit: 'slots' };
const peakSouth: KpiKey = { kpi: 'peak_slot_use', scope: 'South', unit: 'slots' };

describe('compareRows', () => {
  // Plan b: one fallback fewer in every replication; region South exists in b only.
  const a = fakeReplications([...fleetKpis('fallbacks'), peakNorth], [{ values: [10, 4] }, { values: [14, 4] }, { values: [12, 4] }]);
  const b = fakeReplications([...fleetKpis('fallbacks'), peakNorth, peakSouth], [{ values: [9, 3, 1] }, { values: [13, 4, 2] }, { values: [11, 5, 1] }]);
  const rows = compareRows([
    { name: 'Plan A', file: 'a.json', results: a },
    { name: 'Plan B', file: 'b.json', results: b },
  ]);

  it('has the documented columns', () => {
    expect(COMPARE_COLUMNS).toEqual(['kpi', 'scope', 'unit', 'scenario', 'file', 'n', 'mean', 'ci95_low', 'ci95_high', 'diff_n', 'diff_mean', 'diff_ci95_low', 'diff_ci95_high', 'significant']);
  });

  it('gives one row per KPI and scenario, KPIs in order of first appearance, scenarios in the order given', () => {
    expect(rows.map((r) => `${r.kpi}/${r.scope}/${r.scenario}`)).toEqual([
      'fallbacks/fleet/Plan A',
      'fallbacks/fleet/Plan B',
      'peak_slot_use/North/Plan A',
      'peak_slot_use/North/Plan B',
      'peak_slot_use/South/Plan B',
    ]);
  });

  it('gives the first scenario its mean and interval, and no difference', () => {
    // 10, 14, 12: mean 12, s 2; t(0.975, 2) · 2 / √3 = 4.968275.
    expect(rows[0]).toMatchObject({ file: 'a.json', n: 3, mean: 12, ci95_low: 7.0317, ci95_high: 16.9683 });
    expect(rows[0].diff_mean).toBeUndefined();
  });

  it('gives later scenarios the paired difference to the first and whether it is significant', () => {
    // Fallbacks: −1 in every pair: significant although the two intervals overlap almost entirely.
    expect(rows[1]).toMatchObject({ diff_n: 3, diff_mean: -1, diff_ci95_low: -1, diff_ci95_high: -1, significant: 1 });
    // Peak slot use North: −1, 0, +1: mean 0, not significant.
    expect(rows[3]).toMatchObject({ diff_n: 3, diff_mean: 0, significant: 0 });
  });

  it('gives a KPI the first scenario lacks no difference', () => {
    expect(rows[4]).toMatchObject({ scenario: 'Plan B', n: 3, mean: 1.3333 });
    expect(rows[4].diff_mean).toBeUndefined();
  });

  it('refuses scenarios whose replication r ran under different seeds: their pairs would mean nothing', () => {
    const other = fakeReplications(fleetKpis('fallbacks'), [{ seed: 5, values: [1] }, { values: [2] }, { values: [3] }]);
    expect(() =>
      compareRows([
        { name: 'A', file: 'a.json', results: fakeReplications(fleetKpis('fallbacks'), [{ values: [1] }, { values: [2] }, { values: [3] }]) },
        { name: 'B', file: 'b.json', results: other },
      ]),
    ).toThrow(/same replication seeds/);
  });
});
