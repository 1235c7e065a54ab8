/**
 * Checks of approvals (seed 000): mandatory updates run without approval,
 * optional ones only with it; a reschedule comes before the update starts
 * and approves the dates the admin chose; an n-1 update left unapproved is
 * booked as mandatory after support end, with the reminders that fit.
 */
import { VERSION_N1 } from '../../../sim/model/SimulationResult.js';
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import { Violations, type CheckFactory } from './Check.js';

const DAY = 24;

export const mandatoryOrApproved: CheckFactory = (facts) => {
  const v = new Violations();
  return {
    rule: 'runs mandatory updates without approval and optional ones only with it',
    trace(e: TraceEvent) {
      if (e.type !== 'stage' || (e.stage !== 'Queued' && e.stage !== 'NotApproved')) return;
      const mandatory = facts.mandatory(e.instance, e.version, e.windowOpen);
      const what = () => `instance ${e.instance} (version code ${e.version}, window ${e.windowOpen}): ${e.stage}, approved ${e.approved}, mandatory ${mandatory}`;
      v.expect(e.mandatory === mandatory, what);
      if (e.stage === 'Queued') v.expect(e.approved || mandatory, what);
      else v.expect(!e.approved && !mandatory, what);
    },
    violations: () => v.list(),
  };
};

export const reschedulesBeforeStart: CheckFactory = (facts) => {
  const v = new Violations();
  const updating = new Uint8Array(facts.instances);
  return {
    rule: 'reschedules only before the update starts, to a later date',
    trace(e: TraceEvent) {
      if (e.type === 'stage') {
        if (e.stage === 'Backup') updating[e.instance] = 1;
        else if (e.stage === 'Updated' || e.stage === 'Failed' || e.stage === 'Aborted') updating[e.instance] = 0;
      } else if (e.type === 'reschedule') {
        v.expect(e.time < e.from && e.to > e.time && !updating[e.instance], () => `instance ${e.instance}: rescheduled at hour ${e.time} from ${e.from} to ${e.to}${updating[e.instance] ? ' while updating' : ''}`);
      }
    },
    violations: () => v.list(),
  };
};

export const rescheduleApproves: CheckFactory = (facts) => {
  const v = new Violations();
  const chosen = new Float64Array(facts.instances).fill(NaN);
  return {
    rule: 'takes a reschedule as approval: no date an admin chose is dropped as not approved',
    trace(e: TraceEvent) {
      if (e.type === 'reschedule') chosen[e.instance] = e.to;
      else if (e.type === 'stage' && e.stage === 'NotApproved') v.expect(e.windowOpen !== chosen[e.instance], () => `instance ${e.instance}: the date its admin chose (${e.windowOpen}) was not approved`);
    },
    rows({ instances }) {
      for (const row of instances) {
        if (Number(row.reschedules) > 0) v.expect(row.approved_utc !== '', () => `${row.instance}: rescheduled ${row.reschedules} times but never approved`);
      }
    },
    violations: () => v.list(),
  };
};

export const mandatoryAfterSupportEnd: CheckFactory = (facts) => {
  const v = new Violations();
  /** Window opening of the mandatory booking still waiting for its 7-day reminder, by instance. */
  const awaiting = new Map<number, number>();
  const notApprovedAt = new Map<number, number>();
  return {
    rule: 'books an n-1 update left unapproved as mandatory after support end, over a week ahead, with its 7-day reminder',
    trace(e: TraceEvent) {
      if (e.type === 'stage' && e.stage === 'NotApproved' && e.version === VERSION_N1) {
        notApprovedAt.set(e.instance, e.time);
        return;
      }
      if (e.type === 'reschedule') awaiting.delete(e.instance);
      if (e.type !== 'message') return;
      const since = notApprovedAt.get(e.instance);
      if (e.message === 'updateScheduled' && since === e.time) {
        notApprovedAt.delete(e.instance);
        v.expect(facts.localDay(e.instance, e.dueAt) > facts.lastSupportedDay && e.dueAt - e.time > 7 * DAY, () => `instance ${e.instance}: mandatory update booked at hour ${e.time} for ${e.dueAt}`);
        awaiting.set(e.instance, e.dueAt);
      } else if (e.message === 'reminder7' && awaiting.get(e.instance) === e.dueAt) awaiting.delete(e.instance);
    },
    violations() {
      // An n-1 instance left unapproved with room for a booking (8 days ahead, after support end, inside the window) must get one.
      for (const [i, t] of notApprovedAt) {
        const room = Math.max(facts.lastSupportedDay + 1, facts.localDay(i, t) + 8) <= facts.windowEndDay;
        v.expect(!room, () => `instance ${i}: left unapproved at hour ${t} on n-1 and never booked as mandatory`);
      }
      for (const [i, due] of awaiting) v.expect(false, () => `instance ${i}: no 7-day reminder for its mandatory update at hour ${due}`);
      return v.list();
    },
  };
};
