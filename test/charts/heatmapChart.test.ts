import { describe, expect, it } from 'vitest';
import { heatmapColor, heatmapColorDomain, heatmapDomain, heatmapSummary } from '../../viz/charts/heatmapChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

describe('heatmapChart', () => {
  it('colours from zero to the most starts in any cell', () => {
    expect(heatmapColorDomain(new Float64Array([0, 3, 66, 12]))).toEqual([0, 66]);
  });

  it('keeps a colour scale for a map with no starts', () => {
    expect(heatmapColorDomain(new Float64Array(48))).toEqual([0, 1]);
    expect(heatmapColorDomain([])).toEqual([0, 1]);
  });

  it('gives the fewest starts a colour that still shows, the most the darkest', () => {
    const color = heatmapColor([0, 10]);
    expect(color(0)).not.toBe('rgb(255, 255, 255)');
    expect(color(10)).not.toBe(color(1));
  });

  it('spans the days on which updates started, or the window when none did', () => {
    expect(heatmapDomain(viewSeriesFixture())).toEqual([24, 72]);
    const none = viewSeriesFixture((v) => (v.heatmap = { firstDay: 1, days: 0, starts: new Float64Array(0) }));
    expect(heatmapDomain(none)).toEqual([24, 96]);
  });

  it('summarises starts, the busiest hour of day and the busiest single hour', () => {
    expect(heatmapSummary(viewSeriesFixture())).toBe(
      'Update starts: 6 over 2 days from 27 February 2027; busiest hour 02:00 UTC with 2 starts in all; at most 2 in one hour, on 27 February 2027.',
    );
  });
});
