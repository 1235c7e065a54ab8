/**
 * A sharded batch command (`--shard K/N`) has run its slice and written it:
 * like Cancelled, it ends the command before the reports, which only
 * `wavesim merge` can build from every slice; the exit code is 0.
 */

/** Thrown once a shard file is written; `main` exits 0. */
export class ShardWritten extends Error {
  constructor(readonly file: string) {
    super(`wrote ${file}`);
  }
}
