/**
 * A pool of worker threads that run replications side by side, like checkout
 * lanes serving one queue: each free worker takes the next job. Results come
 * back in job order whatever the finishing order, so a batch gives the same
 * bytes on 1 worker or 16. Workers live as long as the pool, so a capacity
 * search reuses them, warm, level after level.
 *
 * A fixed pool starts as many workers as a batch can use. A growing pool
 * starts one, times the jobs (and follows their progress), and starts
 * another (up to its size, and up to the cores other programs leave idle)
 * only while the work left at the warm rate outweighs a new worker's
 * warm-up (worthAnotherWorker): a handful of runs stays on one warm worker.
 */
import { Worker } from 'node:worker_threads';
import type { ReplicationJob, ReplicationResult } from '../plan/index.js';
import { JobTimer } from '../pool/JobTimer.js';
import { GROW_MARGIN_MS, worthAnotherWorker } from '../pool/worthAnotherWorker.js';
import { Cancelled } from './Cancelled.js';
import type { JobMessage, WorkerMessage } from './replicationWorker.js';
import { WORKER_SCRIPT } from './workerScript.js';

/** How a pool decides how many workers to run. */
export interface PoolOptions {
  /** Start one worker and add more only as the work left pays for them (see worthAnotherWorker); default false, all at once. */
  grow?: boolean;
  /** When growing, the time another worker must save beyond its warm-up; default GROW_MARGIN_MS. */
  growMarginMs?: number;
  /** When growing, the workers the machine can take now (its cores less other programs' load, see freeCores); default: the pool's size. */
  freeCores?: () => number;
}

/** The batch being run. */
interface Batch {
  jobs: readonly ReplicationJob[];
  results: ReplicationResult[];
  /** Progress (0 to 1) of the jobs being run, by job. */
  running: Map<number, number>;
  /** Jobs the caller expects to hand over in later batches: work a new worker would also take. */
  jobsToFollow: number;
  next: number;
  finished: number;
  onProgress?: (runsDone: number) => void;
  resolve(results: ReplicationResult[]): void;
  reject(error: Error): void;
}

export class ReplicationPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private batch: Batch | undefined;
  /** Set once the pool is closed, cancelled or broken: worker exits are then expected. */
  private stopped: Error | undefined;
  private readonly grow: boolean;
  private readonly growMarginMs: number;
  private readonly freeCores: () => number;
  /** Wall times of the jobs, from hand-out to result (the first includes the first worker's start), across batches. */
  private readonly timer = new JobTimer();

  /** A pool of at most `size` workers, started as jobs need them (and, when growing, as they pay). */
  constructor(
    private readonly size: number,
    options: PoolOptions = {},
  ) {
    if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`ReplicationPool: size must be a whole number >= 1, got ${size}`);
    this.grow = options.grow ?? false;
    this.growMarginMs = options.growMarginMs ?? GROW_MARGIN_MS;
    this.freeCores = options.freeCores ?? (() => size);
  }

  /** Worker threads started so far. */
  get started(): number {
    return this.workers.length;
  }

  /**
   * Runs `jobs` and gives their results in job order. `onProgress` receives
   * the runs done so far, fractions of running ones included. `jobsToFollow`
   * is how many more jobs later batches will bring, which a growing pool
   * counts as work another worker would share. One batch at a time; rejects
   * with Cancelled after `cancel`, or with the first worker error.
   */
  run(jobs: readonly ReplicationJob[], onProgress?: (runsDone: number) => void, jobsToFollow = 0): Promise<ReplicationResult[]> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (this.batch) return Promise.reject(new Error('ReplicationPool: one batch at a time'));
    if (jobs.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.batch = { jobs, results: new Array(jobs.length), running: new Map(), next: 0, finished: 0, jobsToFollow, onProgress, resolve, reject };
      const wanted = this.grow ? 1 : Math.min(this.size, jobs.length);
      while (this.workers.length < wanted) this.idle.push(this.start());
      for (const worker of this.idle.splice(0)) this.dispatch(worker);
      this.growIfWorthIt();
    });
  }

  /** Stops every worker at once; the batch being run rejects with Cancelled. */
  cancel(): void {
    this.stop(new Cancelled());
  }

  /** Stops the workers once the pool is no longer needed. */
  async close(): Promise<void> {
    this.stopped ??= new Error('ReplicationPool: closed');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SCRIPT);
    worker.on('message', (message: WorkerMessage) => this.receive(worker, message));
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => this.stop(new Error(`a replication worker stopped unexpectedly (exit code ${code})`)));
    this.workers.push(worker);
    return worker;
  }

  /** Gives `worker` the next job, or lets it wait for the next batch. */
  private dispatch(worker: Worker): void {
    const batch = this.batch;
    if (!batch || batch.next >= batch.jobs.length) {
      this.idle.push(worker);
      return;
    }
    const job = batch.next++;
    batch.running.set(job, 0);
    this.timer.started(job, performance.now());
    const { scenario, seed } = batch.jobs[job];
    worker.postMessage({ job, scenario, seed } satisfies JobMessage);
  }

  private receive(worker: Worker, message: WorkerMessage): void {
    const batch = this.batch;
    if (!batch) return;
    if ('error' in message) {
      this.stop(new Error(`a replication failed in a worker:\n${message.error}`));
      return;
    }
    if ('progress' in message) {
      batch.running.set(message.job, message.progress);
      this.timer.progressed(message.job, message.progress);
    } else {
      batch.results[message.job] = message.result;
      batch.running.delete(message.job);
      batch.finished++;
      this.timer.finished(message.job, performance.now());
    }
    let done = batch.finished;
    for (const progress of batch.running.values()) done += progress;
    batch.onProgress?.(done);
    if ('result' in message) {
      if (batch.finished === batch.jobs.length) {
        this.batch = undefined;
        this.idle.push(worker);
        batch.resolve(batch.results);
        return;
      }
      this.dispatch(worker);
    }
    // Progress counts too: jobs that take seconds each need not all finish before a second worker is judged worth it.
    this.growIfWorthIt();
  }

  /** In a growing pool, starts workers while the jobs not yet handed out would end sooner with one more, and a core is left for it. */
  private growIfWorthIt(): void {
    const batch = this.batch;
    if (!this.grow || !batch) return;
    while (this.workers.length < this.size && batch.next < batch.jobs.length) {
      const times = this.timer.times(performance.now());
      if (!worthAnotherWorker(this.workers.length, batch.jobs.length - batch.next + batch.jobsToFollow, times, this.growMarginMs)) return;
      // Asked last, once the work would pay: reading the machine's counters costs more than the arithmetic.
      if (this.workers.length >= this.freeCores()) return;
      this.dispatch(this.start());
    }
  }

  /** Stops every worker and fails the batch being run with `reason`; the first reason wins. */
  private stop(reason: Error): void {
    if (this.stopped) return;
    this.stopped = reason;
    for (const worker of this.workers) void worker.terminate();
    const batch = this.batch;
    this.batch = undefined;
    batch?.reject(reason);
  }
}
