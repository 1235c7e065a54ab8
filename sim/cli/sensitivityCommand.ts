/**
 * `wavesim sensitivity`: each input (approval and reschedule odds, slots,
 * backup throughput, failure odds, update duration) turned to its low and its
 * high with the rest at base, on the same replication seeds; the swing of the
 * on-time share and of the days to 99 % on n, largest first, is what a
 * tornado chart draws.
 */
import {
  SENSITIVITY_COLUMNS,
  sensitivityRows,
  sensitivitySettingCount,
  studySensitivity,
  variations,
  VariationError,
  type Variation,
} from '../plan/index.js';
import type { ReportRow } from '../report/ReportRow.js';
import { toCsv } from '../report/toCsv.js';
import { BadInput } from './BadInput.js';
import { say, workerPlan, workersInWords, type BatchFlags } from './batchOptions.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { formatInterval, formatStat } from '../plan/formatStat.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

interface SensitivityFlags extends BatchFlags {
  vary?: string[];
}

function readVariations(texts: readonly string[]): Variation[] {
  try {
    return variations(texts);
  } catch (error) {
    if (error instanceof VariationError) throw new BadInput(`bad --vary ${error.message}`);
    throw error;
  }
}

/** A number cell of sensitivity.csv (NaN when empty). */
const num = (cell: ReportRow[string]) => (typeof cell === 'number' ? cell : NaN);

/** Per KPI, the inputs by swing: the tornado as a table. */
function sensitivityTable(rows: readonly ReportRow[]): string {
  const lines = rows.map((row) => {
    const unit = String(row.unit);
    return [
      String(row.kpi),
      String(row.input),
      `×${row.low_factor} to ×${row.high_factor}`,
      formatStat(num(row.low_mean), unit),
      formatStat(num(row.high_mean), unit),
      formatStat(num(row.swing), unit),
      formatInterval(num(row.difference_ci95_low), num(row.difference_ci95_high), unit),
      unit,
    ];
  });
  return textTable(['kpi', 'input', 'range', 'at low', 'at high', 'swing', '95% CI of high - low', 'unit'], lines, new Set([3, 4, 5, 6]));
}

/** Runs `wavesim sensitivity` with its parsed arguments. */
export async function sensitivity(file: string, flags: SensitivityFlags): Promise<void> {
  const scenario = readScenario(file);
  const ranges = readVariations(flags.vary ?? []);
  const seed = flags.seed ?? scenario.seed;
  const workers = workerPlan(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, ['sensitivity.csv']);
  const batch = { replications: flags.replications, seed };
  const settings = sensitivitySettingCount(ranges.length);
  const announce = `Sensitivity of ${JSON.stringify(scenario.name)}: ${settings} settings × ${flags.replications} replications under seed ${seed} on ${workersInWords(workers)}`;
  const study = await replicationBatch({ workers, totalRuns: settings * flags.replications, announce, label: 'sensitivity', quiet: flags.quiet, folder }, (run) =>
    studySensitivity(scenario, ranges, batch, run),
  );
  const rows = sensitivityRows(study);
  await writeReportFolder(folder, [{ name: 'sensitivity.csv', text: toCsv(SENSITIVITY_COLUMNS, rows) }]);
  say(flags, `\n${sensitivityTable(rows)}\nWrote sensitivity.csv to ${folder}\n`);
}
