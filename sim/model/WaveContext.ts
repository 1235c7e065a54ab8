/**
 * What every process of a release wave shares: the clock, the scenario, the
 * fleet, the calendar, the random streams, and each instance's core state
 * (where it is, its version, its pending update's window and whether it is
 * approved). Like the whiteboard in a release war room: each team (the
 * service's schedule, the admins, the update runners, backups, incidents)
 * owns its own notes and reads the board.
 */
import { Simulation, packedArray, randomStream, type RandomStream } from '../engine/index.js';
import { ADMIN_PROFILES, COMPLEXITIES, type Scenario } from '../scenario/scenarioSchema.js';
import { buildFleet, type Fleet } from './buildFleet.js';
import { dayOf, hoursSinceEpoch, localTimeToHour } from './calendar.js';
import { MessageLog } from './communications.js';
import { fleetInDayOrder } from './fleetInDayOrder.js';
import { InstanceRecordArrays } from './InstanceRecordArrays.js';
import { planWaves, type WavePlan } from './planWaves.js';
import { MESSAGE_TYPES, ON_PREMISES, type Counters, type InstanceRecords } from './SimulationResult.js';
import type { TraceEvent, TraceStage } from './TraceEvent.js';
import { isMandatory } from './updatePaths.js';

/** Where an instance is; the update stages carry the domain's names. */
export const IDLE = 0;
export const SCHEDULED = 1;
export const QUEUED = 2;
/** Running: Backup, Restore and Database Upgrade, planned in one go when the slot is granted. */
export const UPDATING = 3;
/** Reached n. */
export const DONE = 4;
/** Stays behind: not approved, import refused, or past the window end */
export const BEHIND = 5;

/** No event pending. */
export const NONE = -1;

/**
 * The random streams drawn as updates run, one set per region: no region's
 * draws depend on what happens in another, so changing one region's slots or
 * backup throughput leaves every other region's updates exactly as they were
 * (what lets a capacity search size each region on its own).
 */
export interface RegionStreams {
  admins: RandomStream;
  durations: RandomStream;
  failures: RandomStream;
  backups: RandomStream;
  restores: RandomStream;
  schedule: RandomStream;
}

/** An admin profile's settings. */
export type AdminProfile = Scenario['admins'][keyof Scenario['admins']];

export class WaveContext {
  readonly sim: Simulation;
  readonly s: Scenario;
  readonly seed: number;
  readonly trace: ((event: TraceEvent) => void) | undefined;
  /** The fleet, its tenants in the order of their pre-scheduled days (see fleetInDayOrder). */
  readonly fleet: Fleet;
  /** Each tenant's wave and production day. */
  readonly wavePlan: WavePlan;
  /** Instances in the fleet. */
  readonly n: number;
  readonly profiles: AdminProfile[];
  readonly failureOddsByComplexity: number[];
  readonly upgradeFactorByComplexity: number[];

  // Calendar: hours since the epoch, and days as each region's local dates (see README, "One calendar").
  /** 00:00 UTC of the window's first date. */
  readonly windowStartHour: number;
  /** When the window closes: the last 12-hour window booked on its last local date ends, in the region where that comes last. */
  readonly windowEndHour: number;
  /** The window's last local date (epoch day number): no update is booked after it in any region. */
  readonly windowEndDay: number;
  /** n-1's last supported local date (epoch day number): an n-1 update booked after it is mandatory. */
  readonly lastSupportedDay: number;
  /** 00:00 UTC of the first unsupported date (each region's support ends at its own local midnight). */
  readonly supportEndHour: number;
  readonly horizonHours: number;

  readonly regionRng: RegionStreams[];

  // Per instance, what its tenant and region say of it, copied once so that
  // each event reads one typed array instead of going through the tenant or
  // the scenario's region objects.
  /** Hours its region is ahead of UTC. */
  private readonly offsetOf: Float64Array;
  /** Its admin's profile (an index into `profiles`). */
  private readonly profileOf: Uint8Array;
  /** 1 for an on-premises organization being imported. */
  private readonly importOf: Uint8Array;
  /** Its tenant's customization complexity (an index into COMPLEXITIES). */
  readonly complexityOf: Uint8Array;
  /** People each message about it goes to: the tenant's admin and extra recipients. */
  private readonly recipientsOf: Uint32Array;
  private readonly windowLocalStartHour: number;

  // Each instance's core state.
  readonly state: Uint8Array;
  readonly version: Uint8Array;
  /** Version code of the step under way, or NONE. */
  readonly target: Int8Array;
  /** Window-open time of the pending update. */
  readonly due: Float64Array;
  readonly windowClose: Float64Array;
  readonly approved: Uint8Array;
  /** Instances on n now. */
  onN = 0;

  readonly records: InstanceRecords;
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
    restoresRefused: 0,
    importsRefused: 0,
    imports: 0,
  };

  constructor(scenario: Scenario, seed: number, trace: ((event: TraceEvent) => void) | undefined) {
    this.s = scenario;
    this.seed = seed;
    this.trace = trace;
    const epoch = scenario.release.announce;
    this.windowStartHour = hoursSinceEpoch(epoch, scenario.release.windowStart);
    this.windowEndDay = dayOf(hoursSinceEpoch(epoch, scenario.release.windowEnd));
    const { localStartHour, lengthHours } = scenario.updateWindow;
    this.windowEndHour = Math.max(...scenario.regions.map((r) => localTimeToHour(this.windowEndDay, localStartHour, r.utcOffsetHours) + lengthHours));
    this.lastSupportedDay = dayOf(hoursSinceEpoch(epoch, scenario.release.n1SupportEnd));
    this.supportEndHour = (this.lastSupportedDay + 1) * 24;
    // Room for the last day's windows to open (at any local hour and offset) and close.
    this.horizonHours = Math.max((this.windowEndDay + 1) * 24 + 48, Math.ceil(this.windowEndHour));

    this.regionRng = packedArray(scenario.regions.length, (r) => {
      const regional = (purpose: string) => this.stream(`${purpose}/${scenario.regions[r].name}`);
      return {
        admins: regional('admins'),
        durations: regional('durations'),
        failures: regional('failures'),
        backups: regional('backups'),
        restores: regional('restores'),
        schedule: regional('schedule'),
      };
    });

    const generated = buildFleet(scenario, this.stream('fleet'));
    ({ fleet: this.fleet, plan: this.wavePlan } = fleetInDayOrder(generated, planWaves(scenario, generated, this.stream('wavePlan'))));
    this.profiles = packedArray(ADMIN_PROFILES.length, (p) => scenario.admins[ADMIN_PROFILES[p]]);
    this.failureOddsByComplexity = packedArray(COMPLEXITIES.length, (c) => scenario.failures[COMPLEXITIES[c]]);
    this.upgradeFactorByComplexity = packedArray(COMPLEXITIES.length, (c) => scenario.durations.complexityFactor[COMPLEXITIES[c]]);
    const n = (this.n = this.fleet.instanceCount);
    this.sim = new Simulation(0, Math.max(1024, n * 2));
    this.state = new Uint8Array(n);
    this.version = Uint8Array.from(this.fleet.instanceVersion);
    this.target = new Int8Array(n).fill(NONE);
    this.due = new Float64Array(n).fill(NaN);
    this.windowClose = new Float64Array(n).fill(NaN);
    this.approved = new Uint8Array(n);
    this.records = new InstanceRecordArrays(this.fleet);
    const { instanceTenant, instanceRegion } = this.fleet;
    const tenants = this.fleet.tenants;
    const regionOffset = scenario.regions.map((r) => r.utcOffsetHours);
    this.offsetOf = new Float64Array(n);
    this.profileOf = new Uint8Array(n);
    this.importOf = new Uint8Array(n);
    this.complexityOf = new Uint8Array(n);
    this.recipientsOf = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const t = instanceTenant[i];
      this.offsetOf[i] = regionOffset[instanceRegion[i]];
      this.profileOf[i] = tenants.admin[t];
      this.importOf[i] = tenants.deployment[t] === ON_PREMISES ? 1 : 0;
      this.complexityOf[i] = tenants.complexity[t];
      this.recipientsOf[i] = 1 + tenants.extraRecipients[t];
    }
    this.windowLocalStartHour = scenario.updateWindow.localStartHour;
  }

  /** The run's random stream for `purpose`. */
  stream(purpose: string): RandomStream {
    return randomStream(this.seed, purpose);
  }

  /** The random streams of instance `i`'s region. */
  rngOf(i: number): RegionStreams {
    return this.regionRng[this.fleet.instanceRegion[i]];
  }

  /** The behaviour profile of instance `i`'s admin. */
  profile(i: number): AdminProfile {
    return this.profiles[this.profileOf[i]];
  }

  /** The local date (epoch day number) in instance `i`'s region at hour `t`. */
  localDay(i: number, t: number): number {
    return dayOf(t + this.offsetOf[i]);
  }

  /** Hour at which instance i's 12-hour window opens on local day `day`. */
  openingOn(i: number, day: number): number {
    return localTimeToHour(day, this.windowLocalStartHour, this.offsetOf[i]);
  }

  /** Whether instance i's pending update, booked on its window's local date, is mandatory (needs no approval). */
  isMandatory(i: number): boolean {
    return isMandatory(this.version[i], this.localDay(i, Number.isNaN(this.due[i]) ? this.sim.now : this.due[i]), this.lastSupportedDay);
  }

  /** An on-premises organization being imported: the customer asked for it, no approval round. */
  isImport(i: number): boolean {
    return this.importOf[i] === 1;
  }

  /** People each message about instance i goes to. */
  recipients(i: number): number {
    return this.recipientsOf[i];
  }

  /** Sends a message of type code `type` about instance i to its tenant's admins and extra recipients. */
  send(i: number, type: number): void {
    this.messages.send(type, this.recipientsOf[i]);
    if (this.trace) this.trace({ type: 'message', time: this.sim.now, instance: i, message: MESSAGE_TYPES[type], dueAt: this.due[i] });
  }

  /** Tells the trace where instance i went, at `time` (now, or a stage start planned ahead). */
  emit(i: number, stage: TraceStage, time = this.sim.now): void {
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
      mandatory: this.isMandatory(i),
    });
  }
}
