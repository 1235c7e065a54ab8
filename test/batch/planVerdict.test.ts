import { describe, expect, it } from 'vitest';
import { parseTargets, planCapacity, type ReplicationJob } from '../../sim/plan/index.js';
import { planCurve } from '../../viz/batch/planCurve.js';
import { planVerdict } from '../../viz/batch/planVerdict.js';
import { smallScenario } from '../support/smallScenario.js';
import { fakeReplications, fleetKpis } from '../plan/support/fakeReplication.js';

/** A plan on the small scenario where the on-time share is 80 % + 3 points per slot, and share on n stays at 95 %. */
async function plan(targets: string[]) {
  const slots = (job: ReplicationJob) => job.scenario.regions.reduce((a, r) => a + r.updateSlots, 0);
  return planCapacity(
    smallScenario(),
    { kind: 'slots', targets: parseTargets(targets), grid: { from: 0.5, to: 2, step: 0.5 }, confidence: 0.95, replications: 3, seed: 1 },
    async (jobs) =>
      fakeReplications(
        fleetKpis('on_time_share:%', 'share_on_n_at_window_end:%'),
        jobs.map((job, r) => ({ seed: job.seed, values: [Math.min(100, 80 + 3 * slots(job)) - r * 0.1, 95 + r * 0.1] })),
      ),
  );
}

describe('planVerdict', () => {
  it('names the level, what it gives each region against today, and each target\u2019s lower bound with its margin', async () => {
    const verdict = planVerdict(await plan(['on-time>=0.99']));
    expect(verdict.found).toBe(true);
    expect(verdict.headline).toBe('Set ×1.5: update slots NAM 5, EUR 3, IND 2 (now NAM 3, EUR 2, IND 1).');
    expect(verdict.targets).toEqual([expect.stringMatching(/^on-time share: mean 99\.90 %, lower 95 % bound [\d.]+ %: meets 99 % with [\d.]+ points to spare\.$/)]);
  });

  it('says which target stays short when no level of the grid meets them all', async () => {
    const verdict = planVerdict(await plan(['on-time>=0.99', 'on-n>=0.98']));
    expect(verdict.found).toBe(false);
    expect(verdict.headline).toBe('No level up to ×2 meets every target: share on n at window end stays short.');
    expect(verdict.targets[1]).toMatch(/short of 98 % by [\d.]+ points/);
  });
});

describe('planCurve', () => {
  it('gives each target its evaluated levels ascending, the minimum and the recommended level', async () => {
    const curve = planCurve(await plan(['on-time>=0.99']));
    const [onTime] = curve.targets;
    expect(onTime).toMatchObject({ name: 'on-time', label: 'on-time share', minimumPercent: 99 });
    expect(onTime.points.map((p) => p.level)).toEqual([...onTime.points.map((p) => p.level)].sort((a, b) => a - b));
    expect(onTime.points.find((p) => p.level === 1.5)).toMatchObject({ meets: true });
    expect(curve.recommended).toBe(1.5);
    expect(curve.levelRange).toEqual([0.5, 2]);
  });
});
