/**
 * One progress bar over a whole study. A capacity search runs a batch per
 * level it evaluates, so the bar counts the runs of the batches before the
 * current one and measures all of them against the most the study can run.
 */
import type { ReplicationJob, ReplicationResult, RunReplications } from '../../sim/plan/index.js';

/** Runs a batch of jobs, reporting the runs done so far (fractions included). */
export type RunBatch = (jobs: readonly ReplicationJob[], onProgress: (runsDone: number) => void) => Promise<ReplicationResult[]>;

/**
 * A RunReplications over `runBatch` that tells `onShare` the share of
 * `totalRuns` done, across every batch it is asked to run (never above 1).
 */
export function countRuns(runBatch: RunBatch, totalRuns: number, onShare: (share: number) => void): RunReplications {
  let runsBefore = 0;
  return async (jobs) => {
    const results = await runBatch(jobs, (done) => onShare(Math.min(1, (runsBefore + done) / totalRuns)));
    runsBefore += jobs.length;
    return results;
  };
}
