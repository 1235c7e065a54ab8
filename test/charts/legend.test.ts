import { describe, expect, it } from 'vitest';
import { legendLayout } from '../../viz/charts/toolkit/legend.js';

describe('legendLayout', () => {
  it('lays items out left to right and wraps when the next one would not fit', () => {
    const wide = legendLayout(['NAM', 'EUR', 'APJ'], 1000);
    expect(wide.map((p) => p.row)).toEqual([0, 0, 0]);
    expect(wide[0].x).toBe(0);
    expect(wide[1].x).toBeGreaterThan(wide[0].x);
    const narrow = legendLayout(['a long region name', 'another long region name', 'x'], 230);
    expect(narrow.map((p) => p.row)).toEqual([0, 1, 1]);
    expect(narrow[1].x).toBe(0);
  });

  it('never wraps before the first item of a row, however narrow', () => {
    expect(legendLayout(['a very long label indeed'], 10)).toEqual([{ x: 0, row: 0 }]);
  });
});
