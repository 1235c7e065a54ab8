import { describe, expect, it } from 'vitest';
import { DECIMALS, round } from '../../sim/report/round.js';

describe('round', () => {
  it('keeps the given number of decimals', () => {
    expect(round(2.0833333, DECIMALS.hours)).toBe(2.083);
    expect(round(1000.46, DECIMALS.gb)).toBe(1000.5);
    expect(round(66.6666, DECIMALS.percent)).toBe(66.67);
  });

  it('keeps whole numbers whole', () => {
    expect(round(42, 3)).toBe(42);
  });

  it('turns a tiny negative into 0, not -0', () => {
    expect(Object.is(round(-0.0001, 3), 0)).toBe(true);
  });

  it('gives "" (no value) for NaN and infinities', () => {
    expect(round(NaN, 3)).toBe('');
    expect(round(-Infinity, 3)).toBe('');
  });
});
