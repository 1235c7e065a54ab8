/**
 * What the invariant checks know about a run before it starts, worked out
 * from the scenario and the source documents, not from the model: the
 * calendar as each region's local dates, the window's rules, the fleet
 * (rebuilt from the same seeded stream the model uses) and the communication
 * table as seed 000 gives it.
 */
import { randomStream } from '../../../sim/engine/index.js';
import { buildFleet, type Fleet } from '../../../sim/model/buildFleet.js';
import { fleetInDayOrder } from '../../../sim/model/fleetInDayOrder.js';
import { planWaves } from '../../../sim/model/planWaves.js';
import { ON_PREMISES, VERSION_N1, VERSION_N2 } from '../../../sim/model/SimulationResult.js';
import type { Scenario } from '../../../sim/scenario/scenarioSchema.js';

const DAY = 24;

/** Days since 1970 of a `YYYY-MM-DD` date. */
function epochDays(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Channels of each message, typed here from seed 000's table and seed 001, apart from the model's copy. */
export const CHANNELS_BY_MESSAGE: Readonly<Record<string, readonly string[]>> = {
  updateScheduled: ['inProductAlert', 'email', 'adminCenter'],
  reminder90: ['email', 'adminCenter'],
  reminder30: ['email', 'adminCenter'],
  reminder15: ['email', 'adminCenter'],
  reminder7: ['inProductAlert', 'email', 'adminCenter'],
  scheduleConfirmed: ['adminCenter'],
  updateInProgress: ['adminCenter'],
  updateSuccessful: ['email', 'adminCenter'],
  fallback: ['email', 'adminCenter'],
  updateRescheduled: ['email', 'adminCenter'],
  incidentStarted: ['email'],
  incidentResolved: ['email'],
  maintenanceScheduled: ['email', 'adminCenter'],
  importScheduled: ['email', 'adminCenter'],
  importCompleted: ['email', 'adminCenter'],
};

/** The reminders: days before the update (seed 000). */
export const REMINDER_DAYS: Readonly<Record<string, number>> = { reminder90: 90, reminder30: 30, reminder15: 15, reminder7: 7 };

export class RunFacts {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly fleet: Fleet;
  readonly offsets: number[];
  /** Days since the epoch (release.announce) of the window's first and last dates and n-1's last supported date. */
  readonly windowStartDay: number;
  readonly windowEndDay: number;
  readonly lastSupportedDay: number;
  readonly retentionHours: number;

  constructor(scenario: Scenario, seed: number) {
    this.scenario = scenario;
    this.seed = seed;
    // The fleet as the model holds it: generated, then in the order of its pre-scheduled days.
    const generated = buildFleet(scenario, randomStream(seed, 'fleet'));
    this.fleet = fleetInDayOrder(generated, planWaves(scenario, generated, randomStream(seed, 'wavePlan'))).fleet;
    this.offsets = scenario.regions.map((r) => r.utcOffsetHours);
    const epoch = epochDays(scenario.release.announce);
    this.windowStartDay = epochDays(scenario.release.windowStart) - epoch;
    this.windowEndDay = epochDays(scenario.release.windowEnd) - epoch;
    this.lastSupportedDay = epochDays(scenario.release.n1SupportEnd) - epoch;
    this.retentionHours = scenario.backups.retentionDays * DAY;
  }

  get instances(): number {
    return this.fleet.instanceCount;
  }

  /** The local date (days since the epoch) in instance i's region at hour t. */
  localDay(i: number, t: number): number {
    return Math.floor((t + this.offsets[this.fleet.instanceRegion[i]]) / DAY);
  }

  /** The local hour of day in instance i's region at hour t. */
  localHour(i: number, t: number): number {
    const h = (t + this.offsets[this.fleet.instanceRegion[i]]) % DAY;
    return h < 0 ? h + DAY : h;
  }

  isImport(i: number): boolean {
    return this.fleet.tenants.deployment[this.fleet.instanceTenant[i]] === ON_PREMISES;
  }

  /** Whether an update of an instance on `version` in a window opening at `windowOpen` is mandatory: n-2, or n-1 booked after its last supported date. */
  mandatory(i: number, version: number, windowOpen: number): boolean {
    return version === VERSION_N2 || (version === VERSION_N1 && this.localDay(i, windowOpen) > this.lastSupportedDay);
  }

  /** Hour at which the last window of the release closes, in the region where that is latest. */
  get windowCloseHour(): number {
    const { localStartHour, lengthHours } = this.scenario.updateWindow;
    return Math.max(...this.offsets.map((o) => this.windowEndDay * DAY + localStartHour - o + lengthHours));
  }
}
