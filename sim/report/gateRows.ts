/**
 * The health gates' report: every time a gate halted or resumed a scope,
 * with the signal that moved it and its threshold, so a release manager can
 * see what a gate policy did and whether each halt was a true alarm.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import { utcFormatter } from './formatUtc.js';
import type { ReportRow } from './ReportRow.js';
import { DECIMALS, round } from './round.js';

/** Columns of gates.csv. */
export const GATE_COLUMNS = ['time_utc', 'scope', 'signal', 'value', 'threshold', 'decision', 'defect_active', 'updates_seen'] as const;

/**
 * One row per change of a gate's state, then per wave let go after its bake
 * (scope: the wave; value: hours it was held), all in time order; value and
 * threshold are empty for a resume.
 */
export function gateRows(result: SimulationResult): ReportRow[] {
  const time = utcFormatter(result.epochDate);
  const rows = result.gates.map((g) => ({
    at: g.time,
    row: {
      time_utc: time(g.time),
      scope: g.scope,
      signal: g.signal,
      value: Number.isFinite(g.value) ? g.value : '',
      threshold: Number.isFinite(g.threshold) ? g.threshold : '',
      decision: g.decision,
      defect_active: g.defectActive ? 1 : 0,
      updates_seen: g.updatesSeen,
    } as ReportRow,
  }));
  for (const b of result.bakes) {
    const row: ReportRow = { time_utc: time(b.to), scope: b.wave, signal: 'bake', value: round(b.to - b.from, DECIMALS.hours), threshold: result.bakeHours, decision: 'release', defect_active: '', updates_seen: '' };
    rows.push({ at: b.to, row });
  }
  // A stable sort keeps a gate's own order at equal times.
  return rows.sort((a, b) => a.at - b.at).map((r) => r.row);
}
