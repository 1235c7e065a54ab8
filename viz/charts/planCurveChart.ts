/**
 * The capacity sweep: for each target, its KPI's mean at each capacity level
 * the search evaluated, in its 95 % interval band, against the target's
 * minimum (dashed); the recommended level is marked. Points whose lower
 * bound reaches the minimum are filled, the others hollow.
 */
import { area, line, scaleLinear } from 'd3';
import type { PlanCurve } from '../batch/planCurve.js';
import type { ChartHandle, ChartOptions } from './ChartTypes.js';
import { AXIS_MARGIN, TIME_AXIS_HEIGHT, UNIT_ROW, drawBottomAxis, drawValueAxis } from './toolkit/axes.js';
import { createChart } from './toolkit/chartFrame.js';
import { drawLegend } from './toolkit/legend.js';
import { GOOD, lineColor } from './toolkit/palette.js';
import { hideTooltip, showTooltip } from './toolkit/tooltip.js';

const RIGHT_PAD = 16;

const pct = (v: number) => `${v.toFixed(2)} %`;

/** "Plan: ×1.15 recommended; on-time share 99.4 % there, target 99 %." or why none is. */
export function planCurveSummary(curve: PlanCurve): string {
  if (curve.recommended === null) return `Capacity sweep: no level evaluated meets every target (${curve.targets.map((t) => `${t.label} at least ${t.minimumPercent} %`).join(', ')}).`;
  const at = curve.targets.map((t) => {
    const point = t.points.find((p) => p.level === curve.recommended);
    return `${t.label} ${point ? pct(point.mean) : 'n/a'} (target ${t.minimumPercent} %)`;
  });
  return `Capacity sweep: ×${curve.recommended} is the smallest level that meets every target; there ${at.join(', ')}.`;
}

/** Draws the sweep curve of `curve` into `container`. */
export function planCurveChart(container: HTMLElement, curve: PlanCurve, options: ChartOptions): ChartHandle {
  return createChart(
    container,
    {
      title: 'Capacity sweep',
      summary: planCurveSummary(curve),
      height: 300,
      fullDomain: null,
      draw(ctx) {
        const legendHeight = drawLegend(
          ctx.svg.append('g').attr('transform', 'translate(4,4)'),
          [
            ...curve.targets.map((t, i) => ({ label: `${t.label}, mean`, color: lineColor(i), shape: 'line' as const })),
            { label: 'target minimum', color: lineColor(0), shape: 'dashed' as const },
            { label: '95 % interval', color: 'rgba(107, 114, 128, 0.3)' },
            ...(curve.recommended === null ? [] : [{ label: 'recommended', color: GOOD, shape: 'dashed' as const }]),
          ],
          ctx.width - 8,
        );
        const top = 4 + legendHeight + UNIT_ROW + 8;
        const bottom = ctx.height - TIME_AXIS_HEIGHT;
        const [from, to] = curve.levelRange;
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
        drawBottomAxis(plot, x, bottom, 'capacity level (× the scenario\u2019s own)', (v) => `×${+v.toFixed(2)}`);

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
                .x((p) => x(p.level))
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
                .x((p) => x(p.level))
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
              .attr('data-meets', p.meets ? 1 : 0)
              .attr('cx', x(p.level))
              .attr('cy', y(p.mean))
              .attr('r', 4)
              .attr('fill', p.meets ? color : '#fff')
              .attr('stroke', color)
              .attr('stroke-width', 1.5)
              .on('pointerenter', (event: PointerEvent) =>
                showTooltip(
                  {
                    heading: `×${p.level}: ${target.label}`,
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
        if (curve.recommended !== null) {
          const px = x(curve.recommended);
          marks
            .append('line')
            .attr('class', 'mark recommended')
            .attr('data-level', curve.recommended)
            .attr('x1', px)
            .attr('x2', px)
            .attr('y1', top)
            .attr('y2', bottom)
            .attr('stroke', GOOD)
            .attr('stroke-dasharray', '3 3');
          const label = `recommended ×${curve.recommended}`;
          const leftSide = px > ctx.width * 0.7;
          // At the foot of the line: the curves rise with capacity, so the lower right is where they are not.
          marks
            .append('text')
            .attr('class', 'annotation')
            .attr('x', leftSide ? px - 4 : px + 4)
            .attr('y', bottom - 6)
            .attr('text-anchor', leftSide ? 'end' : 'start')
            .attr('fill', GOOD)
            .text(label);
        }
      },
    },
    options,
  );
}
