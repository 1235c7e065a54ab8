import { describe, expect, it } from 'vitest';
import { labelRows, markerRowCount, placeMarkers } from '../../viz/charts/toolkit/markers.js';
import { timeScale } from '../../viz/charts/toolkit/timeScale.js';

describe('markers', () => {
  it('puts a label on the first row where it overlaps no other label', () => {
    expect(labelRows([[0, 50], [100, 150], [140, 200], [145, 160], [300, 320]])).toEqual([0, 0, 1, 2, 0]);
  });

  it('keeps labels apart by the gap', () => {
    expect(labelRows([[0, 50], [53, 80]], 6)).toEqual([0, 1]);
    expect(labelRows([[0, 50], [56, 80]], 6)).toEqual([0, 0]);
  });

  it('drops markers outside the view, runs labels left at the right edge, and stacks markers hours apart', () => {
    const x = timeScale('2027-01-01', [0, 1000], [0, 1000]);
    const placed = placeMarkers(
      [
        { hour: 990, label: 'window closes' },
        { hour: 1200, label: 'later' },
        { hour: 985, label: '99 % on n' },
        { hour: 10, label: 'window opens' },
      ],
      x,
    );
    expect(placed.map((m) => [m.label, m.anchor, m.row])).toEqual([
      ['window opens', 'start', 0],
      ['99 % on n', 'end', 0],
      ['window closes', 'end', 1],
    ]);
    expect(markerRowCount(placed)).toBe(2);
  });
});
