/**
 * Running the updates: at its 12-hour window an approved (or mandatory)
 * instance is Queued for one of its region's update slots, then goes through
 * Backup, Restore and Database Upgrade. An update that cannot start in time
 * or finish inside its window falls back to its alternate date; one that
 * fails is restored from its backup and retried; one that succeeds moves the
 * instance to its next step or to n.
 */
import { DOUBLE_ZERO, GRANTED, packedArray, Resource, type EventKind } from '../engine/index.js';
import { MSG } from './communications.js';
import { planStages } from './planStages.js';
import { OUTCOME_NOT_APPROVED, OUTCOME_UPDATED, SANDBOX, VERSION_N, type HourlySeries, type RegionUpdateCounts } from './SimulationResult.js';
import type { TraceStage } from './TraceEvent.js';
import { BEHIND, DONE, IDLE, NONE, QUEUED, UPDATING, type WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

export class Updates {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  /** Each region's update slots. */
  readonly slots: Resource[];
  readonly regionUpdates: RegionUpdateCounts[];
  readonly queueWaits: number[] = [];
  private readonly latestStartEvent: Float64Array;
  /** The running update's end, or its window's close if that comes first. */
  private readonly endEvent: Float64Array;
  private readonly ticket: Float64Array;
  private readonly failureOdds: Float64Array;
  /** 1 while the instance's update runs the bad build. */
  private readonly withDefect: Uint8Array;
  /** Per region: how many incidents and gate halts hold its updates now. */
  private readonly pauses: Int32Array;
  private running = 0;
  private queued = 0;
  // Counts since the last hourly sample.
  private completionsThisHour = 0;
  private readonly regionCompletionsThisHour: Float64Array;
  private startsThisHour = 0;
  private waitThisHour = DOUBLE_ZERO;
  private readonly busiestThisHour: Float64Array;
  private readonly LATEST_START: EventKind;
  private readonly UPDATE_END: EventKind;
  private readonly WINDOW_CLOSE: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
    const n = ctx.n;
    const regions = ctx.s.regions;
    this.slots = packedArray(regions.length, (r) => new Resource(ctx.sim, regions[r].updateSlots, (i, waited) => this.startUpdate(i, waited)));
    this.regionUpdates = packedArray(regions.length, () => ({ started: 0, overrunsNotStarted: 0, overrunsAborted: 0 }));
    this.latestStartEvent = new Float64Array(n).fill(NONE);
    this.endEvent = new Float64Array(n).fill(NONE);
    this.ticket = new Float64Array(n).fill(NONE);
    this.failureOdds = new Float64Array(n);
    this.withDefect = new Uint8Array(n);
    this.pauses = new Int32Array(regions.length);
    this.regionCompletionsThisHour = new Float64Array(regions.length);
    this.busiestThisHour = new Float64Array(regions.length);
    const on = (handler: (arg: number) => void) => ctx.sim.defineEvent(handler);
    this.LATEST_START = on((i) => this.missLatestStart(i));
    this.UPDATE_END = on((i) => this.endUpdate(i));
    this.WINDOW_CLOSE = on((i) => this.closeWindow(i));
  }

  /** The 12-hour window opens: the instance is Queued for a slot, or stays behind if not approved. */
  openWindow(i: number): void {
    const c = this.ctx;
    const now = c.sim.now;
    const mandatory = c.isMandatory(i);
    if (!c.approved[i] && !mandatory) {
      c.state[i] = BEHIND;
      c.records.outcome[i] = OUTCOME_NOT_APPROVED;
      c.emit(i, 'NotApproved');
      this.p.schedule.bookMandatory(i);
      return;
    }
    if (!c.approved[i]) {
      c.counters.mandatoryUpdates++;
      c.records.mandatory[i] = 1;
    }
    c.state[i] = QUEUED;
    c.windowClose[i] = now + c.s.updateWindow.lengthHours;
    this.p.storage.omit(i);
    this.queued++;
    c.emit(i, 'Queued');
    // While its wave is held by a bake it asks for no slot: it waits until the wave goes or its latest start passes.
    const held = !this.p.bake.mayStart(i);
    if (held) this.p.bake.hold(i);
    if (held || !this.requestSlot(i, 0)) this.latestStartEvent[i] = c.sim.schedule(this.LATEST_START, c.s.updateWindow.latestStartHours, i);
  }

  /** Asks the region for a slot, having waited `waited` hours: the update starts now (true), or waits in line. */
  private requestSlot(i: number, waited: number): boolean {
    const ticket = this.slots[this.ctx.fleet.instanceRegion[i]].request(i);
    if (ticket === GRANTED) this.startUpdate(i, waited);
    else this.ticket[i] = ticket;
    return ticket === GRANTED;
  }

  /** Instance i's wave was let go: if it still waits in Queued for it (its latest start not passed), it asks for a slot now. */
  releaseHeld(i: number): void {
    const c = this.ctx;
    if (c.state[i] === QUEUED && this.ticket[i] === NONE && this.latestStartEvent[i] !== NONE) this.requestSlot(i, c.sim.now - c.due[i]);
  }

  /**
   * A slot is free: the update runs Backup, Restore and Database Upgrade.
   * Their ends are planned now, so one event ends the update, or stops it
   * when its window closes first.
   */
  private startUpdate(i: number, waited: number): void {
    const c = this.ctx;
    const region = c.fleet.instanceRegion[i];
    const now = c.sim.now;
    this.cancel(this.latestStartEvent, i);
    this.ticket[i] = NONE;
    this.queued--;
    this.running++;
    this.queueWaits.push(waited);
    this.regionUpdates[region].started++;
    this.p.bake.noteStarted(i);
    this.startsThisHour++;
    this.waitThisHour += waited;
    const busy = this.slots[region].inService;
    if (busy > this.busiestThisHour[region]) this.busiestThisHour[region] = busy;
    const complexity = c.complexityOf[i];
    const incidents = this.p.incidents;
    const defect = this.p.badBuild.failureFactor(complexity);
    this.withDefect[i] = defect > 1 ? 1 : 0;
    this.failureOdds[i] = Math.min(1, c.failureOddsByComplexity[complexity] * incidents.factor(region, 'failureMultiplier') * defect);
    const close = c.windowClose[i];
    const stages = planStages(c, this.p.backups, i, now, incidents.factor(region, 'slowdown'));
    const r = c.records;
    r.attempts[i]++;
    r.startAt[i] = now;
    r.backupEndAt[i] = stages.backupEnd <= close ? stages.backupEnd : NaN;
    r.restoreEndAt[i] = stages.restoreEnd <= close ? stages.restoreEnd : NaN;
    r.upgradeEndAt[i] = stages.upgradeEnd <= close ? stages.upgradeEnd : NaN;
    c.state[i] = UPDATING;
    if (!c.isImport(i)) c.send(i, MSG.updateInProgress);
    c.emit(i, 'Backup');
    if (stages.backupEnd < close) c.emit(i, 'Restore', stages.backupEnd);
    if (stages.restoreEnd < close) c.emit(i, 'DatabaseUpgrade', stages.restoreEnd);
    this.endEvent[i] = stages.upgradeEnd <= close ? c.sim.scheduleAt(this.UPDATE_END, stages.upgradeEnd, i) : c.sim.scheduleAt(this.WINDOW_CLOSE, close, i);
  }

  /** The Database Upgrade completes: the update succeeded or failed. */
  private endUpdate(i: number): void {
    const c = this.ctx;
    this.endEvent[i] = NONE;
    const failed = c.rngOf(i).failures() < this.failureOdds[i];
    if (!failed) c.version[i] = c.target[i];
    // The gate sees the outcome before the slot is freed: a halt it makes stops the next in line too.
    this.p.gates.noteFinished(c.fleet.instanceRegion[i], failed);
    this.leaveSlot(i, failed ? 'Failed' : 'Updated');
    if (failed) this.fail(i);
    else this.succeed(i);
  }

  /** Ends the update as `ending`: frees the slot (which may start the next in line) and re-includes the storage. */
  private leaveSlot(i: number, ending: TraceStage): void {
    const c = this.ctx;
    c.emit(i, ending);
    this.slots[c.fleet.instanceRegion[i]].release();
    this.running--;
    this.p.storage.include(i);
    c.records.downtimeHours[i] += c.sim.now - c.records.startAt[i];
  }

  private succeed(i: number): void {
    const c = this.ctx;
    const now = c.sim.now;
    const r = c.records;
    r.stepsCompleted[i]++;
    c.counters.updatesCompleted++;
    const isImport = c.isImport(i);
    if (isImport) c.counters.imports++;
    this.completionsThisHour++;
    this.regionCompletionsThisHour[c.fleet.instanceRegion[i]]++;
    c.send(i, isImport ? MSG.importCompleted : MSG.updateSuccessful);
    this.p.gates.noteUpdated(i, this.withDefect[i] === 1);
    if (c.version[i] === VERSION_N) {
      c.onN++;
      c.state[i] = DONE;
      r.completedAt[i] = now;
      r.outcome[i] = OUTCOME_UPDATED;
    } else {
      c.state[i] = IDLE;
      this.p.schedule.beginStep(i, c.openingOn(i, c.localDay(i, now) + c.s.sandboxFirst.stepGapDays));
    }
    if (c.fleet.instanceKind[i] === SANDBOX) this.p.admins.sandboxPassed(i);
  }

  /**
   * A failed upgrade is restored from its backup and retried on a date the
   * service picks; a failed sandbox is reset too. The admin's alternate date
   * went with the date that failed: the retry falls back from its own date.
   */
  private fail(i: number): void {
    const c = this.ctx;
    c.counters.failures++;
    c.records.failures[i]++;
    if (c.fleet.instanceKind[i] === SANDBOX) this.p.backups.startRestore(i, c.records.startAt[i]);
    c.state[i] = IDLE;
    this.p.schedule.alternate[i] = NaN;
    if (this.p.schedule.scheduleAt(i, c.openingOn(i, c.localDay(i, c.sim.now) + c.s.failures.retryAfterDays))) c.send(i, c.isImport(i) ? MSG.importScheduled : MSG.updateRescheduled);
  }

  /** Not started by its latest start time: it cannot finish inside its window */
  private missLatestStart(i: number): void {
    const c = this.ctx;
    this.latestStartEvent[i] = NONE;
    const region = c.fleet.instanceRegion[i];
    // Held by a bake, it never joined the line.
    if (this.ticket[i] !== NONE) this.slots[region].withdraw(this.ticket[i]);
    this.ticket[i] = NONE;
    this.queued--;
    this.p.storage.include(i);
    c.counters.overrunsNotStarted++;
    this.regionUpdates[region].overrunsNotStarted++;
    this.p.incidents.noteDisplaced(region);
    this.p.gates.noteDisplaced(i, region);
    this.p.gates.noteOverrun(region);
    c.emit(i, 'NotStarted');
    this.fallBack(i);
  }

  /** The window closes on a running update: it is stopped and rolled back. */
  private closeWindow(i: number): void {
    this.endEvent[i] = NONE;
    this.p.gates.noteOverrun(this.ctx.fleet.instanceRegion[i]);
    this.leaveSlot(i, 'Aborted');
    this.ctx.counters.overrunsAborted++;
    this.regionUpdates[this.ctx.fleet.instanceRegion[i]].overrunsAborted++;
    this.fallBack(i);
  }

  /**
   * Falls back to the secondary (alternate) date, with its own email: the
   * admin's, or the service's `alternateOffsetDays` later. Only a date inside
   * the window is a fallback; past it, the instance misses the window (no fallback).
   */
  private fallBack(i: number): void {
    const c = this.ctx;
    const alternate = this.p.schedule.alternate;
    c.state[i] = IDLE;
    const next = Number.isNaN(alternate[i]) ? c.openingOn(i, c.localDay(i, c.due[i]) + c.s.updateWindow.alternateOffsetDays) : alternate[i];
    alternate[i] = NaN;
    if (!this.p.schedule.scheduleAt(i, next)) return;
    c.counters.fallbacks++;
    c.records.fallbacks[i]++;
    c.send(i, MSG.fallback);
  }

  /** Holds a region's updates (slots to 0) for an incident or a gate's halt; holds add up. */
  pause(region: number): void {
    if (this.pauses[region]++ === 0) this.slots[region].setCapacity(0);
  }

  /** Lifts one hold; the region's slots come back when none is left. */
  resume(region: number): void {
    if (--this.pauses[region] === 0) this.slots[region].setCapacity(this.ctx.s.regions[region].updateSlots);
  }

  private cancel(handles: Float64Array, i: number): void {
    if (handles[i] !== NONE) {
      this.ctx.sim.cancel(handles[i]);
      handles[i] = NONE;
    }
  }

  /** Records the updates' figures of the hour `k` that just ended, and starts counting the next. */
  sampleHour(y: HourlySeries, k: number): void {
    y.completions[k] = this.completionsThisHour;
    this.completionsThisHour = 0;
    y.starts[k] = this.startsThisHour;
    y.queueWaitSum[k] = this.waitThisHour;
    this.startsThisHour = 0;
    this.waitThisHour = 0;
    y.inProgress[k] = this.running;
    y.queued[k] = this.queued;
    this.slots.forEach((slots, r) => {
      y.slotUse[r][k] = Math.max(this.busiestThisHour[r], slots.inService);
      this.busiestThisHour[r] = slots.inService;
      y.slotCapacity[r][k] = slots.capacity;
      y.completionsByRegion[r][k] = this.regionCompletionsThisHour[r];
      this.regionCompletionsThisHour[r] = 0;
    });
  }
}
