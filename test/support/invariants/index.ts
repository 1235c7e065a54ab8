/**
 * The invariant suite's checks, and how a run is put through them: the
 * trace as the run goes, then every row of its CSV reports.
 */
import { simulateRelease } from '../../../sim/model/simulateRelease.js';
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import type { Scenario } from '../../../sim/scenario/scenarioSchema.js';
import { mandatoryAfterSupportEnd, mandatoryOrApproved, rescheduleApproves, reschedulesBeforeStart } from './approvalChecks.js';
import { restoresFromRetainedBackups } from './backupChecks.js';
import { haltsRespected, slotsNeverExceeded, storageOmission } from './capacityChecks.js';
import type { Check, CheckFactory } from './Check.js';
import { channelsOfTheTable, remindersAtTheirDays } from './communicationChecks.js';
import { honestFallbacks } from './fallbackChecks.js';
import { importsBelow82Refused, importsOutsideOnlineCycle } from './importChecks.js';
import { incidentNotices } from './incidentChecks.js';
import { kpisReconcile } from './kpiChecks.js';
import { RunFacts } from './RunFacts.js';
import { runRows, type RunRows } from './RunRows.js';
import { attemptsInsideTheirWindow, oneCalendar, stagesInOrder } from './windowChecks.js';

export { RunFacts } from './RunFacts.js';
export type { Check, CheckFactory } from './Check.js';
export type { RunRows, Row } from './RunRows.js';

/** Every check, one rule each. */
export const CHECKS: readonly CheckFactory[] = [
  remindersAtTheirDays,
  channelsOfTheTable,
  oneCalendar,
  attemptsInsideTheirWindow,
  stagesInOrder,
  mandatoryOrApproved,
  reschedulesBeforeStart,
  rescheduleApproves,
  mandatoryAfterSupportEnd,
  honestFallbacks,
  slotsNeverExceeded,
  haltsRespected,
  storageOmission,
  restoresFromRetainedBackups,
  incidentNotices,
  importsBelow82Refused,
  importsOutsideOnlineCycle,
  kpisReconcile,
];

/** Runs `scenario` on `seed` through every check, streaming the trace (nothing of it is kept). */
export function checkRun(scenario: Scenario, seed: number): Check[] {
  const facts = new RunFacts(scenario, seed);
  const checks = CHECKS.map((make) => make(facts));
  const tracing = checks.filter((c) => c.trace);
  const result = simulateRelease(scenario, { seed, trace: (e) => tracing.forEach((c) => c.trace!(e)) });
  const rows = runRows(result);
  for (const c of checks) c.rows?.(rows);
  return checks;
}

/** A run kept whole, trace included, to feed checks again (with breaches planted) in the checks' own tests. */
export interface RecordedRun {
  facts: RunFacts;
  trace: TraceEvent[];
  rows: RunRows;
}

export function recordRun(scenario: Scenario, seed: number): RecordedRun {
  const trace: TraceEvent[] = [];
  const result = simulateRelease(scenario, { seed, trace: (e) => trace.push(e) });
  return { facts: new RunFacts(scenario, seed), trace, rows: runRows(result) };
}

/** Feeds a recorded run to a fresh check and returns what it found. */
export function replay(make: CheckFactory, run: RecordedRun): string[] {
  const check = make(run.facts);
  if (check.trace) for (const e of run.trace) check.trace(e);
  check.rows?.(run.rows);
  return check.violations();
}
