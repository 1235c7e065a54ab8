import { describe, expect, it } from 'vitest';
import { timeseriesColumns, timeseriesRows } from '../../sim/report/timeseriesRows.js';
import { makeResult } from '../support/makeResult.js';

const DOCUMENTED = [
  'hour',
  'time_utc',
  'completions',
  'in_progress',
  'queued',
  'slot_use_north',
  'slot_use_south',
  'slot_capacity_north',
  'slot_capacity_south',
  'backup_demand_system_gb_per_hour',
  'backup_demand_on_demand_gb_per_hour',
  'backup_demand_update_gb_per_hour',
  'backup_demand_restore_gb_per_hour',
  'backup_demand_total_gb_per_hour',
  'backup_capacity_gb_per_hour',
  'reported_storage_gb',
  'actual_storage_gb',
  'retained_system_backup_gb',
  'retained_on_demand_backup_gb',
  'share_on_n',
];

describe('timeseriesRows', () => {
  it('has the documented columns, slot columns per region in region order', () => {
    expect(timeseriesColumns(makeResult())).toEqual(DOCUMENTED);
    for (const row of timeseriesRows(makeResult())) expect(Object.keys(row).sort()).toEqual([...DOCUMENTED].sort());
  });

  it('gives one row per simulated hour, stamped with the start of the hour', () => {
    const rows = timeseriesRows(makeResult());
    expect(rows.map((r) => r.hour)).toEqual([0, 1, 2, 3]);
    expect(rows.map((r) => r.time_utc)).toEqual(['2025-03-01T00:00Z', '2025-03-01T01:00Z', '2025-03-01T02:00Z', '2025-03-01T03:00Z']);
  });

  it('adds backup demand of every kind into the total', () => {
    const rows = timeseriesRows(makeResult());
    expect(rows.map((r) => r.backup_demand_total_gb_per_hour)).toEqual([50, 160, 30, 0]);
    expect(rows[1]).toMatchObject({
      backup_demand_system_gb_per_hour: 20,
      backup_demand_on_demand_gb_per_hour: 5,
      backup_demand_update_gb_per_hour: 120,
      backup_demand_restore_gb_per_hour: 15,
      backup_capacity_gb_per_hour: 150,
    });
  });

  it('keeps per-region slot use and capacity apart', () => {
    const rows = timeseriesRows(makeResult());
    expect(rows.map((r) => r.slot_use_south)).toEqual([0, 1, 2, 1]);
    expect(rows.map((r) => r.slot_capacity_south)).toEqual([3, 3, 0, 3]);
    expect(rows.map((r) => r.slot_use_north)).toEqual([1, 4, 2, 0]);
  });

  it('shows reported and actual storage side by side, GB to one decimal', () => {
    const rows = timeseriesRows(makeResult());
    expect(rows.map((r) => r.reported_storage_gb)).toEqual([1000, 900, 950, 1000]);
    expect(rows.map((r) => r.actual_storage_gb)).toEqual([1000, 1000, 1000, 1000.5]);
    expect(rows.map((r) => r.retained_system_backup_gb)).toEqual([3000, 3000, 3000, 3000]);
    expect(rows.map((r) => r.retained_on_demand_backup_gb)).toEqual([0, 5, 5, 25]);
  });

  it('names region columns safely when region names are formulas or hold commas and quotes', () => {
    const columns = timeseriesColumns(makeResult({ regions: ['=HYPERLINK("http://x")', 'a,"b"'] }));
    expect(columns).toContain('slot_use_hyperlink_http_x');
    expect(columns).toContain('slot_capacity_a_b');
    for (const c of columns) expect(c).toMatch(/^[\p{L}\p{N}_]+$/u);
  });
});
