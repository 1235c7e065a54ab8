import { describe, expect, it } from 'vitest';
import { sizeUnit } from '../../sim/report/sizeUnit.js';

describe('sizeUnit', () => {
  it('shows sizes in GB below 10,000 GB and in decimal TB from there', () => {
    expect(sizeUnit(0)).toEqual({ unit: 'GB', divisor: 1 });
    expect(sizeUnit(9_999.9)).toEqual({ unit: 'GB', divisor: 1 });
    expect(sizeUnit(10_000)).toEqual({ unit: 'TB', divisor: 1000 });
    expect(sizeUnit(199_354)).toEqual({ unit: 'TB', divisor: 1000 });
  });
});
