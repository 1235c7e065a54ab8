import { describe, expect, it } from 'vitest';
import { formatInterval, formatStat, NO_VALUE } from '../../sim/plan/formatStat.js';

describe('formatStat', () => {
  it('groups thousands and keeps the decimals of its unit', () => {
    expect(formatStat(10482.24, 'instances')).toBe('10,482.2');
    expect(formatStat(1234567.891, 'count')).toBe('1,234,567.9');
    expect(formatStat(99.755, '%')).toBe('99.76');
    expect(formatStat(0.3584, 'ratio')).toBe('0.358');
    expect(formatStat(91.4, 'days')).toBe('91.40');
  });

  it('writes a tiny negative that rounds to zero as 0, and n/a where there is no value', () => {
    expect(formatStat(-0.001, '%')).toBe('0.00');
    expect(formatStat(-12.5, 'days')).toBe('-12.50');
    expect(formatStat(Number.NaN, '%')).toBe(NO_VALUE);
    expect(formatStat(Number.POSITIVE_INFINITY, 'days')).toBe(NO_VALUE);
  });

  it('writes an interval from its two ends, or n/a when either is missing', () => {
    expect(formatInterval(10400.04, 10560.96, 'instances')).toBe('[10,400.0, 10,561.0]');
    expect(formatInterval(99.1, Number.NaN, '%')).toBe(NO_VALUE);
  });
});
