/**
 * Axes: the time axis (UTC dates under the last panel) and value axes with
 * their unit written above them, plus light gridlines to read values across.
 */
import { axisBottom, axisLeft, axisRight, type ScaleLinear, type Selection } from 'd3';
import { GRID, MUTED } from './palette.js';
import { formatTimeTick, type TimeScale } from './timeScale.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Width kept left of a plot for its value axis, px (also right of it when there is a second axis). */
export const AXIS_MARGIN = 52;
/** Height under a plot for the time axis: ticks and the UTC caption, px. */
export const TIME_AXIS_HEIGHT = 34;
/** Height above a panel for its unit label, px. */
export const UNIT_ROW = 16;

/** Restyles a d3 axis group to the chart's font and colours (d3 sets its own). */
function restyle(axis: G): void {
  axis.attr('font-size', null).attr('font-family', null);
  axis.selectAll('.domain').attr('stroke', MUTED);
  axis.selectAll('.tick line').attr('stroke', MUTED);
  axis.selectAll('.tick text').attr('fill', MUTED);
}

/** "2027", or "2026–2027" for a domain across New Year. */
function yearsOf(x: TimeScale): string {
  const [a, b] = x.utc.domain().map((d) => d.getUTCFullYear());
  return a === b ? `${a}` : `${a}–${b}`;
}

/** Draws the time axis of `x` at `top` in `g`'s frame, captioned with the time zone and year(s). */
export function drawTimeAxis(g: G, x: TimeScale, top: number): void {
  const width = x.range[1] - x.range[0];
  const axis = g
    .append('g')
    .attr('class', 'axis axis-time')
    .attr('transform', `translate(0,${top})`)
    .call(
      axisBottom(x.utc)
        .ticks(Math.max(2, Math.floor(width / 85)))
        .tickFormat((d) => formatTimeTick(d as Date))
        .tickSizeOuter(0),
    );
  restyle(axis);
  axis
    .append('text')
    .attr('class', 'axis-caption')
    .attr('x', x.range[1])
    .attr('y', TIME_AXIS_HEIGHT - 2)
    .attr('text-anchor', 'end')
    .attr('fill', MUTED)
    .text(`UTC, ${yearsOf(x)}`);
}

/** How a value axis is drawn. */
export interface ValueAxisOptions {
  side: 'left' | 'right';
  /** Width of the plot: the right axis sits at its right edge, gridlines span it. */
  plotWidth: number;
  /** Unit text written above the axis, e.g. "update steps per day". */
  unit: string;
  /** Horizontal gridlines at the ticks (draw them for one axis per panel only). */
  grid?: boolean;
  tickFormat?: (value: number) => string;
  /** Ticks at these values instead of round numbers chosen by the scale. */
  tickValues?: number[];
  /** Baseline of the unit text, px in the panel's frame (default: just above the panel). */
  unitY?: number;
}

/** Draws a value axis for `y` into `g` (the panel's frame), with its unit above the panel. */
export function drawValueAxis(g: G, y: ScaleLinear<number, number>, options: ValueAxisOptions): void {
  const [bottom, top] = y.range();
  const ticks = Math.max(2, Math.round((bottom - top) / 40));
  const values = options.tickValues ?? y.ticks(ticks);
  const format = options.tickFormat ?? y.tickFormat(ticks, ',~f');
  const left = options.side === 'left';
  if (options.grid) {
    g.append('g')
      .attr('class', 'grid')
      .selectAll('line')
      .data(values)
      .join('line')
      .attr('x1', 0)
      .attr('x2', options.plotWidth)
      .attr('y1', (d) => y(d))
      .attr('y2', (d) => y(d))
      .attr('stroke', GRID);
  }
  const axis = g
    .append('g')
    .attr('class', `axis axis-${options.side}`)
    .attr('transform', left ? null : `translate(${options.plotWidth},0)`)
    .call((left ? axisLeft(y) : axisRight(y)).tickValues(values).tickFormat((d) => format(d as number)).tickSizeOuter(0));
  restyle(axis);
  axis
    .append('text')
    .attr('class', 'axis-unit')
    .attr('x', left ? -AXIS_MARGIN + 4 : AXIS_MARGIN - 4)
    .attr('y', options.unitY ?? top - 6)
    .attr('text-anchor', left ? 'start' : 'end')
    .attr('fill', MUTED)
    .text(options.unit);
}

/** Draws a bottom axis for a value scale `x` at `top` in `g`'s frame, captioned at its right end. */
export function drawBottomAxis(g: G, x: ScaleLinear<number, number>, top: number, caption: string, tickFormat?: (value: number) => string): void {
  const [left, right] = x.range();
  const ticks = Math.max(2, Math.floor((right - left) / 80));
  const format = tickFormat ?? x.tickFormat(ticks, ',~f');
  const axis = g
    .append('g')
    .attr('class', 'axis axis-bottom')
    .attr('transform', `translate(0,${top})`)
    .call(axisBottom(x).ticks(ticks).tickFormat((d) => format(d as number)).tickSizeOuter(0));
  restyle(axis);
  axis
    .append('text')
    .attr('class', 'axis-caption')
    .attr('x', right)
    .attr('y', TIME_AXIS_HEIGHT - 2)
    .attr('text-anchor', 'end')
    .attr('fill', MUTED)
    .text(caption);
}
