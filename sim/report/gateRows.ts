/**
 * The health gates' report: every time a gate halted or resumed a scope,
 * with the signal that moved it and its threshold, so a release manager can
 * see what a gate policy did and whether each halt was a true alarm.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import { utcFormatter } from './formatUtc.js';
import type { ReportRow } from './ReportRow.js';

/** Columns of gates.csv. */
export const GATE_COLUMNS = ['time_utc', 'scope', 'signal', 'value', 'threshold', 'decision', 'defect_active', 'updates_seen'] as const;

/** One row per change of a gate's state, in time order; value and threshold are empty for a resume. */
export function gateRows(result: SimulationResult): ReportRow[] {
  const time = utcFormatter(result.epochDate);
  return result.gates.map((g) => ({
    time_utc: time(g.time),
    scope: g.scope,
    signal: g.signal,
    value: Number.isFinite(g.value) ? g.value : '',
    threshold: Number.isFinite(g.threshold) ? g.threshold : '',
    decision: g.decision,
    defect_active: g.defectActive ? 1 : 0,
    updates_seen: g.updatesSeen,
  }));
}
