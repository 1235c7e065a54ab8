/**
 * `wavesim merge DIR...`: the reports of a batch that ran as N shards
 * (`--shard K/N` on N machines or processes), from the shard files in the
 * folders given. It checks that the shards are one whole batch, then replays
 * the command they recorded over their results, so its reports are the same
 * bytes as one unsharded run's. Loaded only when the command runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BadInput } from './BadInput.js';
import type { BatchFlags } from './batchOptions.js';
import { withBatchMode } from './batchMode.js';
import { shardSlice } from './parseShard.js';
import { readShardText, type ShardContents } from './shardFile.js';

/** The options of `wavesim merge`. */
export interface MergeFlags {
  out?: string;
  quiet?: boolean;
}

const SHARD_FILE = /^shard-\d+-of-\d+\.json$/;

/** The batch commands a shard can come from, loaded when a merge replays one; each gets back the flags its shards recorded. */
const COMMANDS: Record<string, () => Promise<(operand: never, flags: never) => Promise<void>>> = {
  replicate: async () => (await import('./replicateCommand.js')).replicate,
  compare: async () => (await import('./compareCommand.js')).compare,
  sensitivity: async () => (await import('./sensitivityCommand.js')).sensitivity,
  gates: async () => (await import('./gatesCommand.js')).gates,
};

/** Every shard file in `folders`, read. */
function readShards(folders: readonly string[]): { file: string; contents: ShardContents }[] {
  return folders.flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => SHARD_FILE.test(name));
    } catch (error) {
      throw new BadInput(`cannot read the folder ${folder}: ${(error as Error).message}`);
    }
    return names.sort().map((name) => {
      const file = join(folder, name);
      try {
        return { file, contents: readShardText(readFileSync(file, 'utf8')) };
      } catch (error) {
        throw new BadInput(`${file} is not a wavesim shard file: ${(error as Error).message}`);
      }
    });
  });
}

/** The shards in order, checked to be the N slices of one batch, each once. */
function wholeBatch(shards: { file: string; contents: ShardContents }[]): ShardContents[] {
  if (shards.length === 0) throw new BadInput('no shard files (shard-K-of-N.json) in the folders given');
  const first = shards[0].contents;
  const batch = JSON.stringify([first.invocation, first.shard.count, first.jobs]);
  const byIndex = new Map<number, ShardContents>();
  for (const { file, contents } of shards) {
    if (JSON.stringify([contents.invocation, contents.shard.count, contents.jobs]) !== batch) throw new BadInput(`${file} is a shard of another batch than ${shards[0].file}`);
    if (byIndex.has(contents.shard.index)) throw new BadInput(`shard ${contents.shard.index} of ${contents.shard.count} is given twice (${file})`);
    const { from, to } = shardSlice(contents.shard, first.jobs.length);
    if (contents.from !== from || contents.results.length !== to - from) throw new BadInput(`${file} does not hold the runs of shard ${contents.shard.index} of ${contents.shard.count}`);
    byIndex.set(contents.shard.index, contents);
  }
  const missing = Array.from({ length: first.shard.count }, (_, k) => k + 1).filter((k) => !byIndex.has(k));
  if (missing.length > 0) throw new BadInput(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${first.shard.count} missing`);
  return Array.from({ length: first.shard.count }, (_, k) => byIndex.get(k + 1)!);
}

/** Runs `wavesim merge` with its parsed arguments. */
export async function merge(folders: string[], flags: MergeFlags): Promise<void> {
  const shards = wholeBatch(readShards(folders));
  const { invocation, jobs } = shards[0];
  const load = COMMANDS[invocation.command];
  if (!load) throw new BadInput(`the shards come from "${invocation.command}", which merge cannot replay`);
  const action = await load();
  const results = shards.flatMap((shard) => shard.results);
  const replayed = { ...(invocation.flags as Partial<BatchFlags>), out: flags.out, quiet: flags.quiet } as BatchFlags;
  await withBatchMode({ kind: 'merge', jobs, results }, () => action(invocation.operand as never, replayed as never));
}
