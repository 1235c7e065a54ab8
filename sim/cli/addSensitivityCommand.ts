/**
 * How `wavesim sensitivity` reads on the command line: its arguments, options
 * and help. The study itself (sensitivityCommand.ts) loads when the command
 * runs.
 */
import type { Command } from 'commander';
import { DEFAULT_RANGE } from '../plan/parseVariation.js';
import { SCALED_INPUTS } from '../plan/scaleInput.js';
import { addBatchOptions, addShardOption } from './batchOptions.js';
import { collect } from './optionParsers.js';
import { lazyAction } from './lazyAction.js';
import { shardable } from './shardable.js';

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

/** Adds `sensitivity` to the program. */
export function addSensitivityCommand(program: Command): void {
  const command = program
    .command('sensitivity')
    .description('turn each input to its low and high; which moves the on-time share and the days to 99% on n most')
    .argument('<scenario.json>', 'scenario file')
    .option('--vary <name=low:high>', `an input's range of factors, repeatable (default: ×${DEFAULT_RANGE.low} to ×${DEFAULT_RANGE.high} for each)`, collect);
  addShardOption(addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for sensitivity.csv (default: out/<scenario name>)' })).addHelpText('after', DETAILS).action(lazyAction(async () => shardable('sensitivity', (await import('./sensitivityCommand.js')).sensitivity)));
}
