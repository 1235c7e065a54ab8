import { describe, expect, it } from 'vitest';
import { parseTargets, planCapacity, recommendationTable } from '../../sim/plan/index.js';
import { smallScenario } from '../support/smallScenario.js';
import { fakePlanRun } from './support/fakePlanRun.js';

/** The small scenario (slots NAM 3, EUR 2, IND 1), on-time share 80 % + 4 points per slot (100 % from 5 slots) less 0.1 point per replication. */
function plan(targets: string[], onN = (_slots: number, r: number) => 99 + r * 0.1) {
  return planCapacity(
    smallScenario(),
    { kind: 'slots', targets: parseTargets(targets), grid: { from: 0.5, to: 6, step: 0.5 }, confidence: 0.95, replications: 3, seed: 1 },
    fakePlanRun((slots, r) => Math.min(100, 80 + 4 * slots) - r * 0.1, onN),
  );
}

describe('recommendationTable', () => {
  it('gives one row per region and one for the fleet: slots now, recommended, the lower bound there and its margin in points and words', async () => {
    const table = recommendationTable(await plan(['on-time>=0.99']));
    expect(table.header).toEqual(['region', 'update slots now', 'recommended', 'on-time share: lower 95 % bound', 'margin to its target']);
    // At 5 slots the runs give 100, 99.9 and 99.8 %: mean 99.9 %, sd 0.1 point, se 0.1/√3; on the logit scale
    // logit(0.999) − t(0.95, 2) · se / (p(1 − p)) = 6.90675 − 2.91999 · 0.57793 = 5.21918, logistic 99.4618 %: 0.46 points above 99 %.
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['NAM', '3', '5 (×1.5)', '99.46 %', '+0.46 points: meets 99 %'],
      ['EUR', '2', '5 (×2.5)', '99.46 %', '+0.46 points: meets 99 %'],
      ['IND', '1', '5 (×4.5)', '99.46 %', '+0.46 points: meets 99 %'],
      ['fleet (every region as above)', '6', '15', '99.46 %', '+0.46 points: meets 99 %'],
    ]);
    expect(table.rows[0].margins[0]).toBeCloseTo(0.4618, 3);
    expect(table.rows.every((row) => row.found)).toBe(true);
  });

  it('says "none up to" the largest level where no level meets, with the margin below the target as a negative number of points', async () => {
    // From 9 slots on, share on n is 95 % (+0.1 point a run): NAM (18 at ×6) and EUR (12) overshoot at their largest rung.
    const table = recommendationTable(await plan(['on-n>=0.98'], (slots, r) => (slots >= 9 ? 95 : 99) + r * 0.1));
    const nam = table.rows[0];
    expect(nam.found).toBe(false);
    expect(nam.cells[2]).toBe('none up to 18 (×6)');
    expect(nam.cells[4]).toMatch(/^−[\d.]+ points: short of 98 %$/);
    expect(nam.margins[0]).toBeLessThan(-2.9);
    expect(table.rows.at(-1)!.found).toBe(false);
  });
});
