import { describe, expect, it } from 'vitest';
import { endOfHourBandPath, endOfHourLinePath, stepAreaPath, stepLinePath } from '../../viz/charts/toolkit/paths.js';

const id = (v: number) => v;
const at = (values: number[]) => (h: number) => values[h];

describe('paths', () => {
  it('draws a value held over its hour as steps, one segment per run of equal values', () => {
    expect(stepLinePath(at([1, 1, 3, 3]), 0, 3, (h) => h * 10, id)).toBe('M0,1H20V3H40');
  });

  it('leaves gaps at NaN hours', () => {
    expect(stepLinePath(at([1, NaN, 2]), 0, 2, (h) => h * 10, id)).toBe('M0,1H10M20,2H30');
  });

  it('closes a stepped band along its lower edge', () => {
    expect(stepAreaPath(() => 0, at([2, 5]), 0, 1, (h) => h * 10, id)).toBe('M0,2H10V5H20V0H0Z');
  });

  it('puts end-of-hour values at the end of their hour', () => {
    expect(endOfHourLinePath(at([1, 2, NaN, 4]), 0, 3, (h) => h * 10, id)).toBe('M10,1L20,2M40,4');
    expect(endOfHourBandPath(at([0, 1]), at([2, 3]), 0, 1, (h) => h * 10, id)).toBe('M10,2L20,3L20,1L10,0Z');
  });

  it('draws nothing for an empty range', () => {
    expect(stepAreaPath(() => 0, () => 1, 3, 2, id, id)).toBe('');
    expect(stepLinePath(() => 1, 3, 2, id, id)).toBe('');
  });
});
