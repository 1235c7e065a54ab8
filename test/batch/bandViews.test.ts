import { describe, expect, it } from 'vitest';
import { bandSet } from '../../viz/batch/bandSet.js';
import { BAND_VIEWS, bandChartData, COMPARE_VIEWS } from '../../viz/batch/bandViews.js';
import { fakeReplications, fleetKpis } from '../plan/support/fakeReplication.js';

/** Two days of hourly series. */
const series = {
  share_on_n: Array.from({ length: 48 }, (_, h) => h / 48),
  completions: Array(48).fill(1),
  reported_storage_gb: Array(48).fill(1),
  actual_storage_gb: Array(48).fill(2),
};
const set = (name: string, epochDate = '2027-01-01') => ({ ...bandSet(name, fakeReplications(fleetKpis('x'), [{ values: [1], series }])), epochDate });
const view = (id: string) => BAND_VIEWS.find((v) => v.id === id)!;

describe('bandChartData', () => {
  it('labels one batch\u2019s lines by series, each in its own colour', () => {
    const data = bandChartData(view('storage'), [set('A')]);
    expect(data.lines.map((l) => [l.label, l.colorIndex])).toEqual([
      ['reported', 0],
      ['actual', 1],
    ]);
  });

  it('labels a comparison\u2019s lines by scenario, one colour each, shifted onto the first scenario\u2019s calendar', () => {
    const data = bandChartData(view('share_on_n'), [set('A'), set('B', '2027-01-03')]);
    expect(data.lines.map((l) => [l.label, l.colorIndex, l.offsetHours])).toEqual([
      ['A', 0, 0],
      ['B', 1, 48],
    ]);
    expect(data.hours).toEqual([0, 96]);
  });

  it('draws per-day views from the daily bands, over days of 24 hours', () => {
    const data = bandChartData(view('completions'), [set('A')]);
    expect(data.bin).toBe(24);
    expect([...data.lines[0].band.mean]).toEqual([24, 24]);
    expect(data.hours).toEqual([0, 48]);
  });

  it('overlays in a comparison only the views with one series', () => {
    expect(COMPARE_VIEWS.every((v) => v.series.length === 1)).toBe(true);
    expect(COMPARE_VIEWS.map((v) => v.id)).toEqual(['share_on_n', 'completions', 'queued', 'backup']);
  });
});
