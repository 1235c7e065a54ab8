import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replicationFiles, replicationSeeds, runReplication, type ReplicationResult } from '../../sim/plan/index.js';
import { parseScenario } from '../../sim/scenario/index.js';
import { runJobs, type RunJob } from '../../viz/batch/runJobs.js';

const TINY = parseScenario(readFileSync(new URL('../fixtures/tiny.json', import.meta.url), 'utf8'));
const SEEDS = replicationSeeds(TINY.seed, 7);
/** The replications as a worker would send them: computed once, handed out as fresh copies. */
const RESULTS = new Map(SEEDS.map((seed) => [seed, runReplication(TINY, seed)]));

/**
 * A fake pool: each job takes a delay drawn from `delays` (so later jobs often
 * finish first), reports half-way progress, and hands back a copy of its
 * replication, as a worker transfers one. Records which worker ran which job.
 */
function fakeWorkers(delays: number[], ran: [number, number][] = []): RunJob<number, ReplicationResult> {
  let call = 0;
  return (worker, seed, onProgress) =>
    new Promise((resolve) => {
      ran.push([worker, seed]);
      const delay = delays[call++ % delays.length];
      setTimeout(() => onProgress(0.5), delay / 2);
      setTimeout(() => resolve(structuredClone(RESULTS.get(seed)!)), delay);
    });
}

describe('runJobs', () => {
  it('gives the same results, and the same replications.csv and timeseries-bands.csv bytes, on 1 worker and on 3 finishing out of order', async () => {
    const direct = replicationFiles(SEEDS.map((seed) => RESULTS.get(seed)!));
    const ran: [number, number][] = [];
    const one = await runJobs(SEEDS, 1, fakeWorkers([5]));
    const three = await runJobs(SEEDS, 3, fakeWorkers([30, 5, 15, 1, 25, 2, 8], ran), () => {});
    expect(one.map((r) => r.seed)).toEqual(SEEDS);
    expect(three.map((r) => r.seed)).toEqual(SEEDS);
    expect(new Set(ran.map(([worker]) => worker))).toEqual(new Set([0, 1, 2]));
    expect(replicationFiles(one)).toEqual(direct);
    expect(replicationFiles(three)).toEqual(direct);
  });

  it('reports the jobs done so far, fractions of running jobs included, rising to the number of jobs', async () => {
    const seen: number[] = [];
    await runJobs(SEEDS, 3, fakeWorkers([10, 3, 6]), (done) => seen.push(done));
    expect(seen.at(-1)).toBe(SEEDS.length);
    expect(seen.some((done) => !Number.isInteger(done))).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1] - 0.5);
  });

  it('never runs more jobs at once than it has workers', async () => {
    let running = 0;
    let most = 0;
    await runJobs(SEEDS, 2, async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
      return 0;
    });
    expect(most).toBe(2);
  });

  it('rejects with the first failure and starts no job after it', async () => {
    const started: number[] = [];
    const failing: RunJob<number, number> = async (_, job) => {
      started.push(job);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (job === 1) throw new Error('replication 1 broke');
      return job;
    };
    await expect(runJobs([0, 1, 2, 3, 4, 5], 2, failing)).rejects.toThrow('replication 1 broke');
    expect(started.length).toBeLessThan(6);
  });

  it('runs nothing for no jobs, and refuses a pool of no workers', async () => {
    expect(await runJobs([], 3, fakeWorkers([1]))).toEqual([]);
    expect(() => runJobs([1], 0, fakeWorkers([1]))).toThrow(RangeError);
  });

  it('opens further lanes only when growth says another pays, up to its workers, and gives the same results', async () => {
    const ran: [number, number][] = [];
    const asked: [number, number][] = [];
    // Another lane once three jobs are handed out (four left of seven), never a third.
    const growth = {
      lanes: 1,
      another: (lanes: number, jobsLeft: number) => {
        asked.push([lanes, jobsLeft]);
        return lanes < 2 && jobsLeft <= 4;
      },
    };
    const results = await runJobs(SEEDS, 3, fakeWorkers([4, 6, 2], ran), undefined, growth);
    expect(results.map((r) => r.seed)).toEqual(SEEDS);
    expect(new Set(ran.map(([worker]) => worker))).toEqual(new Set([0, 1]));
    // The first three jobs ran on the one lane open, before any was judged worth another.
    expect(ran.slice(0, 3).map(([worker]) => worker)).toEqual([0, 0, 0]);
    expect(asked.length).toBeGreaterThan(0);
  });

  it('keeps a growing batch on one lane while growth says no', async () => {
    const ran: [number, number][] = [];
    await runJobs(SEEDS, 3, fakeWorkers([3], ran), undefined, { lanes: 1, another: () => false });
    expect(new Set(ran.map(([worker]) => worker))).toEqual(new Set([0]));
  });
});
