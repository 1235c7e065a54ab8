/**
 * Each invariant check fails when its rule is broken: a recorded run of the
 * small fixture passes every check, and the same run with one breach planted
 * (a reminder a day early, a fallback without its email, ...) fails the
 * check of that rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION_N1 } from '../sim/model/SimulationResult.js';
import type { TraceEvent } from '../sim/model/TraceEvent.js';
import { mandatoryAfterSupportEnd, mandatoryOrApproved, rescheduleApproves, reschedulesBeforeStart } from './support/invariants/approvalChecks.js';
import { restoresFromRetainedBackups } from './support/invariants/backupChecks.js';
import { haltsRespected, slotsNeverExceeded, storageOmission } from './support/invariants/capacityChecks.js';
import { channelsOfTheTable, remindersAtTheirDays } from './support/invariants/communicationChecks.js';
import { honestFallbacks } from './support/invariants/fallbackChecks.js';
import { importsBelow82Refused, importsOutsideOnlineCycle } from './support/invariants/importChecks.js';
import { incidentNotices } from './support/invariants/incidentChecks.js';
import { CHECKS, RunFacts, recordRun, replay, type CheckFactory, type RecordedRun } from './support/invariants/index.js';
import { kpisReconcile } from './support/invariants/kpiChecks.js';
import { attemptsInsideTheirWindow, oneCalendar, stagesInOrder } from './support/invariants/windowChecks.js';
import { smallScenario } from './support/smallScenario.js';

type Stage = Extract<TraceEvent, { type: 'stage' }>;
type Message = Extract<TraceEvent, { type: 'message' }>;

let recorded: RecordedRun;

beforeAll(() => {
  recorded = recordRun(smallScenario(), 11);
});

/** A copy of the recorded run with `plant` applied to it. */
function broken(plant: (run: RecordedRun) => void): RecordedRun {
  const run = { facts: recorded.facts, trace: recorded.trace.map((e) => ({ ...e })), rows: structuredClone(recorded.rows) };
  plant(run);
  return run;
}

const stages = (run: RecordedRun) => run.trace.filter((e): e is Stage => e.type === 'stage');
const messages = (run: RecordedRun) => run.trace.filter((e): e is Message => e.type === 'message');

/** Each check with a breach of its rule. */
const BREACHES: [CheckFactory, string, (run: RecordedRun) => void][] = [
  [remindersAtTheirDays, 'a 30-day reminder sent a day early', (run) => void (messages(run).find((m) => m.message === 'reminder30')!.time -= 24)],
  [channelsOfTheTable, 'a 90-day reminder on the in-product channel', (run) => void (run.rows.communications.find((r) => r.message_type === 'reminder90' && r.channel === 'inProductAlert')!.messages = '3')],
  [oneCalendar, 'a window booked a day after the window\u2019s last date', (run) => void (stages(run).find((s) => s.stage === 'Queued')!.windowOpen = (run.facts.windowEndDay + 1) * 24 + 20 - run.facts.offsets[0])],
  [attemptsInsideTheirWindow, 'a Backup starting after latestStartHours', (run) => void (stages(run).find((s) => s.stage === 'Backup')!.time += 9)],
  [stagesInOrder, 'a Restore left out', (run) => void run.trace.splice(run.trace.findIndex((e) => e.type === 'stage' && e.stage === 'Restore'), 1)],
  [mandatoryOrApproved, 'an optional n-1 update run unapproved', (run) => {
    const optional = stages(run).find((s) => s.stage === 'Queued' && s.approved && s.version === VERSION_N1 && !s.mandatory)!;
    optional.approved = false;
  }],
  [reschedulesBeforeStart, 'a reschedule after the window opened', (run) => {
    const r = run.trace.find((e): e is Extract<TraceEvent, { type: 'reschedule' }> => e.type === 'reschedule')!;
    r.time = r.from + 1;
  }],
  [rescheduleApproves, 'a rescheduled instance never approved', (run) => void (run.rows.instances.find((r) => Number(r.reschedules) > 0)!.approved_utc = '')],
  [mandatoryAfterSupportEnd, 'a mandatory booking without its 7-day reminder', (run) => {
    // The 7-day reminder of a booking made as an n-1 window passed unapproved, and never moved by its admin since (a reschedule books anew).
    const left = stages(run).filter((s) => s.stage === 'NotApproved' && s.version === VERSION_N1);
    const bookings = messages(run).filter((m) => m.message === 'updateScheduled' && left.some((s) => s.instance === m.instance && s.time === m.time));
    const rescheduled = new Set(run.trace.filter((e) => e.type === 'reschedule').map((e) => e.instance));
    const k = run.trace.findIndex((e) => e.type === 'message' && e.message === 'reminder7' && !rescheduled.has(e.instance) && bookings.some((b) => b.instance === e.instance && b.dueAt === e.dueAt));
    if (k < 0) throw new Error('the recorded run has no mandatory booking to plant this breach in');
    run.trace.splice(k, 1);
  }],
  [honestFallbacks, 'a fallback without its email', (run) => void run.trace.splice(run.trace.findIndex((e) => e.type === 'message' && e.message === 'fallback'), 1)],
  [slotsNeverExceeded, 'one update too many in a region', (run) => {
    const first = stages(run).find((s) => s.stage === 'Backup')!;
    const extra = Array.from({ length: run.facts.scenario.regions[first.region].updateSlots }, () => ({ ...first }));
    run.trace.splice(run.trace.indexOf(first), 0, ...extra);
  }],
  [haltsRespected, 'an update started in a halted region', (run) => {
    const first = stages(run).find((s) => s.stage === 'Backup')!;
    run.trace.splice(run.trace.indexOf(first), 0, { type: 'gate', time: first.time, instance: -1, scope: run.facts.scenario.regions[first.region].name, decision: 'halt' });
  }],
  [storageOmission, 'an update never let back into Total Storage Used', (run) => void run.trace.splice(run.trace.findIndex((e) => e.type === 'stage' && e.stage === 'Updated'), 1)],
  [restoresFromRetainedBackups, 'a restore from a backup past retention', (run) => {
    const restore = run.trace.find((e): e is Extract<TraceEvent, { type: 'restore' }> => e.type === 'restore')!;
    restore.pointAt = restore.time - run.facts.retentionHours - 1;
  }],
  [incidentNotices, 'a post-incident report for planned maintenance', (run) => void (run.rows.incidents.find((r) => r.kind === 'plannedMaintenance')!.post_incident_report_utc = '2027-05-01T00:00Z')],
  [importsBelow82Refused, 'an 8.1 organization not refused', (run) => void (run.rows.instances.find((r) => r.on_premises_version === '8.1')!.outcome = 'missedWindow')],
  [importsOutsideOnlineCycle, 'a 7-day reminder to an import', (run) => {
    const toImport = messages(run).find((m) => run.facts.isImport(m.instance))!;
    run.trace.push({ ...toImport, message: 'reminder7' });
  }],
  [kpisReconcile, 'one instance too many counted as updated', (run) => {
    const row = run.rows.summary.find((r) => r.kpi === 'instances_updated')!;
    row.value = String(Number(row.value) + 1);
  }],
];

describe('invariant checks', () => {
  it('has a planted breach for every check', () => {
    expect(BREACHES.map(([make]) => make)).toEqual([...CHECKS]);
  });

  it('passes every check on the run as recorded', () => {
    for (const make of CHECKS) expect(replay(make, recorded), make(recorded.facts).rule).toEqual([]);
  });

  const facts = new RunFacts(smallScenario(), 11);
  it.each(BREACHES.map(([make, breach, plant]) => [make(facts).rule, breach, make, plant] as const))(
    '%s: fails on %s',
    (_, __, make, plant) => {
      expect(replay(make, broken(plant)).length).toBeGreaterThan(0);
    },
  );
});
