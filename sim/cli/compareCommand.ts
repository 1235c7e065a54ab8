/**
 * `wavesim compare`: two or more scenarios run with the same replication
 * seeds, every KPI's mean for each, and each scenario's difference to the
 * first with a paired 95 % interval: a difference whose interval excludes 0
 * is the plans', not the dice's.
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { COMPARE_COLUMNS, compareRows, compareScenarios } from '../plan/index.js';
import type { ReportRow } from '../report/ReportRow.js';
import { toCsv } from '../report/toCsv.js';
import { BadInput } from './BadInput.js';
import { addBatchOptions, say, workerCount, type BatchFlags } from './batchOptions.js';
import { BATCH_KPIS } from '../plan/batchKpis.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { formatInterval, formatStat, NO_VALUE } from '../plan/formatStat.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

/** Replications per scenario when --replications is not given. */
const DEFAULT_REPLICATIONS = 20;

const DETAILS = `
Every scenario runs under the same replication seeds (from --seed, or the
first scenario's seed): replication r of each draws the same admins, durations
and failures, so the difference b - a is measured pair by pair.

Writes compare.csv into the output folder: one row per KPI, scope and
scenario with n, mean, ci95_low, ci95_high, and for each scenario after the
first: diff_n, diff_mean, diff_ci95_low, diff_ci95_high (paired difference to
the first scenario) and significant (1 when the interval excludes 0).

Example:
  $ wavesim compare scenarios/baseline.json scenarios/tight-capacity.json --replications 30
`;

/** A cell of compare.csv as a number (NaN when empty). */
const num = (cell: ReportRow[string] | undefined) => (typeof cell === 'number' ? cell : NaN);

/** The main KPIs of every scenario, with the difference to the first and whether it is significant. */
function compareTable(rows: readonly ReportRow[]): string {
  const lines = BATCH_KPIS.flatMap((kpi) =>
    rows
      .filter((row) => row.kpi === kpi)
      .map((row) => {
        const unit = String(row.unit);
        const diff = row.diff_n === undefined ? ['', '', ''] : [formatStat(num(row.diff_mean), unit), formatInterval(num(row.diff_ci95_low), num(row.diff_ci95_high), unit), row.significant === 1 ? 'yes' : row.significant === 0 ? 'no' : NO_VALUE];
        return [kpi, String(row.scope), basename(String(row.file)), formatStat(num(row.mean), unit), formatInterval(num(row.ci95_low), num(row.ci95_high), unit), ...diff, unit];
      }),
  );
  return textTable(['kpi', 'scope', 'scenario', 'mean', '95% CI', 'diff to first', '95% CI of diff', 'significant', 'unit'], lines, new Set([3, 4, 5, 6]));
}

async function compare(files: string[], flags: BatchFlags): Promise<void> {
  if (files.length < 2) throw new BadInput('compare needs at least two scenario files');
  const scenarios = files.map(readScenario);
  const seed = flags.seed ?? scenarios[0].seed;
  const workers = workerCount(flags);
  const folder = flags.out ?? defaultOutFolder(scenarios[0].name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, ['compare.csv']);
  const announce = `Comparing ${files.length} scenarios: ${flags.replications} replications each under seed ${seed} on ${workers} workers`;
  const entries = scenarios.map((scenario, i) => ({ scenario, file: files[i] }));
  const compared = await replicationBatch({ workers, totalRuns: files.length * flags.replications, announce, label: 'comparing', quiet: flags.quiet }, (run) =>
    compareScenarios(entries, { replications: flags.replications, seed }, run),
  );
  const rows = compareRows(compared);
  await writeReportFolder(folder, [{ name: 'compare.csv', text: toCsv(COMPARE_COLUMNS, rows) }]);
  say(flags, `\n${compareTable(rows)}\nWrote compare.csv to ${folder}\n`);
}

/** Adds `compare` to the program. */
export function addCompareCommand(program: Command): void {
  const command = program
    .command('compare')
    .description('run scenarios with the same replication seeds; each KPI\'s difference to the first, with a paired 95% interval')
    .argument('<scenarios...>', 'two or more scenario files; differences are to the first');
  addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the first scenario's seed", out: "folder for compare.csv (default: out/<first scenario's name>)" }).addHelpText('after', DETAILS).action(compare);
}
