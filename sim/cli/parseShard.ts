/**
 * `--shard K/N`: this process runs the K-th of N slices of a batch's
 * replications, as one pod of a Kubernetes Indexed Job or one line of GNU
 * parallel would, and `wavesim merge` puts the slices back together.
 */
import { InvalidArgumentError } from 'commander';

/** One slice of a batch: the `index`-th (from 1) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

const SHARD = /^(\d{1,6})\/(\d{1,6})$/;

/** Parses `K/N` (1 ≤ K ≤ N ≤ 100000). */
export function parseShard(text: string): Shard {
  const match = SHARD.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !(count >= 1 && count <= 100_000 && index >= 1 && index <= count)) {
    throw new InvalidArgumentError('The shard must be K/N with whole numbers 1 <= K <= N <= 100000, such as 2/4.');
  }
  return { index, count };
}

/** The jobs [from, to) of `total` that shard K of N runs: N contiguous slices, sizes differing by at most one. */
export function shardSlice(shard: Shard, total: number): { from: number; to: number } {
  return { from: Math.floor(((shard.index - 1) * total) / shard.count), to: Math.floor((shard.index * total) / shard.count) };
}
