import { describe, expect, it } from 'vitest';
import { compareScenarios, replicationSeeds, type ReplicationJob } from '../../sim/plan/index.js';
import { smallScenario } from '../support/smallScenario.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

describe('compareScenarios', () => {
  it('runs every scenario on the same replication seeds in one batch and hands each its own runs, in order', async () => {
    const a = smallScenario((s) => (s.name = 'A'));
    const b = smallScenario((s) => (s.name = 'B'));
    const batches: ReplicationJob[][] = [];
    const compared = await compareScenarios([{ scenario: a, file: 'a.json' }, { scenario: b, file: 'b.json' }], { replications: 3, seed: 9 }, async (jobs) => {
      batches.push([...jobs]);
      return fakeReplications(fleetKpis('x'), jobs.map((job) => ({ seed: job.seed, values: [job.scenario.name === 'A' ? 1 : 2] })));
    });
    expect(batches).toHaveLength(1);
    const seeds = replicationSeeds(9, 3);
    expect(compared.map((c) => [c.name, c.file, c.results.map((r) => r.seed), c.results.map((r) => r.kpiValues[0])])).toEqual([
      ['A', 'a.json', seeds, [1, 1, 1]],
      ['B', 'b.json', seeds, [2, 2, 2]],
    ]);
  });
});
