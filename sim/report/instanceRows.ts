/**
 * The instance report: one row per instance, its path from the first
 * scheduled date through Backup, Restore and Database Upgrade to its outcome,
 * so a planner can filter the tail (fallbacks, failures, out of policy).
 */
import {
  DEPLOYMENTS,
  INSTANCE_KINDS,
  OUTCOMES,
  PRODUCTION,
  VERSION_CODES,
  type SimulationResult,
} from '../model/SimulationResult.js';
import { csvCellChunks } from './csvChunks.js';
import { csvText } from './csvField.js';
import { utcFormatter } from './formatUtc.js';
import type { Cell, ReportRow } from './ReportRow.js';
import { DECIMALS, round } from './round.js';

/** Columns of instances.csv. */
export const INSTANCE_COLUMNS = [
  'tenant',
  'instance',
  'kind',
  'region',
  'deployment',
  'on_premises_version',
  'from_version',
  'to_version',
  'first_scheduled_utc',
  'scheduled_utc',
  'approved_utc',
  'rescheduled_utc',
  'start_utc',
  'backup_end_utc',
  'restore_end_utc',
  'upgrade_end_utc',
  'completed_utc',
  'outcome',
  'attempts',
  'steps_completed',
  'fallbacks',
  'reschedules',
  'failures',
  'mandatory',
  'downtime_hours',
] as const;

/**
 * Instance i's cells in INSTANCE_COLUMNS order, written into `cells`, text a
 * user wrote (tenant ids, region names, on-premises versions) passed through
 * `userText`. Instances are named `<tenant>/production` and
 * `<tenant>/sandbox-<k>`, sandboxes numbered from 1 per tenant in result
 * order, so instances must be asked for in that order.
 */
function instanceCellWriter(result: SimulationResult, userText: (text: string) => string): (i: number, cells: Cell[]) => void {
  const { instances, tenants, regions } = result;
  const time = utcFormatter(result.epochDate);
  const sandboxesSeen = new Uint32Array(tenants.count);
  const regionText = regions.map(userText);
  return (i, cells) => {
    const t = instances.tenant[i];
    const tenant = tenants.id[t];
    cells[0] = userText(tenant);
    cells[1] = userText(instances.kind[i] === PRODUCTION ? `${tenant}/production` : `${tenant}/sandbox-${++sandboxesSeen[t]}`);
    cells[2] = INSTANCE_KINDS[instances.kind[i]];
    cells[3] = regionText[instances.region[i]];
    cells[4] = DEPLOYMENTS[tenants.deployment[t]];
    cells[5] = userText(tenants.onPremisesVersion[t]);
    cells[6] = VERSION_CODES[instances.fromVersion[i]];
    cells[7] = VERSION_CODES[instances.toVersion[i]];
    cells[8] = time(instances.firstScheduledAt[i]);
    cells[9] = time(instances.scheduledAt[i]);
    cells[10] = time(instances.approvedAt[i]);
    cells[11] = time(instances.rescheduledAt[i]);
    cells[12] = time(instances.startAt[i]);
    cells[13] = time(instances.backupEndAt[i]);
    cells[14] = time(instances.restoreEndAt[i]);
    cells[15] = time(instances.upgradeEndAt[i]);
    cells[16] = time(instances.completedAt[i]);
    cells[17] = OUTCOMES[instances.outcome[i]];
    cells[18] = instances.attempts[i];
    cells[19] = instances.stepsCompleted[i];
    cells[20] = instances.fallbacks[i];
    cells[21] = instances.reschedules[i];
    cells[22] = instances.failures[i];
    cells[23] = instances.mandatory[i];
    cells[24] = round(instances.downtimeHours[i], DECIMALS.hours);
  };
}

/** Text as it is. */
const asWritten = (text: string) => text;

/**
 * One array of cells per instance (INSTANCE_COLUMNS order), in result order.
 * The same array is refilled for each instance, so a fleet of millions makes
 * no object per row; copy a row to keep it.
 */
function* instanceCells(result: SimulationResult, userText: (text: string) => string): Generator<Cell[]> {
  const write = instanceCellWriter(result, userText);
  const cells: Cell[] = new Array<Cell>(INSTANCE_COLUMNS.length).fill('');
  for (let i = 0; i < result.instances.count; i++) {
    write(i, cells);
    yield cells;
  }
}

/**
 * One row per instance, keyed by column, in result order. Rows are produced
 * lazily: a fleet of a million tenants has millions of instances, too many to
 * hold as objects at once.
 */
export function* instanceRows(result: SimulationResult): Generator<ReportRow> {
  for (const cells of instanceCells(result, asWritten)) yield Object.fromEntries(INSTANCE_COLUMNS.map((c, k) => [c, cells[k]]));
}

/**
 * instances.csv in chunks, straight from the result's typed arrays: user text
 * escaped by `csvText` once per cell, the report's own words and times (which
 * need no escaping) written as they are. The same bytes as `csvChunks` of
 * `instanceRows`, without an object per row.
 */
export function instanceCsvChunks(result: SimulationResult): Generator<string> {
  return csvCellChunks(INSTANCE_COLUMNS, instanceCells(result, csvText), true);
}
