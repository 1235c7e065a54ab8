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
import { utcFormatter } from './formatUtc.js';
import type { ReportRow } from './ReportRow.js';
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
 * One row per instance, in result order. Instances are named
 * `<tenant>/production` and `<tenant>/sandbox-<k>`, sandboxes numbered from 1
 * per tenant in result order. Rows are produced lazily: a fleet of a million
 * tenants has millions of instances, too many to hold as objects at once.
 */
export function* instanceRows(result: SimulationResult): Generator<ReportRow> {
  const { instances, tenants, regions } = result;
  const time = utcFormatter(result.epochDate);
  const sandboxesSeen = new Uint32Array(tenants.count);
  for (let i = 0; i < instances.count; i++) {
    const t = instances.tenant[i];
    const tenant = tenants.id[t];
    const production = instances.kind[i] === PRODUCTION;
    yield {
      tenant,
      instance: production ? `${tenant}/production` : `${tenant}/sandbox-${++sandboxesSeen[t]}`,
      kind: INSTANCE_KINDS[instances.kind[i]],
      region: regions[instances.region[i]],
      deployment: DEPLOYMENTS[tenants.deployment[t]],
      on_premises_version: tenants.onPremisesVersion[t],
      from_version: VERSION_CODES[instances.fromVersion[i]],
      to_version: VERSION_CODES[instances.toVersion[i]],
      first_scheduled_utc: time(instances.firstScheduledAt[i]),
      scheduled_utc: time(instances.scheduledAt[i]),
      approved_utc: time(instances.approvedAt[i]),
      rescheduled_utc: time(instances.rescheduledAt[i]),
      start_utc: time(instances.startAt[i]),
      backup_end_utc: time(instances.backupEndAt[i]),
      restore_end_utc: time(instances.restoreEndAt[i]),
      upgrade_end_utc: time(instances.upgradeEndAt[i]),
      completed_utc: time(instances.completedAt[i]),
      outcome: OUTCOMES[instances.outcome[i]],
      attempts: instances.attempts[i],
      steps_completed: instances.stepsCompleted[i],
      fallbacks: instances.fallbacks[i],
      reschedules: instances.reschedules[i],
      failures: instances.failures[i],
      mandatory: instances.mandatory[i],
      downtime_hours: round(instances.downtimeHours[i], DECIMALS.hours),
    };
  }
}
