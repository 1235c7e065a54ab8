/**
 * Axes: the time axis (UTC dates under the last panel) and value axes with
 * their unit written above them, plus light gridlines to read values across.
 */
import { axisBottom, axisLeft, axisRight, format as d3Format, select, type ScaleLinear, type Selection } from 'd3';
import { GRID, MUTED } from './palette.js';
import { placeLabels } from './placeLabels.js';
import { textWidth } from './textWidth.js';
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

/** Room a tick label may take beyond a value axis' line: the tick and a little air, px. */
const TICK_ROOM = 12;

/**
 * Takes out the labels of ticks (d3's `.tick` groups in `axis`, at `at(datum)`
 * px along it) that would crowd the one before them or pass `[from, to]`.
 */
function thinTickLabels<D>(axis: G, at: (datum: D) => number, [from, to]: [number, number] = [-Infinity, Infinity]): void {
  const ticks = axis.selectAll<SVGGElement, D>('.tick').nodes();
  const boxes = ticks.map((tick) => {
    const width = textWidth(tick.textContent ?? '');
    return [{ x: at(select<SVGGElement, D>(tick).datum()) - width / 2, y: 0, width, height: 1 }];
  });
  const bounds = Number.isFinite(from) && Number.isFinite(to) ? { x: from, y: 0, width: to - from, height: 1 } : undefined;
  placeLabels(boxes, { bounds, gap: 6 }).forEach((chosen, i) => {
    if (chosen < 0) ticks[i].querySelector('text')?.remove();
  });
}

/**
 * Draws the time axis of `x` at `top` in `g`'s frame, captioned with the time
 * zone and year(s); `room` is how far its labels may reach left and right of
 * the plot, px (crowded or outlying labels are left out).
 */
export function drawTimeAxis(g: G, x: TimeScale, top: number, room: [number, number] = [0, 0]): void {
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
  thinTickLabels<Date>(axis, (d) => x.utc(d), [x.range[0] - room[0], x.range[1] + room[1]]);
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
  /** Unit written after a value ("TB"), where the unit text says the axis does not start at zero. */
  valueUnit?: string;
}

/** `format`, or SI prefixes ("195k") when its labels of `values` would not fit beside the axis. */
function fittingFormat(format: (value: number) => string, values: readonly number[]): (value: number) => string {
  return values.every((v) => textWidth(format(v)) <= AXIS_MARGIN - TICK_ROOM) ? format : d3Format('~s');
}

/** Draws a value axis for `y` into `g` (the panel's frame), with its unit above the panel. */
export function drawValueAxis(g: G, y: ScaleLinear<number, number>, options: ValueAxisOptions): void {
  const [bottom, top] = y.range();
  const ticks = Math.max(2, Math.round((bottom - top) / 40));
  const values = options.tickValues ?? y.ticks(ticks);
  const format = options.tickFormat ?? fittingFormat(y.tickFormat(ticks, ',~f'), values);
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
    .text(unitText(y, options, format));
}

/** The unit, saying where the axis starts when that is not zero (a reader assumes zero, and would misread the sizes of changes). */
function unitText(y: ScaleLinear<number, number>, { unit, valueUnit }: ValueAxisOptions, format: (value: number) => string): string {
  const start = Math.min(...y.domain());
  return start === 0 ? unit : `${unit}, axis starts at ${format(start)}${valueUnit ? ` ${valueUnit}` : ''}`;
}

/** Draws a bottom axis for a value scale `x` at `top` in `g`'s frame, captioned at its right end; labels that would crowd are left out. */
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
  thinTickLabels<number>(axis, (d) => x(d));
  axis
    .append('text')
    .attr('class', 'axis-caption')
    .attr('x', right)
    .attr('y', TIME_AXIS_HEIGHT - 2)
    .attr('text-anchor', 'end')
    .attr('fill', MUTED)
    .text(caption);
}
