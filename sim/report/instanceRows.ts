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
import { ByteChunks } from './ByteChunks.js';
import { csvField, csvText } from './csvField.js';
import { utcFormatter } from './formatUtc.js';
import { UtcBytes } from './UtcBytes.js';
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
 * One row per instance, keyed by column, in result order. Instances are
 * named `<tenant>/production` and `<tenant>/sandbox-<k>`, sandboxes numbered
 * from 1 per tenant in result order. Rows are produced lazily: a fleet of a
 * million tenants has millions of instances, too many to hold as objects at
 * once.
 */
export function* instanceRows(result: SimulationResult): Generator<ReportRow> {
  const { instances, tenants, regions } = result;
  const time = utcFormatter(result.epochDate);
  const sandboxesSeen = new Uint32Array(tenants.count);
  for (let i = 0; i < instances.count; i++) {
    const t = instances.tenant[i];
    const tenant = tenants.id[t];
    yield {
      tenant,
      instance: instances.kind[i] === PRODUCTION ? `${tenant}/production` : `${tenant}/sandbox-${++sandboxesSeen[t]}`,
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
    } satisfies Record<(typeof INSTANCE_COLUMNS)[number], Cell>;
  }
}

/** Bytes of a line beyond its user text: nine times, six words, six counts, a number and the commas. */
const LINE_BYTES_BEYOND_USER_TEXT = 512;

const COMMA = 0x2c;
const NO_BYTES: Uint8Array = new Uint8Array(0);
/** Printable ASCII, a byte a character. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const NEWLINE = 0x0a;

/**
 * instances.csv as UTF-8 chunks, straight from the result's typed arrays
 * into bytes: user text escaped by `csvText` and encoded once per tenant or
 * region, the report's own words (which need no escaping) encoded once, and
 * times and numbers written digit by digit (UtcBytes, ByteChunks). The same bytes as `csvChunks` of
 * `instanceRows`, without a string per line: building those strings was
 * about a quarter of a large run's time. `chunkBytes` is for tests.
 */
export function* instanceCsvChunks(result: SimulationResult, chunkBytes?: number): Generator<Uint8Array<ArrayBuffer>> {
  const { instances, tenants, regions } = result;
  const encoder = new TextEncoder();
  const csvBytes = (text: string) => encoder.encode(csvText(text));
  // On-premises versions repeat across tenants: each is escaped and encoded once.
  const versionBytes = new Map<string, Uint8Array>();
  const regionBytes = regions.map(csvBytes);
  const time = new UtcBytes(result.epochDate);
  const words = (list: readonly string[]) => list.map((word) => encoder.encode(word));
  const kindWords = words(INSTANCE_KINDS);
  const deploymentWords = words(DEPLOYMENTS);
  const versionWords = words(VERSION_CODES);
  const outcomeWords = words(OUTCOMES);
  const times = [instances.firstScheduledAt, instances.scheduledAt, instances.approvedAt, instances.rescheduledAt, instances.startAt, instances.backupEndAt, instances.restoreEndAt, instances.upgradeEndAt, instances.completedAt];
  const counts = [instances.attempts, instances.stepsCompleted, instances.fallbacks, instances.reschedules, instances.failures, instances.mandatory];
  const sandboxesSeen = new Uint32Array(tenants.count);
  const out = new ByteChunks(chunkBytes);
  const header = encoder.encode(`${INSTANCE_COLUMNS.map(csvField).join(',')}\n`);
  out.reserve(header.length);
  out.bytes(header);
  let tenantOf = -1;
  /** The tenant's id is ASCII and needs no escaping: it is copied as it is, and so is an instance name made of it and an ASCII suffix. */
  let tenantPlain = false;
  let tenantBytes = NO_BYTES;
  let onPremisesBytes = NO_BYTES;
  for (let i = 0; i < instances.count; i++) {
    const t = instances.tenant[i];
    const tenant = tenants.id[t];
    if (t !== tenantOf) {
      tenantOf = t;
      tenantPlain = PLAIN_ASCII.test(tenant) && csvText(tenant) === tenant;
      tenantBytes = tenantPlain ? NO_BYTES : csvBytes(tenant);
      const version = tenants.onPremisesVersion[t];
      let bytes = versionBytes.get(version);
      if (!bytes) versionBytes.set(version, (bytes = csvBytes(version)));
      onPremisesBytes = bytes;
    }
    const suffix = instances.kind[i] === PRODUCTION ? '/production' : `/sandbox-${++sandboxesSeen[t]}`;
    const nameBytes = tenantPlain ? undefined : csvBytes(tenant + suffix);
    const region = regionBytes[instances.region[i]];
    const full = out.reserve(LINE_BYTES_BEYOND_USER_TEXT + 2 * tenant.length + tenantBytes.length + (nameBytes?.length ?? 0) + region.length + onPremisesBytes.length);
    if (full) yield full;
    if (tenantPlain) {
      out.ascii(tenant);
      out.byte(COMMA);
      out.ascii(tenant);
      out.ascii(suffix);
    } else {
      out.bytes(tenantBytes);
      out.byte(COMMA);
      out.bytes(nameBytes!);
    }
    out.byte(COMMA);
    out.bytes(kindWords[instances.kind[i]]);
    out.byte(COMMA);
    out.bytes(region);
    out.byte(COMMA);
    out.bytes(deploymentWords[tenants.deployment[t]]);
    out.byte(COMMA);
    out.bytes(onPremisesBytes);
    out.byte(COMMA);
    out.bytes(versionWords[instances.fromVersion[i]]);
    out.byte(COMMA);
    out.bytes(versionWords[instances.toVersion[i]]);
    for (const at of times) {
      out.byte(COMMA);
      out.utc(time, at[i]);
    }
    out.byte(COMMA);
    out.bytes(outcomeWords[instances.outcome[i]]);
    for (const count of counts) {
      out.byte(COMMA);
      out.uint(count[i]);
    }
    out.byte(COMMA);
    out.rounded(instances.downtimeHours[i], DECIMALS.hours);
    out.byte(NEWLINE);
  }
  const rest = out.rest();
  if (rest) yield rest;
}
