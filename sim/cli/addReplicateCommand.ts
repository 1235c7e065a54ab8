/**
 * How `wavesim replicate` reads on the command line: its arguments, options
 * and help. The work itself (replicateCommand.ts) loads when the command runs.
 */
import type { Command } from 'commander';
import { addBatchOptions, addShardOption } from './batchOptions.js';
import { lazyAction } from './lazyAction.js';
import { shardable } from './shardable.js';

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

/** Adds `replicate` to the program. */
export function addReplicateCommand(program: Command): void {
  const command = program
    .command('replicate')
    .description('run a scenario R times under derived seeds; every KPI with its mean, 95% interval and percentiles')
    .argument('<scenario.json>', 'scenario file');
  addShardOption(addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for the reports (default: out/<scenario name>)' })).addHelpText('after', DETAILS).action(lazyAction(async () => shardable('replicate', (await import('./replicateCommand.js')).replicate)));
}
