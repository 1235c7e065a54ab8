import { describe, expect, it } from 'vitest';
import { throughputMarkers, throughputSummary } from '../../viz/charts/throughputChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

describe('throughputChart', () => {
  it('sums every region\'s completed steps and dates each milestone by the day of the hour that reached it', () => {
    expect(throughputSummary(viewSeriesFixture())).toBe(
      'Throughput: 10 update steps completed; 50 % of the fleet on n by 28 February 2027, 90 % by 1 March 2027, 99 % never reached.',
    );
  });

  it('says so when no milestone is reached', () => {
    const v = viewSeriesFixture((v) => v.shareMilestones.forEach((m) => (m.hour = null)));
    expect(throughputSummary(v)).toBe('Throughput: 10 update steps completed; 50 % of the fleet on n never reached, 90 % never reached, 99 % never reached.');
  });

  it('marks the window\u2019s close, n-1\u2019s support end, only the milestones reached, then the window\u2019s opening', () => {
    expect(throughputMarkers(viewSeriesFixture()).map((m) => [m.hour, m.label])).toEqual([
      [96, 'window closes'],
      [48, 'n-1 support ends'],
      [51, '50 % on n'],
      [75, '90 % on n'],
      [24, 'window opens'],
    ]);
  });
});
