/**
 * A small hand-made SimulationResult whose KPIs can be worked out by hand:
 * 2 regions, 5 tenants, 10 instances with known times and outcomes, 4 hours
 * of hourly series. Tests derive expected values from the comments here,
 * never from running the report code.
 *
 * Epoch 2025-03-01; window from hour 240 (2025-03-11) to hour 480
 * (2025-03-21, exclusive); n-1 support ends at hour 360 (2025-03-16), so n-1
 * is out of policy at the window end.
 */
import {
  CHANNELS,
  MESSAGE_TYPES,
  ONLINE,
  ON_PREMISES,
  OUTCOME_ALREADY_CURRENT,
  OUTCOME_IMPORT_REFUSED,
  OUTCOME_MISSED_WINDOW,
  OUTCOME_NOT_APPROVED,
  OUTCOME_UPDATED,
  PRODUCTION,
  SANDBOX,
  VERSION_N,
  VERSION_N1,
  VERSION_N2,
  type SimulationResult,
} from '../../sim/model/SimulationResult.js';

export interface MakeResultOptions {
  /** Names of the two regions (default "north", "south"). */
  regions?: [string, string];
  /** Ids of the five tenants (default T00001 ... T00005). */
  tenantIds?: [string, string, string, string, string];
}

/** One instance as written in the table below; times in hours, NaN = never. */
interface Row {
  tenant: number;
  kind: number;
  region: number;
  from: number;
  to: number;
  firstScheduled: number;
  scheduled: number;
  approved: number;
  rescheduled: number;
  start: number;
  backupEnd: number;
  restoreEnd: number;
  upgradeEnd: number;
  completed: number;
  outcome: number;
  attempts: number;
  steps: number;
  fallbacks: number;
  reschedules: number;
  failures: number;
  mandatory: number;
  downtime: number;
}

const _ = NaN;

const ROWS: Row[] = [
  // 0: T1 production, n-1 -> n, completed at 250 (2025-03-11T10:00Z)
  { tenant: 0, kind: PRODUCTION, region: 0, from: VERSION_N1, to: VERSION_N, firstScheduled: 244, scheduled: 244, approved: 10, rescheduled: _, start: 246, backupEnd: 246.5, restoreEnd: 247, upgradeEnd: 250, completed: 250, outcome: OUTCOME_UPDATED, attempts: 1, steps: 1, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 2.5 },
  // 1: T1 sandbox-1, n-1 -> n, completed at 245
  { tenant: 0, kind: SANDBOX, region: 0, from: VERSION_N1, to: VERSION_N, firstScheduled: 240, scheduled: 240, approved: 12, rescheduled: _, start: 241, backupEnd: 241.25, restoreEnd: 241.5, upgradeEnd: 245, completed: 245, outcome: OUTCOME_UPDATED, attempts: 1, steps: 1, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 3 },
  // 2: T1 sandbox-2, already on n
  { tenant: 0, kind: SANDBOX, region: 0, from: VERSION_N, to: VERSION_N, firstScheduled: _, scheduled: _, approved: _, rescheduled: _, start: _, backupEnd: _, restoreEnd: _, upgradeEnd: _, completed: _, outcome: OUTCOME_ALREADY_CURRENT, attempts: 0, steps: 0, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 0 },
  // 3: T2 production, n-2 -> n directly (approach one), mandatory, completed at 300
  { tenant: 1, kind: PRODUCTION, region: 0, from: VERSION_N2, to: VERSION_N, firstScheduled: 296, scheduled: 296, approved: _, rescheduled: _, start: 296, backupEnd: 297, restoreEnd: 297.5, upgradeEnd: 300, completed: 300, outcome: OUTCOME_UPDATED, attempts: 1, steps: 1, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 1, downtime: 4 },
  // 4: T2 sandbox-1, n-2 -> n-1 -> n, completed at 290
  { tenant: 1, kind: SANDBOX, region: 0, from: VERSION_N2, to: VERSION_N, firstScheduled: 250, scheduled: 286, approved: 20, rescheduled: _, start: 286, backupEnd: 286.5, restoreEnd: 287, upgradeEnd: 290, completed: 290, outcome: OUTCOME_UPDATED, attempts: 2, steps: 2, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 6 },
  // 5: T3 production, n-1, never approved: out of policy (n-1 after support end)
  { tenant: 2, kind: PRODUCTION, region: 1, from: VERSION_N1, to: VERSION_N1, firstScheduled: 260, scheduled: 260, approved: _, rescheduled: _, start: _, backupEnd: _, restoreEnd: _, upgradeEnd: _, completed: _, outcome: OUTCOME_NOT_APPROVED, attempts: 0, steps: 0, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 0 },
  // 6: T3 sandbox-1, already on n
  { tenant: 2, kind: SANDBOX, region: 1, from: VERSION_N, to: VERSION_N, firstScheduled: _, scheduled: _, approved: _, rescheduled: _, start: _, backupEnd: _, restoreEnd: _, upgradeEnd: _, completed: _, outcome: OUTCOME_ALREADY_CURRENT, attempts: 0, steps: 0, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 0 },
  // 7: T4 production, on premises 8.1: import refused (out of policy)
  { tenant: 3, kind: PRODUCTION, region: 1, from: VERSION_N2, to: VERSION_N2, firstScheduled: _, scheduled: _, approved: _, rescheduled: _, start: _, backupEnd: _, restoreEnd: _, upgradeEnd: _, completed: _, outcome: OUTCOME_IMPORT_REFUSED, attempts: 0, steps: 0, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 0 },
  // 8: T5 production, n-2, missed the window (out of policy, n-2)
  { tenant: 4, kind: PRODUCTION, region: 1, from: VERSION_N2, to: VERSION_N2, firstScheduled: 470, scheduled: 470, approved: 30, rescheduled: _, start: _, backupEnd: _, restoreEnd: _, upgradeEnd: _, completed: _, outcome: OUTCOME_MISSED_WINDOW, attempts: 0, steps: 0, fallbacks: 0, reschedules: 0, failures: 0, mandatory: 0, downtime: 0 },
  // 9: T5 sandbox-1, n-1 -> n after a reschedule, a failure and a fallback, completed at 400
  { tenant: 4, kind: SANDBOX, region: 1, from: VERSION_N1, to: VERSION_N, firstScheduled: 300, scheduled: 396, approved: 40, rescheduled: 41.75, start: 396, backupEnd: 396.5, restoreEnd: 397, upgradeEnd: 400, completed: 400, outcome: OUTCOME_UPDATED, attempts: 2, steps: 1, fallbacks: 1, reschedules: 1, failures: 1, mandatory: 0, downtime: 3.25 },
];

/**
 * Builds the hand-made result. Known values: 10 instances, 7 on n at the
 * window end (2 already, 5 updated at 245, 250, 290, 300, 400), so 70 %;
 * 50 % (5 instances) is reached at hour 290, (290 - 240) / 24 = 2.0833 days;
 * 90 % never. Out of policy: 3 (instance 8 on n-2, 5 on n-1, 7 refused).
 * Queue waits 0, 1, 2, 3, 10: mean 3.2, p95 (type 7) 3 + 0.8 * 7 = 8.6.
 */
export function makeResult(options: MakeResultOptions = {}): SimulationResult {
  const regions = options.regions ?? ['north', 'south'];
  const tenantIds = options.tenantIds ?? ['T00001', 'T00002', 'T00003', 'T00004', 'T00005'];
  const n = ROWS.length;
  const column = <T extends Float64Array | Uint8Array | Uint16Array | Int32Array>(
    make: new (values: number[]) => T,
    pick: (row: Row) => number,
  ): T => new make(ROWS.map(pick));
  const messages = MESSAGE_TYPES.map(() => CHANNELS.map(() => 0));
  const recipients = MESSAGE_TYPES.map(() => CHANNELS.map(() => 0));
  // updateScheduled: 5 tenants on every channel; reminder90: email and admin center only; one fallback email.
  messages[0] = [5, 5, 5];
  recipients[0] = [5, 7, 5];
  messages[1] = [0, 5, 5];
  recipients[1] = [0, 7, 5];
  messages[8] = [0, 1, 1];
  recipients[8] = [0, 2, 1];
  return {
    scenarioName: 'hand-made',
    seed: 1,
    epochDate: '2025-03-01',
    windowStartHour: 240,
    windowEndHour: 480,
    windowEndDay: 19,
    supportEndHour: 360,
    lastSupportedDay: 14,
    horizonHours: 480,
    regions: [...regions],
    regionSlots: [4, 3],
    regionBackupGbPerHour: [100, 50],
    tenants: {
      count: 5,
      id: [...tenantIds],
      region: new Uint16Array([0, 0, 1, 1, 1]),
      admin: new Uint8Array([0, 1, 2, 3, 1]),
      complexity: new Uint8Array([0, 1, 2, 1, 0]),
      deployment: new Uint8Array([ONLINE, ONLINE, ONLINE, ON_PREMISES, ON_PREMISES]),
      onPremisesVersion: ['', '', '', '8.1', '9.0'],
      extraRecipients: new Uint16Array([2, 0, 0, 0, 1]),
    },
    instances: {
      count: n,
      tenant: column(Int32Array, (r) => r.tenant),
      kind: column(Uint8Array, (r) => r.kind),
      region: column(Uint16Array, (r) => r.region),
      fromVersion: column(Uint8Array, (r) => r.from),
      toVersion: column(Uint8Array, (r) => r.to),
      storageGb: column(Float64Array, (r) => (r.kind === PRODUCTION ? 200 : 100)),
      firstScheduledAt: column(Float64Array, (r) => r.firstScheduled),
      scheduledAt: column(Float64Array, (r) => r.scheduled),
      approvedAt: column(Float64Array, (r) => r.approved),
      rescheduledAt: column(Float64Array, (r) => r.rescheduled),
      startAt: column(Float64Array, (r) => r.start),
      backupEndAt: column(Float64Array, (r) => r.backupEnd),
      restoreEndAt: column(Float64Array, (r) => r.restoreEnd),
      upgradeEndAt: column(Float64Array, (r) => r.upgradeEnd),
      completedAt: column(Float64Array, (r) => r.completed),
      outcome: column(Uint8Array, (r) => r.outcome),
      attempts: column(Uint16Array, (r) => r.attempts),
      stepsCompleted: column(Uint8Array, (r) => r.steps),
      fallbacks: column(Uint16Array, (r) => r.fallbacks),
      reschedules: column(Uint16Array, (r) => r.reschedules),
      failures: column(Uint16Array, (r) => r.failures),
      mandatory: column(Uint8Array, (r) => r.mandatory),
      // Downtime sums to 2.5 + 3 + 4 + 6 + 3.25 = 18.75 hours.
      downtimeHours: column(Float64Array, (r) => r.downtime),
    },
    hourly: {
      hours: 4,
      completions: new Float64Array([0, 1, 2, 0]),
      completionsByRegion: [new Float64Array([0, 1, 1, 0]), new Float64Array([0, 0, 1, 0])],
      // Four starts that waited 0, 1, 2 and 3 hours.
      starts: new Float64Array([2, 1, 1, 0]),
      queueWaitSum: new Float64Array([1, 2, 3, 0]),
      inProgress: new Float64Array([1, 2, 1, 0]),
      queued: new Float64Array([3, 1, 0, 0]),
      slotUse: [new Float64Array([1, 4, 2, 0]), new Float64Array([0, 1, 2, 1])],
      slotCapacity: [new Float64Array([4, 4, 4, 4]), new Float64Array([3, 3, 0, 3])],
      // system, onDemand, update, restore: totals 50, 160, 30, 0 against 150 GB/h.
      backupDemand: [
        new Float64Array([10, 20, 0, 0]),
        new Float64Array([0, 5, 0, 0]),
        new Float64Array([40, 120, 30, 0]),
        new Float64Array([0, 15, 0, 0]),
      ],
      backupCapacity: new Float64Array([150, 150, 150, 150]),
      // Gaps 0, 100, 50, 0.5 GB: the largest is 100 GB, 10 % of actual.
      reportedStorageGb: new Float64Array([1000, 900, 950, 1000]),
      actualStorageGb: new Float64Array([1000, 1000, 1000, 1000.5]),
      // Backups held: 3,000 GB of system backups throughout, on-demand ones growing from 0 to 25 GB.
      retainedSystemBackupGb: new Float64Array([3000, 3000, 3000, 3000]),
      retainedOnDemandBackupGb: new Float64Array([0, 5, 5, 25]),
      shareOnN: new Float64Array([0.2, 0.3, 0.5, 0.7]),
    },
    counters: {
      updatesCompleted: 6,
      approvals: 4,
      reschedules: 1,
      fallbacks: 1,
      overrunsNotStarted: 2,
      overrunsAborted: 1,
      failures: 1,
      mandatoryUpdates: 1,
      onDemandBackups: 3,
      restores: 1,
      restoresRefused: 2,
      importsRefused: 1,
      imports: 1,
    },
    // north: 3 started, 1 stopped at its window end; south: 2 started, 2 not started in time.
    regionUpdates: [
      { started: 3, overrunsNotStarted: 0, overrunsAborted: 1 },
      { started: 2, overrunsNotStarted: 2, overrunsAborted: 0 },
    ],
    messages,
    recipients,
    queueWaitsHours: new Float64Array([0, 1, 2, 3, 10]),
    peakSlotUse: [4, 2],
    versionsAtSupportEnd: [2, 1, 1],
    incidents: [
      {
        kind: 'major',
        region: regions[1],
        start: 250.5,
        end: 254,
        noticeAt: 250.5,
        postIncidentReportAt: 422,
        pauseUpdates: true,
        slowdown: 1.5,
        failureMultiplier: 2,
        updatesDisplaced: 3,
        adminsNotified: 2,
      },
      {
        kind: 'plannedMaintenance',
        region: '*',
        start: 300,
        end: NaN,
        // Announced five days ahead.
        noticeAt: 180,
        postIncidentReportAt: NaN,
        pauseUpdates: false,
        slowdown: 1,
        failureMultiplier: 1,
        updatesDisplaced: 0,
        adminsNotified: 0,
      },
    ],
    defectFrom: NaN,
    targets: { shareOnN: 0.98, onTimeShare: 0.99 },
    bakes: [],
    waves: [],
    bakeHours: 0,
    gates: [],
    gateSummary: { halts: 0, falseHalts: 0, hoursHalted: 0, firstHaltAt: NaN, detectedAt: NaN, exposure: 0, updatedWithDefect: 0, updatesDisplaced: 0 },
    events: 0,
  };
}
