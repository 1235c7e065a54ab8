import { describe, expect, it } from 'vitest';
import { backupSummary, totalDemand } from '../../viz/charts/backupChart.js';
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
});
