/**
 * How the batch command being run gets its replications: run here (the
 * usual), run one shard's slice and write it (`--shard K/N`), or taken from
 * shard files (`wavesim merge`), which replays the command over them so that
 * its reports come out exactly as one unsharded run's. A command runs in one
 * mode for its whole life; `withBatchMode` sets it for one call.
 */
import type { ReplicationResult } from '../plan/index.js';
import type { Shard } from './parseShard.js';
import type { Invocation, JobRecord } from './shardFile.js';

/** The mode of the batch command being run. */
export type BatchMode =
  | { kind: 'run' }
  | { kind: 'shard'; shard: Shard; invocation: Invocation }
  | { kind: 'merge'; jobs: JobRecord[]; results: ReplicationResult[] };

let current: BatchMode = { kind: 'run' };

/** The mode set by the innermost `withBatchMode`, or 'run'. */
export function batchMode(): BatchMode {
  return current;
}

/** Runs `work` in `mode`, then restores the mode it found. */
export async function withBatchMode<T>(mode: BatchMode, work: () => Promise<T>): Promise<T> {
  const before = current;
  current = mode;
  try {
    return await work();
  } finally {
    current = before;
  }
}
