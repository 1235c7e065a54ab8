/**
 * Vertical markers on a time axis for the moments a planner looks for (the
 * window opening and closing, n-1's support end, 50/90/99 % on n). Moments
 * can fall hours apart, so labels are stacked in rows instead of overlapping.
 */
import type { Selection } from 'd3';
import { ALERT, GOOD, INK } from './palette.js';
import type { TimeScale } from './timeScale.js';
import { FONT_SIZE, textWidth } from './textWidth.js';

/** A moment to mark; `tone` colours it (milestones good, deadlines alert). */
export interface Marker {
  hour: number;
  label: string;
  tone?: 'neutral' | 'good' | 'alert';
}

/** A marker placed on a scale: its x, which way its label runs, and its label row. */
export interface PlacedMarker extends Marker {
  x: number;
  anchor: 'start' | 'end';
  row: number;
}

/** Height of a marker label row, px. */
export const MARKER_ROW = 13;
const LABEL_PAD = 3;

/**
 * Rows for labels spanning `spans` ([left, right] px), first fit: each label
 * takes the lowest row where it keeps `gap` px from every label already there.
 */
export function labelRows(spans: readonly [number, number][], gap = 6): number[] {
  const rowEnds: [number, number][][] = [];
  return spans.map(([left, right]) => {
    let row = rowEnds.findIndex((taken) => taken.every(([l, r]) => right + gap <= l || left >= r + gap));
    if (row < 0) row = rowEnds.push([]) - 1;
    rowEnds[row].push([left, right]);
    return row;
  });
}

/**
 * Places the markers inside the scale's domain: labels run right of their
 * line, or left when they would pass the right edge, in rows that keep them apart.
 */
export function placeMarkers(markers: readonly Marker[], x: TimeScale): PlacedMarker[] {
  const [d0, d1] = x.domain;
  const right = x.range[1];
  const visible = markers.filter((m) => m.hour >= d0 && m.hour <= d1).sort((a, b) => a.hour - b.hour);
  const placed = visible.map((m) => {
    const px = x(m.hour);
    const anchor: 'start' | 'end' = px + LABEL_PAD + textWidth(m.label) > right ? 'end' : 'start';
    return { ...m, x: px, anchor, row: 0 };
  });
  const rows = labelRows(
    placed.map((m): [number, number] => {
      const w = LABEL_PAD + textWidth(m.label);
      return m.anchor === 'start' ? [m.x, m.x + w] : [m.x - w, m.x];
    }),
  );
  return placed.map((m, i) => ({ ...m, row: rows[i] }));
}

/** Label rows `placed` needs. */
export function markerRowCount(placed: readonly PlacedMarker[]): number {
  return placed.reduce((n, m) => Math.max(n, m.row + 1), 0);
}

const TONE_COLORS = { neutral: INK, good: GOOD, alert: ALERT } as const;

/**
 * Draws `placed` into `layer`: labels in rows from `labelTop` down, lines
 * from each label's row to `bottom` (all px in the layer's frame).
 */
export function drawMarkers(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  placed: readonly PlacedMarker[],
  labelTop: number,
  bottom: number,
): void {
  const g = layer.append('g').attr('class', 'markers');
  for (const m of placed) {
    const color = TONE_COLORS[m.tone ?? 'neutral'];
    const rowTop = labelTop + m.row * MARKER_ROW;
    g.append('line')
      .attr('class', 'annotation')
      .attr('x1', m.x)
      .attr('x2', m.x)
      .attr('y1', rowTop)
      .attr('y2', bottom)
      .attr('stroke', color)
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', '3 3');
    g.append('text')
      .attr('class', 'annotation')
      .attr('x', m.anchor === 'start' ? m.x + LABEL_PAD : m.x - LABEL_PAD)
      .attr('y', rowTop + FONT_SIZE - 1)
      .attr('text-anchor', m.anchor)
      .attr('fill', color)
      .text(m.label);
  }
}
