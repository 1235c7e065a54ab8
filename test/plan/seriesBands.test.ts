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

  it('refuses replications whose series differ (they come from different scenarios)', () => {
    const results = fakeReplications(fleetKpis('x'), [
      { values: [0], series: { queued: [1, 2] } },
      { values: [0], series: { queued: [1, 2, 3] } },
    ]);
    expect(() => seriesBands(results)).toThrow(/different hourly series/);
  });
});
