/**
 * The summary report: one row per KPI that a release manager asks about —
 * will the fleet be on n in time, what did approvals, reschedules and
 * fallbacks cost, how close did slots and the backup system come to their
 * limits, how far reported storage drifted from actual.
 */
import { mean, quantileSorted } from 'simple-statistics';
import { MESSAGE_TYPES, OUTCOME_MISSED_WINDOW, OUTCOME_UPDATED, type HourlySeries, type SimulationResult } from '../model/SimulationResult.js';
import { backupLoad } from './backupLoad.js';
import { onTimeShare } from './onTimeShare.js';
import type { ReportRow } from './ReportRow.js';
import { DECIMALS, round } from './round.js';
import { waveVerdict, type WaveVerdict } from './waveVerdict.js';
import { windowEndStatus, windowEndStatusByRegion } from './windowEndStatus.js';

/** Columns of summary.csv. */
export const SUMMARY_COLUMNS = ['kpi', 'scope', 'value', 'unit'] as const;

/** The scope of fleet-wide KPIs (others name a region or a message type). */
export const FLEET = 'fleet';

function kpi(name: string, scope: string, value: number | string, unit: string): ReportRow {
  return { kpi: name, scope, value, unit };
}

/** A count as a share of a whole, in %; "" when the whole is empty. */
function percentOf(part: number, whole: number): number | '' {
  return whole > 0 ? round((100 * part) / whole, DECIMALS.percent) : '';
}

/** The largest gap between actual and reported Total Storage Used (storage omission), and actual storage in that hour. */
function largestStorageGap(hourly: HourlySeries) {
  let gap = NaN;
  let actual = NaN;
  for (let h = 0; h < hourly.hours; h++) {
    const g = hourly.actualStorageGb[h] - hourly.reportedStorageGb[h];
    if (!(g <= gap)) {
      gap = g;
      actual = hourly.actualStorageGb[h];
    }
  }
  return { gap, actual };
}

/** The most storage that retained system and on-demand backups held in any hour, GB. */
function peakRetainedBackup(hourly: HourlySeries): number {
  let peak = NaN;
  for (let h = 0; h < hourly.hours; h++) {
    const held = hourly.retainedSystemBackupGb[h] + hourly.retainedOnDemandBackupGb[h];
    if (!(held <= peak)) peak = held;
  }
  return peak;
}

/**
 * One row per KPI: `kpi` (snake_case, words from the domain), `scope`
 * ("fleet", a region name or a message type), `value` (a number, "" when
 * there is none, e.g. a milestone never reached, or the bottleneck's name)
 * and `unit`. The verdict's rows (targets, whether each is met, the
 * bottleneck) come from waveVerdict, as the terminal and the planner say it;
 * a caller that shows the verdict too passes the one it has (working it out
 * again would walk every instance and hour a second time).
 */
export function summaryRows(result: SimulationResult, verdict: WaveVerdict = waveVerdict(result, result.targets)): ReportRow[] {
  const { counters, instances, hourly, gateSummary: gate } = result;
  const status = windowEndStatus(result);
  const byRegion = windowEndStatusByRegion(result);
  const waits = Array.from(result.queueWaitsHours);
  const backup = backupLoad(hourly);
  const storage = largestStorageGap(hourly);
  let instancesUpdated = 0;
  let instancesMissedWindow = 0;
  let downtimeHours = 0;
  for (let i = 0; i < instances.count; i++) {
    if (instances.outcome[i] === OUTCOME_UPDATED) instancesUpdated++;
    else if (instances.outcome[i] === OUTCOME_MISSED_WINDOW) instancesMissedWindow++;
    downtimeHours += instances.downtimeHours[i];
  }
  let updatesDisplaced = 0;
  for (const incident of result.incidents) updatesDisplaced += incident.updatesDisplaced;

  const rows: ReportRow[] = [
    kpi('instances', FLEET, instances.count, 'instances'),
    kpi('instances_on_n_at_window_end', FLEET, status.onN, 'instances'),
    kpi('share_on_n_at_window_end', FLEET, percentOf(status.onN, status.instances), '%'),
    kpi('on_time_share', FLEET, round(100 * onTimeShare(result), DECIMALS.percent), '%'),
    // The verdict's marks (50, 90 and 99 %): the same days, worked out once.
    ...verdict.daysTo.map(({ percent, days }) => kpi(`days_to_${percent}_percent_on_n`, FLEET, round(days, DECIMALS.days), 'days')),
    kpi('update_steps_completed', FLEET, counters.updatesCompleted, 'count'),
    kpi('instances_updated', FLEET, instancesUpdated, 'instances'),
    kpi('instances_missed_window', FLEET, instancesMissedWindow, 'instances'),
    kpi('approvals', FLEET, counters.approvals, 'count'),
    kpi('reschedules', FLEET, counters.reschedules, 'count'),
    kpi('fallbacks', FLEET, counters.fallbacks, 'count'),
    kpi('window_overruns', FLEET, counters.overrunsNotStarted + counters.overrunsAborted, 'count'),
    kpi('window_overruns_not_started', FLEET, counters.overrunsNotStarted, 'count'),
    kpi('window_overruns_stopped_at_window_end', FLEET, counters.overrunsAborted, 'count'),
    kpi('failures', FLEET, counters.failures, 'count'),
    kpi('mandatory_updates', FLEET, counters.mandatoryUpdates, 'count'),
    kpi('instances_out_of_policy_at_window_end', FLEET, status.outOfPolicy, 'instances'),
    kpi('out_of_policy_on_n_minus_2', FLEET, status.outOfPolicyOnN2, 'instances'),
    kpi('out_of_policy_on_n_minus_1', FLEET, status.outOfPolicyOnN1, 'instances'),
    kpi('out_of_policy_import_refused', FLEET, status.importRefused, 'instances'),
    // No update waited at all: mean and p95 are undefined rather than 0.
    kpi('queue_wait_mean', FLEET, waits.length ? round(mean(waits), DECIMALS.hours) : '', 'hours'),
    kpi('queue_wait_p95', FLEET, waits.length ? round(quantileSorted(waits, 0.95), DECIMALS.hours) : '', 'hours'),
    kpi('peak_backup_demand', FLEET, round(backup.peakDemand, DECIMALS.gbPerHour), 'GB/h'),
    kpi('backup_capacity_at_peak_demand', FLEET, round(backup.capacityAtPeak, DECIMALS.gbPerHour), 'GB/h'),
    kpi('peak_backup_demand_to_capacity', FLEET, round(backup.peakRatio, DECIMALS.ratio), 'ratio'),
    kpi('hours_backup_demand_over_capacity', FLEET, backup.hoursOverCapacity, 'hours'),
    kpi('largest_storage_gap', FLEET, round(storage.gap, DECIMALS.gb), 'GB'),
    kpi('largest_storage_gap_share_of_actual', FLEET, storage.actual > 0 ? round((100 * storage.gap) / storage.actual, DECIMALS.percent) : '', '%'),
    kpi('downtime', FLEET, round(downtimeHours, DECIMALS.hours), 'hours'),
    kpi('on_demand_backups', FLEET, counters.onDemandBackups, 'count'),
    kpi('restores', FLEET, counters.restores, 'count'),
    kpi('restores_refused_not_retained', FLEET, counters.restoresRefused, 'count'),
    kpi('peak_retained_backup_storage', FLEET, round(peakRetainedBackup(hourly), DECIMALS.gb), 'GB'),
    kpi('imports', FLEET, counters.imports, 'count'),
    kpi('imports_refused', FLEET, counters.importsRefused, 'count'),
    kpi('incidents', FLEET, result.incidents.length, 'count'),
    kpi('updates_displaced_by_incidents', FLEET, updatesDisplaced, 'count'),
    kpi('gate_halts', FLEET, gate.halts, 'count'),
    kpi('gate_false_halts', FLEET, gate.falseHalts, 'count'),
    kpi('days_halted', FLEET, round(gate.hoursHalted / 24, DECIMALS.days), 'days'),
    kpi('defect_detection_delay', FLEET, round(gate.detectedAt - result.defectFrom, DECIMALS.hours), 'hours'),
    kpi('defect_exposure', FLEET, gate.exposure, 'instances'),
    kpi('instances_updated_with_defect', FLEET, gate.updatedWithDefect, 'instances'),
    kpi('target_share_on_n', FLEET, round(verdict.shareOnN.targetPercent, DECIMALS.percent), '%'),
    kpi('meets_target_share_on_n', FLEET, verdict.shareOnN.met ? 1 : 0, 'yes=1'),
    kpi('target_on_time_share', FLEET, round(verdict.onTime.targetPercent, DECIMALS.percent), '%'),
    kpi('meets_target_on_time_share', FLEET, verdict.onTime.met ? 1 : 0, 'yes=1'),
    kpi('bottleneck', FLEET, verdict.bottleneck, 'factor'),
  ];
  result.regions.forEach((region, r) => {
    rows.push(
      kpi('update_slots', region, result.regionSlots[r], 'slots'),
      kpi('peak_slot_use', region, result.peakSlotUse[r], 'slots'),
      kpi('peak_slot_use_share', region, percentOf(result.peakSlotUse[r], result.regionSlots[r]), '%'),
      kpi('share_on_n_at_window_end', region, percentOf(byRegion[r].onN, byRegion[r].instances), '%'),
      kpi('on_time_share', region, round(100 * onTimeShare(result, r), DECIMALS.percent), '%'),
    );
  });
  MESSAGE_TYPES.forEach((type, t) => {
    rows.push(kpi('messages', type, result.messages[t].reduce((sum, m) => sum + m, 0), 'count'));
  });
  return rows;
}
