/**
 * What the Sensitivity tab shows of a study: sensitivity.csv's rows, the
 * file, and per outcome KPI the tornado's bars, longest first: each input's
 * mean at its low and at its high factor around the base.
 */
import { SENSITIVITY_COLUMNS, sensitivityRows, type SensitivityStudy } from '../../sim/plan/index.js';
import type { ReportFile } from '../../sim/report/reportFiles.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { toCsv } from '../../sim/report/toCsv.js';

/** One input's bar. */
export interface TornadoBar {
  input: string;
  lowFactor: number;
  highFactor: number;
  lowMean: number;
  highMean: number;
  /** 95 % interval of the paired difference high − low. */
  differenceLow: number;
  differenceHigh: number;
  /** The interval excludes 0: the input's effect stands out from the noise. */
  significant: boolean;
}

/** One outcome KPI's tornado. */
export interface Tornado {
  kpi: string;
  unit: string;
  base: number;
  /** Longest swing first. */
  bars: TornadoBar[];
}

export interface SensitivityFindings {
  scenarioName: string;
  seed: number;
  replications: number;
  rows: ReportRow[];
  tornadoes: Tornado[];
  /** sensitivity.csv. */
  files: ReportFile[];
}

const num = (cell: ReportRow[string] | undefined) => (typeof cell === 'number' ? cell : NaN);

/** The tornadoes of sensitivity.csv's rows, one per KPI in row order, bars in row order (longest first). */
export function tornadoes(rows: readonly ReportRow[]): Tornado[] {
  const byKpi = new Map<string, Tornado>();
  for (const row of rows) {
    const kpi = String(row.kpi);
    let tornado = byKpi.get(kpi);
    if (!tornado) byKpi.set(kpi, (tornado = { kpi, unit: String(row.unit), base: num(row.base_mean), bars: [] }));
    const differenceLow = num(row.difference_ci95_low);
    const differenceHigh = num(row.difference_ci95_high);
    tornado.bars.push({
      input: String(row.input),
      lowFactor: num(row.low_factor),
      highFactor: num(row.high_factor),
      lowMean: num(row.low_mean),
      highMean: num(row.high_mean),
      differenceLow,
      differenceHigh,
      significant: differenceLow > 0 || differenceHigh < 0,
    });
  }
  return [...byKpi.values()];
}

/** The findings of `study` on `scenarioName` under `seed`. */
export function sensitivityFindings(scenarioName: string, seed: number, study: SensitivityStudy): SensitivityFindings {
  const rows = sensitivityRows(study);
  return {
    scenarioName,
    seed,
    replications: study.base.length,
    rows,
    tornadoes: tornadoes(rows),
    files: [{ name: 'sensitivity.csv', text: toCsv(SENSITIVITY_COLUMNS, rows) }],
  };
}
