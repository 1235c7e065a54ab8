import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Cancelled } from '../../../sim/cli/Cancelled.js';
import { ReplicationPool } from '../../../sim/cli/ReplicationPool.js';
import { replicationSeed } from '../../../sim/plan/replicationSeed.js';
import { runReplication } from '../../../sim/plan/runReplication.js';
import { parseScenario } from '../../../sim/scenario/parseScenario.js';
import type { Scenario } from '../../../sim/scenario/scenarioSchema.js';

const tiny = parseScenario(readFileSync(new URL('../../fixtures/tiny.json', import.meta.url), 'utf8'));
const jobs = (count: number, scenario: Scenario = tiny) => Array.from({ length: count }, (_, r) => ({ scenario, seed: replicationSeed(tiny.seed, r) }));

const pools: ReplicationPool[] = [];
function pool(size: number): ReplicationPool {
  const p = new ReplicationPool(size);
  pools.push(p);
  return p;
}

/** One pool for the tests that leave it working: starting workers is most of their cost. */
const shared = new ReplicationPool(2);

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

afterAll(() => shared.close());

describe('ReplicationPool', () => {
  it('gives the results in job order, the same figures as running them here', async () => {
    const batch = jobs(5);
    const results = await shared.run(batch);
    expect(results).toEqual(batch.map((job) => runReplication(job.scenario, job.seed)));
  });

  it('reports progress as runs done, never going back, ending at the number of jobs', async () => {
    const seen: number[] = [];
    await shared.run(jobs(4), (done) => seen.push(done));
    expect(seen.at(-1)).toBe(4);
    // Progress of running jobs counts in fractions; a job's end can only add to it.
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1] - 1e-9);
  });

  it('runs batch after batch on the same workers', async () => {
    const first = await shared.run(jobs(2));
    const second = await shared.run(jobs(3));
    expect(second.slice(0, 2)).toEqual(first);
  });

  it('fails the batch with the stack of a replication that threw in a worker, and refuses later batches', async () => {
    const p = pool(2);
    const broken = { ...tiny, regions: undefined } as unknown as Scenario;
    await expect(p.run([...jobs(2), ...jobs(1, broken)])).rejects.toThrow(/a replication failed in a worker:\n.*Error/);
    await expect(p.run(jobs(1))).rejects.toThrow();
  });

  it('rejects the running batch with Cancelled when cancelled', async () => {
    const p = pool(2);
    const running = p.run(jobs(50));
    p.cancel();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
  });

  it('a growing pool keeps short runs on one worker when the work left would not pay for another', async () => {
    const p = new ReplicationPool(2, { grow: true, growMarginMs: Infinity, freeCores: () => 2 });
    pools.push(p);
    expect(await p.run(jobs(6))).toEqual(await shared.run(jobs(6)));
    expect(p.started).toBe(1);
  });

  it('a growing pool starts another worker once timed jobs show that it will pay, and gives the same results', async () => {
    const p = new ReplicationPool(2, { grow: true, growMarginMs: -Infinity, freeCores: () => 2 });
    pools.push(p);
    expect(await p.run(jobs(10))).toEqual(await shared.run(jobs(10)));
    expect(p.started).toBe(2);
  });

  it('a growing pool counts the jobs of later batches as work another worker would share', async () => {
    const p = new ReplicationPool(2, { grow: true, growMarginMs: 0, freeCores: () => 2 });
    pools.push(p);
    await p.run(jobs(8), undefined, 1e9);
    expect(p.started).toBe(2);
  });

  it('a growing pool starts no worker beyond the cores other programs leave idle, however much the work would pay', async () => {
    const p = new ReplicationPool(2, { grow: true, growMarginMs: -Infinity, freeCores: () => 1 });
    pools.push(p);
    expect(await p.run(jobs(10))).toEqual(await shared.run(jobs(10)));
    expect(p.started).toBe(1);
  });

  it('a fixed pool starts as many workers as the batch can use, at once', async () => {
    const p = pool(3);
    await p.run(jobs(2));
    expect(p.started).toBe(2);
  });

  it('needs at least one worker', () => {
    expect(() => new ReplicationPool(0)).toThrow(RangeError);
  });
});
