import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../sim/plan/evaluateTargets.js';
import { parseTargets } from '../../sim/plan/parseTarget.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

describe('evaluateTargets', () => {
  const kpis = fleetKpis('share_on_n_at_window_end:%', 'on_time_share:%');
  // Target KPIs are shares, so their bounds are on the logit scale (shareInterval), worked out in Python:
  // on time 99.1, 99.3, 99.5: mean 99.3, s 0.2; t(0.95, 2) = 2.919986 ->
  // lower bound logistic(logit(0.993) − 2.919986 · 0.002/√3 / (0.993 · 0.007)) = 98.86795
  // (the plain t bound 99.3 − 2.919986 · 0.2 / √3 = 98.96283 would be optimistic near 100).
  // on n 98.4, 98.6, 98.8: mean 98.6, lower bound 98.21956.
  const results = fakeReplications(kpis, [{ values: [98.4, 99.1] }, { values: [98.6, 99.3] }, { values: [98.8, 99.5] }]);

  it('meets a target only when the lower confidence bound reaches it, not the mean', () => {
    const [onTime] = evaluateTargets(results, parseTargets(['on-time>=0.99']), 0.95);
    expect(onTime.mean).toBeCloseTo(99.3, 12);
    expect(onTime.lowerBound).toBeCloseTo(98.86795, 4);
    expect(onTime.meets).toBe(false);
    const [lower] = evaluateTargets(results, parseTargets(['on-time>=98.8%']), 0.95);
    expect(lower.meets).toBe(true);
  });

  it('gives each target its count, mean, lower bound and two-sided 95 % interval, in the order given', () => {
    const evaluations = evaluateTargets(results, parseTargets(['on-n>=0.98', 'on-time>=0.99']), 0.95);
    expect(evaluations.map((e) => e.target.name)).toEqual(['on-n', 'on-time']);
    const [onN] = evaluations;
    expect(onN.count).toBe(3);
    expect(onN.lowerBound).toBeCloseTo(98.21956, 4);
    // t(0.975, 2) = 4.302653 on the logit scale -> 98.005604, 99.019020 (longer below the mean than above).
    expect(onN.ci95Low).toBeCloseTo(98.005604, 5);
    expect(onN.ci95High).toBeCloseTo(99.01902, 5);
    expect(onN.meets).toBe(true);
  });

  it('is stricter at a higher confidence', () => {
    const at = (c: number) => evaluateTargets(results, parseTargets(['on-n>=0.98']), c)[0].lowerBound;
    expect(at(0.99)).toBeLessThan(at(0.95));
  });

  it('evaluates the KPI of the scope it is given: a region\u2019s own on-time share', () => {
    const scoped = fakeReplications(
      [...fleetKpis('on_time_share:%'), { kpi: 'on_time_share', scope: 'EUR', unit: '%' }],
      [{ values: [99.5, 90] }, { values: [99.5, 92] }],
    );
    expect(evaluateTargets(scoped, parseTargets(['on-time>=0.99']), 0.95)[0].mean).toBe(99.5);
    const [eur] = evaluateTargets(scoped, parseTargets(['on-time>=0.99']), 0.95, 'EUR');
    expect(eur.mean).toBe(91);
    expect(eur.meets).toBe(false);
    expect(() => evaluateTargets(scoped, parseTargets(['on-time>=0.99']), 0.95, 'APJ')).toThrow(/no KPI on_time_share for APJ/);
  });

  it('counts a target as met when no replication has a value: no update to be late', () => {
    const empty = fakeReplications(fleetKpis('on_time_share:%'), [{ values: [NaN] }, { values: [NaN] }]);
    const [onTime] = evaluateTargets(empty, parseTargets(['on-time>=0.99']), 0.95);
    expect(onTime.count).toBe(0);
    expect(onTime.meets).toBe(true);
  });
});
