/**
 * Vertical rules on a time axis for the moments a planner looks for (the
 * window opening and closing, n-1's support end, 50/90/99 % on n), and
 * labels naming the spans of time a chart shades (an incident, a halt).
 * Moments can fall hours apart, so each label runs right of its moment or
 * left of it, on the first of a few rows where it is clear of the others;
 * a label with no room is left out (its rule stays).
 */
import type { Selection } from 'd3';
import { INK, MUTED } from './palette.js';
import { placeLabels, type LabelBox } from './placeLabels.js';
import type { TimeScale } from './timeScale.js';
import { FONT_SIZE, textWidth } from './textWidth.js';

/**
 * A moment to mark. Deadlines of the calendar are `rule`s (dashed, in ink),
 * outcomes such as "90 % on n" `milestone`s (dotted, muted), and `span`
 * labels name a shaded span from its start, with no line.
 */
export interface Marker {
  hour: number;
  label: string;
  kind?: 'rule' | 'milestone' | 'span';
}

/** A marker placed on a scale: its x, which way its label runs, and its label row (-1: no room for its label). */
export interface PlacedMarker extends Marker {
  x: number;
  anchor: 'start' | 'end';
  row: number;
}

/** Height of a marker label row, px. */
export const MARKER_ROW = 13;
/** Rows of marker labels at most: more would squeeze the plot. */
export const MAX_MARKER_ROWS = 4;
const LABEL_PAD = 3;
/** Air kept between labels side by side, px; rows are already apart, so a label's box is this much shorter than its row. */
const LABEL_GAP = 4;

/** The window's opening and close and n-1's support end, as rules (a moment outside the run is dropped by the scale). */
export function calendarRules(moments: { windowStartHour: number; windowEndHour: number; supportEndHour?: number }): Marker[] {
  const rules: Marker[] = [{ hour: moments.windowEndHour, label: 'window closes', kind: 'rule' }];
  if (moments.supportEndHour !== undefined) rules.push({ hour: moments.supportEndHour, label: 'n-1 support ends', kind: 'rule' });
  rules.push({ hour: moments.windowStartHour, label: 'window opens', kind: 'rule' });
  return rules;
}

/** The label box of a marker at `px` running `anchor`-wise on `row`. */
function labelBox(px: number, label: string, anchor: 'start' | 'end', row: number): LabelBox {
  const width = LABEL_PAD + textWidth(label);
  return { x: anchor === 'start' ? px : px - width, y: row * MARKER_ROW, width, height: MARKER_ROW - LABEL_GAP };
}

/**
 * Places the markers inside the scale's domain, in the order given (put the
 * ones whose labels matter most first): each label takes the first free
 * place among row 0 right of its moment, row 0 left of it, row 1 right…
 * (a span's label: every row right of its start first), within the plot's
 * width and the `rightRoom` px right of it that the chart leaves free.
 */
export function placeMarkers(markers: readonly Marker[], x: TimeScale, rightRoom = 0): PlacedMarker[] {
  const [d0, d1] = x.domain;
  const [r0, r1] = x.range;
  const visible = markers.filter((m) => m.hour >= d0 && m.hour <= d1).map((m) => ({ ...m, x: x(m.hour) }));
  // A span's label reads as the span's only when it starts there: it tries every row right of its start before any left of it.
  const rows = Array.from({ length: MAX_MARKER_ROWS }, (_, row) => row);
  const places = visible.map((m) => {
    const at = (anchor: 'start' | 'end', row: number) => ({ anchor, row, box: labelBox(m.x, m.label, anchor, row) });
    return m.kind === 'span' ? [...rows.map((row) => at('start', row)), ...rows.map((row) => at('end', row))] : rows.flatMap((row) => [at('start', row), at('end', row)]);
  });
  const chosen = placeLabels(
    places.map((p) => p.map((c) => c.box)),
    { bounds: { x: r0, y: 0, width: r1 - r0 + rightRoom, height: MAX_MARKER_ROWS * MARKER_ROW }, gap: LABEL_GAP },
  );
  return visible.map((m, i) => {
    const place = places[i][chosen[i]];
    return { ...m, anchor: place?.anchor ?? 'start', row: place?.row ?? -1 };
  });
}

/** Label rows `placed` needs. */
export function markerRowCount(placed: readonly PlacedMarker[]): number {
  return placed.reduce((n, m) => Math.max(n, m.row + 1), 0);
}

/**
 * Draws `placed` into `layer`: labels in rows from `labelTop` down, rules
 * and milestones as lines from their label's row (or the top of the
 * plot, `plotTop`, when their label had no room) to `bottom` (px in the
 * layer's frame).
 */
export function drawMarkers(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  placed: readonly PlacedMarker[],
  labelTop: number,
  plotTop: number,
  bottom: number,
): void {
  const g = layer.append('g').attr('class', 'markers');
  for (const m of placed) {
    const kind = m.kind ?? 'rule';
    const color = kind === 'rule' ? INK : MUTED;
    const rowTop = m.row < 0 ? plotTop : labelTop + m.row * MARKER_ROW;
    if (kind !== 'span') {
      g.append('line')
        .attr('class', 'annotation')
        .attr('data-marker', m.label)
        .attr('x1', m.x)
        .attr('x2', m.x)
        .attr('y1', rowTop)
        .attr('y2', bottom)
        .attr('stroke', color)
        .attr('stroke-width', 1)
        .attr('stroke-dasharray', kind === 'rule' ? '4 3' : '1 2')
        .append('title')
        .text(m.label);
    }
    if (m.row < 0) continue;
    g.append('text')
      .attr('class', 'annotation')
      .attr('x', m.anchor === 'start' ? m.x + LABEL_PAD : m.x - LABEL_PAD)
      .attr('y', rowTop + FONT_SIZE - 1)
      .attr('text-anchor', m.anchor)
      .attr('fill', color)
      .attr('font-style', kind === 'span' ? 'italic' : null)
      .text(m.label);
  }
}
