import { describe, expect, it } from 'vitest';
import { capacityLevels, parseTargets, planCapacity, planRunCount, replicationSeeds, type ReplicationJob } from '../../sim/plan/index.js';
import { smallScenario } from '../support/smallScenario.js';
import { fakePlanRun } from './support/fakePlanRun.js';

/** A region's on-time share in a fake run: 90 % plus 2 points per update slot, at most 100 %, less a little noise by replication. */
const regionOnTime = (slots: number, r: number) => Math.min(100, 90 + 2 * slots) - (r % 3) * 0.1;

/** Runs on `regionOnTime`, share on n fixed, recording the batches in `batches`. */
const fakeRun = (batches: ReplicationJob[][]) => fakePlanRun(regionOnTime, () => 99, batches);

describe('planCapacity', () => {
  // Slots 3, 2, 1: every region needs 5 slots for its on-time share to reach 100 % less the noise, so each its own factor.
  const scenario = smallScenario();
  const request = { kind: 'slots' as const, targets: parseTargets(['on-time>=0.99']), grid: { from: 0.5, to: 6, step: 0.25 }, confidence: 0.95, replications: 4, seed: 5 };

  it('recommends for each region the smallest rung of its ladder whose figures meet the target, as trying each rung would', async () => {
    const plan = await planCapacity(scenario, request, fakeRun([]));
    const ladders = capacityLevels(scenario, 'slots', request.grid);
    expect(plan.recommended.map((rung, r) => ladders[r][rung!].capacity)).toEqual([5, 5, 5]);
    expect(plan.recommended.map((rung, r) => ladders[r][rung! - 1].capacity)).toEqual([4, 4, 4]);
    expect(plan.recommended.map((rung, r) => ladders[r][rung!].level)).toEqual([1.5, 2.25, 4.5]);
    expect(plan).toMatchObject({ kind: 'slots', regions: ['NAM', 'EUR', 'IND'], baseCapacity: [3, 2, 1], replications: 4, confidence: 0.95 });
  });

  it('ends with the fleet\u2019s figures with every region at its recommendation', async () => {
    const plan = await planCapacity(scenario, request, fakeRun([]));
    expect(plan.atRecommendation.regions.map((region) => region.rung)).toEqual(plan.recommended);
    expect(plan.atRecommendation.regions.map((region) => region.level.capacity)).toEqual([5, 5, 5]);
    // Every region at 5 slots: 100 % less 0, 0.1, 0.2, 0 by replication.
    expect(plan.atRecommendation.fleet[0].target.name).toBe('on-time');
    expect(plan.atRecommendation.fleet[0].mean).toBeCloseTo(100 - 0.3 / 4, 10);
    expect(plan.steps).toContain(plan.atRecommendation);
  });

  it('runs every batch on the same replication seeds, within the runs it announced', async () => {
    const batches: ReplicationJob[][] = [];
    const plan = await planCapacity(scenario, request, fakeRun(batches));
    for (const batch of batches) expect(batch.map((job) => job.seed)).toEqual(replicationSeeds(5, 4));
    expect(batches).toHaveLength(plan.steps.length);
    expect(batches.flat().length).toBeLessThanOrEqual(planRunCount(scenario, request));
  });

  it('says which regions no rung of the grid makes meet, holding them at their largest', async () => {
    const plan = await planCapacity(scenario, { ...request, grid: { from: 0.5, to: 2, step: 0.5 } }, fakeRun([]));
    // NAM reaches 5 slots at ×2 (6); EUR at most 4 and IND at most 2 slots.
    expect(plan.recommended[0]).not.toBeNull();
    expect(plan.recommended.slice(1)).toEqual([null, null]);
    expect(plan.atRecommendation.regions.map((region) => region.rung)).toEqual([plan.recommended[0], plan.levels[1].length - 1, plan.levels[2].length - 1]);
    // IND's ladder ends at ×1.5, 2 slots: ×2 rounds to the same.
    expect(plan.atRecommendation.regions[2].level).toEqual({ level: 1.5, capacity: 2 });
  });
});
