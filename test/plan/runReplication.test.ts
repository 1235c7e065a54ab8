import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateRelease } from '../../sim/model/simulateRelease.js';
import { runReplication } from '../../sim/plan/runReplication.js';
import { transferableBuffers } from '../../sim/plan/transferableBuffers.js';
import { summaryRows } from '../../sim/report/summaryRows.js';
import { parseScenario } from '../../sim/scenario/parseScenario.js';

const tiny = parseScenario(readFileSync(new URL('../fixtures/tiny.json', import.meta.url), 'utf8'));

describe('runReplication', () => {
  it("keeps every numeric KPI of summary.csv with its value from a run under the same seed, '' as NaN, and leaves the text ones out", () => {
    const replication = runReplication(tiny, 42);
    const rows = summaryRows(simulateRelease(tiny, { seed: 42 }));
    const own = replication.kpis.map((k, i) => ({ ...k, value: replication.kpiValues[i] }));
    const numeric = rows.filter((row) => typeof row.value !== 'string' || row.value === '');
    expect(numeric.length).toBe(rows.length - 1);
    expect(rows.find((row) => !numeric.includes(row))!.kpi).toBe('bottleneck');
    expect(own).toEqual(numeric.map((row) => ({ kpi: row.kpi, scope: row.scope, unit: row.unit, value: row.value === '' ? NaN : row.value })));
  });

  it('lists the on-time share, in %, right after the share on n at window end', () => {
    const { kpis, kpiValues } = runReplication(tiny, 42);
    const at = kpis.findIndex((k) => k.kpi === 'on_time_share');
    expect(kpis[at - 1].kpi).toBe('share_on_n_at_window_end');
    expect(kpis[at]).toEqual({ kpi: 'on_time_share', scope: 'fleet', unit: '%' });
    expect(kpiValues[at]).toBeGreaterThanOrEqual(0);
    expect(kpiValues[at]).toBeLessThanOrEqual(100);
  });

  it('keeps the band series under their timeseries.csv names, one value per simulated hour', () => {
    const replication = runReplication(tiny, 42);
    const run = simulateRelease(tiny, { seed: 42 });
    expect(replication.series.map((s) => s.column)).toEqual([
      'share_on_n',
      'completions',
      'in_progress',
      'queued',
      'slot_use_north',
      'slot_use_south_east',
      'backup_demand_total_gb_per_hour',
      'reported_storage_gb',
      'actual_storage_gb',
    ]);
    for (const s of replication.series) expect(s.values.length).toBe(run.hourly.hours);
    const total = replication.series.find((s) => s.column === 'backup_demand_total_gb_per_hour')!.values;
    for (let h = 0; h < run.hourly.hours; h++) {
      expect(total[h]).toBeCloseTo(run.hourly.backupDemand.reduce((sum, kind) => sum + kind[h], 0), 9);
    }
  });

  it('gives the same figures for the same seed, and says which seed it ran with', () => {
    const a = runReplication(tiny, 3);
    const b = runReplication(tiny, 3);
    expect(a.seed).toBe(3);
    expect(b).toEqual(a);
  });

  it('counts the days from the window start to the end of the run (window end + 2 days)', () => {
    // tiny.json: window 2027-04-01 to 2027-04-14 inclusive: 14 days, then 2 more.
    expect(runReplication(tiny, 3).daysToRunEnd).toBe(16);
  });

  it('owns its buffers: each is listed once for transfer', () => {
    const buffers = transferableBuffers(runReplication(tiny, 3));
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.length).toBe(1 + 9);
  });
});
