/**
 * Incidents and maintenance in the regions (seed 001): while one holds a
 * region, updates there may pause, run slower and fail more often. Planned
 * maintenance is announced to the admins it affects ahead of time; for
 * unplanned and major incidents they get an email at the start and at the
 * resolution, and a major one has a post-incident report five business days
 * later.
 */
import { packedArray, type EventKind, type RandomStream } from '../engine/index.js';
import { addBusinessDays } from './calendar.js';
import { MSG } from './communications.js';
import { planIncidents, type IncidentPlan } from './planIncidents.js';
import type { IncidentRecord } from './SimulationResult.js';
import type { WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

export class Incidents {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  private readonly rng: RandomStream;
  private readonly plans: IncidentPlan[];
  readonly records: IncidentRecord[];
  private readonly recipients: number[];
  /** Per region: the incidents holding it now. */
  private readonly active: number[][];
  private readonly MAINTENANCE_NOTICE: EventKind;
  private readonly INCIDENT_START: EventKind;
  private readonly INCIDENT_END: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
    const regions = ctx.s.regions;
    this.rng = ctx.stream('incidents');
    this.plans = planIncidents(ctx.s, ctx.windowStartHour, ctx.windowEndHour, this.rng);
    const notice = ctx.s.incidents.maintenanceNoticeDays * 24;
    this.records = packedArray(this.plans.length, (k) => {
      const p = this.plans[k];
      return {
        kind: p.kind,
        region: p.region < 0 ? '*' : regions[p.region].name,
        start: p.start,
        end: p.end,
        noticeAt: p.kind === 'plannedMaintenance' ? Math.max(0, p.start - notice) : Math.max(0, p.start),
        postIncidentReportAt: p.kind === 'major' ? addBusinessDays(ctx.s.release.announce, p.end, 5) : NaN,
        pauseUpdates: p.pauseUpdates,
        slowdown: p.slowdown,
        failureMultiplier: p.failureMultiplier,
        updatesDisplaced: 0,
        adminsNotified: 0,
      };
    });
    this.recipients = packedArray(this.plans.length, () => 0);
    this.active = packedArray(regions.length, (): number[] => []);
    this.MAINTENANCE_NOTICE = ctx.sim.defineEvent((k) => this.notifyAffected(k, MSG.maintenanceScheduled));
    this.INCIDENT_START = ctx.sim.defineEvent((k) => this.start(k));
    this.INCIDENT_END = ctx.sim.defineEvent((k) => this.end(k));
  }

  /** Puts every incident that starts inside the run in the diary, and each planned maintenance's notice ahead of it. */
  plan(): void {
    const sim = this.ctx.sim;
    this.plans.forEach((p, k) => {
      if (p.start >= this.ctx.horizonHours) return;
      if (p.kind === 'plannedMaintenance') sim.scheduleAt(this.MAINTENANCE_NOTICE, this.records[k].noticeAt, k);
      sim.scheduleAt(this.INCIDENT_START, Math.max(0, p.start), k);
      sim.scheduleAt(this.INCIDENT_END, Math.max(0, p.end), k);
    });
  }

  private regionsOf(k: number): number[] {
    const r = this.plans[k].region;
    return r < 0 ? this.ctx.s.regions.map((_, i) => i) : [r];
  }

  /** Product of a factor over the incidents holding a region now. */
  factor(region: number, factor: 'slowdown' | 'failureMultiplier'): number {
    let product = 1;
    for (const k of this.active[region]) product *= this.plans[k][factor];
    return product;
  }

  /** An update in `region` could not start in time: each incident holding the region displaced it. */
  noteDisplaced(region: number): void {
    for (const k of this.active[region]) this.records[k].updatesDisplaced++;
  }

  /** Draws the organizations incident k affects and sends their admins a message of type `type`. */
  private notifyAffected(k: number, type: number): void {
    const regions = this.regionsOf(k);
    let admins = 0;
    let people = 0;
    const { tenants } = this.ctx.fleet;
    for (let t = 0; t < tenants.count; t++) {
      if (!regions.includes(tenants.region[t]) || this.rng() >= this.plans[k].affectedShare) continue;
      admins++;
      people += 1 + tenants.extraRecipients[t];
      this.ctx.messages.send(type, 1 + tenants.extraRecipients[t]);
    }
    this.records[k].adminsNotified = admins;
    this.recipients[k] = people;
  }

  private start(k: number): void {
    const p = this.plans[k];
    // Planned maintenance was announced ahead; the others are news when they start.
    if (p.kind !== 'plannedMaintenance') this.notifyAffected(k, MSG.incidentStarted);
    const regions = this.regionsOf(k);
    for (const r of regions) {
      this.active[r].push(k);
      if (p.pauseUpdates) this.p.updates.pause(r);
    }
    this.p.gates.noteIncidents(regions, 1);
  }

  private end(k: number): void {
    const p = this.plans[k];
    const admins = p.kind === 'plannedMaintenance' ? 0 : this.records[k].adminsNotified;
    // Resolution emails go to the admins told of the start; spread their recipients evenly.
    for (let a = 0; a < admins; a++) {
      const share = Math.floor(this.recipients[k] / admins) + (a < this.recipients[k] % admins ? 1 : 0);
      this.ctx.messages.send(MSG.incidentResolved, share);
    }
    const regions = this.regionsOf(k);
    for (const r of regions) {
      const list = this.active[r];
      list.splice(list.indexOf(k), 1);
      if (p.pauseUpdates) this.p.updates.resume(r);
    }
    this.p.gates.noteIncidents(regions, -1);
  }
}
