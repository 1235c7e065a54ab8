/**
 * Checks of the 12-hour window: one calendar (each region's local dates),
 * every attempt queued at its window's opening and run inside the window, and
 * the stages in their order.
 */
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import { Violations, type CheckFactory } from './Check.js';
import { reportHours } from './RunRows.js';

const EPS = 1e-9;

export const oneCalendar: CheckFactory = (facts) => {
  const v = new Violations();
  const { localStartHour } = facts.scenario.updateWindow;
  const inWindow = (i: number, t: number) => {
    const day = facts.localDay(i, t);
    return day >= facts.windowStartDay && day <= facts.windowEndDay && Math.abs(facts.localHour(i, t) - localStartHour) < 1e-6;
  };
  return {
    rule: 'opens every window at its region\u2019s local start hour on a local date inside the release window',
    trace(e: TraceEvent) {
      if (e.type === 'stage' && e.stage === 'Queued') v.expect(inWindow(e.instance, e.windowOpen), () => `instance ${e.instance} queued in a window opening at hour ${e.windowOpen}`);
    },
    rows({ instances, result }) {
      instances.forEach((row, i) => {
        for (const column of ['first_scheduled_utc', 'scheduled_utc']) {
          const t = reportHours(result.epochDate, row[column]);
          if (!Number.isNaN(t)) v.expect(inWindow(i, t), () => `${row.instance}: ${column} ${row[column]} is not a window opening inside the release window`);
        }
      });
    },
    violations: () => v.list(),
  };
};

export const attemptsInsideTheirWindow: CheckFactory = (facts) => {
  const v = new Violations();
  const { lengthHours, latestStartHours } = facts.scenario.updateWindow;
  const inside = ['Restore', 'DatabaseUpgrade', 'Updated', 'Failed', 'Aborted'];
  return {
    rule: 'queues every attempt at its own window\u2019s opening, starts it within latestStartHours and runs it inside its 12-hour window',
    trace(e: TraceEvent) {
      if (e.type !== 'stage') return;
      const what = () => `instance ${e.instance}: ${e.stage} at hour ${e.time} in the window ${e.windowOpen}–${e.windowClose}`;
      if (e.stage === 'Queued') v.expect(e.time === e.windowOpen && e.windowClose - e.windowOpen === lengthHours, what);
      else if (e.stage === 'Backup') v.expect(e.time >= e.windowOpen && e.time <= e.windowOpen + latestStartHours + EPS, what);
      else if (inside.includes(e.stage)) v.expect(e.time >= e.windowOpen && e.time <= e.windowClose + EPS, what);
    },
    rows({ instances, result }) {
      for (const row of instances) {
        if (row.outcome !== 'updated') continue;
        const scheduled = reportHours(result.epochDate, row.scheduled_utc);
        const start = reportHours(result.epochDate, row.start_utc);
        const completed = reportHours(result.epochDate, row.completed_utc);
        // Report times are rounded to the minute.
        v.expect(start >= scheduled && start <= scheduled + latestStartHours + 1 / 60 && completed <= scheduled + lengthHours + 1 / 60, () => `${row.instance}: scheduled ${row.scheduled_utc}, started ${row.start_utc}, completed ${row.completed_utc}`);
      }
    },
    violations: () => v.list(),
  };
};

/** The stage each stage may follow (for an instance's events in the order the run decides them). */
const AFTER: Record<string, readonly string[]> = {
  Backup: ['Queued'],
  NotStarted: ['Queued'],
  Restore: ['Backup'],
  DatabaseUpgrade: ['Restore'],
  Updated: ['DatabaseUpgrade'],
  Failed: ['DatabaseUpgrade'],
  Aborted: ['Backup', 'Restore', 'DatabaseUpgrade'],
};
const RUNNING = new Set(['Queued', 'Backup', 'Restore', 'DatabaseUpgrade']);

export const stagesInOrder: CheckFactory = (facts) => {
  const v = new Violations();
  const last: (string | undefined)[] = new Array(facts.instances);
  return {
    rule: 'goes through Queued, Backup, Restore and Database Upgrade in that order',
    trace(e: TraceEvent) {
      if (e.type !== 'stage') return;
      const prev = last[e.instance];
      const allowed = AFTER[e.stage];
      if (allowed) v.expect(prev !== undefined && allowed.includes(prev), () => `instance ${e.instance}: ${e.stage} after ${prev}`);
      else v.expect(prev === undefined || !RUNNING.has(prev), () => `instance ${e.instance}: ${e.stage} while in ${prev}`);
      last[e.instance] = e.stage;
    },
    rows({ instances }) {
      for (const row of instances) {
        const times = [row.start_utc, row.backup_end_utc, row.restore_end_utc, row.upgrade_end_utc].filter((t) => t !== '');
        v.expect(times.every((t, k) => k === 0 || times[k - 1] <= t), () => `${row.instance}: stage times ${times.join(' ')} out of order`);
      }
    },
    violations: () => v.list(),
  };
};
