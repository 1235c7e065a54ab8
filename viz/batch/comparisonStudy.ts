/**
 * What the Compare tab shows of scenarios run on the same replication seeds:
 * compare.csv's rows (each KPI's mean and interval per scenario, the paired
 * difference to the first and whether it is significant), the file itself,
 * and each scenario's bands for the overlaid views.
 */
import { COMPARE_COLUMNS, compareRows, type ComparedScenario } from '../../sim/plan/index.js';
import type { ReportFile } from '../../sim/report/reportFiles.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { toCsv } from '../../sim/report/toCsv.js';
import { bandSet, type BandSet } from './bandSet.js';

export interface ComparisonStudy {
  seed: number;
  replications: number;
  /** Scenario names, in the order compared (differences are to the first). */
  names: string[];
  rows: ReportRow[];
  bands: BandSet[];
  /** compare.csv. */
  files: ReportFile[];
}

/** The study of `compared` (each scenario's replications, seeds shared) under `seed`. */
export function comparisonStudy(seed: number, compared: readonly ComparedScenario[]): ComparisonStudy {
  const rows = compareRows(compared);
  return {
    seed,
    replications: compared[0].results.length,
    names: compared.map((c) => c.name),
    rows,
    bands: compared.map((c) => bandSet(c.name, c.results)),
    files: [{ name: 'compare.csv', text: toCsv(COMPARE_COLUMNS, rows) }],
  };
}
