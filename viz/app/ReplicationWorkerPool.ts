/**
 * The app's pool of replication workers (one per core, see workerCount): a batch's
 * jobs are shared out over them (results in job order, see runJobs), and
 * Cancel terminates every one of them at once. A pool serves one study and
 * is then closed; the next study starts fresh workers.
 */
import { proxy } from 'comlink';
import type { ReplicationApi } from '../../sim/api/replicationApi.js';
import type { ReplicationJob, ReplicationResult } from '../../sim/plan/index.js';
import { runJobs } from '../batch/runJobs.js';
import { StoppableWorker } from './StoppableWorker.js';

export class ReplicationWorkerPool {
  private readonly workers: StoppableWorker<ReplicationApi>[];
  private stopped: Error | null = null;

  /** Starts `size` workers now, so that they load while the study is being set up. */
  constructor(size: number) {
    if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`ReplicationWorkerPool: size must be a whole number >= 1, got ${size}`);
    this.workers = Array.from(
      { length: size },
      () => new StoppableWorker<ReplicationApi>(() => new Worker(new URL('../worker/replication.worker.ts', import.meta.url), { type: 'module' }), 'a replication worker'),
    );
  }

  /**
   * Runs `jobs` and resolves with their results in job order; `onProgress`
   * receives the runs done so far. Rejects with the stop reason after `stop`,
   * or with the first replication's error (and then stops every worker).
   */
  async run(jobs: readonly ReplicationJob[], onProgress: (runsDone: number) => void): Promise<ReplicationResult[]> {
    if (this.stopped) throw this.stopped;
    try {
      return await runJobs(jobs, this.workers.length, (w, job, progress) => this.workers[w].call((api) => api.run(job.scenario, job.seed, proxy(progress))), onProgress);
    } catch (error) {
      this.stop(error as Error);
      throw this.stopped ?? error;
    }
  }

  /** Terminates every worker at once; the batch being run rejects with `reason`. The first reason wins. */
  stop(reason: Error): void {
    if (this.stopped) return;
    this.stopped = reason;
    for (const worker of this.workers) worker.stop(reason);
  }
}
