import { describe, expect, it } from 'vitest';
import { spanMarkers } from '../../viz/charts/toolkit/spans.js';
import { timeScale } from '../../viz/charts/toolkit/timeScale.js';

describe('span labels', () => {
  it('names the longest spans first, from their start or the zoom\u2019s', () => {
    const x = timeScale('2027-04-01', [100, 500], [0, 400]);
    const markers = spanMarkers(
      [
        { kind: 'maintenance', start: 50, end: 120, label: 'planned maintenance in EUR' },
        { kind: 'incident', start: 200, end: 236, label: 'major incident in NAM' },
        { kind: 'incident', start: 300, end: 304, label: 'unplanned incident in OCE' },
      ],
      x,
    );
    expect(markers).toEqual([
      { hour: 100, label: 'planned maintenance in EUR', kind: 'span' },
      { hour: 200, label: 'major incident in NAM', kind: 'span' },
      { hour: 300, label: 'unplanned incident in OCE', kind: 'span' },
    ]);
  });
});
