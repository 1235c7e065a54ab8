/**
 * The backup system of each region, which every kind of copy shares: the
 * nightly system backups, admins' on-demand backups before an update, the
 * updates' own Backup and Restore stages, and restores, which go to sandboxes
 * only and leave the instance unavailable while they run. When demand exceeds
 * a region's throughput, a copy starting then runs slower.
 */
import { DOUBLE_ZERO, packedArray, TimeWeighted, triangular, type EventKind } from '../engine/index.js';
import { BACKUP_KINDS, SANDBOX, type HourlySeries } from './SimulationResult.js';
import { systemBackupDemand, systemBackupDemandAt } from './systemBackupDemand.js';
import { MilestoneDiary } from './MilestoneDiary.js';
import { QUEUED, SCHEDULED, UPDATING, type WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

/** Indexes into BACKUP_KINDS. */
const SYSTEM_LOAD = BACKUP_KINDS.indexOf('system');
const ON_DEMAND_LOAD = BACKUP_KINDS.indexOf('onDemand');
const UPDATE_LOAD = BACKUP_KINDS.indexOf('update');
const RESTORE_LOAD = BACKUP_KINDS.indexOf('restore');

const HOURS_PER_MONTH = 30 * 24;

export class Backups {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  private readonly hours: number;
  private readonly wantsOnDemand: Uint8Array;
  /** Each instance's planned on-demand backup start, weeks ahead like its window, so kept by day and hour. */
  private readonly onDemandStarts: MilestoneDiary;
  private readonly restoring: Uint8Array;
  /** Per region: its sandboxes' instance indexes. */
  private readonly sandboxes: Int32Array[];
  /** Current on-demand and restore load per region (GB/h), indexed region * 4 + kind. */
  private readonly regionLoad: Float64Array;
  /** Update copies' (Backup and Restore stages) load per region and hour, GB per hour bin: index region * hours + hour. */
  private readonly updateLoadLedger: Float64Array;
  private readonly fleetLoad: TimeWeighted[];
  /** How long system and on-demand backups are kept. */
  private readonly retentionHours: number;
  /** On-demand backups taken in the last `retentionHours` whole hours, GB. */
  private onDemandRetainedGb = DOUBLE_ZERO;
  private readonly fleetLoadLevel = new Float64Array(BACKUP_KINDS.length);
  private readonly loadIntegralAtHour = new Float64Array(BACKUP_KINDS.length);
  private readonly ON_DEMAND_END: EventKind;
  private readonly RESTORE_END: EventKind;
  private readonly ADMIN_RESTORE: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses, hours: number) {
    this.ctx = ctx;
    this.p = processes;
    this.hours = hours;
    const n = ctx.n;
    const regions = ctx.s.regions;
    this.wantsOnDemand = new Uint8Array(n);
    this.onDemandStarts = new MilestoneDiary(ctx.sim, n, (i) => this.startOnDemandBackup(i));
    this.restoring = new Uint8Array(n);
    const sandboxLists = packedArray(regions.length, (): number[] => []);
    for (let i = 0; i < n; i++) if (ctx.fleet.instanceKind[i] === SANDBOX) sandboxLists[ctx.fleet.instanceRegion[i]].push(i);
    this.sandboxes = packedArray(regions.length, (r) => Int32Array.from(sandboxLists[r]));
    this.regionLoad = new Float64Array(regions.length * BACKUP_KINDS.length);
    this.updateLoadLedger = new Float64Array(regions.length * hours);
    this.fleetLoad = packedArray(BACKUP_KINDS.length, () => new TimeWeighted(0, 0));
    this.retentionHours = ctx.s.backups.retentionDays * 24;
    const on = (handler: (arg: number) => void) => ctx.sim.defineEvent(handler);
    this.ON_DEMAND_END = on((i) => this.changeLoad(ctx.fleet.instanceRegion[i], ON_DEMAND_LOAD, -ctx.s.durations.backupGbPerHour));
    this.RESTORE_END = on((i) => this.endRestore(i));
    this.ADMIN_RESTORE = on((region) => this.adminRestore(region));
  }

  /** Puts each day's release of planned on-demand backups in the diary; before the schedule's milestones, as when they were planned straight into it. */
  planDays(): void {
    this.onDemandStarts.planDays(this.ctx.horizonHours);
  }

  /** On-demand backups started inside their hour's group, which the kernel counts as one event (see MilestoneDiary). */
  get eventsUncounted(): number {
    return this.onDemandStarts.eventsUncounted;
  }

  /** Starts each region's stream of admin restores. */
  planAdminRestores(): void {
    this.ctx.s.regions.forEach((_, r) => this.scheduleNextAdminRestore(r));
  }

  /**
   * The admin decides, as a new update step is scheduled, whether to take an
   * on-demand backup before it; an on-premises organization is not in the
   * service until imported, so it has none (the import backs it up first).
   */
  decideOnDemand(i: number): void {
    const c = this.ctx;
    this.wantsOnDemand[i] = !c.isImport(i) && c.rngOf(i).backups() < c.profile(i).onDemandBackup ? 1 : 0;
  }

  /** Plans the admin's on-demand backup ahead of the window opening at `opening`, if wanted and still ahead. */
  planOnDemand(i: number, opening: number): void {
    const backupAt = opening - this.ctx.s.backups.onDemandLeadHours;
    if (this.wantsOnDemand[i] && backupAt >= this.ctx.sim.now) this.onDemandStarts.set(i, backupAt);
  }

  /** Drops a planned on-demand backup (its update moved). */
  cancelOnDemand(i: number): void {
    this.onDemandStarts.clear(i);
  }

  private changeLoad(region: number, kind: number, delta: number): void {
    this.regionLoad[region * BACKUP_KINDS.length + kind] += delta;
    this.fleetLoadLevel[kind] += delta;
    this.fleetLoad[kind].set(this.fleetLoadLevel[kind], this.ctx.sim.now);
  }

  /** Books a copy stage's load (GB/h over [from, to)) into its region's hourly ledger. */
  addUpdateLoad(region: number, rate: number, from: number, to: number): void {
    const ledger = this.updateLoadLedger;
    const base = region * this.hours;
    const last = Math.min(Math.ceil(to), this.hours);
    for (let h = Math.floor(from); h < last; h++) {
      const overlap = Math.min(to, h + 1) - Math.max(from, h);
      if (overlap > 0) ledger[base + h] += rate * overlap;
    }
  }

  /**
   * The speed a backup or restore gets from its region's backup system: its
   * nominal speed while the system has room, less when demand exceeds
   * capacity (fixed when the stage starts, a simplification of sharing).
   * Update copies count at the current hour's mean booked so far. A caller
   * sizing two copies at once passes the region's `others` demand it got
   * from `regionDemandNow`, worked out once for both.
   */
  rate(region: number, nominal: number, others = this.regionDemandNow(region)): number {
    const capacity = this.ctx.s.regions[region].backupThroughputGbPerHour;
    const demand = others + nominal;
    return demand > capacity ? (nominal * capacity) / demand : nominal;
  }

  /** Demand on a region's backup system now (GB/h), from every kind of copy. */
  regionDemandNow(region: number): number {
    const c = this.ctx;
    const b = c.s.backups;
    const now = c.sim.now;
    const base = region * BACKUP_KINDS.length;
    const l = this.regionLoad;
    const hour = Math.min(Math.floor(now), this.hours - 1);
    return (
      systemBackupDemandAt(this.p.storage.regionGb(region, now), b.systemBackupLocalHour, c.s.regions[region].utcOffsetHours, b.systemBackupHours, now) +
      l[base + ON_DEMAND_LOAD] +
      l[base + RESTORE_LOAD] +
      this.updateLoadLedger[region * this.hours + hour]
    );
  }

  /** The admin's on-demand backup before the update; the instance stays available. */
  private startOnDemandBackup(i: number): void {
    const c = this.ctx;
    if (c.state[i] !== SCHEDULED || !(c.approved[i] || c.isMandatory(i))) return;
    const rate = c.s.durations.backupGbPerHour;
    c.counters.onDemandBackups++;
    this.changeLoad(c.fleet.instanceRegion[i], ON_DEMAND_LOAD, rate);
    c.sim.schedule(this.ON_DEMAND_END, c.fleet.instanceStorageGb[i] / rate, i);
  }

  /**
   * Restores the backup taken at `pointAt` to sandbox i (restores go to
   * sandboxes only); the instance is unavailable until the restore ends.
   */
  startRestore(i: number, pointAt: number): void {
    const c = this.ctx;
    if (c.fleet.instanceKind[i] !== SANDBOX) throw new Error(`instance ${i}: restores go to sandboxes only`);
    const d = c.s.durations;
    const region = c.fleet.instanceRegion[i];
    const overhead = triangular(c.regionRng[region].restores, d.restoreOverheadHours.min, d.restoreOverheadHours.mode, d.restoreOverheadHours.max);
    const hours = overhead + c.fleet.instanceStorageGb[i] / this.rate(region, d.restoreGbPerHour);
    this.restoring[i] = 1;
    c.counters.restores++;
    c.records.downtimeHours[i] += hours;
    this.changeLoad(region, RESTORE_LOAD, d.restoreGbPerHour);
    if (c.trace) c.trace({ type: 'restore', time: c.sim.now, instance: i, end: c.sim.now + hours, kind: c.fleet.instanceKind[i], pointAt });
    c.sim.schedule(this.RESTORE_END, hours, i);
  }

  private endRestore(i: number): void {
    this.restoring[i] = 0;
    this.changeLoad(this.ctx.fleet.instanceRegion[i], RESTORE_LOAD, -this.ctx.s.durations.restoreGbPerHour);
  }

  /**
   * Admins restore on-demand backups to sandboxes now and then: a Poisson
   * stream over each region's sandboxes (together, the same stream over all
   * of them), drawn from the region's own random stream.
   */
  private scheduleNextAdminRestore(region: number): void {
    const c = this.ctx;
    const rate = (this.sandboxes[region].length * c.s.backups.adminRestoresPerSandboxPerMonth) / HOURS_PER_MONTH;
    if (rate <= 0) return;
    const at = c.sim.now - Math.log(c.regionRng[region].restores()) / rate;
    if (at < c.horizonHours) c.sim.scheduleAt(this.ADMIN_RESTORE, at, region);
  }

  private adminRestore(region: number): void {
    const c = this.ctx;
    const sandboxes = this.sandboxes[region];
    const i = sandboxes[Math.floor(c.regionRng[region].restores() * sandboxes.length)];
    const st = c.state[i];
    // Not while it is updating or already restoring, nor right before its window opens.
    const busy = this.restoring[i] || st === QUEUED || st === UPDATING || (st === SCHEDULED && c.due[i] - c.sim.now < 24);
    if (!busy) this.restoreOlderBackup(i);
    this.scheduleNextAdminRestore(region);
  }

  /** The admin asks for a backup some days old: restored if still retained, refused if gone. */
  private restoreOlderBackup(i: number): void {
    const c = this.ctx;
    const age = c.s.backups.adminRestorePointAgeDays;
    const pointAt = c.sim.now - 24 * triangular(c.rngOf(i).restores, age.min, age.mode, age.max);
    if (c.sim.now - pointAt <= this.retentionHours) {
      this.startRestore(i, pointAt);
      return;
    }
    c.counters.restoresRefused++;
    if (c.trace) c.trace({ type: 'restoreRefused', time: c.sim.now, instance: i, pointAt });
  }

  /** Records the backup system's mean demand by kind, and its capacity, over the hour `k` that just ended. */
  sampleHour(y: HourlySeries, k: number): void {
    const c = this.ctx;
    const now = c.sim.now;
    const b = c.s.backups;
    let capacity = 0;
    let system = 0;
    c.s.regions.forEach((reg, r) => {
      capacity += reg.backupThroughputGbPerHour;
      system += systemBackupDemand(this.p.storage.regionGb(r, now - 0.5), b.systemBackupLocalHour, reg.utcOffsetHours, b.systemBackupHours, now - 1, now);
    });
    y.backupDemand[SYSTEM_LOAD][k] = system;
    let update = 0;
    for (let r = 0; r < c.s.regions.length; r++) update += this.updateLoadLedger[r * this.hours + k];
    y.backupDemand[UPDATE_LOAD][k] = update;
    for (const kind of [ON_DEMAND_LOAD, RESTORE_LOAD]) {
      const integral = this.fleetLoad[kind].integral(now);
      y.backupDemand[kind][k] = integral - this.loadIntegralAtHour[kind];
      this.loadIntegralAtHour[kind] = integral;
    }
    y.backupCapacity[k] = capacity;
    this.sampleRetained(y, k);
  }

  /**
   * Records the backup storage held at the end of hour `k`: every system and
   * on-demand backup taken in the last `retentionDays` days. The nightly
   * system backups ran before the run began too, so their share is the
   * copies of the regions' storage made over the retention period.
   */
  private sampleRetained(y: HourlySeries, k: number): void {
    const c = this.ctx;
    const now = c.sim.now;
    const b = c.s.backups;
    const kept = this.retentionHours;
    let system = 0;
    c.s.regions.forEach((reg, r) => {
      system += kept * systemBackupDemand(this.p.storage.regionGb(r, now), b.systemBackupLocalHour, reg.utcOffsetHours, b.systemBackupHours, now - kept, now);
    });
    y.retainedSystemBackupGb[k] = system;
    const onDemand = y.backupDemand[ON_DEMAND_LOAD];
    this.onDemandRetainedGb += onDemand[k] - (k >= kept ? onDemand[k - kept] : 0);
    // A running sum of floats can dip a hair below zero when it empties.
    y.retainedOnDemandBackupGb[k] = Math.max(0, this.onDemandRetainedGb);
  }
}
