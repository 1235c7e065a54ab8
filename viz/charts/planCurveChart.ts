/**
 * One region's capacity sweep: for each target, the region's KPI mean at each
 * capacity the search evaluated, in its 95 % interval band, against the
 * target's minimum (dashed); today's capacity and the recommended one are
 * marked. Points whose lower bound reaches the minimum are filled, the
 * others hollow, and the legend says so.
 */
import { area, color as d3Color, line, scaleLinear } from 'd3';
import type { PlanCurve } from '../batch/planCurve.js';
import type { ChartHandle, ChartOptions } from './ChartTypes.js';
import { AXIS_MARGIN, TIME_AXIS_HEIGHT, UNIT_ROW, drawBottomAxis, drawValueAxis } from './toolkit/axes.js';
import { createChart } from './toolkit/chartFrame.js';
import { drawLegend } from './toolkit/legend.js';
import { GOOD, INK, lineColor, MUTED } from './toolkit/palette.js';
import { textWidth } from './toolkit/textWidth.js';
import { hideTooltip, showTooltip } from './toolkit/tooltip.js';

const RIGHT_PAD = 16;

const pct = (v: number) => `${v.toFixed(2)} %`;

/** A capacity as drawn: whole slots, or GB/h to one decimal at most. */
const capacityText = (v: number) => String(Math.round(v * 10) / 10);

/**
 * Why the sweep of `curve` shows one level only, or null when it shows more:
 * the grid gave the region one level, or its largest level already missed a
 * target (the search tries it first, and stops there).
 */
export function singleLevelReason(curve: PlanCurve): string | null {
  const points = curve.targets[0]?.points ?? [];
  if (points.length !== 1) return null;
  const { capacity, level } = points[0];
  if (curve.rungs === 1) return `One level only: every factor of the level grid rounds to the same capacity in ${curve.region} (${curve.capacityLabel}: ${capacityText(capacity)}), so there was nothing else to try.`;
  if (curve.recommended === null) {
    return `One level only: the search tries the largest level first, and there (${capacityText(capacity)}, ×${level}) a target is missed, so no smaller level can meet it and the search stopped.`;
  }
  return null;
}

/** "NAM: 55 update slots (×1.15) is the smallest that meets every target; there on-time share 99.4 % (target 99 %)." or why none is. */
export function planCurveSummary(curve: PlanCurve): string {
  const why = singleLevelReason(curve);
  return why === null ? sweepReading(curve) : `${sweepReading(curve)} ${why}`;
}

function sweepReading(curve: PlanCurve): string {
  const what = `${curve.region}, ${curve.capacityLabel}`;
  if (curve.recommended === null) return `${what}: no capacity evaluated meets every target (${curve.targets.map((t) => `${t.label} at least ${t.minimumPercent} %`).join(', ')}).`;
  const { level, capacity } = curve.recommended;
  const at = curve.targets.map((t) => {
    const point = t.points.find((p) => p.capacity === capacity);
    return `${t.label} ${point ? pct(point.mean) : 'n/a'} (target ${t.minimumPercent} %)`;
  });
  return `${what}: ${capacityText(capacity)} (×${level}, now ${capacityText(curve.base)}) is the smallest that meets every target; there ${at.join(', ')}.`;
}

/** Draws the sweep curve of `curve` into `container`. */
export function planCurveChart(container: HTMLElement, curve: PlanCurve, options: ChartOptions): ChartHandle {
  return createChart(
    container,
    {
      title: `Capacity sweep: ${curve.region}`,
      summary: planCurveSummary(curve),
      height: 300,
      fullDomain: null,
      draw(ctx) {
        const legendHeight = drawLegend(
          ctx.svg.append('g').attr('transform', 'translate(4,4)'),
          [
            ...curve.targets.map((t, i) => ({ label: `${t.label}, mean`, color: lineColor(i), shape: 'line' as const })),
            { label: 'target minimum', color: lineColor(0), shape: 'dashed' as const },
            // The band's own colour when there is one band; grey stands for bands of several colours.
            { label: '95 % interval', color: curve.targets.length === 1 ? faded(lineColor(0)) : 'rgba(107, 114, 128, 0.3)' },
            { label: 'filled: lower bound meets the target', color: INK, shape: 'dot' as const },
            { label: 'hollow: lower bound short of it', color: INK, shape: 'ring' as const },
            { label: 'now', color: MUTED, shape: 'dashed' as const },
            ...(curve.recommended === null ? [] : [{ label: 'recommended', color: GOOD, shape: 'dashed' as const }]),
          ],
          ctx.width - 8,
        );
        const top = 4 + legendHeight + UNIT_ROW + 8;
        const bottom = ctx.height - TIME_AXIS_HEIGHT;
        const [from, to] = [Math.min(curve.capacityRange[0], curve.base), Math.max(curve.capacityRange[1], curve.base)];
        const span = to - from || 1;
        const x = scaleLinear()
          .domain([from - span * 0.03, to + span * 0.03])
          .range([AXIS_MARGIN, ctx.width - RIGHT_PAD]);
        const values = curve.targets.flatMap((t) => [t.minimumPercent, ...t.points.flatMap((p) => [p.ci95Low, p.ci95High, p.lowerBound])]).filter(Number.isFinite);
        const lo = Math.min(...values, 100);
        const hi = Math.min(100, Math.max(...values, 0));
        const y = scaleLinear()
          .domain([Math.max(0, lo - (hi - lo) * 0.1 - 0.5), Math.min(100, hi + (hi - lo) * 0.05 + 0.2)])
          .nice()
          .range([bottom, top]);
        const plot = ctx.svg.append('g');
        drawValueAxis(plot.append('g').attr('transform', `translate(${AXIS_MARGIN},0)`), y.copy().range([bottom, top]), {
          side: 'left',
          plotWidth: ctx.width - AXIS_MARGIN - RIGHT_PAD,
          unit: 'KPI mean (%)',
          grid: true,
        });
        drawBottomAxis(plot, x, bottom, curve.capacityLabel, (v) => capacityText(+v));

        const marks = plot.append('g');
        curve.targets.forEach((target, t) => {
          const color = lineColor(t);
          const points = target.points.filter((p) => Number.isFinite(p.mean));
          marks
            .append('line')
            .attr('class', 'mark target-line')
            .attr('data-target', target.name)
            .attr('x1', AXIS_MARGIN)
            .attr('x2', ctx.width - RIGHT_PAD)
            .attr('y1', y(target.minimumPercent))
            .attr('y2', y(target.minimumPercent))
            .attr('stroke', color)
            .attr('stroke-dasharray', '5 4');
          const banded = points.filter((p) => Number.isFinite(p.ci95Low) && Number.isFinite(p.ci95High));
          marks
            .append('path')
            .attr('class', 'mark band')
            .attr('data-target', target.name)
            .attr(
              'd',
              area<(typeof banded)[number]>()
                .x((p) => x(p.capacity))
                .y0((p) => y(p.ci95Low))
                .y1((p) => y(p.ci95High))(banded) ?? '',
            )
            .attr('fill', color)
            .attr('fill-opacity', 0.18);
          marks
            .append('path')
            .attr('class', 'mark mean')
            .attr('data-target', target.name)
            .attr(
              'd',
              line<(typeof points)[number]>()
                .x((p) => x(p.capacity))
                .y((p) => y(p.mean))(points) ?? '',
            )
            .attr('fill', 'none')
            .attr('stroke', color)
            .attr('stroke-width', 1.5);
          for (const p of points) {
            marks
              .append('circle')
              .attr('class', 'mark point')
              .attr('data-target', target.name)
              .attr('data-level', p.level)
              .attr('data-capacity', p.capacity)
              .attr('data-meets', p.meets ? 1 : 0)
              .attr('cx', x(p.capacity))
              .attr('cy', y(p.mean))
              .attr('r', 4)
              .attr('fill', p.meets ? color : '#fff')
              .attr('stroke', color)
              .attr('stroke-width', 1.5)
              .on('pointerenter', (event: PointerEvent) =>
                showTooltip(
                  {
                    heading: `${curve.region} ${capacityText(p.capacity)} (×${p.level}): ${target.label}`,
                    rows: [
                      { label: 'mean', value: pct(p.mean), color },
                      { label: '95 % interval', value: `${pct(p.ci95Low)} to ${pct(p.ci95High)}` },
                      { label: 'lower bound', value: pct(p.lowerBound) },
                      { label: 'target', value: `${target.minimumPercent} % ${p.meets ? '(met)' : '(not met)'}` },
                    ],
                  },
                  event.clientX,
                  event.clientY,
                ),
              )
              .on('pointerleave', hideTooltip);
          }
        });
        const marker = (at: number, cls: string, color: string, label: string, dash: string) => {
          const px = x(at);
          marks.append('line').attr('class', `mark ${cls}`).attr('data-capacity', at).attr('x1', px).attr('x2', px).attr('y1', top).attr('y2', bottom).attr('stroke', color).attr('stroke-dasharray', dash);
          // The label goes on whichever side of its line it fits, so it is never cut at the chart's edge.
          const room = textWidth(label) + 4;
          const leftSide = px + room > ctx.width - RIGHT_PAD && px - room >= 0;
          // At the foot of the line: the curves rise with capacity, so the lower right is where they are not.
          marks
            .append('text')
            .attr('class', 'annotation')
            .attr('x', leftSide ? px - 4 : px + 4)
            .attr('y', bottom - (cls === 'now' ? 22 : 6))
            .attr('text-anchor', leftSide ? 'end' : 'start')
            .attr('fill', color)
            .text(label);
        };
        marker(curve.base, 'now', MUTED, `now ${capacityText(curve.base)}`, '2 4');
        if (curve.recommended !== null) {
          const { level, capacity } = curve.recommended;
          marker(capacity, 'recommended', GOOD, `recommended ${capacityText(capacity)} (×${level})`, '3 3');
        }
      },
    },
    options,
  );
}

/** `color` as the band under a mean is drawn: the same hue at the band's opacity. */
function faded(color: string): string {
  const c = d3Color(color);
  return c ? c.copy({ opacity: 0.18 }).formatRgb() : color;
}
