/**
 * A batch command's action that can also run as one shard: given --shard K/N
 * it runs in shard mode (batchMode), recording what was asked, less the
 * options that do not change the reports, so that `wavesim merge` can replay
 * the same command over the shards' results.
 */
import type { BatchFlags } from './batchOptions.js';
import { withBatchMode } from './batchMode.js';

/** `action` of the batch command named `command`, sharded when its flags ask for it. */
export function shardable<O extends string | string[], F extends BatchFlags>(command: string, action: (operand: O, flags: F) => Promise<void>): (operand: O, flags: F) => Promise<void> {
  return (operand, flags) => {
    if (!flags.shard) return action(operand, flags);
    const { shard, out: _out, quiet: _quiet, workers: _workers, ...kept } = flags;
    return withBatchMode({ kind: 'shard', shard, invocation: { command, operand, flags: kept } }, () => action(operand, flags));
  };
}
