import { describe, expect, it } from 'vitest';
import { capacityLevels, DEFAULT_LEVEL_GRID, regionCapacity } from '../../sim/plan/capacityLevels.js';
import { smallScenario } from '../support/smallScenario.js';

// Slots 3, 2, 1; backup 600, 400, 150 GB/h.
const base = smallScenario();

describe('capacityLevels', () => {
  it("reads each region's capacity", () => {
    expect(regionCapacity(base, 'slots')).toEqual([3, 2, 1]);
    expect(regionCapacity(base, 'backup')).toEqual([600, 400, 150]);
  });

  it('lists the grid ascending, each level with its capacity per region', () => {
    expect(capacityLevels(base, 'backup', { from: 0.5, to: 1, step: 0.25 })).toEqual([
      { level: 0.5, capacity: [300, 200, 75] },
      { level: 0.75, capacity: [450, 300, 112.5] },
      { level: 1, capacity: [600, 400, 150] },
    ]);
  });

  it('drops levels that round to the same slots as a smaller level: they would run the same scenario', () => {
    const levels = capacityLevels(base, 'slots', { from: 1, to: 2, step: 0.1 });
    // ×1.1 rounds to 3/2/1 like ×1, ×1.4 to 4/3/1 like ×1.3, ×1.6 and ×1.7 to 5/3/2 like ×1.5, ×2 to 6/4/2 like ×1.9.
    expect(levels).toEqual([
      { level: 1, capacity: [3, 2, 1] },
      { level: 1.2, capacity: [4, 2, 1] },
      { level: 1.3, capacity: [4, 3, 1] },
      { level: 1.5, capacity: [5, 3, 2] },
      { level: 1.8, capacity: [5, 4, 2] },
      { level: 1.9, capacity: [6, 4, 2] },
    ]);
  });

  it('lands exactly on ×1 and on the end of the default grid (×0.25 to ×3 by 0.05)', () => {
    const levels = capacityLevels(base, 'backup', DEFAULT_LEVEL_GRID).map((l) => l.level);
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
