import { describe, expect, it } from 'vitest';
import { DOUBLE_ZERO } from '../sim/engine/doubleZero.js';

describe('DOUBLE_ZERO', () => {
  it('is +0 (not -0, which would print as "-0") and adds like 0', () => {
    expect(Object.is(DOUBLE_ZERO, 0)).toBe(true);
    expect(DOUBLE_ZERO + 0.25).toBe(0.25);
    expect(DOUBLE_ZERO - 0.25 + 0.25).toBe(0);
  });
});
