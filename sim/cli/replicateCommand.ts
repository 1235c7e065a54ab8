/**
 * `wavesim replicate`: one scenario, R replications under seeds derived from
 * its own, every KPI with its uncertainty (replications.csv) and the hourly
 * series as bands (timeseries-bands.csv).
 */
import { kpiDescriptions, replicationFiles, replicationSeeds, runsCovered, targetChances, type KpiDescription } from '../plan/index.js';
import { say, workerPlan, workersInWords, type BatchFlags } from './batchOptions.js';
import { BATCH_KPIS } from '../plan/batchKpis.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { formatInterval, formatStat } from '../plan/formatStat.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

/** The main KPIs' means, intervals and percentiles as an aligned table. */
function replicationTable(descriptions: readonly KpiDescription[], replications: number): string {
  const rows = BATCH_KPIS.flatMap((kpi) =>
    descriptions
      .filter((d) => d.kpi === kpi)
      .map((d) => [kpi, d.scope, formatStat(d.mean, d.unit), formatInterval(d.low, d.high, d.unit), formatInterval(d.p5, d.p95, d.unit), d.unit, runsCovered(d.count, replications)]),
  );
  const table = textTable(['kpi', 'scope', 'mean over runs', '95% CI of mean', 'p5 to p95', 'unit', 'runs'], rows, new Set([2, 3, 4, 6]));
  // Said once under the table, as the app's caption says it: which figure is which.
  return `${table}\nMeans cover the runs shown (a milestone not always reached is averaged over the runs that reached it); counts are means, hence one decimal. 95% CI: of the mean (logit scale for shares, within 0-100 %). p5 to p95: where 90 % of single runs fell.\n`;
}

/** Runs `wavesim replicate` with its parsed arguments. */
export async function replicate(file: string, flags: BatchFlags): Promise<void> {
  const scenario = readScenario(file);
  const seed = flags.seed ?? scenario.seed;
  const workers = workerPlan(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, ['replications.csv', 'timeseries-bands.csv']);
  const jobs = replicationSeeds(seed, flags.replications).map((s) => ({ scenario, seed: s }));
  // JSON quoting shows the name as written and keeps control characters out of the terminal.
  const announce = `Replicating ${JSON.stringify(scenario.name)}: ${flags.replications} replications under seed ${seed} on ${workersInWords(workers)}`;
  const results = await replicationBatch({ workers, totalRuns: jobs.length, announce, label: 'replicating', quiet: flags.quiet, folder }, (run) => run(jobs));
  const files = replicationFiles(results);
  await writeReportFolder(folder, files);
  const descriptions = kpiDescriptions(results);
  // The verdict of one run says met or missed; over replications, how often.
  const chances = targetChances(descriptions).map((chance) => `${chance.line}\n`).join('');
  say(flags, `\n${chances}\n${replicationTable(descriptions, results.length)}\nWrote ${files.map((f) => f.name).join(', ')} to ${folder}\n`);
}
