import { describe, expect, it } from 'vitest';
import { calendarRules, markerRowCount, MAX_MARKER_ROWS, placeMarkers } from '../../viz/charts/toolkit/markers.js';
import { timeScale } from '../../viz/charts/toolkit/timeScale.js';

describe('markers', () => {
  const x = timeScale('2027-01-01', [0, 1000], [0, 1000]);

  it('drops markers outside the view, runs labels left at the right edge, and stacks markers hours apart', () => {
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
      ['window closes', 'end', 0],
      ['99 % on n', 'end', 1],
      ['window opens', 'start', 0],
    ]);
    expect(markerRowCount(placed)).toBe(2);
  });

  it('gives earlier markers the first rows and leaves out labels with no room in the rows allowed', () => {
    const crowd = Array.from({ length: MAX_MARKER_ROWS + 1 }, (_, i) => ({ hour: 500, label: `moment ${i}` }));
    expect(placeMarkers(crowd, x).map((m) => m.row)).toEqual([...Array.from({ length: MAX_MARKER_ROWS }, (_, row) => row), -1]);
  });

  it('starts a span\u2019s label at the span, a row lower, rather than end it there', () => {
    const placed = placeMarkers(
      [
        { hour: 400, label: 'window opens' },
        { hour: 420, label: 'major incident in NAM', kind: 'span' },
      ],
      x,
    );
    expect(placed.map((m) => [m.anchor, m.row])).toEqual([
      ['start', 0],
      ['start', 1],
    ]);
  });

  it('keeps every label inside the plot: one that fits neither way is left out', () => {
    const narrow = timeScale('2027-01-01', [0, 100], [0, 60]);
    expect(placeMarkers([{ hour: 50, label: 'n-1 support ends' }], narrow)[0].row).toBe(-1);
    // Room the chart leaves right of the plot counts: a label near the right edge may run on into it.
    expect(placeMarkers([{ hour: 95, label: 'wave' }], narrow, 30)[0]).toMatchObject({ anchor: 'start', row: 0 });
  });

  it('marks the window\u2019s close first, then n-1\u2019s support end, then its opening, all as rules', () => {
    expect(calendarRules({ windowStartHour: 10, windowEndHour: 90, supportEndHour: 60 })).toEqual([
      { hour: 90, label: 'window closes', kind: 'rule' },
      { hour: 60, label: 'n-1 support ends', kind: 'rule' },
      { hour: 10, label: 'window opens', kind: 'rule' },
    ]);
  });
});
