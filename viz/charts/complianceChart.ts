/**
 * Policy compliance: the share of the fleet on n over time, against the day
 * n-1 loses support and the window's close; beside it, how the updates went
 * (already current, approved, mandatory, rescheduled, never approved) and how
 * many instances are out of policy when support ends and when the window closes.
 */
import { scaleBand, scaleLinear, type Selection } from 'd3';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ChartRenderer } from './ChartTypes.js';
import { drawValueAxis } from './toolkit/axes.js';
import { binHours, binsInDomain } from './toolkit/bins.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatCount, formatShare } from './toolkit/format.js';
import { ALERT, GOOD, MUTED } from './toolkit/palette.js';
import { endOfHourBandPath, endOfHourLinePath } from './toolkit/paths.js';
import { calendarRules } from './toolkit/markers.js';
import { timeFrame, wholeChart } from './toolkit/timeFrame.js';
import { formatBin, formatDay } from './toolkit/timeScale.js';
import { FONT_SIZE, textWidth } from './toolkit/textWidth.js';

/** One bar of the side panel; `count` null when it cannot be known (support end outside the run). */
export interface ComplianceBar {
  key: string;
  label: string;
  count: number | null;
  group: 'split' | 'outOfPolicy';
}

/** The side panel's bars: the compliance split, then the out-of-policy counts at support end (n-1, n-2) and at window end. */
export function complianceBars(data: ViewSeries): ComplianceBar[] {
  const atSupportEnd = data.versionsAtSupportEnd;
  return [
    { key: 'alreadyCurrent', label: 'already current', count: data.split.alreadyCurrent, group: 'split' },
    { key: 'approved', label: 'approved', count: data.split.approved, group: 'split' },
    { key: 'mandatory', label: 'mandatory', count: data.split.mandatory, group: 'split' },
    { key: 'rescheduled', label: 'rescheduled', count: data.split.rescheduled, group: 'split' },
    { key: 'neverApproved', label: 'never approved', count: data.split.neverApproved, group: 'split' },
    { key: 'n1AtSupportEnd', label: 'n-1 at support end', count: atSupportEnd ? atSupportEnd[1] : null, group: 'outOfPolicy' },
    { key: 'n2AtSupportEnd', label: 'n-2 at support end', count: atSupportEnd ? atSupportEnd[2] : null, group: 'outOfPolicy' },
    { key: 'atWindowEnd', label: 'at window end', count: data.outOfPolicyAtWindowEnd, group: 'outOfPolicy' },
  ];
}

/** Share on n at the end of `hour` (before the first hour: at the end of the first). */
function shareAt(data: ViewSeries, hour: number): number {
  return data.shareOnN[Math.min(data.hours - 1, Math.max(0, Math.ceil(hour) - 1))];
}

/**
 * "Compliance: 97.5 % of the fleet on n when the window closes (30 June
 * 2027); as n-1's support ends, 5,370 instances on n-1 and 855 on n-2; 261
 * out of policy at the window end."
 */
export function complianceSummary(data: ViewSeries): string {
  const share = data.hours > 0 ? `${formatShare(shareAt(data, data.windowEndHour))} of the fleet on n when the window closes (${formatDay(data.epochDate, data.windowEndHour - 1)})` : 'no hours simulated';
  const versions = data.versionsAtSupportEnd;
  const support = versions
    ? `as n-1's support ends, ${formatCount(versions[1])} instances on n-1 and ${formatCount(versions[2])} on n-2`
    : "n-1's support end falls outside the run";
  return `Compliance: ${share}; ${support}; ${formatCount(data.outOfPolicyAtWindowEnd)} out of policy at the window end.`;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

const GROUP_TITLES = { split: 'How updates went (instances)', outOfPolicy: 'Out of policy (instances)' } as const;

/** Below this width (px) the bars go under the line chart instead of beside it, so the line keeps the chart's width. */
export const STACK_BELOW = 640;
/** Heights, px: the chart side by side, and stacked (the line chart, then the bars). */
const SIDE_BY_SIDE_HEIGHT = 330;
const STACKED_LINE_HEIGHT = 300;
const STACKED_BARS_HEIGHT = 190;

/** The chart's height at `width`: taller when the bars go under the line chart. */
export function complianceHeight(width: number): number {
  return width < STACK_BELOW ? STACKED_LINE_HEIGHT + STACKED_BARS_HEIGHT : SIDE_BY_SIDE_HEIGHT;
}

/** Draws the side panel's bars into `g`, `width` × `height` px. */
function drawBars(g: G, bars: readonly ComplianceBar[], width: number, height: number): void {
  const rows = bars.flatMap((bar, i) => (i === 0 || bars[i - 1].group !== bar.group ? [bar.group, bar.key] : [bar.key]));
  const y = scaleBand<string>().domain(rows).range([0, height]).paddingInner(0.25);
  const labelWidth = Math.max(...bars.map((b) => textWidth(b.label))) + 8;
  const valueWidth = textWidth('100,000') + 6;
  const max = Math.max(1, ...bars.map((b) => b.count ?? 0));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(10, width - labelWidth - valueWidth)]);
  const textY = (key: string) => y(key)! + y.bandwidth() / 2;
  for (const group of ['split', 'outOfPolicy'] as const) {
    g.append('text').attr('y', textY(group)).attr('dy', '0.35em').attr('font-weight', 600).text(GROUP_TITLES[group]);
  }
  for (const bar of bars) {
    g.append('text')
      .attr('x', labelWidth - 6)
      .attr('y', textY(bar.key))
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text(bar.label);
    const w = bar.count === null ? 0 : x(bar.count);
    if (bar.count !== null) {
      g.append('rect')
        .attr('class', 'mark')
        .attr('data-series', bar.key)
        .attr('data-value', bar.count)
        .attr('x', labelWidth)
        .attr('y', y(bar.key)!)
        .attr('width', w)
        .attr('height', y.bandwidth())
        .attr('fill', bar.group === 'split' ? GOOD : ALERT)
        .attr('fill-opacity', bar.group === 'split' ? 0.75 : 0.85);
    }
    g.append('text')
      .attr('x', labelWidth + w + 4)
      .attr('y', textY(bar.key))
      .attr('dy', '0.35em')
      .attr('fill', MUTED)
      .text(bar.count === null ? 'outside the run' : formatCount(bar.count));
  }
}

/** Draws the compliance view. */
export const complianceChart: ChartRenderer = (container, data, options) =>
  createChart(
    container,
    {
      title: `Compliance — ${data.scenarioName}`,
      summary: complianceSummary(data),
      height: complianceHeight,
      fullDomain: [0, data.hours],
      draw(ctx) {
        const bin = binHours(ctx.domain);
        const stacked = ctx.width < STACK_BELOW;
        const sideWidth = stacked ? ctx.width : Math.round(Math.min(340, Math.max(200, ctx.width * 0.3)));
        const whole = wholeChart(ctx);
        const bounds = stacked ? { ...whole, height: STACKED_LINE_HEIGHT - whole.top } : { ...whole, width: whole.width - sideWidth - 16 };
        const { x, plotWidth, panels } = timeFrame(ctx, {
          epochDate: data.epochDate,
          spans: data.spans,
          waves: data.waveSpans,
          bounds,
          legend: [{ label: 'share of the fleet on n', color: GOOD, shape: 'line' }],
          markers: calendarRules(data),
          panels: [0],
          bin,
          tooltip: (start) => ({
            heading: formatBin(data.epochDate, start, bin),
            rows: [{ label: `on n at end of ${bin === 24 ? 'day' : 'hour'}`, value: formatShare(shareAt(data, Math.min(data.hours, start + bin))), color: GOOD }],
          }),
        });
        const panel = panels[0];
        const y = scaleLinear().domain([0, 1]).range([panel.height, 0]);
        drawValueAxis(panel.axes, y, {
          side: 'left',
          plotWidth,
          unit: '% of fleet on n',
          grid: true,
          tickFormat: (v) => `${Math.round(v * 100)}`,
          unitY: panel.unitY,
        });
        const [first, last] = binsInDomain(ctx.domain, 1, data.hours);
        const share = (h: number) => data.shareOnN[h];
        panel.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'share on n area')
          .attr('d', endOfHourBandPath(() => 0, share, first, last, x, y))
          .attr('fill', GOOD)
          .attr('fill-opacity', 0.12);
        panel.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'share on n')
          .attr('d', endOfHourLinePath(share, first, last, x, y))
          .attr('fill', 'none')
          .attr('stroke', GOOD)
          .attr('stroke-width', 1.75);

        const sideTop = stacked ? STACKED_LINE_HEIGHT + 6 : bounds.top + 6;
        drawBars(
          ctx.svg.append('g').attr('class', 'compliance-split').attr('transform', `translate(${stacked ? 4 : ctx.width - sideWidth},${sideTop})`),
          complianceBars(data),
          stacked ? sideWidth - 8 : sideWidth,
          ctx.height - sideTop - FONT_SIZE,
        );
      },
    },
    options,
  );
