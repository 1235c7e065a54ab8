import { describe, expect, it } from 'vitest';
import { capacityLevels, DEFAULT_LEVEL_GRID, regionCapacity, withCapacity } from '../../sim/plan/capacityLevels.js';
import { smallScenario } from '../support/smallScenario.js';

// Slots 3, 2, 1; backup 600, 400, 150 GB/h.
const base = smallScenario();

describe('capacityLevels', () => {
  it("reads each region's capacity", () => {
    expect(regionCapacity(base, 'slots')).toEqual([3, 2, 1]);
    expect(regionCapacity(base, 'backup')).toEqual([600, 400, 150]);
  });

  it('gives each region its own ladder: the grid ascending, each level with the region\u2019s capacity', () => {
    expect(capacityLevels(base, 'backup', { from: 0.5, to: 1, step: 0.25 })).toEqual([
      [
        { level: 0.5, capacity: 300 },
        { level: 0.75, capacity: 450 },
        { level: 1, capacity: 600 },
      ],
      [
        { level: 0.5, capacity: 200 },
        { level: 0.75, capacity: 300 },
        { level: 1, capacity: 400 },
      ],
      [
        { level: 0.5, capacity: 75 },
        { level: 0.75, capacity: 112.5 },
        { level: 1, capacity: 150 },
      ],
    ]);
  });

  it('drops from a region\u2019s ladder the levels that round to the same slots as a smaller level: they would run the same region again', () => {
    const [north, east, india] = capacityLevels(base, 'slots', { from: 1, to: 2, step: 0.1 });
    // 3 slots × 1 … 2: 3, 3.3, 3.6, 3.9, 4.2, 4.5, 4.8, 5.1, 5.4, 5.7, 6 round to 3, 3, 4, 4, 4, 5 (4.5 rounds up), 5, 5, 5, 6, 6.
    expect(north).toEqual([
      { level: 1, capacity: 3 },
      { level: 1.2, capacity: 4 },
      { level: 1.5, capacity: 5 },
      { level: 1.9, capacity: 6 },
    ]);
    // 2 × 1 … 2: 2, 2.2, 2.4, 2.6 (3), …, 3.4, 3.6 (4), … 4.
    expect(east.map((l) => l.capacity)).toEqual([2, 3, 4]);
    expect(east.map((l) => l.level)).toEqual([1, 1.3, 1.8]);
    // 1 × 1 … 2: 1 until 1.4, 2 from 1.5.
    expect(india).toEqual([
      { level: 1, capacity: 1 },
      { level: 1.5, capacity: 2 },
    ]);
  });

  it('never goes below one slot', () => {
    expect(capacityLevels(base, 'slots', { from: 0.1, to: 0.2, step: 0.1 })[2]).toEqual([{ level: 0.1, capacity: 1 }]);
  });

  it('sets each region\u2019s capacity in a copy of the scenario', () => {
    const changed = withCapacity(base, 'slots', [7, 8, 9]);
    expect(regionCapacity(changed, 'slots')).toEqual([7, 8, 9]);
    expect(regionCapacity(withCapacity(base, 'backup', [1, 2, 3]), 'backup')).toEqual([1, 2, 3]);
    expect(regionCapacity(base, 'slots')).toEqual([3, 2, 1]);
  });

  it('lands exactly on ×1 and on the end of the default grid (×0.25 to ×3 by 0.05)', () => {
    const levels = capacityLevels(base, 'backup', DEFAULT_LEVEL_GRID)[0].map((l) => l.level);
    expect(levels).toHaveLength(56);
    expect(levels).toContain(1);
    expect(levels[0]).toBe(0.25);
    expect(levels.at(-1)).toBe(3);
  });

  it('rejects a grid that does not go up', () => {
    expect(() => capacityLevels(base, 'slots', { from: 2, to: 1, step: 0.1 })).toThrow(RangeError);
    expect(() => capacityLevels(base, 'slots', { from: 1, to: 2, step: 0 })).toThrow(RangeError);
  });
});
