/**
 * gates-study.csv: the trade-off curve of a gate policy, one row per
 * threshold (and first the bad build with no gate). With the defect: how
 * many instances got the bad build, how long the wave halted, how soon it
 * was caught. Without it: the days lost to false halts. Each mean carries
 * its 95 % interval; a row meets the targets when the upper ends of both
 * intervals stay within them.
 */
import { confidenceInterval } from '../metrics/confidenceInterval.js';
import { shareInterval } from '../metrics/shareInterval.js';
import type { ReportRow } from '../report/ReportRow.js';
import { toCsv } from '../report/toCsv.js';
import { FLEET } from '../report/summaryRows.js';
import { isShareKpi } from './isShareKpi.js';
import type { ReplicationResult } from './ReplicationResult.js';
import { roundStat } from './roundStat.js';
import type { GatesStudy } from './studyGates.js';

/** What a release manager asks of a gate policy: at most this exposure, at most this many false-halt days (either may be absent). */
export interface GateTargets {
  maxExposure?: number;
  maxFalseHaltDays?: number;
}

/** The statistics the curve reports, each from a KPI of summary.csv. */
const MEASURES = [
  { column: 'exposure', kpi: 'instances_updated_with_defect', defect: true },
  { column: 'exposure_before_first_halt', kpi: 'defect_exposure', defect: true },
  { column: 'days_halted', kpi: 'days_halted', defect: true },
  { column: 'detection_delay_hours', kpi: 'defect_detection_delay', defect: true },
  { column: 'share_on_n', kpi: 'share_on_n_at_window_end', defect: true },
  { column: 'on_time_share', kpi: 'on_time_share', defect: true },
  { column: 'false_halt_days', kpi: 'days_halted', defect: false },
  { column: 'false_halts', kpi: 'gate_false_halts', defect: false },
  { column: 'share_on_n_without_defect', kpi: 'share_on_n_at_window_end', defect: false },
  { column: 'on_time_share_without_defect', kpi: 'on_time_share', defect: false },
] as const;

/** Columns of gates-study.csv. */
export const GATES_STUDY_COLUMNS = [
  'threshold',
  'window',
  'replications',
  ...MEASURES.flatMap((m) => [`${m.column}_mean`, `${m.column}_ci95_low`, `${m.column}_ci95_high`]),
  'meets_targets',
] as const;

/** The file the study writes, by the command line and by the app's Gates tab alike. */
export const GATES_STUDY_FILE = 'gates-study.csv';

/** gates-study.csv's text for `rows`: the one writer both the terminal and the page use, so their files are the same bytes. */
export function gatesStudyCsv(rows: readonly ReportRow[]): string {
  return toCsv(GATES_STUDY_COLUMNS, rows);
}

/** The KPI's values over the runs that have one (a defect never caught has no detection delay). */
function values(runs: readonly ReplicationResult[], kpi: string): number[] {
  if (runs.length === 0) return [];
  const k = runs[0].kpis.findIndex((key) => key.kpi === kpi && key.scope === FLEET);
  if (k < 0) throw new Error(`replications have no ${kpi} KPI`);
  return runs.map((r) => r.kpiValues[k]).filter(Number.isFinite);
}

/** The curve's rows: first `none` (no gate, the bad build out), then each threshold in order. */
export function gatesStudyRows(study: GatesStudy, targets: GateTargets = {}): ReportRow[] {
  const hasTargets = targets.maxExposure !== undefined || targets.maxFalseHaltDays !== undefined;
  const row = (threshold: number | 'none', withDefect: ReplicationResult[], withoutDefect: ReplicationResult[]): ReportRow => {
    const out: ReportRow = { threshold, window: threshold === 'none' ? '' : study.window, replications: withDefect.length };
    const upper: Record<string, number> = {};
    for (const m of MEASURES) {
      const runs = m.defect ? withDefect : withoutDefect;
      // Shares get the logit interval, as in replications.csv, so theirs stays in 0–100 %.
      const interval = isShareKpi(m.kpi) ? shareInterval : confidenceInterval;
      const ci = runs.length > 0 ? interval(values(runs, m.kpi)) : { mean: NaN, low: NaN, high: NaN };
      out[`${m.column}_mean`] = roundStat(ci.mean);
      out[`${m.column}_ci95_low`] = roundStat(ci.low);
      out[`${m.column}_ci95_high`] = roundStat(ci.high);
      upper[m.column] = Number.isFinite(ci.high) ? ci.high : ci.mean;
    }
    // With no gate there are no halts, false or true: 0 false-halt days.
    const falseHaltDays = threshold === 'none' ? 0 : upper.false_halt_days;
    const meets = (targets.maxExposure === undefined || upper.exposure <= targets.maxExposure) && (targets.maxFalseHaltDays === undefined || falseHaltDays <= targets.maxFalseHaltDays);
    out.meets_targets = hasTargets ? (meets ? 1 : 0) : '';
    return out;
  };
  return [row('none', study.ungated, []), ...study.settings.map((s) => row(s.threshold, s.withDefect, s.withoutDefect))];
}

/**
 * The threshold to recommend: of those meeting the targets, the one with
 * the least mean exposure, then the fewest false-halt days; null if none does.
 */
export function recommendedThreshold(rows: readonly ReportRow[]): number | null {
  const meeting = rows.filter((r) => r.meets_targets === 1 && typeof r.threshold === 'number');
  if (meeting.length === 0) return null;
  const num = (x: ReportRow[string]) => (typeof x === 'number' ? x : Infinity);
  meeting.sort((a, b) => num(a.exposure_mean) - num(b.exposure_mean) || num(a.false_halt_days_mean) - num(b.false_halt_days_mean));
  return meeting[0].threshold as number;
}
