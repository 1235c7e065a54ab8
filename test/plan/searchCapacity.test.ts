import { describe, expect, it } from 'vitest';
import { capacityLevels, withCapacity } from '../../sim/plan/capacityLevels.js';
import { evaluateTargets } from '../../sim/plan/evaluateTargets.js';
import { parseTargets } from '../../sim/plan/parseTarget.js';
import { planCapacity } from '../../sim/plan/planCapacity.js';
import { replicationSeeds } from '../../sim/plan/replicationSeeds.js';
import { runReplication } from '../../sim/plan/runReplication.js';
import type { RunReplications } from '../../sim/plan/RunReplications.js';
import { regionCapacity } from '../../sim/plan/capacityLevels.js';
import { maxEvaluations, searchCapacity } from '../../sim/plan/searchCapacity.js';
import { smallScenario } from '../support/smallScenario.js';

/** Regions whose rungs from `first[r]` on meet; records every batch's rungs. */
function thresholds(first: readonly number[]) {
  const calls: number[][] = [];
  const evaluate = async (rungs: number[]) => {
    calls.push(rungs);
    return rungs.map((rung, r) => rung >= first[r]);
  };
  return { calls, evaluate };
}

describe('searchCapacity, on monotone verdicts', () => {
  it('finds each region\u2019s smallest rung that meets, wherever it is, in at most 1 + ⌈log2 n⌉ batches for the longest ladder', async () => {
    for (const counts of [[1], [5], [40], [56, 34, 12, 1], [7, 8, 9]]) {
      // Every region's answer anywhere on its ladder, or none, in a few combinations.
      for (let shift = 0; shift <= 41; shift++) {
        const first = counts.map((count, r) => (shift + 7 * r) % (count + 1));
        const { calls, evaluate } = thresholds(first);
        const search = await searchCapacity(counts, evaluate);
        expect(search.recommended, `${first} of ${counts}`).toEqual(first.map((f, r) => (f < counts[r] ? f : null)));
        expect(calls.length).toBeLessThanOrEqual(maxEvaluations(counts));
        expect(search.steps).toEqual(calls);
        // A region visits each rung once, but for the answer (or largest rung) it holds while the others search.
        counts.forEach((count, r) => {
          const hold = first[r] < count ? first[r] : count - 1;
          const others = calls.map((rungs) => rungs[r]).filter((rung) => rung !== hold);
          expect(new Set(others).size).toBe(others.length);
          expect(others.length + 1).toBeLessThanOrEqual(maxEvaluations([count]));
        });
      }
    }
  });

  it('tries every region\u2019s largest rung first and stops when none meets there', async () => {
    const { calls, evaluate } = thresholds([Infinity, Infinity]);
    expect(await searchCapacity([56, 20], evaluate)).toEqual({ steps: [[55, 19]], recommended: [null, null] });
    expect(calls).toEqual([[55, 19]]);
  });

  it('checks the rung below each answer, which fails', async () => {
    const first = [20, 3];
    const { calls, evaluate } = thresholds(first);
    const { recommended } = await searchCapacity([56, 9], evaluate);
    recommended.forEach((rung, r) => {
      expect(calls.some((rungs) => rungs[r] === rung)).toBe(true);
      expect(calls.some((rungs) => rungs[r] === rung! - 1)).toBe(true);
    });
  });

  it('evaluates nothing when there are no rungs', async () => {
    expect(await searchCapacity([], thresholds([]).evaluate)).toEqual({ steps: [], recommended: [] });
    expect(await searchCapacity([0, 3], thresholds([0, 0]).evaluate)).toEqual({ steps: [], recommended: [null, null] });
    expect(maxEvaluations([])).toBe(0);
  });
});

describe('the capacity plan, on the release model', () => {
  it('recommends for each region the slots an exhaustive sweep of that region finds, with fewer simulation runs', async () => {
    // 200 tenants and no incidents keep a run to a few tens of milliseconds.
    const scenario = smallScenario((s) => {
      s.fleet!.tenants = 200;
      s.incidents = { scheduled: [] };
    });
    const targets = parseTargets(['on-time>=0.98', 'on-n>=0.9']);
    const replications = 4;
    const grid = { from: 0.5, to: 4, step: 0.25 };
    const ladders = capacityLevels(scenario, 'slots', grid);
    const seeds = replicationSeeds(scenario.seed, replications);
    let runs = 0;
    const run: RunReplications = async (jobs) =>
      jobs.map((job) => {
        runs++;
        return runReplication(job.scenario, job.seed);
      });

    // The sweep: one region at a time through every rung of its ladder, the others at their own capacity, judged on that region's KPIs.
    const base = regionCapacity(scenario, 'slots');
    const smallestBySweep: (number | null)[] = [];
    for (const [r, ladder] of ladders.entries()) {
      let smallest: number | null = null;
      for (let rung = ladder.length - 1; rung >= 0; rung--) {
        const capacity = base.map((c, q) => (q === r ? ladder[rung].capacity : c));
        const results = await run(seeds.map((seed) => ({ scenario: withCapacity(scenario, 'slots', capacity), seed })));
        if (evaluateTargets(results, targets, 0.95, scenario.regions[r].name).every((t) => t.meets)) smallest = rung;
        else if (smallest !== null) break;
      }
      smallestBySweep.push(smallest);
    }
    const sweepRuns = runs;

    runs = 0;
    const plan = await planCapacity(scenario, { kind: 'slots', targets, grid, confidence: 0.95, replications, seed: scenario.seed }, run);
    // Some region's answer must lie inside its ladder, above its smallest rung, or this test checks little.
    expect(smallestBySweep.some((rung) => rung !== null && rung > 0)).toBe(true);
    expect(plan.recommended).toEqual(smallestBySweep);
    expect(runs).toBe(plan.steps.length * replications);
    expect(runs).toBeLessThanOrEqual((maxEvaluations(ladders.map((l) => l.length)) + 1) * replications);
    expect(runs).toBeLessThan(sweepRuns / 2);
  });
});
