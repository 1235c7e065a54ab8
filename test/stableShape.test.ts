import { describe, expect, it } from 'vitest';
import { stableShape } from '../sim/engine/stableShape.js';

describe('stableShape', () => {
  it('copies every own field, in order, into a new object', () => {
    const fields = { n: 3, series: new Float64Array(2), name: 'NAM', nested: { a: 1 } };
    const copy = stableShape(fields);
    expect(copy).not.toBe(fields);
    expect(Object.keys(copy)).toEqual(['n', 'series', 'name', 'nested']);
    expect(copy.series).toBe(fields.series);
    expect(copy.nested).toBe(fields.nested);
    expect(copy).toEqual(fields);
  });
});
