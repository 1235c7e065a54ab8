/**
 * Bake time between waves: no update of a wave starts until the previous
 * wave's first updates have run bakeHours without a halt; a halt during the
 * bake starts it again from the resume.
 */
import { describe, expect, it } from 'vitest';
import { randomStream } from '../sim/engine/index.js';
import { buildFleet } from '../sim/model/buildFleet.js';
import { fleetInDayOrder } from '../sim/model/fleetInDayOrder.js';
import { planWaves } from '../sim/model/planWaves.js';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import type { TraceEvent } from '../sim/model/TraceEvent.js';
import type { Scenario } from '../sim/scenario/scenarioSchema.js';
import { smallScenario } from './support/smallScenario.js';

type Stage = Extract<TraceEvent, { type: 'stage' }>;

/** Each instance's wave, from the same seeded streams the model uses, the fleet in the model's order. */
function instanceWaves(scenario: Scenario): Int32Array {
  const generated = buildFleet(scenario, randomStream(scenario.seed, 'fleet'));
  const { fleet, plan } = fleetInDayOrder(generated, planWaves(scenario, generated, randomStream(scenario.seed, 'wavePlan')));
  return Int32Array.from(fleet.instanceTenant, (t) => plan.wave[t]);
}

function run(scenario: Scenario) {
  const stages: Stage[] = [];
  const result = simulateRelease(scenario, { trace: (e) => e.type === 'stage' && stages.push(e) });
  return { result, starts: stages.filter((s) => s.stage === 'Backup'), waves: instanceWaves(scenario) };
}

const BAKE = 96;

describe('bake time between waves', () => {
  it('starts no update of a wave before the previous wave\u2019s first updates have run bakeHours', () => {
    const { result, starts, waves } = run(smallScenario((s) => (s.gates = { bakeHours: BAKE })));
    const firstStart = [0, 1, 2].map((w) => Math.min(...starts.filter((s) => waves[s.instance] === w).map((s) => s.time)));
    for (const w of [1, 2]) expect(firstStart[w]).toBeGreaterThanOrEqual(firstStart[w - 1] + BAKE);
    // Each bake is reported with the wave it held, in gates.csv's terms.
    expect(result.bakes.map((b) => b.wave)).toEqual(['main', 'last']);
    expect(result.bakes[0].to - result.bakes[0].from).toBeCloseTo(BAKE, 9);
    expect(result.bakes[0].from).toBe(firstStart[0]);
  });

  it('holds updates whose window opens during the bake: none starts before its wave is let go', () => {
    const { result, starts, waves } = run(smallScenario((s) => (s.gates = { bakeHours: BAKE })));
    const releasedAt = [0, ...result.bakes.map((b) => b.to)];
    for (const s of starts) expect(s.time, `instance ${s.instance} of wave ${waves[s.instance]}`).toBeGreaterThanOrEqual(releasedAt[waves[s.instance]]);
  });

  it('starts the bake again after a halt that came during it', () => {
    // A failure gate that halts at once (1 of the last 1) while the bad build is out during the first bake.
    const halted = run(
      smallScenario((s) => {
        s.defect = { factor: 20, from: '2027-04-01T00:00Z', fixAt: '2027-04-06T00:00Z' };
        s.gates = { bakeHours: BAKE, failures: { lastUpdates: 1, atLeast: 1 }, scope: 'fleet', investigationHours: { min: 1, mode: 2, max: 3 } };
      }),
    );
    const { bakes, gates } = halted.result;
    const firstHalt = gates.find((g) => g.decision === 'halt')!;
    expect(firstHalt.time).toBeLessThan(bakes[0].from + BAKE);
    const resume = gates.filter((g) => g.decision === 'resume' && g.time <= bakes[0].to).at(-1)!;
    expect(bakes[0].to - resume.time).toBeGreaterThanOrEqual(BAKE - 1e-9);
  });
});
