/**
 * Everything a batch command shares around its replications: a worker pool
 * for the whole command, one progress bar across all its runs, and Ctrl-C,
 * which stops every worker at once so that the command ends with exit code
 * 130 and writes nothing.
 */
import type { RunReplications } from '../plan/index.js';
import type { WorkerPlan } from './batchOptions.js';
import { progressBar } from './progressBar.js';
import { ReplicationPool } from './ReplicationPool.js';

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
}

/**
 * Calls `work` with a way to run replications, and stops the pool, the bar
 * and the Ctrl-C handler when it is done, failed or was cancelled (then it
 * rejects with Cancelled).
 */
export async function replicationBatch<T>(options: BatchOptions, work: (run: RunReplications) => Promise<T>): Promise<T> {
  const pool = new ReplicationPool(options.workers.count, { grow: options.workers.grow });
  const progress = progressBar(!options.quiet && process.stderr.isTTY === true, options.label);
  const cancel = () => pool.cancel();
  // Listening for SIGINT replaces Node's default of dying at once, which would leave the bar drawn and no exit code of ours.
  process.once('SIGINT', cancel);
  if (!options.quiet) process.stdout.write(`${options.announce}\n`);
  let runsBefore = 0;
  try {
    return await work(async (jobs) => {
      const results = await pool.run(jobs, (done) => progress.onProgress(Math.min(1, (runsBefore + done) / options.totalRuns)));
      runsBefore += jobs.length;
      return results;
    });
  } finally {
    process.off('SIGINT', cancel);
    progress.stop();
    await pool.close();
  }
}
