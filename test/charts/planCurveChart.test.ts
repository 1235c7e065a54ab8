import { describe, expect, it } from 'vitest';
import type { PlanCurve } from '../../viz/batch/planCurve.js';
import { planCurveSummary, singleLevelReason } from '../../viz/charts/planCurveChart.js';

/** A curve of one target over the given points (capacity, factor, meets). */
function curve(points: [number, number, boolean][], rungs: number, recommended: PlanCurve['recommended']): PlanCurve {
  return {
    region: 'OCE',
    capacityLabel: 'update slots',
    targets: [
      {
        name: 'on-time',
        label: 'on-time share',
        minimumPercent: 99,
        points: points.map(([capacity, level, meets]) => ({ level, capacity, mean: 98, ci95Low: 97, ci95High: 99, lowerBound: 97.5, meets })),
      },
    ],
    recommended,
    base: 12,
    capacityRange: [points[0][0], points.at(-1)![0]],
    rungs,
  };
}

describe('singleLevelReason', () => {
  it('says the search stopped at the largest level when that level already misses a target', () => {
    const single = curve([[36, 3, false]], 56, null);
    expect(singleLevelReason(single)).toBe(
      'One level only: the search tries the largest level first, and there (36, ×3) a target is missed, so no smaller level can meet it and the search stopped.',
    );
    expect(planCurveSummary(single)).toMatch(/no capacity evaluated meets every target.*One level only: the search tries the largest level first/);
  });

  it('says the grid gave the region a single level when every factor rounds to the same slots', () => {
    expect(singleLevelReason(curve([[1, 0.5, true]], 1, { level: 0.5, capacity: 1 }))).toBe(
      'One level only: every factor of the level grid rounds to the same capacity in OCE (update slots: 1), so there was nothing else to try.',
    );
  });

  it('says nothing when the sweep shows more than one level', () => {
    expect(singleLevelReason(curve([[6, 0.5, false], [12, 1, true]], 2, { level: 1, capacity: 12 }))).toBeNull();
  });
});
