/**
 * Zooming by brushing: dragging across a time chart selects hours, which go
 * to the planner (so that every chart zooms together); a double-click zooms
 * back out to the whole run.
 */
import { brushX, type D3BrushEvent, type Selection } from 'd3';
import type { HourDomain } from '../ChartTypes.js';
import type { TimeScale } from './timeScale.js';

/** Drags narrower than this (px) are clicks, not selections. */
const MIN_BRUSH_PX = 4;

/**
 * The hours a brush over pixels `[x0, x1]` selects: widened to whole bins of
 * `snap` hours, kept within the scale's (whole-hour) domain; null for a click.
 */
export function brushHours([x0, x1]: [number, number], x: TimeScale, snap: number): [number, number] | null {
  if (Math.abs(x1 - x0) < MIN_BRUSH_PX) return null;
  const lo = Math.floor(x.invert(Math.min(x0, x1)) / snap) * snap;
  const hi = Math.ceil(x.invert(Math.max(x0, x1)) / snap) * snap;
  return [Math.max(Math.floor(x.domain[0]), lo), Math.min(Math.ceil(x.domain[1]), hi)];
}

/**
 * Makes `overlay` (origin at the plot's top left, `height` px tall) a brush
 * over `x`: a finished drag calls `brushed` with its hours and clears itself,
 * a double-click calls `brushed(null)`.
 */
export function attachBrush(
  overlay: Selection<SVGGElement, unknown, null, undefined>,
  x: TimeScale,
  height: number,
  snap: number,
  brushed: (domain: HourDomain) => void,
): void {
  const brush = brushX<unknown>()
    .extent([
      [x.range[0], 0],
      [x.range[1], height],
    ])
    .on('end', (event: D3BrushEvent<unknown>) => {
      // Moves made in code (clearing the selection below) have no source event.
      if (!event.sourceEvent || !event.selection) return;
      const hours = brushHours(event.selection as [number, number], x, snap);
      overlay.call(brush.move, null);
      if (hours) brushed(hours);
    });
  overlay.call(brush).on('dblclick.zoom', () => brushed(null));
  overlay.select('.selection').attr('fill', '#2563eb').attr('fill-opacity', 0.15).attr('stroke', '#2563eb');
}
