/**
 * How `wavesim compare` reads on the command line: its arguments, options and
 * help. The comparison itself (compareCommand.ts) loads when the command runs.
 */
import type { Command } from 'commander';
import { addBatchOptions, addShardOption } from './batchOptions.js';
import { lazyAction } from './lazyAction.js';
import { shardable } from './shardable.js';

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

/** Adds `compare` to the program. */
export function addCompareCommand(program: Command): void {
  const command = program
    .command('compare')
    .description('run scenarios with the same replication seeds; each KPI\'s difference to the first, with a paired 95% interval')
    .argument('<scenarios...>', 'two or more scenario files; differences are to the first');
  addShardOption(addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the first scenario's seed", out: "folder for compare.csv (default: out/<first scenario's name>)" })).addHelpText('after', DETAILS).action(lazyAction(async () => shardable('compare', (await import('./compareCommand.js')).compare)));
}
