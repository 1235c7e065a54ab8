/**
 * sensitivity.csv: which input moves the outcome most. Each input is turned
 * to its low and its high with every other input at base, on the same
 * replication seeds (common random numbers), and the swing of each outcome
 * KPI between the two is what a tornado chart draws, longest bar first.
 */
import { mean } from 'simple-statistics';
import type { ReportRow } from '../report/ReportRow.js';
import { FLEET } from '../report/summaryRows.js';
import { pairedDifference } from './pairedDifference.js';
import type { ReplicationResult } from './ReplicationResult.js';
import { roundStat } from './roundStat.js';
import type { Variation } from './parseVariation.js';

/**
 * The outcomes a sensitivity study reports. A run that never reaches 99 % on
 * n counts its days to 99 % as the run's end (window end + 2 days): a bound
 * rather than a gap, so that an input that stops the fleet reaching 99 %
 * shows as a long bar, not as a missing one.
 */
export const SENSITIVITY_KPIS = [
  { kpi: 'on_time_share', unit: '%', untilRunEnd: false },
  { kpi: 'days_to_99_percent_on_n', unit: 'days', untilRunEnd: true },
] as const;

/** An input's runs at its low and its high, in replication order with the base's seeds. */
export interface InputRuns {
  variation: Variation;
  low: ReplicationResult[];
  high: ReplicationResult[];
}

/** A sensitivity study: the base runs and each input's. */
export interface SensitivityStudy {
  base: ReplicationResult[];
  inputs: InputRuns[];
}

/** Columns of sensitivity.csv. */
export const SENSITIVITY_COLUMNS = [
  'kpi',
  'unit',
  'input',
  'low_factor',
  'high_factor',
  'base_mean',
  'low_mean',
  'high_mean',
  'swing',
  'difference_ci95_low',
  'difference_ci95_high',
  'not_reached',
] as const;

/** One KPI's value in each replication (NaN where it has none), and how many runs never reached it. */
function kpiOutcome(results: readonly ReplicationResult[], spec: (typeof SENSITIVITY_KPIS)[number]) {
  let notReached = 0;
  const values = Float64Array.from(results, (result) => {
    const k = result.kpis.findIndex((key) => key.kpi === spec.kpi && key.scope === FLEET);
    const value = k < 0 ? NaN : result.kpiValues[k];
    if (Number.isFinite(value) || !spec.untilRunEnd) return value;
    notReached++;
    return result.daysToRunEnd;
  });
  const present = Array.from(values).filter(Number.isFinite);
  return { values, mean: present.length > 0 ? mean(present) : NaN, notReached };
}

/**
 * Per KPI (in SENSITIVITY_KPIS order), one row per input sorted by swing,
 * largest first (inputs without a swing last). `swing` is |high − low| of
 * the means; the interval is that of the paired difference high − low, so an
 * interval holding 0 says the input's effect is not told apart from noise.
 * `not_reached` counts runs at low and high that never reached 99 % on n.
 */
export function sensitivityRows(study: SensitivityStudy): ReportRow[] {
  return SENSITIVITY_KPIS.flatMap((spec) => {
    const base = kpiOutcome(study.base, spec);
    const rows = study.inputs.map(({ variation, low, high }) => {
      const atLow = kpiOutcome(low, spec);
      const atHigh = kpiOutcome(high, spec);
      const difference = pairedDifference(atLow.values, atHigh.values);
      return {
        swing: Math.abs(atHigh.mean - atLow.mean),
        row: {
          kpi: spec.kpi,
          unit: spec.unit,
          input: variation.input,
          low_factor: variation.low,
          high_factor: variation.high,
          base_mean: roundStat(base.mean),
          low_mean: roundStat(atLow.mean),
          high_mean: roundStat(atHigh.mean),
          swing: roundStat(Math.abs(atHigh.mean - atLow.mean)),
          difference_ci95_low: roundStat(difference.low),
          difference_ci95_high: roundStat(difference.high),
          not_reached: spec.untilRunEnd ? atLow.notReached + atHigh.notReached : '',
        } satisfies ReportRow,
      };
    });
    // A swing is never negative, so -1 puts the missing ones last; equal swings keep the inputs' order (sort is stable).
    const order = (swing: number) => (Number.isNaN(swing) ? -1 : swing);
    rows.sort((a, b) => order(b.swing) - order(a.swing));
    return rows.map((r) => r.row);
  });
}
