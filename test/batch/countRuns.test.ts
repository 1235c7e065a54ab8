import { describe, expect, it } from 'vitest';
import type { ReplicationJob, ReplicationResult } from '../../sim/plan/index.js';
import { countRuns, type RunBatch } from '../../viz/batch/countRuns.js';

/** A batch runner that reports each job half done, then done, and returns no real results. */
const halfThenDone: RunBatch = async (jobs, onProgress) => {
  jobs.forEach((_, i) => {
    onProgress(i + 0.5);
    onProgress(i + 1);
  });
  return jobs.map(() => ({}) as ReplicationResult);
};

const jobs = (n: number) => Array.from({ length: n }, (_, seed) => ({ seed }) as ReplicationJob);

describe('countRuns', () => {
  it('measures every batch of a study against its total runs, counting the batches before', async () => {
    const shares: number[] = [];
    const run = countRuns(halfThenDone, 10, (share) => shares.push(share));
    await run(jobs(4));
    await run(jobs(4));
    expect(shares).toEqual([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]);
  });

  it('never reports more than all of it when a study runs fewer batches than it might have', async () => {
    const shares: number[] = [];
    const run = countRuns(halfThenDone, 2, (share) => shares.push(share));
    await run(jobs(3));
    expect(Math.max(...shares)).toBe(1);
  });
});
