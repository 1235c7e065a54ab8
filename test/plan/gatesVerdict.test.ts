import { describe, expect, it } from 'vitest';
import { gatesVerdict } from '../../sim/plan/index.js';

const row = (threshold: number | 'none', exposure: number, meets: 0 | 1 | '') => ({ threshold, exposure_mean: exposure, false_halt_days_mean: 0, meets_targets: meets });

describe('gatesVerdict', () => {
  it('rule: no targets, no verdict (each caller says how to set them)', () => {
    expect(gatesVerdict([row('none', 900, ''), row(4, 100, '')], 20)).toBeNull();
  });

  it('rule: the least exposure among the thresholds meeting the targets is recommended, in the terminal\u2019s words', () => {
    expect(gatesVerdict([row('none', 900, 0), row(4, 300, 1), row(5, 200, 1), row(6, 150, 0)], 20)).toBe(
      'Recommended: halt at 5 failures of the last 20 (the least exposure among the thresholds that meet the targets).',
    );
  });

  it('rule: none meeting the targets says so', () => {
    expect(gatesVerdict([row('none', 900, 0), row(4, 300, 0)], 12)).toBe('No threshold meets the targets: widen them, or change the window or the investigation time.');
  });
});
