import { describe, expect, it } from 'vitest';
import { parseTargets, planCapacity, planVerdict } from '../../sim/plan/index.js';
import { smallScenario } from '../support/smallScenario.js';
import { fakePlanRun } from './support/fakePlanRun.js';

/**
 * A plan on the small scenario (slots NAM 3, EUR 2, IND 1) where a region's
 * on-time share is 80 % + 4 points per slot (so 5 slots reach 100 %) and
 * its share on n about 99 %, whatever the slots.
 */
async function plan(targets: string[], grid = { from: 0.5, to: 6, step: 0.5 }) {
  return planCapacity(
    smallScenario(),
    { kind: 'slots', targets: parseTargets(targets), grid, confidence: 0.95, replications: 3, seed: 1 },
    fakePlanRun(
      (slots, r) => Math.min(100, 80 + 4 * slots) - r * 0.1,
      (_, r) => 99 + r * 0.1,
    ),
  );
}

describe('planVerdict', () => {
  it('names each region\u2019s capacity and factor against today\u2019s, then each region\u2019s and the fleet\u2019s lower bounds with their margins', async () => {
    const verdict = planVerdict(await plan(['on-time>=0.99']));
    expect(verdict.found).toBe(true);
    // 5 slots: NAM 3 × 1.5, EUR 2 × 2.5, IND 1 × 4.5 (4.5 rounds to 5).
    expect(verdict.headline).toBe('Set update slots NAM 5 (×1.5), EUR 5 (×2.5), IND 5 (×4.5); now NAM 3, EUR 2, IND 1.');
    expect(verdict.lines).toHaveLength(4);
    expect(verdict.lines[0]).toMatch(/^NAM 5 \(×1\.5\): on-time share mean 99\.90 %, lower 95 % bound [\d.]+ %: meets 99 % with [\d.]+ points to spare\.$/);
    expect(verdict.lines[3]).toMatch(/^The fleet, every region as above: on-time share mean 99\.90 %/);
    expect(verdict.notes.at(-1)).toMatch(/^Each region was sized on its own targets, all regions together in \d batches of 3 replications.*where trying every level would take 36\.$/);
  });

  it('says where a target stays short at every level and what limits it, and still sizes the other regions', async () => {
    const run = await planCapacity(
      smallScenario(),
      { kind: 'slots', targets: parseTargets(['on-time>=0.99', 'on-n>=0.98']), grid: { from: 0.5, to: 6, step: 0.5 }, confidence: 0.95, replications: 3, seed: 1 },
      fakePlanRun(
        (slots, r) => Math.min(100, 80 + 4 * slots) - r * 0.1,
        (slots, r) => (slots >= 9 ? 95 : 99) + r * 0.1,
      ),
    );
    const verdict = planVerdict(run);
    expect(verdict.found).toBe(false);
    // From 9 slots on, share on n drops to 95 %: NAM's 3 × 6 = 18 and EUR's 2 × 6 = 12 both overshoot at their largest rung; IND's 6 do not.
    expect(verdict.headline).toBe('No level up to ×6 meets every target in NAM and EUR: share on n at window end stays short there. Elsewhere, set update slots IND 5 (×4.5).');
    expect(verdict.lines[0]).toMatch(/^NAM 18 \(×6, the largest level\): .*short of 98 % by [\d.]+ points\.$/);
    expect(verdict.notes[0]).toMatch(/^Something other than update slots limits it/);
  });
});
