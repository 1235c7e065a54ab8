/**
 * `wavesim replicate`: one scenario, R replications under seeds derived from
 * its own, every KPI with its uncertainty (replications.csv) and the hourly
 * series as bands (timeseries-bands.csv).
 */
import type { Command } from 'commander';
import { kpiDescriptions, replicationFiles, replicationSeeds, type KpiDescription } from '../plan/index.js';
import { addBatchOptions, say, workerCount, type BatchFlags } from './batchOptions.js';
import { BATCH_KPIS } from '../plan/batchKpis.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { formatInterval, formatStat } from '../plan/formatStat.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

/** Replications when --replications is not given. */
const DEFAULT_REPLICATIONS = 20;

const DETAILS = `
Writes into the output folder (created if needed, files replaced):
  replications.csv      one row per KPI and scope of summary.csv (plus on_time_share):
                        unit, n, mean, sd, ci95_low, ci95_high, p5, p50, p95
  timeseries-bands.csv  one row per simulated hour: mean, p5 and p95 over the
                        replications of share on n, completions, in progress,
                        queued, slot use per region, backup demand and storage
Replication r runs under a seed derived from the seed and r alone: the same
scenario and seed give the same bytes, whatever the number of workers.
Ctrl-C stops every worker and writes nothing (exit code 130).

Example:
  $ wavesim replicate scenarios/baseline.json --replications 50 --out out/baseline-50
`;

/** The main KPIs' means, intervals and percentiles as an aligned table. */
function replicationTable(descriptions: readonly KpiDescription[]): string {
  const rows = BATCH_KPIS.flatMap((kpi) =>
    descriptions
      .filter((d) => d.kpi === kpi)
      .map((d) => [kpi, d.scope, formatStat(d.mean, d.unit), formatInterval(d.low, d.high, d.unit), formatInterval(d.p5, d.p95, d.unit), d.unit, String(d.count)]),
  );
  return textTable(['kpi', 'scope', 'mean', '95% CI of mean', 'p5 to p95', 'unit', 'n'], rows, new Set([2, 3, 4, 6]));
}

async function replicate(file: string, flags: BatchFlags): Promise<void> {
  const scenario = readScenario(file);
  const seed = flags.seed ?? scenario.seed;
  const workers = workerCount(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, ['replications.csv', 'timeseries-bands.csv']);
  const jobs = replicationSeeds(seed, flags.replications).map((s) => ({ scenario, seed: s }));
  // JSON quoting shows the name as written and keeps control characters out of the terminal.
  const announce = `Replicating ${JSON.stringify(scenario.name)}: ${flags.replications} replications under seed ${seed} on ${workers} workers`;
  const results = await replicationBatch({ workers, totalRuns: jobs.length, announce, label: 'replicating', quiet: flags.quiet }, (run) => run(jobs));
  const files = replicationFiles(results);
  await writeReportFolder(folder, files);
  say(flags, `\n${replicationTable(kpiDescriptions(results))}\nWrote ${files.map((f) => f.name).join(', ')} to ${folder}\n`);
}

/** Adds `replicate` to the program. */
export function addReplicateCommand(program: Command): void {
  const command = program
    .command('replicate')
    .description('run a scenario R times under derived seeds; every KPI with its mean, 95% interval and percentiles')
    .argument('<scenario.json>', 'scenario file');
  addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for the reports (default: out/<scenario name>)' }).addHelpText('after', DETAILS).action(replicate);
}
