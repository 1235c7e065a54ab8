import { describe, expect, it } from 'vitest';
import type { CapacityPlan, PlanStep, RegionOutcome } from '../../sim/plan/CapacityPlan.js';
import { parseTargets } from '../../sim/plan/parseTarget.js';
import { planColumns, planRows } from '../../sim/plan/planRows.js';

const targets = parseTargets(['on-time>=0.99', 'on-n>=0.98']);

/** Made-up figures: the on-time share's lower bound decides; share on n is met. */
function figures(onTimeLower: number) {
  const onTime = { target: targets[0], count: 4, mean: onTimeLower + 0.5, lowerBound: onTimeLower, ci95Low: onTimeLower + 0.1, ci95High: onTimeLower + 0.9, meets: onTimeLower >= 99 };
  const onN = { target: targets[1], count: 4, mean: 98.75, lowerBound: 98.5, ci95Low: 98.55, ci95High: 98.95, meets: true };
  return [onTime, onN];
}

/** Region at `rung` of its ladder ([×1, ×1.2, ×2] of its base) with the on-time lower bound `onTimeLower`. */
function at(base: number, rung: number, onTimeLower: number): RegionOutcome {
  const level = [1, 1.2, 2][rung];
  const evaluations = figures(onTimeLower);
  return { rung, level: { level, capacity: base * level }, targets: evaluations, meets: evaluations.every((t) => t.meets) };
}

function step(regions: RegionOutcome[], fleetOnTimeLower: number): PlanStep {
  return { regions, fleet: figures(fleetOnTimeLower) };
}

/**
 * North (10 slots) searched ×2, ×1.2, ×1 and was met from ×1.2; South-East
 * (5 slots) failed even at ×2 and held there. The search's second batch ran
 * North at ×1.2 and South-East at ×2: the plan as a whole, so no extra check.
 */
function plan(): CapacityPlan {
  const steps = [
    step([at(10, 2, 99.8), at(5, 2, 98.9)], 99.5),
    step([at(10, 1, 99.1), at(5, 2, 98.9)], 99.2),
    step([at(10, 0, 98.2), at(5, 2, 98.9)], 98.4),
  ];
  return {
    kind: 'slots',
    regions: ['North', 'South-East'],
    baseCapacity: [10, 5],
    targets,
    replications: 4,
    confidence: 0.95,
    levels: [10, 5].map((base) => [1, 1.2, 2].map((level) => ({ level, capacity: base * level }))),
    steps,
    searchSteps: 3,
    recommended: [1, null],
    atRecommendation: steps[1],
  };
}

describe('planRows', () => {
  it('names the capacity (slots or backup GB/h) and six columns per target', () => {
    expect(planColumns(plan())).toEqual([
      'status',
      'region',
      'level',
      'slots',
      'step',
      'replications',
      'confidence',
      ...['on_time', 'on_n'].flatMap((t) => ['target', 'mean', 'lower_bound', 'ci95_low', 'ci95_high', 'meets'].map((f) => `${t}_${f}`)),
      'meets_all',
    ]);
    expect(planColumns({ ...plan(), kind: 'backup' })).toContain('backup_gb_per_hour');
  });

  it('gives each region its evaluated levels once each, ascending, with the first batch that ran them; then each region\u2019s answer; then the fleet', () => {
    const rows = planRows(plan());
    expect(rows.map((r) => [r.status, r.region, r.level, r.slots, r.step, r.meets_all])).toEqual([
      ['evaluated', 'North', 1, 10, 3, 0],
      ['evaluated', 'North', 1.2, 12, 2, 1],
      ['evaluated', 'North', 2, 20, 1, 1],
      ['evaluated', 'South-East', 2, 10, 1, 0],
      ['recommended', 'North', 1.2, 12, 2, 1],
      ['no_level_meets_targets', 'South-East', 2, 10, 1, 0],
      ['fleet_at_recommendation', 'fleet', '', 22, 2, 1],
    ]);
    expect(rows[4]).toMatchObject({ on_time_target: 99, on_time_mean: 99.6, on_time_lower_bound: 99.1, on_time_meets: 1, on_n_target: 98, on_n_meets: 1, replications: 4, confidence: 0.95 });
    expect(rows.at(-1)).toMatchObject({ on_time_mean: 99.7, on_time_lower_bound: 99.2 });
  });
});
