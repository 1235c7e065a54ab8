/**
 * What one run of a release wave produces: per-instance records, hourly
 * series, counters and messages. Plain data and typed arrays, so it crosses a
 * worker boundary and feeds the report layer, which turns it into rows.
 *
 * Times are hours since the epoch, 00:00 UTC on `epochDate` (the day the
 * updates are announced); NaN means "never happened".
 */

/** Version codes used in typed arrays. */
export const VERSION_CODES = ['n', 'n-1', 'n-2'] as const;
export const VERSION_N = 0;
export const VERSION_N1 = 1;
export const VERSION_N2 = 2;

export const INSTANCE_KINDS = ['production', 'sandbox'] as const;
export const PRODUCTION = 0;
export const SANDBOX = 1;

export const DEPLOYMENTS = ['online', 'onPremises'] as const;
export const ONLINE = 0;
export const ON_PREMISES = 1;

/** How an instance ended the release window */
export const OUTCOMES = [
  /** Was on n from the start. */
  'alreadyCurrent',
  /** Reached n inside the release window */
  'updated',
  /** An optional update that its admin never approved: it did not run. */
  'notApproved',
  /** Its update (or its next fallback, retry or step) fell after the window end. */
  'missedWindow',
  /** An on-premises organization below 8.2: import refused. */
  'importRefused',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_ALREADY_CURRENT = 0;
export const OUTCOME_UPDATED = 1;
export const OUTCOME_NOT_APPROVED = 2;
export const OUTCOME_MISSED_WINDOW = 3;
export const OUTCOME_IMPORT_REFUSED = 4;

/**
 * Message types of the communication table (seed 000), the incident emails
 * and the planned-maintenance notice (seed 001), and the on-premises import's
 * own messages (model choice).
 */
export const MESSAGE_TYPES = [
  'updateScheduled',
  'reminder90',
  'reminder30',
  'reminder15',
  'reminder7',
  'scheduleConfirmed',
  'updateInProgress',
  'updateSuccessful',
  'fallback',
  'updateRescheduled',
  'incidentStarted',
  'incidentResolved',
  'maintenanceScheduled',
  'importScheduled',
  'importCompleted',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const CHANNELS = ['inProductAlert', 'email', 'adminCenter'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Kinds of load on a region's backup system. */
export const BACKUP_KINDS = ['system', 'onDemand', 'update', 'restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** One row per instance; all arrays have `count` entries. */
export interface InstanceRecords {
  count: number;
  /** Index into `tenants`. */
  tenant: Int32Array;
  /** PRODUCTION or SANDBOX. */
  kind: Uint8Array;
  region: Uint16Array;
  /** Version code at the start (VERSION_N...). */
  fromVersion: Uint8Array;
  /** Version code at the end. */
  toVersion: Uint8Array;
  storageGb: Float64Array;
  /** First date the service scheduled (start of its 12-hour window). */
  firstScheduledAt: Float64Array;
  /** Start of the window of its last scheduled update. */
  scheduledAt: Float64Array;
  /** When its admin first approved (or rescheduled, which approves). */
  approvedAt: Float64Array;
  /** When its admin last rescheduled. */
  rescheduledAt: Float64Array;
  /** Start of its last update attempt (Backup began), and the ends of its stages. */
  startAt: Float64Array;
  backupEndAt: Float64Array;
  restoreEndAt: Float64Array;
  upgradeEndAt: Float64Array;
  /** When it reached n. */
  completedAt: Float64Array;
  /** OUTCOME_... code. */
  outcome: Uint8Array;
  /** Update attempts started (steps, retries). */
  attempts: Uint16Array;
  /** Update steps completed (two for n-2 to n-1 to n). */
  stepsCompleted: Uint8Array;
  fallbacks: Uint16Array;
  reschedules: Uint16Array;
  failures: Uint16Array;
  /** 1 when an update ran without approval because it was mandatory. */
  mandatory: Uint8Array;
  /** Hours the instance was unavailable (updates and restores). */
  downtimeHours: Float64Array;
}

/** One row per tenant. */
export interface TenantRecords {
  count: number;
  id: string[];
  region: Uint16Array;
  /** Index into ADMIN_PROFILES. */
  admin: Uint8Array;
  /** Index into COMPLEXITIES. */
  complexity: Uint8Array;
  deployment: Uint8Array;
  /** On-premises version such as "8.1", or "" for online tenants. */
  onPremisesVersion: string[];
  extraRecipients: Uint16Array;
}

/** Hourly series; index h covers [h, h + 1) hours after the epoch. */
export interface HourlySeries {
  hours: number;
  /** Update steps completed in the hour. */
  completions: Float64Array;
  /** Per region: update steps completed in the hour. */
  completionsByRegion: Float64Array[];
  /** Updates started (Backup began) in the hour. */
  starts: Float64Array;
  /** Sum of the Queued waits (hours) of the updates started in the hour. */
  queueWaitSum: Float64Array;
  /** Updates running (Backup to Database Upgrade) at the end of the hour. */
  inProgress: Float64Array;
  /** Instances in Queued, waiting for a slot, at the end of the hour. */
  queued: Float64Array;
  /** Per region: highest number of slots in use during the hour. */
  slotUse: Float64Array[];
  /** Per region: slot capacity at the end of the hour (0 while paused). */
  slotCapacity: Float64Array[];
  /** Per backup kind (BACKUP_KINDS order): mean fleet-wide demand during the hour, GB/h. */
  backupDemand: Float64Array[];
  /** Fleet-wide backup capacity, GB/h. */
  backupCapacity: Float64Array;
  /** Total Storage Used as reported (queued-to-upgraded instances omitted), GB, at the end of the hour. */
  reportedStorageGb: Float64Array;
  /** Total Storage Used in fact, GB. */
  actualStorageGb: Float64Array;
  /** Storage the backup system holds for daily system backups still retained, GB, at the end of the hour. */
  retainedSystemBackupGb: Float64Array;
  /** Storage it holds for on-demand backups still retained, GB. */
  retainedOnDemandBackupGb: Float64Array;
  /** Share of all instances on n at the end of the hour. */
  shareOnN: Float64Array;
}

/** One incident, scheduled or drawn at random. */
export interface IncidentRecord {
  kind: string;
  /** Region name, or "*" for all. */
  region: string;
  start: number;
  end: number;
  /** When the admins affected were told: ahead of a planned maintenance, at the start of anything else. */
  noticeAt: number;
  /** Five business days after a major incident's resolution; NaN for other kinds (seed 001). */
  postIncidentReportAt: number;
  pauseUpdates: boolean;
  slowdown: number;
  failureMultiplier: number;
  /** Updates that fell back (could not start) while the incident held their region. */
  updatesDisplaced: number;
  /** Admins emailed at start and at resolution. */
  adminsNotified: number;
}

/** What a health gate watched when it changed state; `investigation` and `fix` are what resumed it. */
export type GateSignal = 'failures' | 'overruns' | 'openIncidents' | 'investigation' | 'fix';

/** A health gate's change of state: a halt, or a resume. */
export interface GateRecord {
  time: number;
  /** Region name, or "*" for a fleet-wide gate. */
  scope: string;
  signal: GateSignal;
  /** The signal's value then (failures or overruns among the latest updates, open incidents); NaN for a resume. */
  value: number;
  threshold: number;
  decision: 'halt' | 'resume';
  /** Whether the bad build was out then: a halt without it is a false halt. */
  defectActive: boolean;
  /** Updates the scope had finished (Database Upgrade ended) by then. */
  updatesSeen: number;
}

/** A bake between waves: the wave held, from the previous wave's first update until it was let go. */
export interface BakeRecord {
  wave: string;
  from: number;
  to: number;
}

/** A wave of the plan and the hours its dates cover (from its first local midnight to its last, across its regions). */
export interface WaveWindow {
  name: string;
  /** The regions it updates, in its order. */
  regions: string[];
  start: number;
  end: number;
}

/** The health gates' figures over the run. */
export interface GateSummary {
  halts: number;
  /** Halts while no bad build was out. */
  falseHalts: number;
  /** Hours halted, summed over scopes. */
  hoursHalted: number;
  firstHaltAt: number;
  /** The first halt while the bad build was out (NaN if none). */
  detectedAt: number;
  /** Instances updated on the bad build before the first halt. */
  exposure: number;
  /** Instances updated on the bad build in all. */
  updatedWithDefect: number;
  /** Updates that could not start by their latest start because a halt or a bake held them. */
  updatesDisplaced: number;
}

export interface Counters {
  updatesCompleted: number;
  approvals: number;
  reschedules: number;
  fallbacks: number;
  /** Updates not started by their latest start time. */
  overrunsNotStarted: number;
  /** Updates stopped at their window end before they finished. */
  overrunsAborted: number;
  failures: number;
  /** Update attempts that ran without approval because they were mandatory. */
  mandatoryUpdates: number;
  onDemandBackups: number;
  /** Restores (to sandboxes only): admins' and those after a failed sandbox update. */
  restores: number;
  /** Admin restores refused because the backup asked for was older than the retention. */
  restoresRefused: number;
  importsRefused: number;
  imports: number;
}

/** One region's updates: how many started, and its window overruns of each kind (summed over regions: the fleet's counters). */
export interface RegionUpdateCounts {
  started: number;
  overrunsNotStarted: number;
  overrunsAborted: number;
}

export interface SimulationResult {
  scenarioName: string;
  seed: number;
  /** Hour 0 is 00:00 UTC on this date (release.announce). */
  epochDate: string;
  /** 00:00 UTC of the window's first date. */
  windowStartHour: number;
  /** When the window closes: the end of the last 12-hour window booked on its last local date, in the region where that comes last. */
  windowEndHour: number;
  /** The window's last date (days since the epoch), a local date in every region. */
  windowEndDay: number;
  /** 00:00 UTC of the first date n-1 is unsupported (each region's support ends at its own local midnight). */
  supportEndHour: number;
  /** n-1's last supported date (days since the epoch), a local date in every region. */
  lastSupportedDay: number;
  /** The run covers [0, horizonHours). */
  horizonHours: number;
  regions: string[];
  regionSlots: number[];
  regionBackupGbPerHour: number[];
  tenants: TenantRecords;
  instances: InstanceRecords;
  hourly: HourlySeries;
  counters: Counters;
  /** Per region, in `regions` order. */
  regionUpdates: RegionUpdateCounts[];
  /** messages[type][channel]: notifications sent (MESSAGE_TYPES x CHANNELS). */
  messages: number[][];
  /** recipients[type][channel]: admins plus the extra recipients they added (end users are not modelled). */
  recipients: number[][];
  /** Every update's wait in Queued for a slot, hours, sorted ascending. */
  queueWaitsHours: Float64Array;
  /** Per region: highest number of slots in use at once. */
  peakSlotUse: number[];
  incidents: IncidentRecord[];
  /** When the bad build went out (NaN: none in the scenario). */
  defectFrom: number;
  /** Every change of state of a health gate, in time order. */
  gates: GateRecord[];
  gateSummary: GateSummary;
  /** The scenario's targets (fractions): least share on n at window end and least on-time share. */
  targets: { shareOnN: number; onTimeShare: number };
  /** Every bake between waves that ended in the run, in time order. */
  bakes: BakeRecord[];
  /** The scenario's waves, in its order, with the hours they cover. */
  waves: WaveWindow[];
  /** Hours each wave's first updates must run without a halt before the next wave starts (0: none). */
  bakeHours: number;
  /** Instances on n, n-1 and n-2 as n-1's support ends (null when that falls outside the run). */
  versionsAtSupportEnd: [number, number, number] | null;
  /** Kernel events run, for benchmarks. */
  events: number;
}
