import { describe, expect, it } from 'vitest';
import { capacityLevels } from '../../sim/plan/capacityLevels.js';
import { evaluateTargets } from '../../sim/plan/evaluateTargets.js';
import { parseTargets } from '../../sim/plan/parseTarget.js';
import { replicationSeed } from '../../sim/plan/replicationSeed.js';
import { runReplication } from '../../sim/plan/runReplication.js';
import { scaleInput } from '../../sim/plan/scaleInput.js';
import { maxEvaluations, searchCapacity } from '../../sim/plan/searchCapacity.js';
import { smallScenario } from '../support/smallScenario.js';

/** Levels 0 … count − 1 of which those from `first` on meet; counts the evaluations. */
function threshold(first: number) {
  const calls: number[] = [];
  const evaluate = async (index: number) => {
    calls.push(index);
    return { meets: index >= first };
  };
  return { calls, evaluate };
}

describe('searchCapacity, on a monotone verdict', () => {
  it('finds the smallest level that meets, wherever it is, within 1 + ⌈log2 n⌉ evaluations, none twice', async () => {
    for (let count = 1; count <= 40; count++) {
      for (let first = 0; first <= count; first++) {
        const { calls, evaluate } = threshold(first);
        const search = await searchCapacity(count, evaluate);
        expect(search.recommended, `${first} of ${count}`).toBe(first < count ? first : null);
        expect(calls.length).toBeLessThanOrEqual(maxEvaluations(count));
        expect(new Set(calls).size).toBe(calls.length);
      }
    }
  });

  it('tries the largest level first and stops there when it does not meet', async () => {
    const { calls, evaluate } = threshold(Infinity);
    expect(await searchCapacity(56, evaluate)).toEqual({ evaluated: [[55, { meets: false }]], recommended: null });
    expect(calls).toEqual([55]);
  });

  it('lists what it evaluated by ascending level; the level below the answer was evaluated and fails', async () => {
    const { evaluate } = threshold(20);
    const { evaluated, recommended } = await searchCapacity(56, evaluate);
    expect(evaluated.map(([i]) => i)).toEqual([...evaluated.map(([i]) => i)].sort((a, b) => a - b));
    expect(evaluated).toContainEqual([recommended, { meets: true }]);
    expect(evaluated).toContainEqual([recommended! - 1, { meets: false }]);
  });

  it('evaluates nothing when there are no levels', async () => {
    expect(await searchCapacity(0, threshold(0).evaluate)).toEqual({ evaluated: [], recommended: null });
    expect(maxEvaluations(0)).toBe(0);
  });
});

describe('searchCapacity, on the release model', () => {
  it('recommends the same slots as an exhaustive sweep of every level, with fewer simulation runs', async () => {
    // 200 tenants and no incidents keep a run to a few tens of milliseconds.
    const scenario = smallScenario((s) => {
      s.fleet!.tenants = 200;
      s.incidents = { scheduled: [] };
    });
    const targets = parseTargets(['on-time>=0.98', 'on-n>=0.9']);
    const replications = 4;
    const levels = capacityLevels(scenario, 'slots', { from: 0.5, to: 4, step: 0.25 });
    let runs = 0;
    // Common random numbers: the same replication seeds at every level.
    const evaluate = async (index: number) => {
      const leveled = scaleInput(scenario, 'slots', levels[index].level);
      const results = Array.from({ length: replications }, (_, r) => {
        runs++;
        return runReplication(leveled, replicationSeed(scenario.seed, r));
      });
      return { meets: evaluateTargets(results, targets, 0.95).every((t) => t.meets) };
    };

    const sweep: boolean[] = [];
    for (let i = 0; i < levels.length; i++) sweep.push((await evaluate(i)).meets);
    const sweepRuns = runs;
    const smallestBySweep = sweep.indexOf(true);

    runs = 0;
    const search = await searchCapacity(levels.length, evaluate);
    // The sweep must find an answer inside the grid, above its smallest level, or this test checks nothing.
    expect(smallestBySweep).toBeGreaterThan(0);
    expect(search.recommended).toBe(smallestBySweep);
    expect(levels[search.recommended!].capacity).toEqual(levels[smallestBySweep].capacity);
    expect(sweepRuns).toBe(levels.length * replications);
    expect(runs).toBeLessThanOrEqual(maxEvaluations(levels.length) * replications);
    expect(runs).toBeLessThan(sweepRuns / 2);
  });
});
