import { describe, expect, it } from 'vitest';
import { capacitySummary, meanWaitByBin } from '../../viz/charts/capacityChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

describe('capacityChart', () => {
  it('weights each hour\'s mean wait by the updates started in it when adding hours up into days', () => {
    const daily = meanWaitByBin(viewSeriesFixture(), 24);
    expect(daily[0]).toBeNaN();
    // Day 1: 2 starts waiting 1.5 h and 1 start waiting 0.5 h; day 2: 2 starts waiting 3 h and 1 not waiting.
    expect(daily[1]).toBeCloseTo(3.5 / 3, 12);
    expect(daily[2]).toBeCloseTo(2, 12);
    expect(daily[3]).toBeNaN();
  });

  it('keeps hourly means as they are', () => {
    const v = viewSeriesFixture();
    const hourly = meanWaitByBin(v, 1);
    expect(hourly[30]).toBe(1.5);
    expect(hourly[70]).toBe(0);
    expect(hourly[40]).toBeNaN();
  });

  it('summarises peak slot use per region against its slots, the longest queue and the waits', () => {
    expect(capacitySummary(viewSeriesFixture())).toBe(
      'Capacity: peak slot use North 2 of 2, South & <East> 1 of 1; at most 3 instances queued; mean Queued wait 1.6 hours, 2 hours on the worst day.',
    );
  });

  it('says no update waited when none started', () => {
    const v = viewSeriesFixture((v) => {
      v.heatmap = { firstDay: 1, days: 0, starts: new Float64Array(0) };
      v.meanWaitHours.fill(NaN);
    });
    expect(capacitySummary(v)).toMatch(/; no update waited for a slot\.$/);
  });
});
