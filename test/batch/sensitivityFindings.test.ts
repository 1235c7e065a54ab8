import { describe, expect, it } from 'vitest';
import { tornadoes } from '../../viz/batch/sensitivityFindings.js';

const row = (kpi: string, input: string, low: number, high: number, ci: [number, number]) => ({
  kpi,
  unit: '%',
  input,
  low_factor: 0.8,
  high_factor: 1.2,
  base_mean: 97,
  low_mean: low,
  high_mean: high,
  swing: Math.abs(high - low),
  difference_ci95_low: ci[0],
  difference_ci95_high: ci[1],
  not_reached: '' as const,
});

describe('tornadoes', () => {
  it('gives one tornado per KPI, bars in row order, significant when the difference interval excludes 0', () => {
    const found = tornadoes([
      row('on_time_share', 'slots', 94, 99, [4, 6]),
      row('on_time_share', 'backup', 97.1, 96.9, [-0.5, 0.1]),
      row('days_to_99_percent_on_n', 'slots', 95, 90, [-6, -4]),
    ]);
    expect(found.map((t) => [t.kpi, t.base, t.bars.map((b) => [b.input, b.lowMean, b.highMean, b.significant])])).toEqual([
      ['on_time_share', 97, [['slots', 94, 99, true], ['backup', 97.1, 96.9, false]]],
      ['days_to_99_percent_on_n', 97, [['slots', 95, 90, true]]],
    ]);
  });

  it('reads an empty interval (fewer than two pairs) as not told apart from noise', () => {
    const [tornado] = tornadoes([{ ...row('on_time_share', 'slots', 94, 99, [0, 0]), difference_ci95_low: '', difference_ci95_high: '' }]);
    expect(tornado.bars[0].significant).toBe(false);
  });
});
