import { describe, expect, it } from 'vitest';
import { capacityLevels, parseTargets, planCapacity, planRunCount, replicationSeeds, type ReplicationJob, type RunReplications } from '../../sim/plan/index.js';
import { smallScenario } from '../support/smallScenario.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

/** The on-time share a fake run gives: 80 % plus 3 points per update slot in the fleet, at most 100 %, a little noise by replication. */
function onTime(job: ReplicationJob, r: number): number {
  const slots = job.scenario.regions.reduce((a, region) => a + region.updateSlots, 0);
  return Math.min(100, 80 + 3 * slots) - (r % 3) * 0.1;
}

/** A RunReplications that answers from `onTime` and records every batch it was given. */
function fakeRun(batches: ReplicationJob[][]): RunReplications {
  return async (jobs) => {
    batches.push([...jobs]);
    return fakeReplications(
      fleetKpis('on_time_share:%'),
      jobs.map((job, r) => ({ seed: job.seed, values: [onTime(job, r)] })),
    );
  };
}

describe('planCapacity', () => {
  const scenario = smallScenario();
  const request = { kind: 'slots' as const, targets: parseTargets(['on-time>=0.99']), grid: { from: 0.5, to: 3, step: 0.25 }, confidence: 0.95, replications: 4, seed: 5 };

  it('recommends the smallest level of the grid whose every replication meets the target, as trying each level would', async () => {
    const plan = await planCapacity(scenario, request, fakeRun([]));
    const levels = capacityLevels(scenario, 'slots', request.grid);
    const firstMeeting = levels.findIndex((level) => 80 + 3 * level.capacity.reduce((a, b) => a + b, 0) - 0.2 >= 99);
    expect(plan.search.recommended).toBe(firstMeeting);
    expect(plan).toMatchObject({ kind: 'slots', regions: ['NAM', 'EUR', 'IND'], baseCapacity: [3, 2, 1], replications: 4, confidence: 0.95 });
  });

  it('runs every level it evaluates on the same replication seeds, within the runs it announced', async () => {
    const batches: ReplicationJob[][] = [];
    await planCapacity(scenario, request, fakeRun(batches));
    for (const batch of batches) expect(batch.map((job) => job.seed)).toEqual(replicationSeeds(5, 4));
    expect(batches.flat().length).toBeLessThanOrEqual(planRunCount(scenario, request));
  });
});
