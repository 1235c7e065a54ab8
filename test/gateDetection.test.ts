/**
 * Health gates against theory. Failures are Bernoulli with known odds, and
 * the gate halts when at least k of the last n finished updates failed; a
 * Markov chain over the window's outcomes (test/support/windowGateChain.ts)
 * gives the chance that a gate halts within M updates with no defect, and
 * the mean number of updates until it catches a known defect. The
 * replications' 95 % intervals must hold those values, and not those of a
 * gate one failure stricter (a wrong truth they must reject).
 */
import { describe, expect, it } from 'vitest';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import { confidenceInterval } from '../sim/metrics/confidenceInterval.js';
import { scenarioSchema, type Scenario } from '../sim/scenario/scenarioSchema.js';
import { smallScenarioInput } from './support/smallScenario.js';
import { haltWithin, meanOutcomesToHalt } from './support/windowGateChain.js';

const N = 10;
const K = 3;
const P = 0.05;
const FACTOR = 6;
const M = 300;
const REPLICATIONS = 150;

/** One region with room to spare, every instance one mandatory update, failure odds P, a k-of-n failure gate. */
function gateScenario(defect: boolean): Scenario {
  const s = smallScenarioInput();
  s.regions = [{ name: 'R', utcOffsetHours: 0, updateSlots: 30, backupThroughputGbPerHour: 100_000 }];
  s.fleet = { ...s.fleet!, tenants: 420, sandboxesPerTenant: [1], versions: { n: 0, 'n-1': 0, 'n-2': 1 }, onPremises: undefined };
  s.waves = [{ name: 'all', start: '2027-04-01', end: '2027-06-20', share: 1 }];
  s.failures = { low: P, medium: P, high: P, retryAfterDays: 3 };
  s.incidents = { scheduled: [], random: {} };
  s.gates = { failures: { lastUpdates: N, atLeast: K } };
  if (defect) s.defect = { factor: FACTOR };
  return scenarioSchema.parse(s);
}

/** Finished updates until the first halt, per replication; Infinity when there was none. */
function updatesToFirstHalt(scenario: Scenario): number[] {
  return Array.from({ length: REPLICATIONS }, (_, r) => {
    const result = simulateRelease(scenario, { seed: 1000 + r });
    const finished = result.counters.updatesCompleted + result.counters.failures;
    const halt = result.gates.find((g) => g.decision === 'halt');
    if (!halt) {
      // A run that finished fewer than M updates could not show a late halt.
      expect(finished).toBeGreaterThanOrEqual(M);
      return Infinity;
    }
    return halt.updatesSeen;
  });
}

/** 95 % Wilson interval of a binomial share. */
function wilson(successes: number, trials: number): { low: number; high: number } {
  const z = 1.959964;
  const share = successes / trials;
  const centre = (share + (z * z) / (2 * trials)) / (1 + (z * z) / trials);
  const half = (z / (1 + (z * z) / trials)) * Math.sqrt((share * (1 - share)) / trials + (z * z) / (4 * trials * trials));
  return { low: centre - half, high: centre + half };
}

describe('a k-of-n failure gate', () => {
  it(`halts within ${M} updates with no defect as often as the Markov chain says`, () => {
    const t = updatesToFirstHalt(gateScenario(false));
    const { low, high } = wilson(t.filter((x) => x <= M).length, REPLICATIONS);
    const truth = haltWithin(N, K, P, M);
    expect(truth).toBeGreaterThan(0.3);
    expect(truth).toBeLessThan(0.8);
    expect(low).toBeLessThanOrEqual(truth);
    expect(high).toBeGreaterThanOrEqual(truth);
    // A gate one failure stricter halts far less often: the interval rejects it.
    const wrong = haltWithin(N, K + 1, P, M);
    expect(wrong < low || wrong > high).toBe(true);
  });

  it(`catches a defect of ×${FACTOR} after as many updates on average as the Markov chain says`, () => {
    const t = updatesToFirstHalt(gateScenario(true));
    expect(t.every(Number.isFinite)).toBe(true);
    const interval = confidenceInterval(t);
    const truth = meanOutcomesToHalt(N, K, P * FACTOR);
    expect(interval.low).toBeLessThanOrEqual(truth);
    expect(interval.high).toBeGreaterThanOrEqual(truth);
    const wrong = meanOutcomesToHalt(N, K + 1, P * FACTOR);
    expect(wrong < interval.low || wrong > interval.high).toBe(true);
  });
});
