/**
 * `wavesim sensitivity`: each input (approval and reschedule odds, slots,
 * backup throughput, failure odds, update duration) turned to its low and its
 * high with the rest at base, on the same replication seeds; the swing of the
 * on-time share and of the days to 99 % on n, largest first, is what a
 * tornado chart draws.
 */
import type { Command } from 'commander';
import {
  DEFAULT_RANGE,
  SCALED_INPUTS,
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
import { addBatchOptions, say, workerCount, type BatchFlags } from './batchOptions.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { formatInterval, formatStat } from '../plan/formatStat.js';
import { collect } from './optionParsers.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

/** Replications per setting when --replications is not given: a study runs 1 + 2 × 6 settings. */
const DEFAULT_REPLICATIONS = 10;

const DETAILS = `
Inputs (each scaled by a factor, ×${DEFAULT_RANGE.low} and ×${DEFAULT_RANGE.high} unless --vary name=low:high says otherwise):
${Object.entries(SCALED_INPUTS)
  .map(([name, what]) => `  ${name.padEnd(11)}${what}`)
  .join('\n')}

Writes sensitivity.csv into the output folder: per KPI (on_time_share, then
days_to_99_percent_on_n), one row per input sorted by swing, largest first:
low and high factors, base, low and high means, swing, the 95% interval of
the paired difference high - low, and runs that never reached 99% on n (their
days count as the run's end, the window end + 2 days).

Example:
  $ wavesim sensitivity scenarios/baseline.json --vary approval=0.5:1.5 --vary slots=0.9:1.1
`;

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

async function sensitivity(file: string, flags: SensitivityFlags): Promise<void> {
  const scenario = readScenario(file);
  const ranges = readVariations(flags.vary ?? []);
  const seed = flags.seed ?? scenario.seed;
  const workers = workerCount(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, ['sensitivity.csv']);
  const batch = { replications: flags.replications, seed };
  const settings = sensitivitySettingCount(ranges.length);
  const announce = `Sensitivity of ${JSON.stringify(scenario.name)}: ${settings} settings × ${flags.replications} replications under seed ${seed} on ${workers} workers`;
  const study = await replicationBatch({ workers, totalRuns: settings * flags.replications, announce, label: 'sensitivity', quiet: flags.quiet }, (run) =>
    studySensitivity(scenario, ranges, batch, run),
  );
  const rows = sensitivityRows(study);
  await writeReportFolder(folder, [{ name: 'sensitivity.csv', text: toCsv(SENSITIVITY_COLUMNS, rows) }]);
  say(flags, `\n${sensitivityTable(rows)}\nWrote sensitivity.csv to ${folder}\n`);
}

/** Adds `sensitivity` to the program. */
export function addSensitivityCommand(program: Command): void {
  const command = program
    .command('sensitivity')
    .description('turn each input to its low and high; which moves the on-time share and the days to 99% on n most')
    .argument('<scenario.json>', 'scenario file')
    .option('--vary <name=low:high>', `an input's range of factors, repeatable (default: ×${DEFAULT_RANGE.low} to ×${DEFAULT_RANGE.high} for each)`, collect);
  addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for sensitivity.csv (default: out/<scenario name>)' }).addHelpText('after', DETAILS).action(sensitivity);
}
