import { describe, expect, it } from 'vitest';
import { backupSummary, busiestHourOfDay, totalDemand } from '../../viz/charts/backupChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

describe('backupChart', () => {
  it('adds the four kinds of demand', () => {
    const v = viewSeriesFixture();
    expect(totalDemand(v, 30)).toBe(150);
    expect(totalDemand(v, 31)).toBe(120);
    expect(totalDemand(v, 0)).toBe(100);
  });

  it('gives the peak hour against capacity and counts only hours over capacity, not at it', () => {
    expect(backupSummary(viewSeriesFixture())).toBe(
      'Backup: peak demand 150 GB/h on 27 February 2027 against 120 GB/h of capacity (125 %); demand exceeds capacity in 1 hour; retained backups hold up to 2,300 GB.',
    );
  });

  it('says when demand stays within capacity', () => {
    const v = viewSeriesFixture((v) => v.backupCapacity.fill(1000));
    expect(backupSummary(v)).toMatch(/\(15 %\); demand never exceeds capacity; /);
  });

  it('draws a day at its busiest hour, within the hours shown', () => {
    // Demand is 100 GB/h everywhere but hour 30 (150) and hour 31 (120): day 1's busiest hour is 30; days 0 and 2 tie, so their first hour.
    const v = viewSeriesFixture();
    const at = busiestHourOfDay(v, 0, 71);
    expect([at(0), at(23), at(24), at(30), at(47), at(48), at(71)]).toEqual([0, 0, 30, 30, 30, 48, 48]);
    // A zoom that starts after hour 31 never reaches back to it.
    const later = busiestHourOfDay(v, 32, 47);
    expect([later(32), later(47)]).toEqual([32, 32]);
  });
});
