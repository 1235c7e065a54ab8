/**
 * Reading values off a time chart: a vertical rule follows the pointer,
 * snapped to the hour or day under it, and the tooltip lists the values of
 * that bin. With the chart focused, the arrow keys move the rule (Shift: a
 * day at a time when bins are hours), Home and End jump, Escape hides it.
 */
import { pointer, type Selection } from 'd3';
import { snapToBin } from './bins.js';
import { INK } from './palette.js';
import type { TimeScale } from './timeScale.js';
import { hideTooltip, showTooltip, type TooltipContent } from './tooltip.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Where the crosshair lives and what it shows. */
export interface CrosshairOptions {
  /** The chart's SVG: it takes keyboard focus. */
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** The group that receives pointer events (the brush overlay) and holds the rule; its origin is the plot's top left. */
  overlay: G;
  /** The overlay's origin in the SVG, px (to place the tooltip when moving by keyboard). */
  origin: [number, number];
  x: TimeScale;
  /** Height of the rule, px. */
  height: number;
  /** Hours per bin: the rule snaps to bins of this size. */
  bin: number;
  /** The tooltip for the bin starting at `binStart`; `pointerY` is the pointer's height in the overlay (null when moved by keyboard). */
  content(binStart: number, pointerY: number | null): TooltipContent;
}

/** Adds the hover rule and tooltip to a time chart. */
export function attachCrosshair(o: CrosshairOptions): void {
  const { x, bin } = o;
  const rule = o.overlay
    .append('line')
    .attr('class', 'crosshair')
    .attr('y1', 0)
    .attr('y2', o.height)
    .attr('stroke', INK)
    .attr('stroke-opacity', 0.45)
    .attr('pointer-events', 'none')
    .attr('visibility', 'hidden');
  let current: number | null = null;

  const ruleAt = (binStart: number): number => x(Math.min(x.domain[1], Math.max(x.domain[0], binStart + bin / 2)));
  const show = (binStart: number, pointerY: number | null, clientX: number, clientY: number): void => {
    current = binStart;
    const px = ruleAt(binStart);
    rule.attr('x1', px).attr('x2', px).attr('visibility', 'visible');
    showTooltip(o.content(binStart, pointerY), clientX, clientY);
  };
  const hide = (): void => {
    current = null;
    rule.attr('visibility', 'hidden');
    hideTooltip();
  };

  o.overlay
    .on('pointermove.crosshair', (event: PointerEvent) => {
      const [px, py] = pointer(event, o.overlay.node());
      show(snapToBin(x.invert(px), bin, x.domain), py, event.clientX, event.clientY);
    })
    .on('pointerleave.crosshair', hide);

  const first = snapToBin(x.domain[0], bin, x.domain);
  const last = snapToBin(x.domain[1] - 1e-9, bin, x.domain);
  o.svg
    .on('keydown.crosshair', (event: KeyboardEvent) => {
      const step = bin * (event.shiftKey && bin < 24 ? 24 : 1);
      let next: number;
      if (event.key === 'ArrowRight') next = current === null ? first : current + step;
      else if (event.key === 'ArrowLeft') next = current === null ? last : current - step;
      else if (event.key === 'Home') next = first;
      else if (event.key === 'End') next = last;
      else if (event.key === 'Escape') return hide();
      else return;
      event.preventDefault();
      next = Math.min(last, Math.max(first, next));
      const box = o.svg.node()!.getBoundingClientRect();
      show(next, null, box.left + o.origin[0] + ruleAt(next), box.top + o.origin[1]);
    })
    .on('blur.crosshair', hide);
}
