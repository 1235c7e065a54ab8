/**
 * The layout every time chart shares: a legend on top, a row naming the
 * waves, a band of marker labels, one or more panels stacked over a common
 * time axis (the waves and spans of time shaded behind their marks), and an
 * overlay on the panels that brushes (zoom) and hovers (crosshair and
 * tooltip). Charts then draw their marks and value axes into the panels.
 */
import type { Selection } from 'd3';
import { AXIS_MARGIN, TIME_AXIS_HEIGHT, UNIT_ROW, drawTimeAxis } from './axes.js';
import { attachBrush } from './brush.js';
import type { DrawContext } from './chartFrame.js';
import { attachCrosshair } from './crosshair.js';
import { drawLegend, type LegendItem } from './legend.js';
import type { WaveWindow } from '../../../sim/model/SimulationResult.js';
import type { ViewSpan } from '../../../sim/report/viewSeries.js';
import { MARKER_ROW, drawMarkers, markerRowCount, placeMarkers, type Marker } from './markers.js';
import { drawSpans, spanLegend, spanMarkers, visibleSpans } from './spans.js';
import { timeScale, type TimeScale } from './timeScale.js';
import type { TooltipContent } from './tooltip.js';
import { WAVE_ROW, drawWaveRow, drawWaveShades, placeWaves, waveLegend, wavesAt } from './waveBands.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Room right of the plot when there is no right-hand axis, px. */
const RIGHT_PAD = 14;
/** Room between stacked panels (for the lower panel's unit label, clear of the top tick below it), px. */
const PANEL_GAP = UNIT_ROW + 10;
/** Baseline of a lower panel's unit label above the panel, px. */
const LOWER_UNIT_Y = -10;
/** Air between the last row of labels and the plot (its top tick label reaches above it), px. */
const PLOT_AIR = 8;

/** The area of the SVG a time frame takes, px. */
export interface Bounds {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What to lay out. */
export interface TimeFrameSpec {
  epochDate: string;
  bounds: Bounds;
  /** Legend items, or a function that draws a legend into a group `width` px wide and returns its height. */
  legend: readonly LegendItem[] | ((g: G, width: number) => number);
  /** Moments to mark, their labels placed in this order as room allows (most important first). */
  markers?: readonly Marker[];
  /** Spans of time to shade behind every panel's marks (incidents, halts, bakes), named after the markers; their kinds join the legend. */
  spans?: readonly ViewSpan[];
  /** The plan's waves, shaded behind the spans and named above the plot; the tooltip says which run at the hour. */
  waves?: readonly WaveWindow[];
  /** Heights of the panels from top to bottom, px; 0 for the one panel that takes the height left over. */
  panels: readonly number[];
  /** Leave room for value axes right of the panels. */
  rightAxis?: boolean;
  /** Hours per bin the crosshair snaps to. */
  bin: number;
  /** Hours brushed selections snap to (default 1). */
  brushSnap?: number;
  /** Tooltip for the bin starting at `binStart`; `pointerY` is the pointer's height below the first panel's top (null from the keyboard). */
  tooltip(binStart: number, pointerY: number | null): TooltipContent;
}

/** One panel: `axes` below `marks` (clipped to the panel), both with the panel's top left as origin. */
export interface Panel {
  axes: G;
  marks: G;
  height: number;
  /** Where its value axis writes the unit, px in the panel's frame. */
  unitY: number;
}

/** The laid-out frame. */
export interface TimeFrame {
  x: TimeScale;
  plotWidth: number;
  panels: Panel[];
}

/** Lays out and draws the shared parts of a time chart into `ctx.svg`. */
export function timeFrame(ctx: DrawContext, spec: TimeFrameSpec): TimeFrame {
  const { bounds } = spec;
  const plotLeft = bounds.left + AXIS_MARGIN;
  const plotWidth = Math.max(10, bounds.width - AXIS_MARGIN - (spec.rightAxis ? AXIS_MARGIN : RIGHT_PAD));
  const x = timeScale(spec.epochDate, ctx.domain, [0, plotWidth]);

  const legendGroup = ctx.svg.append('g').attr('transform', `translate(${bounds.left + 4},${bounds.top})`);
  const spans = visibleSpans(spec.spans ?? [], x);
  const waves = placeWaves(spec.waves ?? [], x);
  const story = [...waveLegend(waves), ...spanLegend(spans)];
  const legendHeight = typeof spec.legend === 'function' ? drawnLegend(legendGroup, spec.legend, story, bounds.width - 8) : drawLegend(legendGroup, [...spec.legend, ...story], bounds.width - 8);
  const rightRoom = bounds.width - AXIS_MARGIN - plotWidth;
  const placed = placeMarkers([...(spec.markers ?? []), ...spanMarkers(spans, x)], x, rightRoom);
  const waveTop = bounds.top + legendHeight + (legendHeight ? 4 : 0) + UNIT_ROW;
  const labelTop = waveTop + (waves.length > 0 ? WAVE_ROW + 3 : 0);
  const panelsTop = labelTop + markerRowCount(placed) * MARKER_ROW + PLOT_AIR;

  const fixed = spec.panels.reduce((a, h) => a + h, 0) + PANEL_GAP * (spec.panels.length - 1);
  const flexible = Math.max(40, bounds.top + bounds.height - TIME_AXIS_HEIGHT - panelsTop - fixed);
  const panels: Panel[] = [];
  let top = panelsTop;
  spec.panels.forEach((h, i) => {
    const height = h || flexible;
    const g = ctx.svg.append('g').attr('class', 'panel').attr('transform', `translate(${plotLeft},${top})`);
    const clipId = `${ctx.id}-clip-${i}`;
    g.append('clipPath').attr('id', clipId).append('rect').attr('width', plotWidth).attr('height', height);
    // Behind the axes' grid and the marks: waves, then the spans of time within them.
    drawWaveShades(g.append('g').attr('class', 'waves'), waves, height);
    drawSpans(g.append('g').attr('class', 'spans'), spans, x, height);
    panels.push({
      axes: g.append('g'),
      marks: g.append('g').attr('clip-path', `url(#${clipId})`),
      height,
      unitY: i === 0 ? waveTop - top - 4 : LOWER_UNIT_Y,
    });
    top += height + PANEL_GAP;
  });
  const bottom = top - PANEL_GAP;

  drawTimeAxis(ctx.svg.append('g').attr('transform', `translate(${plotLeft},0)`), x, bottom, [AXIS_MARGIN, rightRoom]);
  if (waves.length > 0) drawWaveRow(ctx.svg.append('g').attr('transform', `translate(${plotLeft},${waveTop})`), waves);
  drawMarkers(ctx.svg.append('g').attr('transform', `translate(${plotLeft},0)`), placed, labelTop, panelsTop, bottom);

  const overlay = ctx.svg.append('g').attr('class', 'overlay').attr('transform', `translate(${plotLeft},${panelsTop})`);
  attachBrush(overlay, x, bottom - panelsTop, spec.brushSnap ?? 1, ctx.brushed);
  attachCrosshair({
    svg: ctx.svg,
    overlay,
    origin: [plotLeft, panelsTop],
    x,
    height: bottom - panelsTop,
    bin: spec.bin,
    content: (binStart, pointerY) => withWaves(spec.tooltip(binStart, pointerY), spec.waves ?? [], binStart),
  });
  return { x, plotWidth, panels };
}

/** Draws a chart's own legend with `draw`, then the `story` items (waves, spans) under it; returns the height used. */
function drawnLegend(g: G, draw: (g: G, width: number) => number, story: readonly LegendItem[], width: number): number {
  const own = draw(g, width);
  if (story.length === 0) return own;
  return own + 4 + drawLegend(g.append('g').attr('transform', `translate(0,${own + 4})`), story, width);
}

/** `content` with a last row naming the waves running at `hour`, when any is. */
function withWaves(content: TooltipContent, waves: readonly WaveWindow[], hour: number): TooltipContent {
  const names = wavesAt(waves, hour);
  return names.length === 0 ? content : { ...content, rows: [...content.rows, { label: names.length === 1 ? 'wave' : 'waves', value: names.join('; ') }] };
}

/** The whole SVG as a time frame's bounds, with a little air on top. */
export function wholeChart(ctx: DrawContext): Bounds {
  return { left: 0, top: 4, width: ctx.width, height: ctx.height - 4 };
}
