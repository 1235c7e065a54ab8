import { describe, expect, it } from 'vitest';
import { kpiDescriptions } from '../../sim/plan/kpiDescriptions.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

describe('kpiDescriptions', () => {
  const kpis = fleetKpis('fallbacks', 'days_to_99_percent_on_n:days');
  // fallbacks 3, 7, 4, 6, 5: mean 5, sd √2.5; days to 99 % reached in two runs only.
  const results = fakeReplications(kpis, [
    { values: [3, 10] },
    { values: [7, NaN] },
    { values: [4, 12] },
    { values: [6, NaN] },
    { values: [5, NaN] },
  ]);

  it('gives each KPI its mean, sd, 95 % Student-t interval and percentiles', () => {
    const [fallbacks] = kpiDescriptions(results);
    expect(fallbacks).toMatchObject({ kpi: 'fallbacks', scope: 'fleet', unit: 'count', count: 5, mean: 5 });
    expect(fallbacks.standardDeviation).toBeCloseTo(Math.sqrt(2.5), 12);
    // t(0.975, 4) = 2.776445; half-width 2.776445 · √2.5 / √5 = 1.963243.
    expect(fallbacks.low).toBeCloseTo(5 - 1.963243, 5);
    expect(fallbacks.high).toBeCloseTo(5 + 1.963243, 5);
    // Sorted 3..7: p5 at position 0.2 (3.2), p50 = 5, p95 at 3.8 (6.8).
    expect(fallbacks.p5).toBeCloseTo(3.2, 12);
    expect(fallbacks.p50).toBe(5);
    expect(fallbacks.p95).toBeCloseTo(6.8, 12);
  });

  it('describes a milestone over the replications that reached it, and counts them', () => {
    const [, days] = kpiDescriptions(results);
    expect(days.count).toBe(2);
    expect(days.mean).toBe(11);
  });

  it('has no statistics but a count of 0 for a KPI no replication has', () => {
    const [none] = kpiDescriptions(fakeReplications(fleetKpis('x'), [{ values: [NaN] }, { values: [NaN] }]));
    expect(none.count).toBe(0);
    expect(none.mean).toBeNaN();
  });

  it('refuses replications that list different KPIs (they come from different scenarios)', () => {
    const mixed = [...fakeReplications(fleetKpis('a'), [{ values: [1] }]), ...fakeReplications(fleetKpis('b'), [{ values: [2] }])];
    expect(() => kpiDescriptions(mixed)).toThrow(/different KPIs/);
  });
});
