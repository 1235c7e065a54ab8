/**
 * `wavesim compare`: two or more scenarios run with the same replication
 * seeds, every KPI's mean for each, and each scenario's difference to the
 * first with a paired 95 % interval: a difference whose interval excludes 0
 * is the plans', not the dice's.
 */
import { basename } from 'node:path';
import { COMPARE_COLUMNS, compareRows, compareScenarios } from '../plan/index.js';
import type { ReportRow } from '../report/ReportRow.js';
import { toCsv } from '../report/toCsv.js';
import { BadInput } from './BadInput.js';
import { say, workerPlan, workersInWords, type BatchFlags } from './batchOptions.js';
import { BATCH_KPIS } from '../plan/batchKpis.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { differenceReading } from '../plan/differenceReading.js';
import { formatInterval, formatStat, NO_VALUE } from '../plan/formatStat.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

/** A cell of compare.csv as a number (NaN when empty). */
const num = (cell: ReportRow[string] | undefined) => (typeof cell === 'number' ? cell : NaN);

/** The main KPIs of every scenario, with the difference to the first, whether it is significant, and its plain reading (as the app's table). */
function compareTable(rows: readonly ReportRow[]): string {
  const lines = BATCH_KPIS.flatMap((kpi) =>
    rows
      .filter((row) => row.kpi === kpi)
      .map((row) => {
        const unit = String(row.unit);
        const diff =
          row.diff_n === undefined
            ? ['', '', '', '']
            : [
                formatStat(num(row.diff_mean), unit),
                formatInterval(num(row.diff_ci95_low), num(row.diff_ci95_high), unit),
                row.significant === 1 ? 'yes' : row.significant === 0 ? 'no' : NO_VALUE,
                differenceReading(rows, row),
              ];
        return [kpi, String(row.scope), basename(String(row.file)), formatStat(num(row.mean), unit), formatInterval(num(row.ci95_low), num(row.ci95_high), unit), ...diff, unit];
      }),
  );
  return textTable(['kpi', 'scope', 'scenario', 'mean', '95% CI', 'diff to first', '95% CI of diff', 'significant', 'reading', 'unit'], lines, new Set([3, 4, 5, 6]));
}

/** Runs `wavesim compare` with its parsed arguments. */
export async function compare(files: string[], flags: BatchFlags): Promise<void> {
  if (files.length < 2) throw new BadInput('compare needs at least two scenario files');
  const scenarios = files.map(readScenario);
  const seed = flags.seed ?? scenarios[0].seed;
  const workers = workerPlan(flags);
  const folder = flags.out ?? defaultOutFolder(scenarios[0].name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, ['compare.csv']);
  const announce = `Comparing ${files.length} scenarios: ${flags.replications} replications each under seed ${seed} on ${workersInWords(workers)}`;
  const entries = scenarios.map((scenario, i) => ({ scenario, file: files[i] }));
  const compared = await replicationBatch({ workers, totalRuns: files.length * flags.replications, announce, label: 'comparing', quiet: flags.quiet, folder }, (run) =>
    compareScenarios(entries, { replications: flags.replications, seed }, run),
  );
  const rows = compareRows(compared);
  await writeReportFolder(folder, [{ name: 'compare.csv', text: toCsv(COMPARE_COLUMNS, rows) }]);
  say(flags, `\n${compareTable(rows)}\nWrote compare.csv to ${folder}\n`);
}
