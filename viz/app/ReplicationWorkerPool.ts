/**
 * The app's pool of replication workers (up to one per core, see
 * workerCount): a batch's jobs are shared out over them (results in job
 * order, see runJobs), and Cancel terminates every one of them at once. A
 * growing pool (no `?workers=` in the address) starts one worker and adds
 * another only while the jobs left, at the warm rate, outweigh its warm-up
 * (worthAnotherWorker, the rule the command line follows); a fixed pool
 * starts as many as the batch can use at once. Workers stay, warm, for the
 * next batch and the next study: a fresh worker runs its first replications
 * several times slower than a warm one. Only a stop (Cancel, or a failed
 * replication) ends them; the batch after it starts fresh ones.
 */
import { proxy } from 'comlink';
import type { ReplicationApi } from '../../sim/api/replicationApi.js';
import type { ReplicationJob, ReplicationResult } from '../../sim/plan/index.js';
import { JobTimer } from '../../sim/pool/JobTimer.js';
import type { WorkerPlan } from '../../sim/pool/WorkerPlan.js';
import { worthAnotherWorker } from '../../sim/pool/worthAnotherWorker.js';
import { runJobs } from '../batch/runJobs.js';
import { StoppableWorker } from './StoppableWorker.js';

export class ReplicationWorkerPool {
  private readonly workers: StoppableWorker<ReplicationApi>[] = [];
  /** Times every job the pool runs, across batches: what a growing pool weighs. */
  private readonly timer = new JobTimer();
  /** Numbers the jobs for the timer, across batches. */
  private jobs = 0;
  /** Workers that have run a job since the last stop: warm, or warming. */
  private warm = 0;

  /** A pool of at most `plan.count` workers, all at once or growing as they pay. */
  constructor(private readonly plan: WorkerPlan) {
    if (!(Number.isInteger(plan.count) && plan.count >= 1)) throw new RangeError(`ReplicationWorkerPool: size must be a whole number >= 1, got ${plan.count}`);
  }

  /**
   * Runs `jobs` and resolves with their results in job order; `onProgress`
   * receives the runs done so far. Rejects with the stop reason after `stop`,
   * or with the first replication's error (and then stops every worker).
   */
  async run(jobs: readonly ReplicationJob[], onProgress: (runsDone: number) => void): Promise<ReplicationResult[]> {
    // Workers that ran the last batch are warm: a growing pool uses them all at once.
    const growth = this.plan.grow
      ? { lanes: Math.max(1, this.warm), another: (lanes: number, jobsLeft: number) => worthAnotherWorker(lanes, jobsLeft, this.timer.times(performance.now())) }
      : undefined;
    try {
      return await runJobs(jobs, this.plan.count, (w, job, progress) => this.runOn(w, job, progress), onProgress, growth);
    } catch (error) {
      this.stop(error as Error);
      throw error;
    }
  }

  /** Terminates every worker at once; the batch being run rejects with `reason`. The next batch starts fresh workers. */
  stop(reason: Error): void {
    for (const worker of this.workers) worker.stop(reason);
    // The jobs that were running will never finish, and the workers that replace these start cold.
    this.timer.forgetRunning();
    this.warm = 0;
  }

  /** Runs `job` on worker `w`, started now if it is the first time a lane needs it, and times it. */
  private async runOn(w: number, job: ReplicationJob, progress: (done: number) => void): Promise<ReplicationResult> {
    // A StoppableWorker starts its worker at once: only the lanes a batch opens are made.
    while (this.workers.length <= w) {
      this.workers.push(new StoppableWorker<ReplicationApi>(() => new Worker(new URL('../worker/replication.worker.ts', import.meta.url), { type: 'module' }), 'a replication worker'));
    }
    this.warm = Math.max(this.warm, w + 1);
    const id = this.jobs++;
    this.timer.started(id, performance.now());
    const onProgress = (done: number) => {
      this.timer.progressed(id, done);
      progress(done);
    };
    const result = await this.workers[w].call((api) => api.run(job.scenario, job.seed, proxy(onProgress)));
    this.timer.finished(id, performance.now());
    return result;
  }
}
