import { describe, expect, it } from 'vitest';
import { largestGapHour, storageSummary } from '../../viz/charts/storageChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

describe('storageChart', () => {
  it('finds the hour where reported storage falls furthest below actual', () => {
    expect(largestGapHour(viewSeriesFixture())).toBe(50);
  });

  it('gives the largest gap in GB with its share of actual storage, and the final actual storage', () => {
    expect(storageSummary(viewSeriesFixture())).toBe(
      'Storage: reported Total Storage Used falls at most 40 GB (3.8 %) below actual, on 28 February 2027; actual storage ends at 1,119 GB.',
    );
  });

  it('switches to TB for large fleets', () => {
    const v = viewSeriesFixture((v) => {
      v.actualStorageGb = v.actualStorageGb.map((gb) => gb * 200);
      v.reportedStorageGb = v.actualStorageGb.map((gb, h) => (h === 60 ? gb - 12_345 : gb));
    });
    expect(storageSummary(v)).toBe(
      'Storage: reported Total Storage Used falls at most 12.3 TB (5.8 %) below actual, on 28 February 2027; actual storage ends at 223.8 TB.',
    );
  });

  it('says when reported storage never dips', () => {
    const v = viewSeriesFixture((v) => (v.reportedStorageGb = v.actualStorageGb.slice()));
    expect(storageSummary(v)).toBe('Storage: reported Total Storage Used never falls below actual; actual storage ends at 1,119 GB.');
  });
});
