/**
 * Everything a batch command shares around its replications: a worker pool
 * for the whole command, one progress bar across all its runs, and Ctrl-C,
 * which stops every worker at once so that the command ends with exit code
 * 130 and writes nothing. It is also where a sharded command runs only its
 * slice, and where a merge replays a command over the shards' results
 * (batchMode), so that no command needs to know about shards.
 */
import { join } from 'node:path';
import type { ReplicationJob, ReplicationResult, RunReplications } from '../plan/index.js';
import type { WorkerPlan } from '../pool/WorkerPlan.js';
import { BadInput } from './BadInput.js';
import { batchMode, type BatchMode } from './batchMode.js';
import { freeCoresGauge } from './freeCoresGauge.js';
import { shardSlice } from './parseShard.js';
import { progressBar } from './progressBar.js';
import { ReplicationPool } from './ReplicationPool.js';
import { jobRecords, shardFileName, shardText } from './shardFile.js';
import { ShardWritten } from './ShardWritten.js';
import { writeReportFolder } from './writeReportFolder.js';

export interface BatchOptions {
  /** Worker threads. */
  workers: WorkerPlan;
  /** Runs the whole command will make at most, for the progress bar. */
  totalRuns: number;
  /** A line saying what the batch does, printed on stdout once Ctrl-C is handled. */
  announce: string;
  /** The progress bar's label, such as "replicating". */
  label: string;
  /** No line and no progress bar. */
  quiet?: boolean;
  /** The command's output folder: where a shard writes its file. */
  folder: string;
}

/** The results a merge replays, once it has checked that the command asks for exactly the jobs the shards ran. */
function mergedResults(mode: Extract<BatchMode, { kind: 'merge' }>, jobs: readonly ReplicationJob[]): ReplicationResult[] {
  const asked = jobRecords(jobs);
  const same = asked.length === mode.jobs.length && asked.every((job, j) => job.seed === mode.jobs[j].seed && job.scenario === mode.jobs[j].scenario);
  if (!same) throw new BadInput('the shards ran other replications than this command asks for: a scenario file has changed since, or is not where the shards read it');
  return mode.results;
}

/** Writes a shard's results and the batch's jobs into the output folder, then ends the command with ShardWritten. */
async function writeShard(mode: Extract<BatchMode, { kind: 'shard' }>, options: BatchOptions, jobs: readonly ReplicationJob[], from: number, results: ReplicationResult[]): Promise<never> {
  const name = shardFileName(mode.shard);
  const text = shardText({ format: 'wavesim-shard/1', invocation: mode.invocation, shard: mode.shard, jobs: jobRecords(jobs), from, results });
  await writeReportFolder(options.folder, [{ name, text }]);
  const file = join(options.folder, name);
  if (!options.quiet) process.stdout.write(`Wrote shard ${mode.shard.index} of ${mode.shard.count} (runs ${from + 1} to ${from + results.length} of ${jobs.length}) to ${file}\n`);
  throw new ShardWritten(file);
}

/**
 * Calls `work` with a way to run replications, and stops the pool, the bar
 * and the Ctrl-C handler when it is done, failed or was cancelled (then it
 * rejects with Cancelled). Sharded (batchMode), it runs only the shard's
 * slice, writes it and rejects with ShardWritten; merging, it hands `work`
 * the shards' results and runs nothing.
 */
export async function replicationBatch<T>(options: BatchOptions, work: (run: RunReplications) => Promise<T>): Promise<T> {
  const mode = batchMode();
  if (mode.kind === 'merge') return work(async (jobs) => mergedResults(mode, jobs));
  const pool = new ReplicationPool(options.workers.count, { grow: options.workers.grow, freeCores: freeCoresGauge() });
  const progress = progressBar(!options.quiet && process.stderr.isTTY === true, options.label);
  const cancel = () => pool.cancel();
  // Listening for SIGINT replaces Node's default of dying at once, which would leave the bar drawn and no exit code of ours.
  process.once('SIGINT', cancel);
  if (!options.quiet) process.stdout.write(`${options.announce}\n`);
  let runsBefore = 0;
  try {
    return await work(async (jobs) => {
      if (mode.kind === 'shard') {
        const { from, to } = shardSlice(mode.shard, jobs.length);
        const slice = await pool.run(jobs.slice(from, to), (done) => progress.onProgress(Math.min(1, done / (to - from))));
        await writeShard(mode, options, jobs, from, slice);
      }
      // The runs still to come after this batch count as work a second worker would share (a capacity search runs several).
      const toFollow = Math.max(0, options.totalRuns - runsBefore - jobs.length);
      const results = await pool.run(jobs, (done) => progress.onProgress(Math.min(1, (runsBefore + done) / options.totalRuns)), toFollow);
      runsBefore += jobs.length;
      return results;
    });
  } finally {
    process.off('SIGINT', cancel);
    progress.stop();
    await pool.close();
  }
}
