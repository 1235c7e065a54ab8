/**
 * One release wave played out on the kernel: the service schedules every
 * instance into the window and reminds its admins; admins approve, reschedule
 * or do nothing; at its 12-hour window an instance is Queued for one of its
 * region's update slots, then goes through Backup, Restore and Database
 * Upgrade, or falls back to its alternate date, or fails and is retried.
 * Backups, restores, incidents and storage are tracked alongside.
 *
 * Per-instance state lives in typed arrays indexed by instance; events are
 * numeric kinds whose argument is the instance (or incident) index.
 */
import { GRANTED, Resource, Simulation, TimeWeighted, randomStream, triangular, type EventHandle, type EventKind, type RandomStream } from '../engine/index.js';
import { ADMIN_PROFILES, COMPLEXITIES, type Scenario } from '../scenario/scenarioSchema.js';
import { buildFleet, canImport, type Fleet } from './buildFleet.js';
import { addBusinessDays, dayOf, hoursSinceEpoch, localTimeToHour } from './calendar.js';
import { MSG, MessageLog, REMINDERS } from './communications.js';
import { planIncidents, type IncidentPlan } from './planIncidents.js';
import { planWaves } from './planWaves.js';
import {
  BACKUP_KINDS,
  MESSAGE_TYPES,
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
  type Counters,
  type HourlySeries,
  type IncidentRecord,
  type InstanceRecords,
  type RegionUpdateCounts,
  type SimulationResult,
} from './SimulationResult.js';
import type { TraceEvent, TraceStage } from './TraceEvent.js';
import { isMandatory, nextTargetVersion } from './updatePaths.js';
import { systemBackupDemand, systemBackupDemandAt } from './systemBackupDemand.js';

/** Where an instance is; the update stages carry the domain's names. */
const IDLE = 0;
const SCHEDULED = 1;
const QUEUED = 2;
/** Running: Backup, Restore and Database Upgrade, planned in one go when the slot is granted. */
const UPDATING = 3;
/** Reached n. */
const DONE = 4;
/** Stays behind: not approved, import refused, or past the window end */
const BEHIND = 5;

const NONE = -1;
/** A milestone waiting in its day's bucket, not yet in the diary. */
const BUCKETED = -2;

/** Indexes into BACKUP_KINDS. */
const SYSTEM_LOAD = BACKUP_KINDS.indexOf('system');
const ON_DEMAND_LOAD = BACKUP_KINDS.indexOf('onDemand');
const UPDATE_LOAD = BACKUP_KINDS.indexOf('update');
const RESTORE_LOAD = BACKUP_KINDS.indexOf('restore');

const HOURS_PER_MONTH = 30 * 24;

/**
 * The random streams drawn as updates run, one set per region: no region's
 * draws depend on what happens in another, so changing one region's slots or
 * backup throughput leaves every other region's updates exactly as they were
 * (what lets a capacity search size each region on its own).
 */
interface RegionStreams {
  admins: RandomStream;
  durations: RandomStream;
  failures: RandomStream;
  backups: RandomStream;
  restores: RandomStream;
  schedule: RandomStream;
}

/** Optional observers of a run. */
export interface ReleaseWaveOptions {
  seed?: number;
  /** Receives every message, stage change, restore and reschedule; for tests and debugging (slows the run). */
  trace?: (event: TraceEvent) => void;
}

export class ReleaseWave {
  readonly sim: Simulation;
  private readonly s: Scenario;
  private readonly seed: number;
  private readonly trace: ((event: TraceEvent) => void) | undefined;
  private readonly fleet: Fleet;
  private readonly n: number;
  /** Scenario settings looked up by index in the hot loop. */
  private readonly profiles: Scenario['admins'][keyof Scenario['admins']][];
  private readonly failureOddsByComplexity: number[];
  private readonly upgradeFactorByComplexity: number[];

  // Calendar.
  readonly windowStartHour: number;
  readonly windowEndHour: number;
  private readonly windowEndDay: number;
  readonly supportEndHour: number;
  readonly horizonHours: number;

  // Streams, one per purpose; those drawn as updates run, one set per region (see RegionStreams).
  private readonly regionRng: RegionStreams[];
  private readonly incidentRng: RandomStream;

  // Per-instance state.
  private readonly state: Uint8Array;
  private readonly version: Uint8Array;
  private readonly target: Int8Array;
  /** Window-open time of the pending update. */
  private readonly due: Float64Array;
  /** Window-open time of the alternate date chosen by the admin, or NaN. */
  private readonly alternate: Float64Array;
  private readonly windowClose: Float64Array;
  private readonly approved: Uint8Array;
  private readonly wantsOnDemand: Uint8Array;
  private readonly restoring: Uint8Array;
  /** Next reminder not yet sent (an index into REMINDERS). */
  private readonly nextReminder: Int8Array;
  /** Reminder at which the admin will act next (its milestone), or NONE when the milestone is the window opening. */
  private readonly actingReminder: Int8Array;
  /** The admin's drawn answer to that reminder. */
  private readonly actingAnswer: Float64Array;
  /**
   * The instance's next milestone: the reminder its admin acts on, or its
   * window opening. Reminders nobody acts on need no event of their own: they
   * are counted when the next milestone comes, which keeps the diary small.
   */
  private readonly milestoneEvent: Float64Array;
  /**
   * Milestones after today wait in day buckets and enter the diary when their
   * day begins: most of a fleet's milestones are weeks away, and keeping them
   * out of the heap keeps it shallow. A bucket entry is (instance, generation);
   * a cancelled milestone bumps the generation, leaving a stale entry behind.
   */
  private readonly milestoneAt: Float64Array;
  private readonly milestoneGeneration: Uint32Array;
  private readonly buckets: number[][] = [];
  private releasedDay = 0;
  private readonly dailyGrowth: number;
  private readonly onDemandEvent: Float64Array;
  private readonly latestStartEvent: Float64Array;
  /** The running update's end, or its window's close if that comes first. */
  private readonly endEvent: Float64Array;
  private readonly ticket: Float64Array;
  private readonly failureOdds: Float64Array;
  private readonly records: InstanceRecords;

  // Per region.
  private readonly slots: Resource[];
  private readonly pauses: Int32Array;
  private readonly busiestThisHour: Float64Array;
  /** Current on-demand and restore load per region (GB/h), indexed region * 4 + kind. */
  private readonly regionLoad: Float64Array;
  /** Update copies' (Backup and Restore stages) load per region and hour, GB per hour bin: index region * hours + hour. */
  private readonly updateLoadLedger: Float64Array;
  private readonly regionStorageBase: Float64Array;
  private readonly activeIncidents: number[][];

  // Fleet-wide.
  private readonly fleetLoad: TimeWeighted[];
  private readonly fleetLoadLevel = new Float64Array(BACKUP_KINDS.length);
  private readonly loadIntegralAtHour = new Float64Array(BACKUP_KINDS.length);
  private readonly storageTotalBase: number;
  private omittedBase = 0;
  private onN = 0;
  private running = 0;
  private queued = 0;
  private completionsThisHour = 0;
  private readonly regionCompletionsThisHour: Float64Array;
  private startsThisHour = 0;
  private waitThisHour = 0;
  private versionsAtSupportEnd: [number, number, number] | null = null;
  /** Per region: its sandboxes' instance indexes. */
  private readonly sandboxes: Int32Array[];
  readonly messages = new MessageLog();
  readonly counters: Counters = {
    updatesCompleted: 0,
    approvals: 0,
    reschedules: 0,
    fallbacks: 0,
    overrunsNotStarted: 0,
    overrunsAborted: 0,
    failures: 0,
    mandatoryUpdates: 0,
    onDemandBackups: 0,
    restores: 0,
    importsRefused: 0,
    imports: 0,
  };
  private readonly incidents: IncidentPlan[];
  private readonly incidentRecords: IncidentRecord[];
  private readonly incidentRecipients: number[];
  private readonly hourly: HourlySeries;
  private readonly queueWaits: number[] = [];
  private readonly regionUpdates: RegionUpdateCounts[];

  // Event kinds.
  private readonly MILESTONE: EventKind;
  private readonly LATEST_START: EventKind;
  private readonly UPDATE_END: EventKind;
  private readonly WINDOW_CLOSE: EventKind;
  private readonly ON_DEMAND_START: EventKind;
  private readonly ON_DEMAND_END: EventKind;
  private readonly RESTORE_END: EventKind;
  private readonly ADMIN_RESTORE: EventKind;
  private readonly SUPPORT_END: EventKind;
  private readonly INCIDENT_START: EventKind;
  private readonly INCIDENT_END: EventKind;
  private readonly HOUR: EventKind;
  private readonly DAY: EventKind;

  constructor(scenario: Scenario, options: ReleaseWaveOptions = {}) {
    this.s = scenario;
    this.seed = options.seed ?? scenario.seed;
    this.trace = options.trace;
    const stream = (name: string) => randomStream(this.seed, name);
    const epoch = scenario.release.announce;
    this.windowStartHour = hoursSinceEpoch(epoch, scenario.release.windowStart);
    this.windowEndHour = hoursSinceEpoch(epoch, scenario.release.windowEnd) + 24;
    this.windowEndDay = dayOf(this.windowEndHour) - 1;
    this.supportEndHour = hoursSinceEpoch(epoch, scenario.release.n1SupportEnd) + 24;
    // Room for the last day's windows to open (at any local hour and offset) and close.
    this.horizonHours = this.windowEndHour + 48;

    this.regionRng = scenario.regions.map(({ name }) => {
      const regional = (purpose: string) => stream(`${purpose}/${name}`);
      return {
        admins: regional('admins'),
        durations: regional('durations'),
        failures: regional('failures'),
        backups: regional('backups'),
        restores: regional('restores'),
        schedule: regional('schedule'),
      };
    });
    this.incidentRng = stream('incidents');

    this.fleet = buildFleet(scenario, stream('fleet'));
    this.profiles = ADMIN_PROFILES.map((p) => scenario.admins[p]);
    this.dailyGrowth = scenario.fleet?.storageGrowthPerDay ?? 0;
    this.failureOddsByComplexity = COMPLEXITIES.map((c) => scenario.failures[c]);
    this.upgradeFactorByComplexity = COMPLEXITIES.map((c) => scenario.durations.complexityFactor[c]);
    const n = (this.n = this.fleet.instanceCount);
    this.sim = new Simulation(0, Math.max(1024, n * 2));
    this.state = new Uint8Array(n);
    this.version = Uint8Array.from(this.fleet.instanceVersion);
    this.target = new Int8Array(n).fill(NONE);
    this.due = new Float64Array(n).fill(NaN);
    this.alternate = new Float64Array(n).fill(NaN);
    this.windowClose = new Float64Array(n).fill(NaN);
    this.approved = new Uint8Array(n);
    this.wantsOnDemand = new Uint8Array(n);
    this.restoring = new Uint8Array(n);
    this.nextReminder = new Int8Array(n);
    this.actingReminder = new Int8Array(n).fill(NONE);
    this.actingAnswer = new Float64Array(n);
    this.milestoneEvent = new Float64Array(n).fill(NONE);
    this.milestoneAt = new Float64Array(n);
    this.milestoneGeneration = new Uint32Array(n);
    this.onDemandEvent = new Float64Array(n).fill(NONE);
    this.latestStartEvent = new Float64Array(n).fill(NONE);
    this.endEvent = new Float64Array(n).fill(NONE);
    this.ticket = new Float64Array(n).fill(NONE);
    this.failureOdds = new Float64Array(n);
    this.records = newInstanceRecords(this.fleet);

    const regions = scenario.regions;
    this.slots = regions.map((r) => new Resource(this.sim, r.updateSlots, (i, waited) => this.startUpdate(i, waited)));
    this.pauses = new Int32Array(regions.length);
    this.regionUpdates = regions.map(() => ({ started: 0, overrunsNotStarted: 0, overrunsAborted: 0 }));
    this.busiestThisHour = new Float64Array(regions.length);
    this.regionCompletionsThisHour = new Float64Array(regions.length);
    this.regionLoad = new Float64Array(regions.length * BACKUP_KINDS.length);
    this.regionStorageBase = new Float64Array(regions.length);
    let total = 0;
    for (let i = 0; i < n; i++) {
      this.regionStorageBase[this.fleet.instanceRegion[i]] += this.fleet.instanceStorageGb[i];
      total += this.fleet.instanceStorageGb[i];
    }
    this.storageTotalBase = total;
    this.activeIncidents = regions.map(() => []);
    this.fleetLoad = BACKUP_KINDS.map(() => new TimeWeighted(0, 0));
    const sandboxLists: number[][] = regions.map(() => []);
    for (let i = 0; i < n; i++) if (this.fleet.instanceKind[i] === SANDBOX) sandboxLists[this.fleet.instanceRegion[i]].push(i);
    this.sandboxes = sandboxLists.map((list) => Int32Array.from(list));

    this.incidents = planIncidents(scenario, this.windowStartHour, this.windowEndHour, this.incidentRng);
    this.incidentRecords = this.incidents.map((p) => ({
      kind: p.kind,
      region: p.region < 0 ? '*' : regions[p.region].name,
      start: p.start,
      end: p.end,
      postIncidentReportAt: addBusinessDays(epoch, p.end, 5),
      pauseUpdates: p.pauseUpdates,
      slowdown: p.slowdown,
      failureMultiplier: p.failureMultiplier,
      updatesDisplaced: 0,
      adminsNotified: 0,
    }));
    this.incidentRecipients = this.incidents.map(() => 0);
    this.hourly = newHourlySeries(Math.ceil(this.horizonHours), regions.length);
    this.updateLoadLedger = new Float64Array(regions.length * this.hourly.hours);

    const on = (handler: (arg: number) => void) => this.sim.defineEvent(handler);
    this.MILESTONE = on((i) => this.reachMilestone(i));
    this.LATEST_START = on((i) => this.missLatestStart(i));
    this.UPDATE_END = on((i) => this.endUpdate(i));
    this.WINDOW_CLOSE = on((i) => this.closeWindow(i));
    this.ON_DEMAND_START = on((i) => this.startOnDemandBackup(i));
    this.ON_DEMAND_END = on((i) => this.changeLoad(this.fleet.instanceRegion[i], ON_DEMAND_LOAD, -this.s.durations.backupGbPerHour));
    this.RESTORE_END = on((i) => this.endRestore(i));
    this.ADMIN_RESTORE = on((region) => this.adminRestore(region));
    this.SUPPORT_END = on(() => this.endSupport());
    this.INCIDENT_START = on((k) => this.startIncident(k));
    this.INCIDENT_END = on((k) => this.endIncident(k));
    this.HOUR = on((h) => this.sampleHour(h));
    this.DAY = on((d) => this.releaseDay(d));

    this.plan();
  }

  /** Pre-schedules the fleet and the calendar's fixed events. */
  private plan(): void {
    const f = this.fleet;
    const s = this.s;
    // Hourly samples go into the diary first, so that they run before anything else due at the same hour.
    for (let h = 1; h <= this.hourly.hours; h++) this.sim.scheduleAt(this.HOUR, h, h);
    // Then each day's release of its bucketed milestones, before anything else due at midnight.
    for (let d = 1; d * 24 < this.horizonHours; d++) this.sim.scheduleAt(this.DAY, d * 24, d);
    const productionDay = planWaves(s, f, randomStream(this.seed, 'wavePlan'));
    for (let t = 0; t < f.tenants.count; t++) {
      const refused = f.tenants.deployment[t] === ON_PREMISES && !canImport(f.tenants.onPremisesVersion[t]);
      for (let i = f.firstInstance[t]; i < f.firstInstance[t + 1]; i++) {
        if (this.version[i] === VERSION_N) {
          this.onN++;
          this.state[i] = DONE;
          this.records.outcome[i] = OUTCOME_ALREADY_CURRENT;
        } else if (refused) {
          this.state[i] = BEHIND;
          this.records.outcome[i] = OUTCOME_IMPORT_REFUSED;
          this.counters.importsRefused++;
          this.emit(i, 'ImportRefused');
        } else {
          const lead = f.instanceKind[i] === SANDBOX ? s.sandboxFirst.sandboxLeadDays : 0;
          const day = Math.max(dayOf(this.windowStartHour), productionDay[t] - lead);
          this.beginStep(i, this.openingOn(i, day));
        }
      }
    }
    if (this.supportEndHour < this.horizonHours) this.sim.scheduleAt(this.SUPPORT_END, Math.max(0, this.supportEndHour));
    this.incidents.forEach((p, k) => {
      if (p.start >= this.horizonHours) return;
      this.sim.scheduleAt(this.INCIDENT_START, Math.max(0, p.start), k);
      this.sim.scheduleAt(this.INCIDENT_END, Math.max(0, p.end), k);
    });
    this.s.regions.forEach((_, r) => this.scheduleNextAdminRestore(r));
  }

  // ---- Scheduling and communications ----------------------------------------------------------

  /** Hour at which instance i's 12-hour window opens on `day`. */
  private openingOn(i: number, day: number): number {
    const region = this.s.regions[this.fleet.instanceRegion[i]];
    return localTimeToHour(day, this.s.updateWindow.localStartHour, region.utcOffsetHours);
  }

  /** Starts the instance's next update step: the service schedules it and tells the admins. */
  private beginStep(i: number, opening: number): void {
    this.target[i] = nextTargetVersion(this.fleet.instanceKind[i], this.version[i], this.s.sandboxFirst.approach);
    this.approved[i] = this.isImport(i) ? 1 : 0;
    this.alternate[i] = NaN;
    this.wantsOnDemand[i] = this.rngOf(i).backups() < this.profile(i).onDemandBackup ? 1 : 0;
    if (this.scheduleAt(i, opening)) this.notify(i, MSG.updateScheduled, true);
  }

  /** An on-premises organization being imported: the customer asked for it, no approval round. */
  private isImport(i: number): boolean {
    return this.fleet.tenants.deployment[this.fleet.instanceTenant[i]] === ON_PREMISES;
  }

  /**
   * Puts the pending update at `opening` and plans its reminders and the
   * admin's on-demand backup; an opening after the window leaves the instance
   * behind. Returns whether it is scheduled.
   */
  private scheduleAt(i: number, opening: number): boolean {
    const sim = this.sim;
    this.sendRemindersDue(i);
    this.clearMilestone(i);
    this.cancelEvent(this.onDemandEvent, i);
    if (dayOf(opening + this.s.regions[this.fleet.instanceRegion[i]].utcOffsetHours) > this.windowEndDay) {
      this.state[i] = BEHIND;
      this.due[i] = NaN;
      this.records.outcome[i] = OUTCOME_MISSED_WINDOW;
      this.emit(i, 'MissedWindow');
      return false;
    }
    this.state[i] = SCHEDULED;
    this.due[i] = opening;
    this.records.scheduledAt[i] = opening;
    if (Number.isNaN(this.records.firstScheduledAt[i])) this.records.firstScheduledAt[i] = opening;
    let k = 0;
    while (k < REMINDERS.length && opening - REMINDERS[k].days * 24 <= sim.now) k++;
    this.nextReminder[i] = k;
    this.planMilestone(i);
    const backupAt = opening - this.s.backups.onDemandLeadHours;
    if (this.wantsOnDemand[i] && backupAt >= sim.now) this.onDemandEvent[i] = sim.scheduleAt(this.ON_DEMAND_START, backupAt, i);
    return true;
  }

  private reminderTime(i: number, k: number): number {
    return this.due[i] - REMINDERS[k].days * 24;
  }

  /**
   * Draws the admin's answers to the reminders still ahead until one would
   * act (approve while not yet approved, or reschedule); that reminder is the
   * next milestone, else the window opening is.
   */
  private planMilestone(i: number): void {
    this.clearMilestone(i);
    const p = this.profile(i);
    const now = this.sim.now;
    let k = this.nextReminder[i];
    while (k < REMINDERS.length && this.reminderTime(i, k) <= now) k++;
    for (; k < REMINDERS.length; k++) {
      const u = this.rngOf(i).admins();
      if ((u < p.approve && !this.approved[i]) || (u >= p.approve && u < p.approve + p.reschedule)) {
        this.actingReminder[i] = k;
        this.actingAnswer[i] = u;
        this.setMilestone(i, this.reminderTime(i, k));
        return;
      }
    }
    this.actingReminder[i] = NONE;
    this.setMilestone(i, Math.max(this.due[i], now));
  }

  private setMilestone(i: number, t: number): void {
    const day = Math.floor(t / 24);
    if (day <= this.releasedDay) {
      this.milestoneEvent[i] = this.sim.scheduleAt(this.MILESTONE, t, i);
      return;
    }
    this.milestoneEvent[i] = BUCKETED;
    this.milestoneAt[i] = t;
    (this.buckets[day] ??= []).push(i, this.milestoneGeneration[i]);
  }

  private clearMilestone(i: number): void {
    const handle = this.milestoneEvent[i];
    if (handle === BUCKETED) this.milestoneGeneration[i]++;
    else if (handle !== NONE) this.sim.cancel(handle);
    this.milestoneEvent[i] = NONE;
  }

  /** Day d begins: its bucketed milestones enter the diary. */
  private releaseDay(d: number): void {
    this.releasedDay = d;
    const bucket = this.buckets[d];
    if (!bucket) return;
    for (let k = 0; k < bucket.length; k += 2) {
      const i = bucket[k];
      if (this.milestoneEvent[i] === BUCKETED && this.milestoneGeneration[i] === bucket[k + 1]) {
        this.milestoneEvent[i] = this.sim.scheduleAt(this.MILESTONE, this.milestoneAt[i], i);
      }
    }
    this.buckets[d] = [];
  }

  /** Sends the reminders of the pending update that are due by now. */
  private sendRemindersDue(i: number): void {
    if (this.state[i] !== SCHEDULED) return;
    const now = this.sim.now;
    const people = 1 + this.fleet.tenants.extraRecipients[this.fleet.instanceTenant[i]];
    for (let k = this.nextReminder[i]; k < REMINDERS.length && this.reminderTime(i, k) <= now; k = ++this.nextReminder[i]) {
      this.messages.send(REMINDERS[k].code, people);
      if (this.trace) this.trace({ type: 'message', time: this.reminderTime(i, k), instance: i, message: REMINDERS[k].type, dueAt: this.due[i] });
    }
  }

  private reachMilestone(i: number): void {
    this.milestoneEvent[i] = NONE;
    this.sendRemindersDue(i);
    if (this.actingReminder[i] === NONE) {
      this.openWindow(i);
      return;
    }
    this.act(i, this.actingAnswer[i]);
    // Approving or rescheduling plans afresh; an approval the sandboxes held back does not.
    if (this.state[i] === SCHEDULED && this.milestoneEvent[i] === NONE) this.planMilestone(i);
  }

  /** Sends a message about instance i; with `asks`, its admin may answer it. */
  private notify(i: number, type: number, asks = false): void {
    const t = this.fleet.instanceTenant[i];
    this.messages.send(type, 1 + this.fleet.tenants.extraRecipients[t]);
    if (this.trace) this.trace({ type: 'message', time: this.sim.now, instance: i, message: MESSAGE_TYPES[type], dueAt: this.due[i] });
    if (asks) this.answer(i);
  }

  /** The random streams of instance `i`'s region. */
  private rngOf(i: number): RegionStreams {
    return this.regionRng[this.fleet.instanceRegion[i]];
  }

  private profile(i: number) {
    return this.profiles[this.fleet.tenants.admin[this.fleet.instanceTenant[i]]];
  }

  /** The admin's answer to a message: approve, reschedule, or nothing. */
  private answer(i: number): void {
    if (this.state[i] === SCHEDULED) this.act(i, this.rngOf(i).admins());
  }

  /** Acts on the admin's draw `u`: approve below the profile's approve odds, reschedule in the band above. */
  private act(i: number, u: number): void {
    const p = this.profile(i);
    if (u < p.approve) this.approve(i);
    else if (u < p.approve + p.reschedule) this.reschedule(i, p.rescheduleDays);
  }

  /**
   * A production instance waits for its sandboxes: its admin approves only
   * once every sandbox of the tenant is on the production's target version.
   */
  private waitsForSandbox(i: number): boolean {
    const f = this.fleet;
    if (f.instanceKind[i] !== PRODUCTION) return false;
    const t = f.instanceTenant[i];
    for (let j = f.firstInstance[t] + 1; j < f.firstInstance[t + 1]; j++) if (this.version[j] > this.target[i]) return true;
    return false;
  }

  private approve(i: number): void {
    if (this.approved[i] || this.waitsForSandbox(i)) return;
    this.approved[i] = 1;
    this.counters.approvals++;
    if (Number.isNaN(this.records.approvedAt[i])) this.records.approvedAt[i] = this.sim.now;
    this.notify(i, MSG.scheduleConfirmed);
    // Once approved, only a reschedule can still change the plan.
    if (this.state[i] === SCHEDULED) this.planMilestone(i);
  }

  /** The admin picks a later preferred date and an alternate; allowed only until the update starts. */
  private reschedule(i: number, days: { min: number; mode: number; max: number }): void {
    if (this.state[i] !== SCHEDULED) throw new Error(`instance ${i}: rescheduled after its update started`);
    const now = this.sim.now;
    const offset = this.s.regions[this.fleet.instanceRegion[i]].utcOffsetHours;
    const today = dayOf(now + offset);
    const current = dayOf(this.due[i] + offset);
    const shift = Math.max(1, Math.round(triangular(this.rngOf(i).admins, days.min, days.mode, days.max)));
    // Admins pick dates inside the window: a shift past its end lands on a day left in it, not all on the last one.
    const earliest = Math.max(today + 1, current + 1);
    if (earliest > this.windowEndDay) return;
    const day = current + shift <= this.windowEndDay ? Math.max(today + 1, current + shift) : earliest + Math.floor(this.rngOf(i).admins() * Math.max(1, this.windowEndDay - earliest + 1));
    const from = this.due[i];
    this.counters.reschedules++;
    this.records.reschedules[i]++;
    this.records.rescheduledAt[i] = now;
    if (this.trace) this.trace({ type: 'reschedule', time: now, instance: i, from, to: this.openingOn(i, day) });
    this.scheduleAt(i, this.openingOn(i, day));
    this.alternate[i] = this.openingOn(i, day + this.s.updateWindow.alternateOffsetDays);
    this.notify(i, MSG.updateRescheduled);
    // Rescheduling ends with "Approve Update": the new dates are approved.
    this.approve(i);
  }

  // ---- Running an update ----------------------------------------------------------------------

  /** The 12-hour window opens: the instance is Queued for a slot, or stays behind if not approved. */
  private openWindow(i: number): void {
    const now = this.sim.now;
    const mandatory = isMandatory(this.version[i], now, this.supportEndHour);
    if (!this.approved[i] && !mandatory) {
      this.state[i] = BEHIND;
      this.records.outcome[i] = OUTCOME_NOT_APPROVED;
      this.emit(i, 'NotApproved');
      return;
    }
    if (!this.approved[i]) {
      this.counters.mandatoryUpdates++;
      this.records.mandatory[i] = 1;
    }
    this.state[i] = QUEUED;
    this.windowClose[i] = now + this.s.updateWindow.lengthHours;
    // Storage omission: a queued instance leaves Total Storage Used until its upgrade completes.
    this.omittedBase += this.fleet.instanceStorageGb[i];
    this.queued++;
    this.emit(i, 'Queued');
    const region = this.fleet.instanceRegion[i];
    const ticket = this.slots[region].request(i);
    if (ticket === GRANTED) this.startUpdate(i, 0);
    else {
      this.ticket[i] = ticket;
      this.latestStartEvent[i] = this.sim.schedule(this.LATEST_START, this.s.updateWindow.latestStartHours, i);
    }
  }

  /**
   * A slot is free: the update runs Backup, Restore and Database Upgrade.
   * Their durations are drawn now and the stage ends recorded, so one event
   * ends the update, or stops it when its window closes first; the copy
   * stages' load on the backup system goes into the hourly ledger.
   */
  private startUpdate(i: number, waited: number): void {
    const region = this.fleet.instanceRegion[i];
    const now = this.sim.now;
    this.cancelEvent(this.latestStartEvent, i);
    this.ticket[i] = NONE;
    this.queued--;
    this.running++;
    this.queueWaits.push(waited);
    this.regionUpdates[region].started++;
    this.startsThisHour++;
    this.waitThisHour += waited;
    const busy = this.slots[region].inService;
    if (busy > this.busiestThisHour[region]) this.busiestThisHour[region] = busy;
    const complexity = this.fleet.tenants.complexity[this.fleet.instanceTenant[i]];
    this.failureOdds[i] = Math.min(1, this.failureOddsByComplexity[complexity] * this.incidentFactor(region, 'failureMultiplier'));
    const slowdown = this.incidentFactor(region, 'slowdown');
    const d = this.s.durations;
    const rng = this.regionRng[region].durations;
    const size = this.fleet.instanceStorageGb[i];
    const close = this.windowClose[i];
    const backupRate = this.backupRate(region, d.backupGbPerHour);
    const restoreRate = this.backupRate(region, d.restoreGbPerHour);
    const backupEnd = now + slowdown * (triangular(rng, d.backupOverheadHours.min, d.backupOverheadHours.mode, d.backupOverheadHours.max) + size / backupRate);
    const restoreEnd = backupEnd + slowdown * (triangular(rng, d.restoreOverheadHours.min, d.restoreOverheadHours.mode, d.restoreOverheadHours.max) + size / restoreRate);
    const upgradeEnd =
      restoreEnd + slowdown * this.upgradeFactorByComplexity[complexity] * triangular(rng, d.databaseUpgradeHours.min, d.databaseUpgradeHours.mode, d.databaseUpgradeHours.max);
    this.addUpdateLoad(region, d.backupGbPerHour, now, Math.min(backupEnd, close));
    this.addUpdateLoad(region, d.restoreGbPerHour, backupEnd, Math.min(restoreEnd, close));
    const r = this.records;
    r.attempts[i]++;
    r.startAt[i] = now;
    r.backupEndAt[i] = backupEnd <= close ? backupEnd : NaN;
    r.restoreEndAt[i] = restoreEnd <= close ? restoreEnd : NaN;
    r.upgradeEndAt[i] = upgradeEnd <= close ? upgradeEnd : NaN;
    this.state[i] = UPDATING;
    this.notify(i, MSG.updateInProgress);
    this.emit(i, 'Backup');
    if (backupEnd < close) this.emit(i, 'Restore', backupEnd);
    if (restoreEnd < close) this.emit(i, 'DatabaseUpgrade', restoreEnd);
    this.endEvent[i] = upgradeEnd <= close ? this.sim.scheduleAt(this.UPDATE_END, upgradeEnd, i) : this.sim.scheduleAt(this.WINDOW_CLOSE, close, i);
  }

  /** Books a copy stage's load (GB/h over [from, to)) into its region's hourly ledger. */
  private addUpdateLoad(region: number, rate: number, from: number, to: number): void {
    const ledger = this.updateLoadLedger;
    const base = region * this.hourly.hours;
    const last = Math.min(Math.ceil(to), this.hourly.hours);
    for (let h = Math.floor(from); h < last; h++) {
      const overlap = Math.min(to, h + 1) - Math.max(from, h);
      if (overlap > 0) ledger[base + h] += rate * overlap;
    }
  }

  /**
   * The speed a backup or restore gets from its region's backup system: its
   * nominal speed while the system has room, less when demand exceeds
   * capacity (fixed when the stage starts, a simplification of sharing).
   * Update copies count at the current hour's mean booked so far.
   */
  private backupRate(region: number, nominal: number): number {
    const capacity = this.s.regions[region].backupThroughputGbPerHour;
    const demand = this.regionDemandNow(region) + nominal;
    return demand > capacity ? (nominal * capacity) / demand : nominal;
  }

  private regionDemandNow(region: number): number {
    const b = this.s.backups;
    const reg = this.s.regions[region];
    const now = this.sim.now;
    const base = region * BACKUP_KINDS.length;
    const l = this.regionLoad;
    const hour = Math.min(Math.floor(now), this.hourly.hours - 1);
    return (
      systemBackupDemandAt(this.regionStorageBase[region] * this.growth(now), b.systemBackupLocalHour, reg.utcOffsetHours, b.systemBackupHours, now) +
      l[base + ON_DEMAND_LOAD] +
      l[base + RESTORE_LOAD] +
      this.updateLoadLedger[region * this.hourly.hours + hour]
    );
  }

  /** The Database Upgrade completes: the update succeeded or failed. */
  private endUpdate(i: number): void {
    this.endEvent[i] = NONE;
    const failed = this.rngOf(i).failures() < this.failureOdds[i];
    if (!failed) this.version[i] = this.target[i];
    this.leaveSlot(i, failed ? 'Failed' : 'Updated');
    if (failed) this.fail(i);
    else this.succeed(i);
  }

  /** Ends the update as `ending`: frees the slot (which may start the next in line) and re-includes the storage. */
  private leaveSlot(i: number, ending: TraceStage): void {
    const now = this.sim.now;
    this.emit(i, ending);
    this.slots[this.fleet.instanceRegion[i]].release();
    this.running--;
    this.omittedBase -= this.fleet.instanceStorageGb[i];
    this.records.downtimeHours[i] += now - this.records.startAt[i];
  }

  private succeed(i: number): void {
    const now = this.sim.now;
    const r = this.records;
    r.stepsCompleted[i]++;
    this.counters.updatesCompleted++;
    if (this.isImport(i)) this.counters.imports++;
    this.completionsThisHour++;
    this.regionCompletionsThisHour[this.fleet.instanceRegion[i]]++;
    this.notify(i, MSG.updateSuccessful);
    if (this.version[i] === VERSION_N) {
      this.onN++;
      this.state[i] = DONE;
      r.completedAt[i] = now;
      r.outcome[i] = OUTCOME_UPDATED;
    } else {
      this.state[i] = IDLE;
      const offset = this.s.regions[this.fleet.instanceRegion[i]].utcOffsetHours;
      this.beginStep(i, this.openingOn(i, dayOf(now + offset) + this.s.sandboxFirst.stepGapDays));
    }
    if (this.fleet.instanceKind[i] === SANDBOX) this.sandboxPassed(i);
  }

  /** After a sandbox passes, its admin tests and may approve the production update right away. */
  private sandboxPassed(i: number): void {
    const production = this.fleet.firstInstance[this.fleet.instanceTenant[i]];
    if (this.state[production] === SCHEDULED && !this.approved[production] && !this.waitsForSandbox(production)) this.answer(production);
  }

  /** A failed upgrade is restored from its backup and rescheduled; a failed sandbox is reset too. */
  private fail(i: number): void {
    const now = this.sim.now;
    this.counters.failures++;
    this.records.failures[i]++;
    if (this.fleet.instanceKind[i] === SANDBOX) this.startRestore(i);
    this.state[i] = IDLE;
    const offset = this.s.regions[this.fleet.instanceRegion[i]].utcOffsetHours;
    if (this.scheduleAt(i, this.openingOn(i, dayOf(now + offset) + this.s.failures.retryAfterDays))) this.notify(i, MSG.updateRescheduled);
  }

  /** Not started by its latest start time: it cannot finish inside its window */
  private missLatestStart(i: number): void {
    this.latestStartEvent[i] = NONE;
    const region = this.fleet.instanceRegion[i];
    this.slots[region].withdraw(this.ticket[i]);
    this.ticket[i] = NONE;
    this.queued--;
    this.omittedBase -= this.fleet.instanceStorageGb[i];
    this.counters.overrunsNotStarted++;
    this.regionUpdates[region].overrunsNotStarted++;
    for (const k of this.activeIncidents[region]) this.incidentRecords[k].updatesDisplaced++;
    this.emit(i, 'NotStarted');
    this.fallBack(i);
  }

  /** The window closes on a running update: it is stopped and rolled back. */
  private closeWindow(i: number): void {
    this.endEvent[i] = NONE;
    this.leaveSlot(i, 'Aborted');
    this.counters.overrunsAborted++;
    this.regionUpdates[this.fleet.instanceRegion[i]].overrunsAborted++;
    this.fallBack(i);
  }

  /** Falls back to the secondary (alternate) date, with its own email. */
  private fallBack(i: number): void {
    this.counters.fallbacks++;
    this.records.fallbacks[i]++;
    this.state[i] = IDLE;
    const offset = this.s.regions[this.fleet.instanceRegion[i]].utcOffsetHours;
    const next = Number.isNaN(this.alternate[i])
      ? this.openingOn(i, dayOf(this.due[i] + offset) + this.s.updateWindow.alternateOffsetDays)
      : this.alternate[i];
    this.alternate[i] = NaN;
    if (this.scheduleAt(i, next)) this.notify(i, MSG.fallback);
  }

  /** From the day after n-1's support end, n-1 updates are mandatory: those left unapproved are scheduled again. */
  private endSupport(): void {
    const now = this.sim.now;
    const versions: [number, number, number] = [0, 0, 0];
    for (let i = 0; i < this.n; i++) versions[this.version[i]]++;
    this.versionsAtSupportEnd = versions;
    for (let i = 0; i < this.n; i++) {
      if (this.state[i] !== BEHIND || this.records.outcome[i] !== OUTCOME_NOT_APPROVED || this.version[i] !== VERSION_N1) continue;
      const offset = this.s.regions[this.fleet.instanceRegion[i]].utcOffsetHours;
      const today = dayOf(now + offset);
      const spread = Math.max(1, Math.min(14, this.windowEndDay - today));
      this.records.outcome[i] = OUTCOME_MISSED_WINDOW;
      this.beginStep(i, this.openingOn(i, today + 1 + Math.floor(this.rngOf(i).schedule() * spread)));
    }
  }

  private cancelEvent(handles: Float64Array, i: number): void {
    if (handles[i] !== NONE) {
      this.sim.cancel(handles[i] as EventHandle);
      handles[i] = NONE;
    }
  }

  // ---- Backups and restores -------------------------------------------------------------------

  private changeLoad(region: number, kind: number, delta: number): void {
    this.regionLoad[region * BACKUP_KINDS.length + kind] += delta;
    this.fleetLoadLevel[kind] += delta;
    this.fleetLoad[kind].set(this.fleetLoadLevel[kind], this.sim.now);
  }

  /** The admin's on-demand backup before the update; the instance stays available. */
  private startOnDemandBackup(i: number): void {
    this.onDemandEvent[i] = NONE;
    if (this.state[i] !== SCHEDULED || !(this.approved[i] || isMandatory(this.version[i], this.due[i], this.supportEndHour))) return;
    const rate = this.s.durations.backupGbPerHour;
    this.counters.onDemandBackups++;
    this.changeLoad(this.fleet.instanceRegion[i], ON_DEMAND_LOAD, rate);
    this.sim.schedule(this.ON_DEMAND_END, this.fleet.instanceStorageGb[i] / rate, i);
  }

  /** Restores go to sandboxes only; the instance is unavailable until the restore ends. */
  private startRestore(i: number): void {
    if (this.fleet.instanceKind[i] !== SANDBOX) throw new Error(`instance ${i}: restores go to sandboxes only`);
    const d = this.s.durations;
    const region = this.fleet.instanceRegion[i];
    const hours =
      triangular(this.regionRng[region].restores, d.restoreOverheadHours.min, d.restoreOverheadHours.mode, d.restoreOverheadHours.max) +
      this.fleet.instanceStorageGb[i] / this.backupRate(region, d.restoreGbPerHour);
    this.restoring[i] = 1;
    this.counters.restores++;
    this.records.downtimeHours[i] += hours;
    this.changeLoad(region, RESTORE_LOAD, d.restoreGbPerHour);
    if (this.trace) this.trace({ type: 'restore', time: this.sim.now, instance: i, end: this.sim.now + hours, kind: this.fleet.instanceKind[i] });
    this.sim.schedule(this.RESTORE_END, hours, i);
  }

  private endRestore(i: number): void {
    this.restoring[i] = 0;
    this.changeLoad(this.fleet.instanceRegion[i], RESTORE_LOAD, -this.s.durations.restoreGbPerHour);
  }

  /**
   * Admins restore on-demand backups to sandboxes now and then: a Poisson
   * stream over each region's sandboxes (together, the same stream over all
   * of them), drawn from the region's own random stream.
   */
  private scheduleNextAdminRestore(region: number): void {
    const sandboxes = this.sandboxes[region];
    const rate = (sandboxes.length * this.s.backups.adminRestoresPerSandboxPerMonth) / HOURS_PER_MONTH;
    if (rate <= 0) return;
    const at = this.sim.now - Math.log(this.regionRng[region].restores()) / rate;
    if (at < this.horizonHours) this.sim.scheduleAt(this.ADMIN_RESTORE, at, region);
  }

  private adminRestore(region: number): void {
    const sandboxes = this.sandboxes[region];
    const i = sandboxes[Math.floor(this.regionRng[region].restores() * sandboxes.length)];
    const st = this.state[i];
    // Not while it is updating or already restoring, nor right before its window opens.
    const busy = this.restoring[i] || st === QUEUED || st === UPDATING || (st === SCHEDULED && this.due[i] - this.sim.now < 24);
    if (!busy) this.startRestore(i);
    this.scheduleNextAdminRestore(region);
  }

  // ---- Incidents ------------------------------------------------------------------------------

  private incidentRegions(k: number): number[] {
    const r = this.incidents[k].region;
    return r < 0 ? this.s.regions.map((_, i) => i) : [r];
  }

  /** Product of a factor over the incidents holding a region now. */
  private incidentFactor(region: number, factor: 'slowdown' | 'failureMultiplier'): number {
    let product = 1;
    for (const k of this.activeIncidents[region]) product *= this.incidents[k][factor];
    return product;
  }

  private startIncident(k: number): void {
    const p = this.incidents[k];
    const regions = this.incidentRegions(k);
    let admins = 0;
    let people = 0;
    const { tenants } = this.fleet;
    for (let t = 0; t < tenants.count; t++) {
      if (!regions.includes(tenants.region[t]) || this.incidentRng() >= p.affectedShare) continue;
      admins++;
      people += 1 + tenants.extraRecipients[t];
      this.messages.send(MSG.incidentStarted, 1 + tenants.extraRecipients[t]);
    }
    this.incidentRecords[k].adminsNotified = admins;
    this.incidentRecipients[k] = people;
    for (const r of regions) {
      this.activeIncidents[r].push(k);
      if (p.pauseUpdates && this.pauses[r]++ === 0) this.slots[r].setCapacity(0);
    }
  }

  private endIncident(k: number): void {
    const p = this.incidents[k];
    const admins = this.incidentRecords[k].adminsNotified;
    // Resolution emails go to the admins told of the start; spread their recipients evenly.
    for (let a = 0; a < admins; a++) {
      const share = Math.floor(this.incidentRecipients[k] / admins) + (a < this.incidentRecipients[k] % admins ? 1 : 0);
      this.messages.send(MSG.incidentResolved, share);
    }
    for (const r of this.incidentRegions(k)) {
      const list = this.activeIncidents[r];
      list.splice(list.indexOf(k), 1);
      if (p.pauseUpdates && --this.pauses[r] === 0) this.slots[r].setCapacity(this.s.regions[r].updateSlots);
    }
  }

  // ---- Hourly series --------------------------------------------------------------------------

  private growth(t: number): number {
    return this.dailyGrowth > 0 ? Math.pow(1 + this.dailyGrowth, t / 24) : 1;
  }

  /** Records hour h - 1 at the end of it. */
  private sampleHour(h: number): void {
    const y = this.hourly;
    const k = h - 1;
    const now = this.sim.now;
    y.completions[k] = this.completionsThisHour;
    this.completionsThisHour = 0;
    y.starts[k] = this.startsThisHour;
    y.queueWaitSum[k] = this.waitThisHour;
    this.startsThisHour = 0;
    this.waitThisHour = 0;
    y.inProgress[k] = this.running;
    y.queued[k] = this.queued;
    const b = this.s.backups;
    let capacity = 0;
    let system = 0;
    this.s.regions.forEach((reg, r) => {
      const slots = this.slots[r];
      y.slotUse[r][k] = Math.max(this.busiestThisHour[r], slots.inService);
      this.busiestThisHour[r] = slots.inService;
      y.slotCapacity[r][k] = slots.capacity;
      y.completionsByRegion[r][k] = this.regionCompletionsThisHour[r];
      this.regionCompletionsThisHour[r] = 0;
      capacity += reg.backupThroughputGbPerHour;
      system += systemBackupDemand(this.regionStorageBase[r] * this.growth(now - 0.5), b.systemBackupLocalHour, reg.utcOffsetHours, b.systemBackupHours, now - 1, now);
    });
    y.backupDemand[SYSTEM_LOAD][k] = system;
    let update = 0;
    for (let r = 0; r < this.s.regions.length; r++) update += this.updateLoadLedger[r * this.hourly.hours + k];
    y.backupDemand[UPDATE_LOAD][k] = update;
    for (const kind of [ON_DEMAND_LOAD, RESTORE_LOAD]) {
      const integral = this.fleetLoad[kind].integral(now);
      y.backupDemand[kind][k] = integral - this.loadIntegralAtHour[kind];
      this.loadIntegralAtHour[kind] = integral;
    }
    y.backupCapacity[k] = capacity;
    const g = this.growth(now);
    y.actualStorageGb[k] = this.storageTotalBase * g;
    y.reportedStorageGb[k] = (this.storageTotalBase - this.omittedBase) * g;
    y.shareOnN[k] = this.n > 0 ? this.onN / this.n : 1;
  }

  /** Tells the trace where instance i went, at `time` (now, or a stage start planned ahead). */
  private emit(i: number, stage: TraceStage, time = this.sim.now): void {
    if (!this.trace) return;
    this.trace({
      type: 'stage',
      time,
      instance: i,
      stage,
      kind: this.fleet.instanceKind[i],
      region: this.fleet.instanceRegion[i],
      version: this.version[i],
      target: this.target[i],
      windowOpen: this.due[i],
      windowClose: this.windowClose[i],
      approved: this.approved[i] === 1,
      mandatory: isMandatory(this.version[i], this.sim.now, this.supportEndHour),
    });
  }

  /** Runs up to hour `until` (capped at the horizon). */
  runUntil(until: number): void {
    this.sim.run(Math.min(until, this.horizonHours));
  }

  /** The run's results; call after running to the horizon. */
  result(): SimulationResult {
    const r = this.records;
    r.toVersion.set(this.version);
    for (let i = 0; i < this.n; i++) {
      // Still pending at the horizon (its window had not opened): it missed the window
      if (this.state[i] === SCHEDULED || this.state[i] === IDLE) r.outcome[i] = OUTCOME_MISSED_WINDOW;
    }
    const regions = this.s.regions;
    return {
      scenarioName: this.s.name,
      seed: this.seed,
      epochDate: this.s.release.announce,
      windowStartHour: this.windowStartHour,
      windowEndHour: this.windowEndHour,
      supportEndHour: this.supportEndHour,
      horizonHours: this.horizonHours,
      regions: regions.map((x) => x.name),
      regionSlots: regions.map((x) => x.updateSlots),
      regionBackupGbPerHour: regions.map((x) => x.backupThroughputGbPerHour),
      tenants: this.fleet.tenants,
      instances: r,
      hourly: this.hourly,
      counters: { ...this.counters },
      regionUpdates: this.regionUpdates.map((u) => ({ ...u })),
      messages: this.messages.messages,
      recipients: this.messages.recipients,
      queueWaitsHours: Float64Array.from(this.queueWaits).sort(),
      peakSlotUse: this.slots.map((x) => x.busy.max),
      incidents: this.incidentRecords,
      versionsAtSupportEnd: this.versionsAtSupportEnd,
      events: this.sim.eventsProcessed,
    };
  }
}


function newInstanceRecords(f: Fleet): InstanceRecords {
  const n = f.instanceCount;
  const times = () => new Float64Array(n).fill(NaN);
  return {
    count: n,
    tenant: f.instanceTenant,
    kind: f.instanceKind,
    region: f.instanceRegion,
    fromVersion: f.instanceVersion,
    toVersion: new Uint8Array(n),
    storageGb: f.instanceStorageGb,
    firstScheduledAt: times(),
    scheduledAt: times(),
    approvedAt: times(),
    rescheduledAt: times(),
    startAt: times(),
    backupEndAt: times(),
    restoreEndAt: times(),
    upgradeEndAt: times(),
    completedAt: times(),
    outcome: new Uint8Array(n),
    attempts: new Uint16Array(n),
    stepsCompleted: new Uint8Array(n),
    fallbacks: new Uint16Array(n),
    reschedules: new Uint16Array(n),
    failures: new Uint16Array(n),
    mandatory: new Uint8Array(n),
    downtimeHours: new Float64Array(n),
  };
}

function newHourlySeries(hours: number, regions: number): HourlySeries {
  const series = () => new Float64Array(hours);
  return {
    hours,
    completions: series(),
    completionsByRegion: Array.from({ length: regions }, series),
    starts: series(),
    queueWaitSum: series(),
    inProgress: series(),
    queued: series(),
    slotUse: Array.from({ length: regions }, series),
    slotCapacity: Array.from({ length: regions }, series),
    backupDemand: BACKUP_KINDS.map(series),
    backupCapacity: series(),
    reportedStorageGb: series(),
    actualStorageGb: series(),
    shareOnN: series(),
  };
}
