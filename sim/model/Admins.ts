/**
 * The tenants' admins: each answers the service's messages by approving the
 * scheduled date, rescheduling it (a new preferred and an alternate date,
 * which approves them), or doing nothing, as their behaviour profile draws.
 * A production instance's admin approves only once its sandboxes passed.
 */
import { triangular } from '../engine/index.js';
import { MSG } from './communications.js';
import { PRODUCTION } from './SimulationResult.js';
import { SCHEDULED, type WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

export class Admins {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
  }

  /** The admin's answer to a message: approve, reschedule, or nothing. */
  answer(i: number): void {
    if (this.ctx.state[i] === SCHEDULED) this.act(i, this.ctx.rngOf(i).admins());
  }

  /** Acts on the admin's draw `u`: approve below the profile's approve odds, reschedule in the band above. */
  act(i: number, u: number): void {
    const p = this.ctx.profile(i);
    if (u < p.approve) this.approve(i);
    else if (u < p.approve + p.reschedule) this.reschedule(i, p.rescheduleDays);
  }

  /**
   * A production instance waits for its sandboxes: its admin approves only
   * once every sandbox of the tenant is on the production's target version.
   */
  private waitsForSandbox(i: number): boolean {
    const { fleet, version, target } = this.ctx;
    if (fleet.instanceKind[i] !== PRODUCTION) return false;
    const t = fleet.instanceTenant[i];
    for (let j = fleet.firstInstance[t] + 1; j < fleet.firstInstance[t + 1]; j++) if (version[j] > target[i]) return true;
    return false;
  }

  /** Approves the scheduled date, unless a production instance still waits for its sandboxes. */
  private approve(i: number): void {
    if (this.ctx.approved[i] || this.waitsForSandbox(i)) return;
    this.confirm(i);
  }

  /** The admin's approval is recorded and confirmed in the admin center. */
  private confirm(i: number): void {
    const c = this.ctx;
    this.recordApproval(i);
    c.send(i, MSG.scheduleConfirmed);
    // Once approved, only a reschedule can still change the plan.
    if (c.state[i] === SCHEDULED) this.p.schedule.planMilestone(i);
  }

  private recordApproval(i: number): void {
    const c = this.ctx;
    c.approved[i] = 1;
    c.counters.approvals++;
    if (Number.isNaN(c.records.approvedAt[i])) c.records.approvedAt[i] = c.sim.now;
  }

  /** The admin picks a later preferred date and an alternate; allowed only until the update starts. */
  private reschedule(i: number, days: { min: number; mode: number; max: number }): void {
    const c = this.ctx;
    if (c.state[i] !== SCHEDULED) throw new Error(`instance ${i}: rescheduled after its update started`);
    const now = c.sim.now;
    const rng = c.rngOf(i).admins;
    const today = c.localDay(i, now);
    const current = c.localDay(i, c.due[i]);
    const shift = Math.max(1, Math.round(triangular(rng, days.min, days.mode, days.max)));
    // Admins pick dates inside the window: a shift past its end lands on a day left in it, not all on the last one.
    const earliest = Math.max(today + 1, current + 1);
    if (earliest > c.windowEndDay) return;
    const day = current + shift <= c.windowEndDay ? Math.max(today + 1, current + shift) : earliest + Math.floor(rng() * Math.max(1, c.windowEndDay - earliest + 1));
    const from = c.due[i];
    c.counters.reschedules++;
    c.records.reschedules[i]++;
    c.records.rescheduledAt[i] = now;
    if (c.trace) c.trace({ type: 'reschedule', time: now, instance: i, from, to: c.openingOn(i, day) });
    // Rescheduling ends with "Approve Update" (seed 000): the dates the admin chose are approved, sandboxes done or not.
    // The approval is recorded before the new date is planned, so that the admin's answers to its reminders are drawn once, as an approved update's.
    const confirming = c.approved[i] === 0;
    if (confirming) this.recordApproval(i);
    this.p.schedule.scheduleAt(i, c.openingOn(i, day));
    this.p.schedule.alternate[i] = c.openingOn(i, day + c.s.updateWindow.alternateOffsetDays);
    c.send(i, MSG.updateRescheduled);
    if (confirming) c.send(i, MSG.scheduleConfirmed);
  }

  /** After a sandbox passes, its admin tests and may approve the production update right away. */
  sandboxPassed(i: number): void {
    const c = this.ctx;
    const production = c.fleet.firstInstance[c.fleet.instanceTenant[i]];
    if (c.state[production] === SCHEDULED && !c.approved[production] && !this.waitsForSandbox(production)) this.answer(production);
  }
}
