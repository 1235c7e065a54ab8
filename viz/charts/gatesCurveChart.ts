/**
 * A gate policy's trade-off curve: for each threshold, the instances that
 * get the bad build (x) against the days the wave stands halted (y), once
 * with the bad build out and once without it, where every halt is false.
 * Whiskers are 95 % intervals. With targets set, the region that meets them
 * is shaded and the thresholds meeting them are filled, the others hollow;
 * the dashed line is the exposure with no gate at all.
 *
 * Days run on a square-root scale: a trigger-happy threshold can halt for
 * weeks, and on a linear scale it would flatten the few days around the
 * targets, which is where the choice is made. The exposure axis covers the
 * thresholds and the target, not the ungated exposure (often ten times
 * theirs), which is marked at the edge with its value when it lies beyond.
 */
import { line, scaleLinear, scaleSqrt } from 'd3';
import type { Estimate, GatePoint, GatesCurve } from '../batch/gatesFindings.js';
import type { ChartHandle, ChartOptions } from './ChartTypes.js';
import { AXIS_MARGIN, TIME_AXIS_HEIGHT, UNIT_ROW, drawBottomAxis, drawValueAxis } from './toolkit/axes.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatCount, formatNumber } from './toolkit/format.js';
import { drawLegend, type LegendItem } from './toolkit/legend.js';
import { ALERT, GOOD, INK, MUTED } from './toolkit/palette.js';
import { hideTooltip, showTooltip } from './toolkit/tooltip.js';

/** The two series: the study's days halted with the bad build out, and without it. */
export const GATES_SERIES = [
  { id: 'with-defect', label: 'with the bad build: days halted', color: ALERT, days: (p: GatePoint) => p.daysHalted },
  { id: 'without-defect', label: 'without it: false-halt days', color: GOOD, days: (p: GatePoint) => p.falseHaltDays },
] as const;

/** Fill of the region meeting the targets. */
const TARGET_FILL = 'rgba(37, 99, 235, 0.07)';
const RIGHT_PAD = 16;
const WHISKER_CAP = 3;

const instances = (v: number) => `${formatCount(v)} instances`;
const days = (v: number) => `${formatNumber(v, 2)} days`;
const interval = (e: Estimate, say: (v: number) => string) => (Number.isFinite(e.low) && Number.isFinite(e.high) ? `${say(e.low)} to ${say(e.high)}` : 'n/a');

/** Ticks for a square-root axis from 0 to `max`: round steps that stay apart where the scale is stretched (near 0) and where it is squeezed. */
export function sqrtTicks(max: number): number[] {
  const steps = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
  const within = steps.filter((v) => v <= max);
  // Below a fifth of the top a square-root scale still spreads ticks well; drop the small ones that would crowd the zero line.
  const kept = within.filter((v) => Math.sqrt(v / max) >= 0.12);
  return [0, ...kept];
}

/** The targets in words: "exposure ≤ 500 instances and false-halt days ≤ 2". */
export function targetsText(curve: GatesCurve): string {
  const { maxExposure, maxFalseHaltDays } = curve.targets;
  return [maxExposure !== undefined ? `exposure ≤ ${formatCount(maxExposure)} instances` : '', maxFalseHaltDays !== undefined ? `false-halt days ≤ ${formatNumber(maxFalseHaltDays, 2)}` : '']
    .filter(Boolean)
    .join(' and ');
}

/** "Halting at 4 to 6 failures of the last 20: with no gate 1,234 instances get the bad build; at 4, 210 instances, …" */
export function gatesCurveSummary(curve: GatesCurve): string {
  const { points } = curve;
  if (points.length === 0) return 'No threshold was studied.';
  const at = (p: GatePoint) =>
    `at ${p.threshold}, ${instances(p.exposure.mean)} and ${days(p.daysHalted.mean)} halted with the bad build, ${days(p.falseHaltDays.mean)} of false halts without it`;
  const ends = points.length === 1 ? [points[0]] : [points[0], points[points.length - 1]];
  const targets = targetsText(curve);
  const verdict =
    targets === ''
      ? ''
      : curve.recommended === null
        ? ` No threshold meets ${targets}.`
        : ` ${points.filter((p) => p.meets).length} of ${points.length} thresholds meet ${targets}; ${curve.recommended} has the least exposure among them.`;
  return `Halting at ${points[0].threshold} to ${points[points.length - 1].threshold} failures of the last ${curve.window}: with no gate ${instances(curve.ungated.mean)} get the bad build; ${ends.map(at).join('; ')}.${verdict}`;
}

/** Draws the trade-off curve of `curve` into `container`. */
export function gatesCurveChart(container: HTMLElement, curve: GatesCurve, options: ChartOptions): ChartHandle {
  const hasTargets = curve.targets.maxExposure !== undefined || curve.targets.maxFalseHaltDays !== undefined;
  return createChart(
    container,
    {
      title: `Gate trade-off: exposure against days halted (failures of the last ${curve.window})`,
      summary: gatesCurveSummary(curve),
      height: 340,
      fullDomain: null,
      draw(ctx) {
        const items: LegendItem[] = [
          ...GATES_SERIES.map((s) => ({ label: s.label, color: s.color, shape: 'dot' as const })),
          ...(hasTargets
            ? [
                { label: 'filled: meets the targets', color: INK, shape: 'dot' as const },
                { label: 'hollow: misses them', color: INK, shape: 'ring' as const },
                { label: `shaded: ${targetsText(curve)}`, color: 'rgba(37, 99, 235, 0.25)' },
                ...(curve.recommended === null ? [] : [{ label: `ringed: recommended (${curve.recommended})`, color: INK, shape: 'ring' as const }]),
              ]
            : []),
          { label: '95 % interval', color: MUTED, shape: 'line' as const },
          { label: 'no gate: exposure', color: MUTED, shape: 'dashed' as const },
        ];
        const legendHeight = drawLegend(ctx.svg.append('g').attr('transform', 'translate(4,4)'), items, ctx.width - 8);
        const top = 4 + legendHeight + UNIT_ROW + 10;
        const bottom = ctx.height - TIME_AXIS_HEIGHT;
        const right = ctx.width - RIGHT_PAD;
        const finite = (xs: number[]) => xs.filter(Number.isFinite);
        const xs = finite([curve.targets.maxExposure ?? NaN, ...curve.points.flatMap((p) => [p.exposure.mean, p.exposure.high])]);
        const ys = finite([curve.targets.maxFalseHaltDays ?? NaN, ...curve.points.flatMap((p) => GATES_SERIES.flatMap((s) => [s.days(p).mean, s.days(p).high]))]);
        const x = scaleLinear()
          .domain([0, Math.max(1, ...xs) * 1.05])
          .nice()
          .range([AXIS_MARGIN, right]);
        const y = scaleSqrt()
          .domain([0, Math.max(0.5, ...ys) * 1.08])
          .nice()
          .range([bottom, top]);
        const plot = ctx.svg.append('g');
        drawValueAxis(plot.append('g').attr('transform', `translate(${AXIS_MARGIN},0)`), y, { side: 'left', plotWidth: right - AXIS_MARGIN, unit: 'days halted (square-root scale)', grid: true, tickValues: sqrtTicks(y.domain()[1]) });
        drawBottomAxis(plot, x, bottom, 'instances updated on the bad build (exposure)');
        // Values past the axes' ends (an interval reaching below 0) are drawn at the edge.
        const px = (v: number) => Math.min(right, x(Math.max(0, v)));
        const py = (v: number) => y(Math.max(0, v));

        const marks = plot.append('g');
        if (hasTargets) {
          const x1 = curve.targets.maxExposure !== undefined ? Math.min(right, px(curve.targets.maxExposure)) : right;
          const y1 = curve.targets.maxFalseHaltDays !== undefined ? Math.max(top, py(curve.targets.maxFalseHaltDays)) : top;
          marks
            .append('rect')
            .attr('class', 'mark target-region')
            .attr('x', AXIS_MARGIN)
            .attr('y', y1)
            .attr('width', Math.max(0, x1 - AXIS_MARGIN))
            .attr('height', Math.max(0, bottom - y1))
            .attr('fill', TARGET_FILL)
            .attr('stroke', 'rgba(37, 99, 235, 0.35)')
            .attr('stroke-dasharray', '4 3');
        }
        if (Number.isFinite(curve.ungated.mean)) {
          const at = px(curve.ungated.mean);
          const beyond = x(curve.ungated.mean) > right;
          marks
            .append('line')
            .attr('class', 'mark ungated')
            .attr('data-exposure', curve.ungated.mean)
            .attr('x1', at)
            .attr('x2', at)
            .attr('y1', top)
            .attr('y2', bottom)
            .attr('stroke', MUTED)
            .attr('stroke-dasharray', beyond ? '2 3' : '5 4');
          const leftSide = at > AXIS_MARGIN + (right - AXIS_MARGIN) * 0.6;
          marks
            .append('text')
            .attr('class', 'annotation')
            .attr('x', leftSide ? at - 4 : at + 4)
            .attr('y', top + 10)
            .attr('text-anchor', leftSide ? 'end' : 'start')
            .attr('fill', MUTED)
            .text(`no gate: ${instances(curve.ungated.mean)}${beyond ? ' →' : ''}`);
        }

        for (const series of GATES_SERIES) {
          const points = curve.points.filter((p) => Number.isFinite(p.exposure.mean) && Number.isFinite(series.days(p).mean));
          const g = marks.append('g').attr('data-series', series.id);
          g.append('path')
            .attr('class', 'mark curve')
            .attr('data-series', series.id)
            .attr(
              'd',
              line<GatePoint>()
                .x((p) => px(p.exposure.mean))
                .y((p) => py(series.days(p).mean))(points) ?? '',
            )
            .attr('fill', 'none')
            .attr('stroke', series.color)
            .attr('stroke-opacity', 0.45)
            .attr('stroke-width', 1.2);
          for (const p of points) {
            const d = series.days(p);
            const cx = px(p.exposure.mean);
            const cy = py(d.mean);
            const whisker = (x1: number, y1: number, x2: number, y2: number, axis: 'x' | 'y') =>
              g.append('line').attr('class', 'mark whisker').attr('data-axis', axis).attr('data-threshold', p.threshold).attr('x1', x1).attr('y1', y1).attr('x2', x2).attr('y2', y2).attr('stroke', series.color).attr('stroke-opacity', 0.7);
            if (Number.isFinite(d.low) && Number.isFinite(d.high)) {
              whisker(cx, py(d.low), cx, py(d.high), 'y');
              for (const v of [d.low, d.high]) whisker(cx - WHISKER_CAP, py(v), cx + WHISKER_CAP, py(v), 'y');
            }
            // Exposure is measured with the bad build only; its interval goes on that series.
            if (series.id === 'with-defect' && Number.isFinite(p.exposure.low) && Number.isFinite(p.exposure.high)) {
              whisker(px(p.exposure.low), cy, px(p.exposure.high), cy, 'x');
              for (const v of [p.exposure.low, p.exposure.high]) whisker(px(v), cy - WHISKER_CAP, px(v), cy + WHISKER_CAP, 'x');
            }
            if (series.id === 'with-defect' && p.threshold === curve.recommended) {
              g.append('circle').attr('class', 'mark recommended').attr('data-threshold', p.threshold).attr('cx', cx).attr('cy', cy).attr('r', 9).attr('fill', 'none').attr('stroke', INK).attr('stroke-width', 1.5);
            }
            const filled = p.meets !== false;
            g.append('circle')
              .attr('class', 'mark point')
              .attr('data-series', series.id)
              .attr('data-threshold', p.threshold)
              .attr('data-meets', p.meets === null ? '' : p.meets ? 1 : 0)
              .attr('cx', cx)
              .attr('cy', cy)
              .attr('r', 4.5)
              .attr('fill', filled ? series.color : '#fff')
              .attr('stroke', series.color)
              .attr('stroke-width', 1.5)
              .on('pointerenter', (event: PointerEvent) =>
                showTooltip(
                  {
                    heading: `Halt at ${p.threshold} failures of the last ${curve.window}${p.threshold === curve.recommended ? ' (recommended)' : ''}`,
                    rows: [
                      { label: 'exposure', value: `${instances(p.exposure.mean)} (${interval(p.exposure, formatCount)})`, color: GATES_SERIES[0].color },
                      { label: 'days halted', value: `${days(p.daysHalted.mean)} (${interval(p.daysHalted, days)})`, color: GATES_SERIES[0].color },
                      { label: 'false-halt days', value: `${days(p.falseHaltDays.mean)} (${interval(p.falseHaltDays, days)})`, color: GATES_SERIES[1].color },
                      ...(p.meets === null ? [] : [{ label: 'targets', value: p.meets ? 'met' : 'not met' }]),
                    ],
                  },
                  event.clientX,
                  event.clientY,
                ),
              )
              .on('pointerleave', hideTooltip);
            // With the bad build labelled above right, without it below left (the two series share each x); never under the axis.
            const above = series.id === 'with-defect' || cy + 13 > bottom - 4;
            g.append('text')
              .attr('class', 'point-label')
              .attr('data-threshold', p.threshold)
              .attr('x', series.id === 'with-defect' ? cx + 7 : cx - 7)
              .attr('y', above ? cy - 6 : cy + 13)
              .attr('text-anchor', series.id === 'with-defect' ? 'start' : 'end')
              .attr('fill', series.color)
              .attr('font-weight', p.threshold === curve.recommended ? 'bold' : null)
              .text(String(p.threshold));
          }
        }
      },
    },
    options,
  );
}
