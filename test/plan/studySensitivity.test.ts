import { describe, expect, it } from 'vitest';
import { replicationSeeds, sensitivitySettingCount, studySensitivity, variations, type ReplicationJob } from '../../sim/plan/index.js';
import { smallScenario } from '../support/smallScenario.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

describe('studySensitivity', () => {
  it('runs the base, then each input at its low and its high, all on the same seeds, and hands each setting its runs', async () => {
    const scenario = smallScenario();
    const ranges = variations(['slots=0.5:2']).filter((v) => v.input === 'slots' || v.input === 'backup');
    const jobs: ReplicationJob[] = [];
    const study = await studySensitivity(scenario, ranges, { replications: 2, seed: 3 }, async (batch) => {
      jobs.push(...batch);
      return fakeReplications(fleetKpis('slots'), batch.map((job) => ({ seed: job.seed, values: [job.scenario.regions[0].updateSlots] })));
    });
    expect(jobs).toHaveLength(sensitivitySettingCount(ranges.length) * 2);
    const seeds = replicationSeeds(3, 2);
    expect(jobs.map((job) => job.seed)).toEqual(Array(sensitivitySettingCount(ranges.length)).fill(seeds).flat());
    const slotsOf = (runs: { kpiValues: Float64Array }[]) => runs.map((r) => r.kpiValues[0]);
    expect(slotsOf(study.base)).toEqual([3, 3]);
    expect(study.inputs.map((i) => [i.variation.input, slotsOf(i.low), slotsOf(i.high)])).toEqual([
      ['slots', [2, 2], [6, 6]],
      ['backup', [3, 3], [3, 3]],
    ]);
  });
});
