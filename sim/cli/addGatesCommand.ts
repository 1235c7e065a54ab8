/**
 * How `wavesim gates` reads on the command line: its arguments, options and
 * help. The study itself (gatesCommand.ts) loads when the command runs.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { addBatchOptions, addShardOption } from './batchOptions.js';
import { lazyAction } from './lazyAction.js';
import { shardable } from './shardable.js';

/** Replications per setting when --replications is not given. */
const DEFAULT_REPLICATIONS = 20;

const DETAILS = `
The scenario needs a "defect" (the bad build to catch). Its failure gate
("halt when at least K of the last N finished updates failed") is tried at
each K of --threshold, with N from --window or from the scenario's gate.
Each threshold runs twice under the same replication seeds: with the bad
build (exposure: instances updated on it; days halted) and without it (every
halt is false: false-halt days). A first row, threshold "none", is the bad
build with no gate at all.

Writes gates-study.csv into the output folder: per threshold, the mean and
95 % interval of exposure, exposure before the first halt, days halted,
detection delay and share on n with the defect, and of false-halt days,
false halts and share on n without it; meets_targets is 1 when the upper
ends of the exposure and false-halt-days intervals are within the targets.

Example:
  $ wavesim gates scenarios/bad-build-gated.json --threshold 3:8:1 --max-exposure 500 --max-false-halt-days 2
`;

/** `--window`: the last N finished updates a gate looks at. */
function parseWindow(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !(n >= 1 && n <= 1000)) throw new InvalidArgumentError('The window must be a whole number from 1 to 1000.');
  return n;
}

/** `--max-exposure` and `--max-false-halt-days`: a number >= 0. */
function parseLimit(text: string): number {
  const x = Number(text);
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) || !(x >= 0 && x <= 1e9)) throw new InvalidArgumentError('A target must be a number from 0 to 1e9.');
  return x;
}

/** Adds `gates` to the program. */
export function addGatesCommand(program: Command): void {
  const command = program
    .command('gates')
    .description('try a failure gate at each threshold, with and without the bad build: exposure against days halted')
    .argument('<scenario.json>', 'scenario file with a defect')
    .requiredOption('--threshold <from:to:step>', 'failures among the last N updates that halt, whole numbers, such as 3:8:1')
    .option('--window <n>', "the last N finished updates the gate looks at (default: the scenario's gate)", parseWindow)
    .option('--max-exposure <instances>', 'target: at most this many instances updated on the bad build', parseLimit)
    .option('--max-false-halt-days <days>', 'target: at most this many days halted with no defect', parseLimit);
  addShardOption(addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for gates-study.csv (default: out/<scenario name>)' }))
    .addHelpText('after', DETAILS)
    .action(lazyAction(async () => shardable('gates', (await import('./gatesCommand.js')).gates)));
}
