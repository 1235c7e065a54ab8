import { describe, expect, it } from 'vitest';
import { seriesBands } from '../../sim/plan/seriesBands.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

describe('seriesBands', () => {
  it('gives, hour by hour, the mean and the 5th and 95th percentiles (R type 7) over replications', () => {
    const results = fakeReplications(fleetKpis('x'), [
      { values: [0], series: { queued: [0, 10] } },
      { values: [0], series: { queued: [1, 30] } },
      { values: [0], series: { queued: [2, 20] } },
    ]);
    const { hours, epochDate, bands } = seriesBands(results);
    expect([hours, epochDate]).toEqual([2, '2027-01-01']);
    expect(bands).toHaveLength(1);
    const [queued] = bands;
    expect(queued.column).toBe('queued');
    // Hour 0: 0, 1, 2 -> mean 1; p5 at position 0.1 (0.1), p95 at 1.9 (1.9).
    // Hour 1: sorted 10, 20, 30 -> mean 20; p5 11, p95 29.
    expect(Array.from(queued.mean)).toEqual([1, 20]);
    expect(queued.p5[0]).toBeCloseTo(0.1, 12);
    expect(queued.p95[0]).toBeCloseTo(1.9, 12);
    expect(queued.p5[1]).toBeCloseTo(11, 12);
    expect(queued.p95[1]).toBeCloseTo(29, 12);
  });

  it('gives an hour where every run is alike that value as its mean and both percentiles', () => {
    const results = fakeReplications(fleetKpis('x'), [
      { values: [0], series: { queued: [7.25, 0, 3] } },
      { values: [0], series: { queued: [7.25, 0, 1] } },
      { values: [0], series: { queued: [7.25, 0, 2] } },
      { values: [0], series: { queued: [7.25, 0, 4] } },
    ]);
    const [queued] = seriesBands(results).bands;
    for (const statistic of [queued.mean, queued.p5, queued.p95]) expect([statistic[0], statistic[1]]).toEqual([7.25, 0]);
    // A spread hour beside them still gets its percentiles: 1, 2, 3, 4 -> p5 at position 0.15 (1.15), p95 at 2.85 (3.85).
    expect(queued.p5[2]).toBeCloseTo(1.15, 12);
    expect(queued.p95[2]).toBeCloseTo(3.85, 12);
  });

  it('refuses replications whose series differ (they come from different scenarios)', () => {
    const results = fakeReplications(fleetKpis('x'), [
      { values: [0], series: { queued: [1, 2] } },
      { values: [0], series: { queued: [1, 2, 3] } },
    ]);
    expect(() => seriesBands(results)).toThrow(/different hourly series/);
  });
});
