/**
 * One replication: the release wave run under one seed, boiled down to what
 * a batch aggregates. The unit of work of every batch command, in a Node
 * worker on the command line and in a web worker in the app: pure,
 * no Node built-ins and no DOM.
 */
import { packedArray } from '../engine/packedArray.js';
import { simulateRelease } from '../model/simulateRelease.js';
import type { SimulationResult } from '../model/SimulationResult.js';
import { DECIMALS, regionColumnKeys, summaryRows } from '../report/index.js';
import type { Scenario } from '../scenario/scenarioSchema.js';
import type { KpiKey, ReplicationResult, ReplicationSeries } from './ReplicationResult.js';

/** Decimals kept for hourly counts averaged over replications (completions, queue, slots in use). */
const COUNT_DECIMALS = 2;

/** summary.csv's numeric rows as keys and values (text rows, such as the bottleneck's name, have no mean). */
function kpiValues(result: SimulationResult): { kpis: KpiKey[]; values: Float64Array } {
  const rows = summaryRows(result).filter((row) => typeof row.value === 'number' || row.value === '');
  return {
    kpis: rows.map((row) => ({ kpi: String(row.kpi), scope: String(row.scope), unit: String(row.unit) })),
    values: Float64Array.from(rows, (row) => (typeof row.value === 'number' ? row.value : NaN)),
  };
}

/** The hourly series that the bands report shows, under their timeseries.csv column names. */
function bandSeries(result: SimulationResult): ReplicationSeries[] {
  const { hourly } = result;
  const backupTotal = new Float64Array(hourly.hours);
  for (const demand of hourly.backupDemand) for (let h = 0; h < hourly.hours; h++) backupTotal[h] += demand[h];
  const keys = regionColumnKeys(result.regions);
  return [
    { column: 'share_on_n', decimals: DECIMALS.share, values: hourly.shareOnN },
    { column: 'completions', decimals: COUNT_DECIMALS, values: hourly.completions },
    { column: 'in_progress', decimals: COUNT_DECIMALS, values: hourly.inProgress },
    { column: 'queued', decimals: COUNT_DECIMALS, values: hourly.queued },
    ...packedArray(result.regions.length, (r) => ({ column: `slot_use_${keys[r]}`, decimals: COUNT_DECIMALS, values: hourly.slotUse[r] })),
    { column: 'backup_demand_total_gb_per_hour', decimals: DECIMALS.gbPerHour, values: backupTotal },
    { column: 'reported_storage_gb', decimals: DECIMALS.gb, values: hourly.reportedStorageGb },
    { column: 'actual_storage_gb', decimals: DECIMALS.gb, values: hourly.actualStorageGb },
  ];
}

/**
 * Runs `scenario` under `seed` and keeps its KPIs and band series. The
 * result owns its arrays (the full run is dropped), so they can be
 * transferred. `onProgress` receives the share of simulated time done.
 */
export function runReplication(scenario: Scenario, seed: number, onProgress?: (done: number) => void): ReplicationResult {
  const result = simulateRelease(scenario, { seed, onProgress });
  const { kpis, values } = kpiValues(result);
  return {
    seed,
    epochDate: result.epochDate,
    windowStartHour: result.windowStartHour,
    windowEndHour: result.windowEndHour,
    daysToRunEnd: (result.horizonHours - result.windowStartHour) / 24,
    kpis,
    kpiValues: values,
    series: bandSeries(result),
  };
}
