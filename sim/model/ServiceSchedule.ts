/**
 * The service's side of the calendar: it pre-schedules each instance's
 * update into a 12-hour window, sends the "update scheduled" message and the
 * reminders 90, 30, 15 and 7 days ahead, moves the update when an admin
 * reschedules or a step fails, and books a mandatory update, after n-1's
 * support ends, for every n-1 instance whose optional update went unapproved.
 *
 * Each instance has one pending milestone: the reminder its admin will act
 * on, or else its window opening. Reminders nobody acts on need no event of
 * their own: they are counted when the next milestone comes, which keeps the
 * diary small.
 */
import type { EventKind } from '../engine/index.js';
import { localTimeToHour } from './calendar.js';
import { MSG, REMINDERS } from './communications.js';
import { MilestoneDiary } from './MilestoneDiary.js';
import { OUTCOME_MISSED_WINDOW, VERSION_N1 } from './SimulationResult.js';
import { BEHIND, IDLE, NONE, SCHEDULED, type WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';
import { nextTargetVersion } from './updatePaths.js';

/** Days ahead, at least, that a mandatory update is booked: one more than the last reminder's, so that it goes out after the booking. */
const MANDATORY_NOTICE_DAYS = REMINDERS[REMINDERS.length - 1].days + 1;
/** Days over which the mandatory updates are spread, from the first possible one. */
const MANDATORY_SPREAD_DAYS = 14;

export class ServiceSchedule {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  /** Next reminder not yet sent (an index into REMINDERS). */
  private readonly nextReminder: Int8Array;
  /** Reminder at which the admin will act next (its milestone), or NONE when the milestone is the window opening. */
  private readonly actingReminder: Int8Array;
  /** The admin's drawn answer to that reminder. */
  private readonly actingAnswer: Float64Array;
  /** Window-open time of the alternate date chosen by the admin, or NaN. */
  readonly alternate: Float64Array;
  private readonly milestones: MilestoneDiary;
  private versionsAtSupportEnd: [number, number, number] | null = null;
  private readonly SUPPORT_END: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
    const n = ctx.n;
    this.nextReminder = new Int8Array(n);
    this.actingReminder = new Int8Array(n).fill(NONE);
    this.actingAnswer = new Float64Array(n);
    this.alternate = new Float64Array(n).fill(NaN);
    this.milestones = new MilestoneDiary(ctx.sim, n, (i) => this.reachMilestone(i));
    this.SUPPORT_END = ctx.sim.defineEvent((region) => this.endSupport(region));
  }

  /** Puts each day's release of milestones in the diary, before anything else due at midnight. */
  planDays(): void {
    this.milestones.planDays(this.ctx.horizonHours);
  }

  /** Schedules the end of n-1's support in each region, at local midnight after its last supported day, if inside the run. */
  planSupportEnd(): void {
    const { sim, s, lastSupportedDay, horizonHours } = this.ctx;
    s.regions.forEach((r, region) => {
      const at = localTimeToHour(lastSupportedDay + 1, 0, r.utcOffsetHours);
      if (at < horizonHours) sim.scheduleAt(this.SUPPORT_END, Math.max(0, at), region);
    });
  }

  /**
   * Starts the instance's next update step: the service schedules it and
   * tells the admins, who may answer. An on-premises import was asked for by
   * the customer: it is approved from the start and gets its own message.
   */
  beginStep(i: number, opening: number): void {
    const c = this.ctx;
    const isImport = c.isImport(i);
    c.target[i] = nextTargetVersion(c.fleet.instanceKind[i], c.version[i], c.s.sandboxFirst.approach);
    c.approved[i] = isImport ? 1 : 0;
    this.alternate[i] = NaN;
    this.p.backups.decideOnDemand(i);
    if (!this.scheduleAt(i, opening)) return;
    c.send(i, isImport ? MSG.importScheduled : MSG.updateScheduled);
    if (!isImport) this.p.admins.answer(i);
  }

  /**
   * Puts the pending update at `opening` and plans its reminders and the
   * admin's on-demand backup; an opening after the window leaves the instance
   * behind. Returns whether it is scheduled.
   */
  scheduleAt(i: number, opening: number): boolean {
    const c = this.ctx;
    this.sendRemindersDue(i);
    this.milestones.clear(i);
    this.p.backups.cancelOnDemand(i);
    if (c.localDay(i, opening) > c.windowEndDay) {
      c.state[i] = BEHIND;
      c.due[i] = NaN;
      c.records.outcome[i] = OUTCOME_MISSED_WINDOW;
      c.emit(i, 'MissedWindow');
      return false;
    }
    c.state[i] = SCHEDULED;
    c.due[i] = opening;
    c.records.scheduledAt[i] = opening;
    if (Number.isNaN(c.records.firstScheduledAt[i])) c.records.firstScheduledAt[i] = opening;
    // An import has no reminders: the customer asked for it.
    let k = c.isImport(i) ? REMINDERS.length : 0;
    while (k < REMINDERS.length && opening - REMINDERS[k].days * 24 <= c.sim.now) k++;
    this.nextReminder[i] = k;
    this.planMilestone(i);
    this.p.backups.planOnDemand(i, opening);
    return true;
  }

  private reminderTime(i: number, k: number): number {
    return this.ctx.due[i] - REMINDERS[k].days * 24;
  }

  /**
   * Draws the admin's answers to the reminders still ahead until one would
   * act (approve while not yet approved, or reschedule); that reminder is the
   * next milestone, else the window opening is. Imports have no reminders.
   */
  planMilestone(i: number): void {
    const c = this.ctx;
    this.milestones.clear(i);
    const p = c.profile(i);
    const now = c.sim.now;
    let k = this.nextReminder[i];
    while (k < REMINDERS.length && this.reminderTime(i, k) <= now) k++;
    const draw = c.rngOf(i).admins;
    const approves = p.approve;
    const reschedules = p.approve + p.reschedule;
    const approved = c.approved[i] === 1;
    for (; k < REMINDERS.length; k++) {
      const u = draw();
      if ((u < approves && !approved) || (u >= approves && u < reschedules)) {
        this.actingReminder[i] = k;
        this.actingAnswer[i] = u;
        this.milestones.set(i, this.reminderTime(i, k));
        return;
      }
    }
    this.actingReminder[i] = NONE;
    this.milestones.set(i, Math.max(c.due[i], now));
  }

  /** Sends the reminders of the pending update that are due by now. */
  private sendRemindersDue(i: number): void {
    const c = this.ctx;
    if (c.state[i] !== SCHEDULED) return;
    const now = c.sim.now;
    const people = c.recipients(i);
    for (let k = this.nextReminder[i]; k < REMINDERS.length && this.reminderTime(i, k) <= now; k = ++this.nextReminder[i]) {
      c.messages.send(REMINDERS[k].code, people);
      if (c.trace) c.trace({ type: 'message', time: this.reminderTime(i, k), instance: i, message: REMINDERS[k].type, dueAt: c.due[i] });
    }
  }

  private reachMilestone(i: number): void {
    this.sendRemindersDue(i);
    if (this.actingReminder[i] === NONE) {
      this.p.updates.openWindow(i);
      return;
    }
    this.p.admins.act(i, this.actingAnswer[i]);
    // Approving or rescheduling plans afresh; an approval the sandboxes held back does not.
    if (this.ctx.state[i] === SCHEDULED && !this.milestones.isPending(i)) this.planMilestone(i);
  }

  /**
   * An n-1 instance's optional update went unapproved: once n-1's support
   * ends its update is mandatory, so the service books it now for a day after
   * the last supported one, more than a week ahead so that the 7-day reminder
   * and its in-product alert go out, spread over two weeks (README, "Mandatory
   * after support end"). Without room before the window ends, it stays behind.
   */
  bookMandatory(i: number): void {
    const c = this.ctx;
    if (c.version[i] !== VERSION_N1) return;
    const first = Math.max(c.lastSupportedDay + 1, c.localDay(i, c.sim.now) + MANDATORY_NOTICE_DAYS);
    const last = Math.min(first + MANDATORY_SPREAD_DAYS - 1, c.windowEndDay);
    if (first > last) return;
    c.state[i] = IDLE;
    this.beginStep(i, c.openingOn(i, first + Math.floor(c.rngOf(i).schedule() * (last - first + 1))));
  }

  /** n-1's support ends in `region`: counts the region's instances on each version then. */
  private endSupport(region: number): void {
    const c = this.ctx;
    const versions = (this.versionsAtSupportEnd ??= [0, 0, 0]);
    for (let i = 0; i < c.n; i++) if (c.fleet.instanceRegion[i] === region) versions[c.version[i]]++;
  }

  /** Milestones reached inside their hour's group, which the kernel counts as one event (see MilestoneDiary). */
  get eventsUncounted(): number {
    return this.milestones.eventsUncounted;
  }

  /** Instances on n, n-1 and n-2 as n-1's support ended, or null if it has not. */
  get versionsAtSupportEndCounts(): [number, number, number] | null {
    return this.versionsAtSupportEnd;
  }
}
