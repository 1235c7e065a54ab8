import { describe, expect, it } from 'vitest';
import { STABLE_SHAPE_FIELDS, stableShape } from '../sim/engine/stableShape.js';

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

  it('takes records up to its limit and refuses wider ones, which belong in a class', () => {
    const record = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`f${k}`, k]));
    expect(Object.keys(stableShape(record(STABLE_SHAPE_FIELDS)))).toHaveLength(STABLE_SHAPE_FIELDS);
    expect(() => stableShape(record(STABLE_SHAPE_FIELDS + 1))).toThrow(/more than 16: make the record a class/);
  });
});
