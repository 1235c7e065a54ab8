import { describe, expect, it } from 'vitest';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import { smallScenario } from './support/smallScenario.js';

describe('simulateRelease', () => {
  it('gives the same run for the same scenario and seed', () => {
    const a = simulateRelease(smallScenario());
    const b = simulateRelease(smallScenario());
    expect(b.events).toBe(a.events);
    expect(b.counters).toEqual(a.counters);
    expect(Array.from(b.instances.completedAt)).toEqual(Array.from(a.instances.completedAt));
    expect(Array.from(b.hourly.reportedStorageGb)).toEqual(Array.from(a.hourly.reportedStorageGb));
  });

  it('gives a different run for a different seed', () => {
    const a = simulateRelease(smallScenario());
    const b = simulateRelease(smallScenario(), { seed: 12 });
    expect(b.seed).toBe(12);
    expect(Array.from(b.instances.completedAt)).not.toEqual(Array.from(a.instances.completedAt));
  });

  it('keeps streams independent: changing failure odds leaves the fleet and the wave plan alone', () => {
    const a = simulateRelease(smallScenario());
    const b = simulateRelease(smallScenario((s) => (s.failures = { low: 0.2, medium: 0.2, high: 0.2 })));
    expect(Array.from(b.instances.storageGb)).toEqual(Array.from(a.instances.storageGb));
    expect(Array.from(b.instances.firstScheduledAt)).toEqual(Array.from(a.instances.firstScheduledAt));
    expect(b.counters.failures).toBeGreaterThan(a.counters.failures);
  });

  it('reports progress from 0 to 1, in order', () => {
    const seen: number[] = [];
    simulateRelease(smallScenario(), { onProgress: (d) => seen.push(d) });
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.at(-1)).toBe(1);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1]);
  });
});
