/**
 * What the planner's charts draw: aggregated series computed from a run (in
 * the worker), small enough to send to the page whatever the fleet's size.
 * Charts read these, never the per-instance records.
 */
import {
  BACKUP_KINDS,
  CHANNELS,
  MESSAGE_TYPES,
  OUTCOME_ALREADY_CURRENT,
  OUTCOME_NOT_APPROVED,
  type BackupKind,
  type Channel,
  type MessageType,
  type SimulationResult,
  type WaveWindow,
} from '../model/SimulationResult.js';
import { windowEndStatus } from './windowEndStatus.js';

/** Instances by how their update went, for the policy-compliance view. */
export interface ComplianceSplit {
  /** Was on n from the start. */
  alreadyCurrent: number;
  /** Its admin approved (perhaps after rescheduling). */
  approved: number;
  /** Ran without approval because it was mandatory. */
  mandatory: number;
  /** Its admin rescheduled at least once. */
  rescheduled: number;
  /** An optional update its admin never approved. */
  neverApproved: number;
}

export interface ViewSeries {
  scenarioName: string;
  seed: number;
  /** Hour 0 is 00:00 UTC on this date. */
  epochDate: string;
  windowStartHour: number;
  windowEndHour: number;
  supportEndHour: number;
  /** Length of every hourly series; index h covers [h, h + 1). */
  hours: number;
  regions: string[];
  regionSlots: number[];
  instances: number;

  /** Throughput: update steps completed per hour, per region. */
  completionsByRegion: Float64Array[];
  /** First hour at whose end at least 50 %, 90 % and 99 % of instances are on n (null: never). */
  shareMilestones: { share: number; hour: number | null }[];

  /** Capacity: most slots in use during the hour, and capacity, per region. */
  slotUse: Float64Array[];
  slotCapacity: Float64Array[];
  /** Instances waiting for a slot at the end of the hour. */
  queued: Float64Array;
  /** Mean Queued wait (hours) of the updates started in the hour; NaN when none started. */
  meanWaitHours: Float64Array;

  /** Policy compliance: share of instances on n at the end of each hour. */
  shareOnN: Float64Array;
  split: ComplianceSplit;
  /** Instances on n, n-1 and n-2 as n-1's support ends (null when outside the run). */
  versionsAtSupportEnd: [number, number, number] | null;
  outOfPolicyAtWindowEnd: number;

  /** Storage: Total Storage Used, reported and actual, GB. */
  reportedStorageGb: Float64Array;
  actualStorageGb: Float64Array;

  /** Backup load by kind (GB/h, BACKUP_KINDS order) against capacity. */
  backupKinds: readonly BackupKind[];
  backupDemand: Float64Array[];
  backupCapacity: Float64Array;
  /** Backup storage held by retention, GB at the end of each hour: system backups, then on-demand ones. */
  retainedSystemBackupGb: Float64Array;
  retainedOnDemandBackupGb: Float64Array;

  /** Schedule heatmap: update starts per UTC day (from day `firstDay`) and hour of day, row-major days x 24. */
  heatmap: { firstDay: number; days: number; starts: Float64Array };

  /** Incidents, planned maintenance, health-gate halts and bakes between waves, for the time charts to shade. */
  spans: ViewSpan[];
  /** The scenario's waves, in its order, with the hours their dates cover: the time charts shade them and write their names. */
  waveSpans: WaveWindow[];

  /** Messages sent, by type and channel. */
  messages: { type: MessageType; channel: Channel; count: number }[];
}

/** What a time span on the charts stands for. */
export type SpanKind = 'incident' | 'maintenance' | 'halt' | 'bake';

/** A stretch of time the time charts shade: an incident, a planned maintenance, a health gate's halt or a wave held for its bake. */
export interface ViewSpan {
  kind: SpanKind;
  start: number;
  end: number;
  /** What it was, in words ("major incident in NAM"). */
  label: string;
}

/** The run's incidents, halts and bakes as spans, in start order; a halt still on at the run's end lasts to it. */
export function timeSpans(result: SimulationResult): ViewSpan[] {
  const spans: ViewSpan[] = [];
  for (const incident of result.incidents) {
    if (!Number.isFinite(incident.end)) continue;
    const where = incident.region === '*' ? 'every region' : incident.region;
    const kind: SpanKind = incident.kind === 'plannedMaintenance' ? 'maintenance' : 'incident';
    const what = incident.kind === 'plannedMaintenance' ? 'planned maintenance' : incident.kind === 'major' ? 'major incident' : 'unplanned incident';
    spans.push({ kind, start: incident.start, end: incident.end, label: `${what} in ${where}` });
  }
  const haltedSince = new Map<string, { at: number; signal: string }>();
  for (const g of result.gates) {
    if (g.decision === 'halt') haltedSince.set(g.scope, { at: g.time, signal: g.signal });
    else if (g.decision === 'resume' && haltedSince.has(g.scope)) {
      const halt = haltedSince.get(g.scope)!;
      haltedSince.delete(g.scope);
      spans.push({ kind: 'halt', start: halt.at, end: g.time, label: `${g.scope === '*' ? 'fleet' : g.scope} halted (${halt.signal})` });
    }
  }
  for (const [scope, halt] of haltedSince) spans.push({ kind: 'halt', start: halt.at, end: result.horizonHours, label: `${scope === '*' ? 'fleet' : scope} halted (${halt.signal})` });
  for (const bake of result.bakes) spans.push({ kind: 'bake', start: bake.from, end: bake.to, label: `wave "${bake.wave}" held for its bake` });
  return spans.sort((a, b) => a.start - b.start);
}

/** The first hour at whose end `share` is reached, or null. */
function firstHourReaching(shareOnN: Float64Array, share: number): number | null {
  for (let h = 0; h < shareOnN.length; h++) if (shareOnN[h] >= share) return h + 1;
  return null;
}

/** Aggregates a run into the planner's view series. */
export function viewSeries(result: SimulationResult): ViewSeries {
  const { hourly, instances } = result;
  const meanWaitHours = new Float64Array(hourly.hours);
  for (let h = 0; h < hourly.hours; h++) meanWaitHours[h] = hourly.starts[h] > 0 ? hourly.queueWaitSum[h] / hourly.starts[h] : NaN;

  const split: ComplianceSplit = { alreadyCurrent: 0, approved: 0, mandatory: 0, rescheduled: 0, neverApproved: 0 };
  for (let i = 0; i < instances.count; i++) {
    if (instances.outcome[i] === OUTCOME_ALREADY_CURRENT) split.alreadyCurrent++;
    if (!Number.isNaN(instances.approvedAt[i])) split.approved++;
    if (instances.mandatory[i]) split.mandatory++;
    if (instances.reschedules[i] > 0) split.rescheduled++;
    if (instances.outcome[i] === OUTCOME_NOT_APPROVED) split.neverApproved++;
  }

  // Heatmap over the days on which any update started.
  let firstStart = -1;
  let lastStart = -1;
  for (let h = 0; h < hourly.hours; h++) {
    if (hourly.starts[h] > 0) {
      if (firstStart < 0) firstStart = h;
      lastStart = h;
    }
  }
  const firstDay = firstStart < 0 ? Math.floor(result.windowStartHour / 24) : Math.floor(firstStart / 24);
  const days = firstStart < 0 ? 0 : Math.floor(lastStart / 24) - firstDay + 1;
  const starts = new Float64Array(days * 24);
  for (let h = Math.max(0, firstDay * 24); h <= lastStart; h++) starts[h - firstDay * 24] = hourly.starts[h];

  return {
    scenarioName: result.scenarioName,
    seed: result.seed,
    epochDate: result.epochDate,
    windowStartHour: result.windowStartHour,
    windowEndHour: result.windowEndHour,
    supportEndHour: result.supportEndHour,
    hours: hourly.hours,
    regions: result.regions,
    regionSlots: result.regionSlots,
    instances: instances.count,
    completionsByRegion: hourly.completionsByRegion,
    shareMilestones: [0.5, 0.9, 0.99].map((share) => ({ share, hour: firstHourReaching(hourly.shareOnN, share) })),
    slotUse: hourly.slotUse,
    slotCapacity: hourly.slotCapacity,
    queued: hourly.queued,
    meanWaitHours,
    shareOnN: hourly.shareOnN,
    split,
    versionsAtSupportEnd: result.versionsAtSupportEnd,
    outOfPolicyAtWindowEnd: windowEndStatus(result).outOfPolicy,
    reportedStorageGb: hourly.reportedStorageGb,
    actualStorageGb: hourly.actualStorageGb,
    backupKinds: BACKUP_KINDS,
    backupDemand: hourly.backupDemand,
    backupCapacity: hourly.backupCapacity,
    retainedSystemBackupGb: hourly.retainedSystemBackupGb,
    retainedOnDemandBackupGb: hourly.retainedOnDemandBackupGb,
    heatmap: { firstDay, days, starts },
    spans: timeSpans(result),
    waveSpans: result.waves,
    messages: MESSAGE_TYPES.flatMap((type, t) => CHANNELS.map((channel, c) => ({ type, channel, count: result.messages[t][c] }))),
  };
}
