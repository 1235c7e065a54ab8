/**
 * The app's pool of replication workers (one per core, see workerCount): a batch's
 * jobs are shared out over them (results in job order, see runJobs), and
 * Cancel terminates every one of them at once. Workers start as a batch
 * first needs them and stay, warm, for the next batch and the next study:
 * a fresh worker runs its first replications several times slower than a
 * warm one. Only a stop (Cancel, or a failed replication) ends them; the
 * batch after it starts fresh ones.
 */
import { proxy } from 'comlink';
import type { ReplicationApi } from '../../sim/api/replicationApi.js';
import type { ReplicationJob, ReplicationResult } from '../../sim/plan/index.js';
import { runJobs } from '../batch/runJobs.js';
import { StoppableWorker } from './StoppableWorker.js';

export class ReplicationWorkerPool {
  private readonly workers: StoppableWorker<ReplicationApi>[] = [];

  /** A pool of at most `size` workers. */
  constructor(private readonly size: number) {
    if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`ReplicationWorkerPool: size must be a whole number >= 1, got ${size}`);
  }

  /**
   * Runs `jobs` and resolves with their results in job order; `onProgress`
   * receives the runs done so far. Rejects with the stop reason after `stop`,
   * or with the first replication's error (and then stops every worker).
   */
  async run(jobs: readonly ReplicationJob[], onProgress: (runsDone: number) => void): Promise<ReplicationResult[]> {
    const lanes = Math.max(1, Math.min(this.size, jobs.length));
    // A StoppableWorker starts its worker at once: only the lanes this batch uses are made.
    while (this.workers.length < lanes) {
      this.workers.push(new StoppableWorker<ReplicationApi>(() => new Worker(new URL('../worker/replication.worker.ts', import.meta.url), { type: 'module' }), 'a replication worker'));
    }
    try {
      return await runJobs(jobs, lanes, (w, job, progress) => this.workers[w].call((api) => api.run(job.scenario, job.seed, proxy(progress))), onProgress);
    } catch (error) {
      this.stop(error as Error);
      throw error;
    }
  }

  /** Terminates every worker at once; the batch being run rejects with `reason`. The next batch starts fresh workers. */
  stop(reason: Error): void {
    for (const worker of this.workers) worker.stop(reason);
  }
}
