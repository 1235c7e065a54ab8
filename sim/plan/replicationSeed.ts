/**
 * The seed of one replication in a batch: replication r of a batch run under
 * seed s always gets the same seed, whatever else differs. Two scenarios, or
 * two capacity levels, run with the same s therefore draw the same admins,
 * durations and failures in replication r — common random numbers, which
 * make their difference far less noisy than independent runs would.
 */
import { randomStream } from '../engine/randomStream.js';

/**
 * A whole number in [0, 2^53) for replication `replication` (0, 1, …) under
 * `seed`: the first draw of the stream `replication/<r>`. Not s + r: then
 * batches under seeds 7 and 8 would share all but one of their runs, and a
 * second batch "with another seed" would tell nothing new.
 */
export function replicationSeed(seed: number, replication: number): number {
  if (!(Number.isInteger(replication) && replication >= 0)) throw new RangeError(`replicationSeed: replication must be a whole number >= 0, got ${replication}`);
  // A double from xor4096 has 53 random bits and is below 1, so the product stays a safe integer.
  return Math.floor(randomStream(seed, `replication/${replication}`)() * 2 ** 53);
}
