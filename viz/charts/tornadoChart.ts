/**
 * A tornado chart: which input moves an outcome most. Each input is a bar
 * from the outcome's mean with the input at its low factor to its mean at
 * its high factor, split at the base scenario's mean (the vertical line),
 * longest bar on top. A bar whose paired difference is not told apart from
 * noise (its 95 % interval holds 0) is drawn pale.
 */
import { scaleLinear } from 'd3';
import type { Tornado } from '../batch/sensitivityFindings.js';
import type { ChartHandle, ChartOptions } from './ChartTypes.js';
import { TIME_AXIS_HEIGHT, drawBottomAxis } from './toolkit/axes.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatNumber } from './toolkit/format.js';
import { drawLegend, LEGEND_ROW } from './toolkit/legend.js';
import { INK, MUTED } from './toolkit/palette.js';
import { textWidth } from './toolkit/textWidth.js';
import { hideTooltip, showTooltip } from './toolkit/tooltip.js';

/** Colours of the two ends of a bar. */
export const TORNADO_COLORS = { low: '#e15759', high: '#4e79a7' } as const;

const ROW = 24;
const BAR = 14;
const RIGHT_PAD = 16;

/** The KPI as a title: "on time share (%)". */
function kpiTitle(tornado: Tornado): string {
  return `${tornado.kpi.replace(/_/g, ' ')} (${tornado.unit})`;
}

const factor = (f: number) => `×${f}`;

/** "Sensitivity of on time share: slots moves it most (97.1 to 99.0 %), then backup (…)." */
export function tornadoSummary(tornado: Tornado): string {
  const [first, second] = tornado.bars;
  if (!first) return `Sensitivity of ${kpiTitle(tornado)}: no input was varied.`;
  const span = (b: Tornado['bars'][number]) => `${b.input}, ${formatNumber(b.lowMean, 2)} at ${factor(b.lowFactor)} to ${formatNumber(b.highMean, 2)} at ${factor(b.highFactor)}`;
  return `Sensitivity of ${kpiTitle(tornado)} around a base of ${formatNumber(tornado.base, 2)}: ${span(first)} moves it most${second ? `, then ${span(second)}` : ''}.`;
}

/** Height a tornado of `bars` bars needs, px. */
export function tornadoHeight(bars: number): number {
  return LEGEND_ROW + 12 + bars * ROW + TIME_AXIS_HEIGHT + 4;
}

/** Draws `tornado` into `container`. */
export function tornadoChart(container: HTMLElement, tornado: Tornado, options: ChartOptions): ChartHandle {
  return createChart(
    container,
    {
      title: `Sensitivity of ${kpiTitle(tornado)}`,
      summary: tornadoSummary(tornado),
      height: tornadoHeight(tornado.bars.length),
      fullDomain: null,
      draw(ctx) {
        const legendHeight = drawLegend(
          ctx.svg.append('g').attr('transform', 'translate(4,2)'),
          [
            { label: 'input at its low factor', color: TORNADO_COLORS.low },
            { label: 'input at its high factor', color: TORNADO_COLORS.high },
            { label: 'base', color: INK, shape: 'line' },
          ],
          ctx.width - 8,
        );
        const labels = tornado.bars.map((b) => `${b.input} ${factor(b.lowFactor)}–${factor(b.highFactor)}`);
        const left = Math.min(ctx.width / 3, 12 + Math.max(60, ...labels.map((label) => textWidth(label))));
        const top = legendHeight + 12;
        const bottom = top + tornado.bars.length * ROW;
        const values = [tornado.base, ...tornado.bars.flatMap((b) => [b.lowMean, b.highMean])].filter(Number.isFinite);
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        const pad = Math.max((hi - lo) * 0.08, Math.abs(hi) * 1e-4, 1e-6);
        const x = scaleLinear()
          .domain([lo - pad, hi + pad])
          .nice()
          .range([left, ctx.width - RIGHT_PAD]);
        drawBottomAxis(ctx.svg.append('g'), x, bottom, kpiTitle(tornado));
        const marks = ctx.svg.append('g');
        tornado.bars.forEach((bar, i) => {
          const rowTop = top + i * ROW;
          const opacity = bar.significant ? 1 : 0.4;
          marks
            .append('text')
            .attr('x', left - 8)
            .attr('y', rowTop + ROW / 2)
            .attr('dy', '0.35em')
            .attr('text-anchor', 'end')
            .attr('fill', bar.significant ? INK : MUTED)
            .text(labels[i]);
          for (const end of ['low', 'high'] as const) {
            const value = end === 'low' ? bar.lowMean : bar.highMean;
            if (!Number.isFinite(value) || !Number.isFinite(tornado.base)) continue;
            const [a, b] = [x(tornado.base), x(value)].sort((p, q) => p - q);
            marks
              .append('rect')
              .attr('class', 'mark bar')
              .attr('data-input', bar.input)
              .attr('data-end', end)
              .attr('data-value', value)
              .attr('x', a)
              .attr('y', rowTop + (ROW - BAR) / 2)
              .attr('width', Math.max(1, b - a))
              .attr('height', BAR)
              .attr('fill', TORNADO_COLORS[end])
              .attr('fill-opacity', opacity)
              .on('pointerenter', (event: PointerEvent) =>
                showTooltip(
                  {
                    heading: `${bar.input}: ${kpiTitle(tornado)}`,
                    rows: [
                      { label: `at ${factor(bar.lowFactor)}`, value: formatNumber(bar.lowMean, 3), color: TORNADO_COLORS.low },
                      { label: 'base', value: formatNumber(tornado.base, 3) },
                      { label: `at ${factor(bar.highFactor)}`, value: formatNumber(bar.highMean, 3), color: TORNADO_COLORS.high },
                      { label: 'high − low, 95 %', value: `${formatNumber(bar.differenceLow, 3)} to ${formatNumber(bar.differenceHigh, 3)}` },
                      { label: 'told apart from noise', value: bar.significant ? 'yes' : 'no' },
                    ],
                  },
                  event.clientX,
                  event.clientY,
                ),
              )
              .on('pointerleave', hideTooltip);
          }
        });
        if (Number.isFinite(tornado.base)) {
          marks
            .append('line')
            .attr('class', 'mark base')
            .attr('x1', x(tornado.base))
            .attr('x2', x(tornado.base))
            .attr('y1', top - 4)
            .attr('y2', bottom)
            .attr('stroke', INK)
            .attr('stroke-width', 1.5);
        }
      },
    },
    options,
  );
}
