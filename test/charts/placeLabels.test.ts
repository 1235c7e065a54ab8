import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, type LabelBox } from '../../viz/charts/toolkit/placeLabels.js';

const box = (x: number, y: number, width = 40, height = 12): LabelBox => ({ x, y, width, height });

describe('placeLabels', () => {
  it('gives each label its first place when nothing is in the way', () => {
    expect(placeLabels([[box(0, 0), box(0, 20)], [box(100, 0)]])).toEqual([0, 0]);
  });

  it('nudges a label to its next place when the first would cover a label placed before it', () => {
    // The second label's first place is 10 px right of the first label: it moves down a row.
    expect(placeLabels([[box(0, 0)], [box(10, 0), box(10, 14)]])).toEqual([0, 1]);
  });

  it('leaves a label out when every place it offers is taken or outside the bounds', () => {
    const bounds = box(0, 0, 200, 12);
    expect(placeLabels([[box(0, 0)], [box(10, 0), box(10, 14)]], { bounds })).toEqual([0, -1]);
    expect(placeLabels([[box(180, 0)]], { bounds })).toEqual([-1]);
  });

  it('keeps labels clear of obstacles such as axis labels', () => {
    expect(placeLabels([[box(0, 0), box(50, 0)]], { obstacles: [box(20, 2, 10, 8)] })).toEqual([1]);
  });

  it('serves labels in order: an earlier label keeps its place and a later one gives way', () => {
    expect(placeLabels([[box(10, 0)], [box(0, 0), box(60, 0)]])).toEqual([0, 1]);
    expect(placeLabels([[box(0, 0), box(60, 0)], [box(10, 0)]])).toEqual([0, -1]);
  });

  it('keeps the gap between labels: boxes closer than it count as overlapping', () => {
    expect(boxesOverlap(box(0, 0), box(41, 0), 2)).toBe(true);
    expect(boxesOverlap(box(0, 0), box(42, 0), 2)).toBe(false);
    expect(placeLabels([[box(0, 0)], [box(41, 0), box(41, 20)]], { gap: 2 })).toEqual([0, 1]);
  });

  it('never places two labels that overlap, nor one outside the bounds, whatever it is asked', () => {
    const bounds = box(0, 0, 300, 60);
    const candidate = fc.record({ x: fc.integer({ min: -20, max: 300 }), y: fc.integer({ min: -10, max: 60 }), width: fc.integer({ min: 1, max: 120 }), height: fc.integer({ min: 1, max: 14 }) });
    fc.assert(
      fc.property(fc.array(fc.array(candidate, { minLength: 1, maxLength: 4 }), { maxLength: 25 }), (labels) => {
        const chosen = placeLabels(labels, { bounds, gap: 1 });
        const placed = chosen.flatMap((c, i) => (c < 0 ? [] : [labels[i][c]]));
        for (const p of placed) {
          expect(p.x >= 0 && p.y >= 0 && p.x + p.width <= 300 && p.y + p.height <= 60).toBe(true);
        }
        for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i], placed[j], 1)).toBe(false);
      }),
    );
  });
});
