/**
 * The hourly report: the wave as it unfolds — completions, queues, slot use
 * against capacity per region, backup demand by kind against capacity, and
 * reported against actual Total Storage Used (the storage omission), and the
 * backup storage that retention holds.
 */
import { BACKUP_KINDS, type BackupKind, type SimulationResult } from '../model/SimulationResult.js';
import { utcFormatter } from './formatUtc.js';
import { regionColumnKeys } from './regionColumnKeys.js';
import type { ReportRow } from './ReportRow.js';
import { DECIMALS, round } from './round.js';

const BACKUP_DEMAND_COLUMNS: Record<BackupKind, string> = {
  system: 'backup_demand_system_gb_per_hour',
  onDemand: 'backup_demand_on_demand_gb_per_hour',
  update: 'backup_demand_update_gb_per_hour',
  restore: 'backup_demand_restore_gb_per_hour',
};

/**
 * Columns of timeseries.csv. The per-region columns use the keys of
 * `regionColumnKeys`, all `slot_use_…` columns first, then all
 * `slot_capacity_…`, in region order.
 */
export function timeseriesColumns(result: SimulationResult): string[] {
  const keys = regionColumnKeys(result.regions);
  return [
    'hour',
    'time_utc',
    'completions',
    'in_progress',
    'queued',
    ...keys.map((k) => `slot_use_${k}`),
    ...keys.map((k) => `slot_capacity_${k}`),
    ...BACKUP_KINDS.map((kind) => BACKUP_DEMAND_COLUMNS[kind]),
    'backup_demand_total_gb_per_hour',
    'backup_capacity_gb_per_hour',
    'reported_storage_gb',
    'actual_storage_gb',
    'retained_system_backup_gb',
    'retained_on_demand_backup_gb',
    'share_on_n',
  ];
}

/** One row per simulated hour; `time_utc` is the start of the hour. */
export function timeseriesRows(result: SimulationResult): ReportRow[] {
  const { hourly } = result;
  const keys = regionColumnKeys(result.regions);
  const time = utcFormatter(result.epochDate);
  const rows: ReportRow[] = [];
  for (let h = 0; h < hourly.hours; h++) {
    const row: ReportRow = {
      hour: h,
      time_utc: time(h),
      completions: hourly.completions[h],
      in_progress: hourly.inProgress[h],
      queued: hourly.queued[h],
    };
    keys.forEach((k, r) => (row[`slot_use_${k}`] = hourly.slotUse[r][h]));
    keys.forEach((k, r) => (row[`slot_capacity_${k}`] = hourly.slotCapacity[r][h]));
    let total = 0;
    BACKUP_KINDS.forEach((kind, b) => {
      const demand = hourly.backupDemand[b][h];
      total += demand;
      row[BACKUP_DEMAND_COLUMNS[kind]] = round(demand, DECIMALS.gbPerHour);
    });
    row.backup_demand_total_gb_per_hour = round(total, DECIMALS.gbPerHour);
    row.backup_capacity_gb_per_hour = round(hourly.backupCapacity[h], DECIMALS.gbPerHour);
    row.reported_storage_gb = round(hourly.reportedStorageGb[h], DECIMALS.gb);
    row.actual_storage_gb = round(hourly.actualStorageGb[h], DECIMALS.gb);
    row.retained_system_backup_gb = round(hourly.retainedSystemBackupGb[h], DECIMALS.gb);
    row.retained_on_demand_backup_gb = round(hourly.retainedOnDemandBackupGb[h], DECIMALS.gb);
    row.share_on_n = round(hourly.shareOnN[h], DECIMALS.share);
    rows.push(row);
  }
  return rows;
}
