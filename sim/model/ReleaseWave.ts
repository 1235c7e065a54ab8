/**
 * One release wave played out on the kernel. The service schedules every
 * instance into the window and reminds its admins (ServiceSchedule); admins
 * approve, reschedule or do nothing (Admins); at its 12-hour window an
 * instance is Queued for one of its region's update slots, then goes through
 * Backup, Restore and Database Upgrade, or falls back, or fails and is retried
 * (Updates). The backup system (Backups), incidents (Incidents), storage
 * (Storage) and the hourly series (HourlyRecorder) run alongside.
 *
 * This file only builds the processes, wires them together, plans the
 * calendar's fixed events and gathers the result.
 */
import { packedArray } from '../engine/index.js';
import type { Scenario } from '../scenario/scenarioSchema.js';
import { Admins } from './Admins.js';
import { Backups } from './Backups.js';
import { BadBuild } from './BadBuild.js';
import { canImport } from './buildFleet.js';
import { dayOf } from './calendar.js';
import { HealthGates } from './HealthGates.js';
import { HourlyRecorder } from './HourlyRecorder.js';
import { Incidents } from './Incidents.js';
import { ServiceSchedule } from './ServiceSchedule.js';
import { ON_PREMISES, OUTCOME_ALREADY_CURRENT, OUTCOME_IMPORT_REFUSED, OUTCOME_MISSED_WINDOW, SANDBOX, VERSION_N, type SimulationResult } from './SimulationResult.js';
import { Storage } from './Storage.js';
import type { TraceEvent } from './TraceEvent.js';
import { Updates } from './Updates.js';
import { WaveBake } from './WaveBake.js';
import { waveWindows } from './waveWindows.js';
import { BEHIND, DONE, IDLE, SCHEDULED, WaveContext } from './WaveContext.js';
import { WaveProcesses } from './WaveProcesses.js';

/** Optional observers of a run. */
export interface ReleaseWaveOptions {
  seed?: number;
  /** Receives every message, stage change, restore and reschedule; for tests and debugging (slows the run). */
  trace?: (event: TraceEvent) => void;
}

export class ReleaseWave {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  private readonly hourly: HourlyRecorder;
  readonly horizonHours: number;

  constructor(scenario: Scenario, options: ReleaseWaveOptions = {}) {
    const ctx = (this.ctx = new WaveContext(scenario, options.seed ?? scenario.seed, options.trace));
    this.horizonHours = ctx.horizonHours;
    const p = (this.p = new WaveProcesses());
    p.storage = new Storage(ctx);
    p.schedule = new ServiceSchedule(ctx, p);
    p.admins = new Admins(ctx, p);
    p.updates = new Updates(ctx, p);
    p.incidents = new Incidents(ctx, p);
    p.badBuild = new BadBuild(ctx, p);
    p.gates = new HealthGates(ctx, p);
    p.bake = new WaveBake(ctx, p);
    this.hourly = new HourlyRecorder(ctx, p);
    p.backups = new Backups(ctx, p, this.hourly.series.hours);
    this.plan();
  }

  /** Pre-schedules the fleet and the calendar's fixed events, in an order that decides ties at the same hour. */
  private plan(): void {
    const c = this.ctx;
    const f = c.fleet;
    const s = c.s;
    this.hourly.plan();
    this.p.backups.planDays();
    this.p.schedule.planDays();
    const { day: productionDay, wave } = c.wavePlan;
    this.p.bake.plan(wave);
    for (let t = 0; t < f.tenants.count; t++) {
      const refused = f.tenants.deployment[t] === ON_PREMISES && !canImport(f.tenants.onPremisesVersion[t]);
      for (let i = f.firstInstance[t]; i < f.firstInstance[t + 1]; i++) {
        if (c.version[i] === VERSION_N) {
          c.onN++;
          c.state[i] = DONE;
          c.records.outcome[i] = OUTCOME_ALREADY_CURRENT;
        } else if (refused) {
          c.state[i] = BEHIND;
          c.records.outcome[i] = OUTCOME_IMPORT_REFUSED;
          c.counters.importsRefused++;
          c.emit(i, 'ImportRefused');
        } else {
          const lead = f.instanceKind[i] === SANDBOX ? s.sandboxFirst.sandboxLeadDays : 0;
          const day = Math.max(dayOf(c.windowStartHour), productionDay[t] - lead);
          this.p.schedule.beginStep(i, c.openingOn(i, day));
        }
      }
    }
    this.p.schedule.planSupportEnd();
    this.p.incidents.plan();
    this.p.backups.planAdminRestores();
    this.p.badBuild.plan();
  }

  /** Runs up to hour `until` (capped at the horizon). */
  runUntil(until: number): void {
    this.ctx.sim.run(Math.min(until, this.horizonHours));
  }

  /** The run's results; call after running to the horizon. */
  result(): SimulationResult {
    const c = this.ctx;
    const r = c.records;
    r.toVersion.set(c.version);
    for (let i = 0; i < c.n; i++) {
      // Still pending at the horizon (its window had not opened): it missed the window
      if (c.state[i] === SCHEDULED || c.state[i] === IDLE) r.outcome[i] = OUTCOME_MISSED_WINDOW;
    }
    const regions = c.s.regions;
    const updates = this.p.updates;
    return {
      scenarioName: c.s.name,
      seed: c.seed,
      epochDate: c.s.release.announce,
      windowStartHour: c.windowStartHour,
      windowEndHour: c.windowEndHour,
      windowEndDay: c.windowEndDay,
      supportEndHour: c.supportEndHour,
      lastSupportedDay: c.lastSupportedDay,
      horizonHours: c.horizonHours,
      // packedArray and literals, not map and spreads: see packedArray (each replication's report code was compiled again).
      regions: packedArray(regions.length, (r) => regions[r].name),
      regionSlots: packedArray(regions.length, (r) => regions[r].updateSlots),
      regionBackupGbPerHour: packedArray(regions.length, (r) => regions[r].backupThroughputGbPerHour),
      tenants: c.fleet.tenants,
      instances: r,
      hourly: this.hourly.series,
      counters: { ...c.counters },
      regionUpdates: packedArray(regions.length, (r) => {
        const u = updates.regionUpdates[r];
        return { started: u.started, overrunsNotStarted: u.overrunsNotStarted, overrunsAborted: u.overrunsAborted };
      }),
      messages: c.messages.messages,
      recipients: c.messages.recipients,
      queueWaitsHours: Float64Array.from(updates.queueWaits).sort(),
      peakSlotUse: packedArray(regions.length, (r) => updates.slots[r].busy.max),
      incidents: this.p.incidents.records,
      defectFrom: Number.isFinite(this.p.badBuild.from) ? this.p.badBuild.from : NaN,
      gates: this.p.gates.records,
      gateSummary: this.p.gates.result(c.sim.now),
      targets: { ...c.s.targets },
      bakes: this.p.bake.records,
      waves: waveWindows(c.s),
      bakeHours: c.s.gates?.bakeHours ?? 0,
      versionsAtSupportEnd: this.p.schedule.versionsAtSupportEndCounts,
      events: c.sim.eventsProcessed + this.p.schedule.eventsUncounted + this.p.backups.eventsUncounted,
    };
  }
}
