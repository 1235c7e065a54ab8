/**
 * Legends: a row of swatches (wrapping onto more rows in narrow charts) for
 * categorical colours, and a colour ramp for sequential ones. Both are drawn
 * inside the SVG so that downloaded pictures keep them, and both carry the
 * class `legend`.
 */
import { range, scaleLinear, type Selection } from 'd3';
import { MUTED } from './palette.js';
import { FONT_SIZE, fitText, textWidth } from './textWidth.js';

/** How an item's key is drawn: a filled square (bars, areas), a line, a dashed line, or a filled or hollow point (scatter marks). */
export type LegendShape = 'swatch' | 'line' | 'dashed' | 'dot' | 'ring';

/** One entry of a categorical legend. */
export interface LegendItem {
  label: string;
  color: string;
  shape?: LegendShape;
}

/** Height of a legend row, px. */
export const LEGEND_ROW = 18;
const KEY_WIDTH = 14;
const KEY_GAP = 5;
const ITEM_GAP = 16;

/** Where each item goes: `x` from the legend's left edge and its row, wrapping when the next item would pass `width`. */
export function legendLayout(labels: readonly string[], width: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const itemWidth = KEY_WIDTH + KEY_GAP + textWidth(label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    const placed = { x, row };
    x += itemWidth + ITEM_GAP;
    return placed;
  });
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Draws `items` into `parent` within `width` px; returns the height used. */
export function drawLegend(parent: G, items: readonly LegendItem[], width: number): number {
  if (items.length === 0) return 0;
  // A label wider than the legend (a long scenario name) is cut to fit rather than run out of the chart.
  const labels = items.map((i) => fitText(i.label, width - KEY_WIDTH - KEY_GAP));
  const layout = legendLayout(labels, width);
  const legend = parent.append('g').attr('class', 'legend');
  items.forEach((item, i) => {
    const g = legend
      .append('g')
      .attr('class', 'legend-item')
      .attr('transform', `translate(${layout[i].x},${layout[i].row * LEGEND_ROW})`);
    const mid = LEGEND_ROW / 2;
    if (item.shape === 'line' || item.shape === 'dashed') {
      g.append('line')
        .attr('x1', 0)
        .attr('x2', KEY_WIDTH)
        .attr('y1', mid)
        .attr('y2', mid)
        .attr('stroke', item.color)
        .attr('stroke-width', 2)
        .attr('stroke-dasharray', item.shape === 'dashed' ? '4 3' : null);
    } else if (item.shape === 'dot' || item.shape === 'ring') {
      g.append('circle')
        .attr('cx', KEY_WIDTH / 2)
        .attr('cy', mid)
        .attr('r', 4)
        .attr('fill', item.shape === 'dot' ? item.color : '#fff')
        .attr('stroke', item.color)
        .attr('stroke-width', 1.5);
    } else {
      g.append('rect').attr('y', mid - 5).attr('width', KEY_WIDTH).attr('height', 10).attr('rx', 2).attr('fill', item.color);
    }
    g.append('text')
      .attr('x', KEY_WIDTH + KEY_GAP)
      .attr('y', mid)
      .attr('dy', '0.35em')
      .text(labels[i]);
  });
  return (layout[layout.length - 1].row + 1) * LEGEND_ROW;
}

/** Height of a ramp legend, px. */
export const RAMP_HEIGHT = 34;

/**
 * Draws a colour ramp for `color` over `domain`, `width` px wide, with a
 * caption and a few ticks; `gradientId` must be unique in the page. Returns
 * the height used.
 */
export function drawRampLegend(
  parent: G,
  color: (value: number) => string,
  domain: [number, number],
  caption: string,
  width: number,
  gradientId: string,
): number {
  const legend = parent.append('g').attr('class', 'legend');
  const gradient = legend.append('defs').append('linearGradient').attr('id', gradientId);
  for (const t of range(0, 1.0001, 0.1)) {
    gradient
      .append('stop')
      .attr('offset', `${Math.round(t * 100)}%`)
      .attr('stop-color', color(domain[0] + t * (domain[1] - domain[0])));
  }
  legend.append('text').attr('y', 10).text(caption);
  const barTop = 14;
  legend.append('rect').attr('y', barTop).attr('width', width).attr('height', 8).attr('fill', `url(#${gradientId})`);
  const x = scaleLinear().domain(domain).range([0, width]);
  for (const tick of x.ticks(Math.max(2, Math.floor(width / 50)))) {
    legend
      .append('text')
      .attr('x', x(tick))
      .attr('y', barTop + 8 + FONT_SIZE)
      .attr('text-anchor', 'middle')
      .attr('fill', MUTED)
      .text(x.tickFormat()(tick));
  }
  return RAMP_HEIGHT;
}
