/**
 * How `wavesim merge` reads on the command line: its arguments, options and
 * help. The merge itself (mergeCommand.ts) loads when the command runs.
 */
import type { Command } from 'commander';
import { lazyAction } from './lazyAction.js';

const DETAILS = `
Each folder may hold one or more shard files; together they must be the N
shards of one batch, each once. The scenario files are read again from the
paths the shards were given, relative to where merge runs, and must be
unchanged. The reports are those of the command without --shard: the same
files, byte for byte.

Example (three shards on one machine, then the reports):
  $ for k in 1 2 3; do wavesim replicate scenarios/baseline.json --replications 60 --shard $k/3 --out shards/$k; done
  $ wavesim merge shards/1 shards/2 shards/3 --out out/baseline
`;

/** Adds `merge` to the program. */
export function addMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('write the reports of a batch run as shards (--shard K/N) from the folders holding its shard files')
    .argument('<folders...>', 'folders with shard-K-of-N.json files')
    .option('--out <dir>', "folder for the reports (default: the command's own, out/<scenario name>)")
    .option('--quiet', 'print nothing but errors')
    .addHelpText('after', DETAILS)
    .action(lazyAction(async () => (await import('./mergeCommand.js')).merge));
}
