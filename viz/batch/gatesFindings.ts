/**
 * What the Gates tab shows of a gates study: gates-study.csv's rows and
 * file (built by the same functions as the command line's, so the bytes
 * match), the verdict in the terminal's words, and the trade-off curve's
 * points: per threshold, exposure to the bad build against days halted with
 * it and against false-halt days without it, each with its 95 % interval.
 */
import { GATES_STUDY_FILE, gatesStudyCsv, gatesStudyRows, gatesVerdict, recommendedThreshold, type GatesStudy, type GateTargets } from '../../sim/plan/index.js';
import type { ReportFile } from '../../sim/report/reportFiles.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';

/** A mean and its 95 % interval (NaN where the study has none). */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

/** One threshold on the curve. */
export interface GatePoint {
  threshold: number;
  /** Instances updated on the bad build (with the defect). */
  exposure: Estimate;
  /** Days halted with the defect. */
  daysHalted: Estimate;
  /** Days halted without it: every halt is false. */
  falseHaltDays: Estimate;
  /** Meets the targets; null when none were set. */
  meets: boolean | null;
}

/** The curve the chart draws. */
export interface GatesCurve {
  window: number;
  /** Exposure with no gate at all: what every threshold is measured against. */
  ungated: Estimate;
  points: GatePoint[];
  targets: GateTargets;
  recommended: number | null;
}

export interface GatesFindings {
  scenarioName: string;
  seed: number;
  replications: number;
  rows: ReportRow[];
  curve: GatesCurve;
  /** The terminal's verdict; null when no targets were set. */
  verdict: string | null;
  /** gates-study.csv. */
  files: ReportFile[];
}

const num = (cell: ReportRow[string] | undefined) => (typeof cell === 'number' ? cell : NaN);

/** The estimate of `column` (`<column>_mean`, `_ci95_low`, `_ci95_high`) in `row`. */
function estimate(row: ReportRow, column: string): Estimate {
  return { mean: num(row[`${column}_mean`]), low: num(row[`${column}_ci95_low`]), high: num(row[`${column}_ci95_high`]) };
}

/** The curve of gates-study.csv's `rows` (first the ungated row, then one per threshold) for a gate over the last `window` updates. */
export function gatesCurve(rows: readonly ReportRow[], window: number, targets: GateTargets): GatesCurve {
  const ungated = rows.find((r) => r.threshold === 'none');
  const points = rows
    .filter((r) => typeof r.threshold === 'number')
    .map((r) => ({
      threshold: r.threshold as number,
      exposure: estimate(r, 'exposure'),
      daysHalted: estimate(r, 'days_halted'),
      falseHaltDays: estimate(r, 'false_halt_days'),
      meets: r.meets_targets === 1 ? true : r.meets_targets === 0 ? false : null,
    }));
  return {
    window,
    ungated: ungated ? estimate(ungated, 'exposure') : { mean: NaN, low: NaN, high: NaN },
    points,
    targets: { ...targets },
    recommended: recommendedThreshold(rows),
  };
}

/** The findings of `study` on `scenarioName` under `seed`, judged against `targets`. */
export function gatesFindings(scenarioName: string, seed: number, study: GatesStudy, targets: GateTargets): GatesFindings {
  const rows = gatesStudyRows(study, targets);
  return {
    scenarioName,
    seed,
    replications: study.ungated.length,
    rows,
    curve: gatesCurve(rows, study.window, targets),
    verdict: gatesVerdict(rows, study.window),
    files: [{ name: GATES_STUDY_FILE, text: gatesStudyCsv(rows) }],
  };
}
