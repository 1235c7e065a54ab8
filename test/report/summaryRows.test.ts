import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES } from '../../sim/model/SimulationResult.js';
import { SUMMARY_COLUMNS, summaryRows } from '../../sim/report/summaryRows.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { makeResult } from '../support/makeResult.js';

/** The row of `kpi` in `scope`; fails the test when there is not exactly one. */
function find(rows: ReportRow[], kpi: string, scope = 'fleet'): ReportRow {
  const found = rows.filter((r) => r.kpi === kpi && r.scope === scope);
  expect(found, `${kpi} / ${scope}`).toHaveLength(1);
  return found[0];
}

function value(rows: ReportRow[], kpi: string, scope = 'fleet') {
  return find(rows, kpi, scope).value;
}

describe('summaryRows', () => {
  const rows = summaryRows(makeResult());

  it('has the documented columns', () => {
    expect(SUMMARY_COLUMNS).toEqual(['kpi', 'scope', 'value', 'unit']);
    for (const row of rows) expect(Object.keys(row)).toEqual(['kpi', 'scope', 'value', 'unit']);
  });

  it('names every KPI in snake_case and states its unit', () => {
    for (const row of rows) {
      expect(row.kpi).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      expect(row.unit).not.toBe('');
    }
  });

  it('gives each KPI and scope one row', () => {
    const keys = rows.map((r) => `${r.kpi}|${r.scope}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the share and count on n at the window end', () => {
    expect(find(rows, 'instances_on_n_at_window_end')).toMatchObject({ value: 7, unit: 'instances' });
    expect(find(rows, 'share_on_n_at_window_end')).toMatchObject({ value: 70, unit: '%' });
  });

  it('gives days to 50 % on n, and leaves 90 % and 99 % empty when never reached', () => {
    // The 5th instance on n completes at hour 290; the window opens at 240: 50 / 24 = 2.083 days.
    expect(find(rows, 'days_to_50_percent_on_n')).toMatchObject({ value: 2.083, unit: 'days' });
    expect(value(rows, 'days_to_90_percent_on_n')).toBe('');
    expect(value(rows, 'days_to_99_percent_on_n')).toBe('');
  });

  it('counts the instances whose update fell past the window end', () => {
    // Instance 8 (outcome missedWindow) is the only one.
    expect(find(rows, 'instances_missed_window')).toMatchObject({ value: 1, unit: 'instances' });
  });

  it('counts instances out of policy at the window end, and the three parts', () => {
    expect(value(rows, 'instances_out_of_policy_at_window_end')).toBe(3);
    expect(value(rows, 'out_of_policy_on_n_minus_2')).toBe(1);
    expect(value(rows, 'out_of_policy_on_n_minus_1')).toBe(1);
    expect(value(rows, 'out_of_policy_import_refused')).toBe(1);
  });

  it('gives mean and type-7 p95 queue waits in hours', () => {
    // Waits 0, 1, 2, 3, 10: mean 3.2; p95 at index 4 * 0.95 = 3.8 -> 3 + 0.8 * (10 - 3) = 8.6.
    expect(find(rows, 'queue_wait_mean')).toMatchObject({ value: 3.2, unit: 'hours' });
    expect(find(rows, 'queue_wait_p95')).toMatchObject({ value: 8.6, unit: 'hours' });
  });

  it('leaves queue waits empty when no update waited', () => {
    const result = makeResult();
    result.queueWaitsHours = new Float64Array(0);
    const empty = summaryRows(result);
    expect(value(empty, 'queue_wait_mean')).toBe('');
    expect(value(empty, 'queue_wait_p95')).toBe('');
  });

  it('adds the two parts of window overruns', () => {
    expect(value(rows, 'window_overruns')).toBe(3);
    expect(value(rows, 'window_overruns_not_started')).toBe(2);
    expect(value(rows, 'window_overruns_stopped_at_window_end')).toBe(1);
  });

  it('copies the counters', () => {
    expect(value(rows, 'update_steps_completed')).toBe(6);
    expect(value(rows, 'approvals')).toBe(4);
    expect(value(rows, 'reschedules')).toBe(1);
    expect(value(rows, 'fallbacks')).toBe(1);
    expect(value(rows, 'failures')).toBe(1);
    expect(value(rows, 'mandatory_updates')).toBe(1);
    expect(value(rows, 'on_demand_backups')).toBe(3);
    expect(value(rows, 'restores')).toBe(1);
    expect(value(rows, 'restores_refused_not_retained')).toBe(2);
    expect(value(rows, 'imports')).toBe(1);
    expect(value(rows, 'imports_refused')).toBe(1);
  });

  it('gives the most backup storage that retention held in any hour', () => {
    // System 3,000 GB throughout, on-demand at most 25 GB (hour 3).
    expect(find(rows, 'peak_retained_backup_storage')).toMatchObject({ value: 3025, unit: 'GB' });
  });

  it('counts instances updated (outcome "updated")', () => {
    expect(value(rows, 'instances_updated')).toBe(5);
  });

  it('gives peak slot use per region against its slots', () => {
    expect(value(rows, 'update_slots', 'north')).toBe(4);
    expect(value(rows, 'peak_slot_use', 'north')).toBe(4);
    expect(find(rows, 'peak_slot_use_share', 'north')).toMatchObject({ value: 100, unit: '%' });
    expect(value(rows, 'peak_slot_use', 'south')).toBe(2);
    expect(value(rows, 'peak_slot_use_share', 'south')).toBe(66.67);
  });

  it('gives peak backup demand against capacity', () => {
    // Hourly totals 50, 160, 30, 0 GB/h against 150 GB/h.
    expect(find(rows, 'peak_backup_demand')).toMatchObject({ value: 160, unit: 'GB/h' });
    expect(value(rows, 'backup_capacity_at_peak_demand')).toBe(150);
    expect(find(rows, 'peak_backup_demand_to_capacity')).toMatchObject({ value: 1.067, unit: 'ratio' });
    expect(value(rows, 'hours_backup_demand_over_capacity')).toBe(1);
  });

  it('gives the largest reported-vs-actual storage gap in GB and % of actual', () => {
    expect(find(rows, 'largest_storage_gap')).toMatchObject({ value: 100, unit: 'GB' });
    expect(find(rows, 'largest_storage_gap_share_of_actual')).toMatchObject({ value: 10, unit: '%' });
  });

  it('sums downtime over instances', () => {
    expect(find(rows, 'downtime')).toMatchObject({ value: 18.75, unit: 'hours' });
  });

  it('counts incidents and the updates they displaced', () => {
    expect(value(rows, 'incidents')).toBe(2);
    expect(value(rows, 'updates_displaced_by_incidents')).toBe(3);
  });

  it('sums messages of each type over channels', () => {
    expect(value(rows, 'messages', 'updateScheduled')).toBe(15);
    expect(value(rows, 'messages', 'reminder90')).toBe(10);
    expect(value(rows, 'messages', 'fallback')).toBe(2);
    expect(value(rows, 'messages', 'incidentResolved')).toBe(0);
    expect(rows.filter((r) => r.kpi === 'messages').map((r) => r.scope)).toEqual([...MESSAGE_TYPES]);
  });

  it('leaves hourly peaks empty when there are no hours', () => {
    const result = makeResult();
    result.hourly.hours = 0;
    const empty = summaryRows(result);
    expect(value(empty, 'peak_backup_demand')).toBe('');
    expect(value(empty, 'largest_storage_gap')).toBe('');
    expect(value(empty, 'largest_storage_gap_share_of_actual')).toBe('');
  });
});
