/**
 * Starting, following and stopping batch studies on the replication
 * workers: one study at a time, with one progress figure across every
 * replication it runs, and Cancel terminating every worker at once. However
 * a study ends (done, failed, cancelled) the page can start another, and a
 * finished study's output replaces the last one of its kind.
 */
import type { RunReplications } from '../../sim/plan/index.js';
import type { WorkerPlan } from '../../sim/pool/WorkerPlan.js';
import { countRuns } from '../batch/countRuns.js';
import { pacedProgress } from './pacedProgress.js';
import { plainWorkerError } from './plainWorkerError.js';
import { ReplicationWorkerPool } from './ReplicationWorkerPool.js';
import type { AppState, BatchStatus, Store, Studies, StudyKind } from './store.js';

/** The reason a cancelled batch's promise is rejected with. */
class BatchCancelled extends Error {
  override readonly name = 'BatchCancelled';
}

/** Why a batch stopped, in words for a release manager. */
export function batchErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const plain = plainWorkerError(message);
  if (plain !== null) return `The batch failed. ${plain}`;
  return `The batch failed: ${message.replace(/\.$/, '')}. Change the settings or the scenario and try again.`;
}

export class BatchController {
  private readonly pool: ReplicationWorkerPool;
  /** Numbers the studies, so that progress arriving after its study has ended is dropped. */
  private studies = 0;
  private running = false;

  /** @param workers replication workers per batch (fewer when a batch runs fewer replications, or while more would not pay), kept warm from study to study */
  constructor(
    private readonly store: Store<AppState>,
    workers: WorkerPlan,
  ) {
    this.pool = new ReplicationWorkerPool(workers);
  }

  /**
   * Runs a study of `kind` that makes at most `totalRuns` replications:
   * `study` gets a way to run them and returns the study's output. Resolves
   * when the study has ended, however it ended; does nothing while another runs.
   */
  async start<K extends StudyKind>(kind: K, totalRuns: number, study: (run: RunReplications) => Promise<NonNullable<Studies[K]>>): Promise<void> {
    if (this.running) return;
    this.running = true;
    const id = ++this.studies;
    const pool = this.pool;
    const startedAt = performance.now();
    if (window.__wavesim) window.__wavesim.batchStartedAt = startedAt;
    this.update({ kind, state: 'running', done: 0, startedAt, endedAt: NaN, error: '' });
    // Progress arrives from two warm workers over a hundred times a second.
    const onProgress = pacedProgress((done) => {
      if (this.running && this.studies === id) this.update({ done });
    });
    const run = countRuns((jobs, onJobProgress) => pool.run(jobs, onJobProgress), totalRuns, onProgress);
    try {
      const output = await study(run);
      const endedAt = performance.now();
      if (window.__wavesim) window.__wavesim.batchEndedAt = endedAt;
      this.store.set({ studies: { ...this.store.get().studies, [kind]: output }, batch: { ...this.store.get().batch, state: 'done', done: 1, endedAt } });
    } catch (error) {
      if (error instanceof BatchCancelled) this.update({ state: 'cancelled', endedAt: performance.now() });
      else this.update({ state: 'error', endedAt: performance.now(), error: batchErrorMessage(error) });
    } finally {
      this.running = false;
    }
  }

  /** Stops the running batch at once: every worker is terminated (the next study starts fresh ones). */
  cancel(): void {
    if (this.running) this.pool.stop(new BatchCancelled('the batch was cancelled'));
  }

  private update(change: Partial<BatchStatus>): void {
    this.store.set({ batch: { ...this.store.get().batch, ...change } });
  }
}
