/**
 * The plain reading of a paired difference: its size with a direction, and
 * "significant", "significant but negligible" or "not significant" by the
 * documented rule (0.5 points for '%' KPIs, 1 % of the first scenario's mean
 * otherwise), checked on both sides of each threshold.
 */
import { describe, expect, it } from 'vitest';
import { differenceReading, NEGLIGIBLE_FRACTION, NEGLIGIBLE_POINTS } from '../../sim/plan/differenceReading.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';

const base = (kpi: string, unit: string, mean: number): ReportRow => ({ kpi, scope: 'fleet', unit, scenario: 'a', file: 'a.json', n: 10, mean });
const other = (kpi: string, unit: string, diff: number, significant: 0 | 1 | ''): ReportRow => ({
  kpi,
  scope: 'fleet',
  unit,
  scenario: 'b',
  file: 'b.json',
  n: 10,
  mean: 0,
  diff_n: 10,
  diff_mean: diff,
  significant,
});
const read = (first: ReportRow, second: ReportRow) => differenceReading([first, second], second);

describe('differenceReading', () => {
  it('reads the issue\u2019s example: a −0.06-point significant share difference is "0.06 points lower: significant but negligible"', () => {
    expect(read(base('on_time_share', '%', 99.75), other('on_time_share', '%', -0.06, 1))).toBe('0.06 points lower: significant but negligible');
  });

  it(`calls a '%' difference negligible below ${NEGLIGIBLE_POINTS} points and not at it`, () => {
    const first = base('share_on_n_at_window_end', '%', 90);
    expect(read(first, other('share_on_n_at_window_end', '%', 0.49, 1))).toBe('0.49 points higher: significant but negligible');
    expect(read(first, other('share_on_n_at_window_end', '%', 0.5, 1))).toBe('0.50 points higher: significant');
  });

  it(`calls another unit\u2019s difference negligible below ${NEGLIGIBLE_FRACTION * 100} % of the first scenario\u2019s mean and not at it`, () => {
    const first = base('days_to_99_percent_on_n', 'days', 60);
    expect(read(first, other('days_to_99_percent_on_n', 'days', -0.59, 1))).toBe('0.59 days lower: significant but negligible');
    expect(read(first, other('days_to_99_percent_on_n', 'days', -0.6, 1))).toBe('0.60 days lower: significant');
  });

  it('says "not significant" whatever the size, "too few pairs to tell" without an interval, and nothing for the first scenario', () => {
    const first = base('peak_queue', 'count', 100);
    expect(read(first, other('peak_queue', 'count', 30, 0))).toBe('30.0 higher: not significant');
    expect(read(first, other('peak_queue', 'count', 30, ''))).toBe('30.0 higher: too few pairs to tell');
    expect(read(first, other('peak_queue', 'count', 0, 0))).toBe('no difference');
    expect(differenceReading([first], first)).toBe('');
  });
});
