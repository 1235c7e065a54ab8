/**
 * Communications: how many notifications of each type went out, split by
 * channel (in-product alert, email, admin center), as in the communication
 * schedule. Not a time chart: zooming leaves it as it is.
 */
import { pointer, scaleBand, scaleLinear } from 'd3';
import type { Channel, MessageType } from '../../sim/model/SimulationResult.js';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ChartRenderer } from './ChartTypes.js';
import { drawBottomAxis } from './toolkit/axes.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatCount } from './toolkit/format.js';
import { drawLegend } from './toolkit/legend.js';
import { CHANNEL_COLORS, GRID, MUTED } from './toolkit/palette.js';
import { textWidth } from './toolkit/textWidth.js';
import { hideTooltip, showTooltip, type TooltipContent } from './toolkit/tooltip.js';

/** Message types as the communication schedule names them. */
export const MESSAGE_TYPE_LABELS: Readonly<Record<MessageType, string>> = {
  updateScheduled: 'update scheduled',
  reminder90: '90 days before',
  reminder30: '30 days before',
  reminder15: '15 days before',
  reminder7: '7 days before',
  scheduleConfirmed: 'schedule confirmed by admin',
  updateInProgress: 'update in progress',
  updateSuccessful: 'update successful',
  fallback: 'fallback to alternate date',
  updateRescheduled: 'update rescheduled',
  incidentStarted: 'incident started',
  incidentResolved: 'incident resolved',
  maintenanceScheduled: 'planned maintenance notice',
  importScheduled: 'import scheduled',
  importCompleted: 'import completed',
};

/** Channel names as in the communication schedule. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  inProductAlert: 'in-product alert',
  email: 'email',
  adminCenter: 'admin center',
};

/** One row of the chart: a message type and its counts per channel, in channel order. */
export interface MessageRow {
  type: MessageType;
  counts: { channel: Channel; count: number }[];
  total: number;
}

/** The messages grouped by type (in the order types first appear), with totals. */
export function messageRows(data: ViewSeries): MessageRow[] {
  const rows = new Map<MessageType, MessageRow>();
  for (const m of data.messages) {
    let row = rows.get(m.type);
    if (!row) rows.set(m.type, (row = { type: m.type, counts: [], total: 0 }));
    row.counts.push({ channel: m.channel, count: m.count });
    row.total += m.count;
  }
  return [...rows.values()];
}

/** "Communications: 240,119 messages sent; most: update scheduled (39,549), 7 days before (38,946), 15 days before (25,092)." */
export function communicationsSummary(data: ViewSeries): string {
  const rows = messageRows(data);
  const total = rows.reduce((a, r) => a + r.total, 0);
  if (total === 0) return 'Communications: no messages sent.';
  const top = rows
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 3)
    .map((r) => `${MESSAGE_TYPE_LABELS[r.type]} (${formatCount(r.total)})`);
  return `Communications: ${formatCount(total)} messages sent; most: ${top.join(', ')}.`;
}

/** Draws the communications view. */
export const communicationsChart: ChartRenderer = (container, data, options) =>
  createChart(
    container,
    {
      title: `Communications — ${data.scenarioName}`,
      summary: communicationsSummary(data),
      height: 320,
      fullDomain: null,
      draw(ctx) {
        const rows = messageRows(data);
        const channels = rows[0]?.counts.map((c) => c.channel) ?? [];
        const legendHeight = drawLegend(
          ctx.svg.append('g').attr('transform', 'translate(4,4)'),
          channels.map((c) => ({ label: CHANNEL_LABELS[c], color: CHANNEL_COLORS[c] })),
          ctx.width - 8,
        );
        const left = Math.max(...rows.map((r) => textWidth(MESSAGE_TYPE_LABELS[r.type])), 40) + 12;
        const right = textWidth('000,000') + 8;
        const top = legendHeight + 12;
        const bottom = 34;
        const plotWidth = Math.max(10, ctx.width - left - right);
        const plotHeight = ctx.height - top - bottom;
        const plot = ctx.svg.append('g').attr('transform', `translate(${left},${top})`);
        const y = scaleBand<MessageType>()
          .domain(rows.map((r) => r.type))
          .range([0, plotHeight])
          .paddingInner(0.25);
        const x = scaleLinear()
          .domain([0, Math.max(1, ...rows.map((r) => r.total))])
          .nice()
          .range([0, plotWidth]);

        plot
          .append('g')
          .attr('class', 'grid')
          .selectAll('line')
          .data(x.ticks(Math.max(2, Math.floor(plotWidth / 80))))
          .join('line')
          .attr('x1', (d) => x(d))
          .attr('x2', (d) => x(d))
          .attr('y2', plotHeight)
          .attr('stroke', GRID);
        drawBottomAxis(plot, x, plotHeight, 'messages sent');

        for (const row of rows) {
          const rowY = y(row.type)!;
          plot
            .append('text')
            .attr('x', -8)
            .attr('y', rowY + y.bandwidth() / 2)
            .attr('dy', '0.35em')
            .attr('text-anchor', 'end')
            .text(MESSAGE_TYPE_LABELS[row.type]);
          let base = 0;
          for (const { channel, count } of row.counts) {
            if (count <= 0) continue;
            plot
              .append('rect')
              .attr('class', 'mark')
              .attr('data-series', channel)
              .attr('data-type', row.type)
              .attr('data-value', count)
              .attr('x', x(base))
              .attr('y', rowY)
              .attr('width', x(base + count) - x(base))
              .attr('height', y.bandwidth())
              .attr('fill', CHANNEL_COLORS[channel]);
            base += count;
          }
          plot
            .append('text')
            .attr('x', x(row.total) + 4)
            .attr('y', rowY + y.bandwidth() / 2)
            .attr('dy', '0.35em')
            .attr('fill', MUTED)
            .text(formatCount(row.total));
        }

        // Hover and keyboard read a whole row: its channels and total.
        const content = (row: MessageRow): TooltipContent => ({
          heading: MESSAGE_TYPE_LABELS[row.type],
          rows: [
            ...row.counts.map(({ channel, count }) => ({ label: CHANNEL_LABELS[channel], value: formatCount(count), color: CHANNEL_COLORS[channel] })),
            { label: 'all channels', value: formatCount(row.total) },
          ],
        });
        const highlight = plot
          .append('rect')
          .attr('class', 'crosshair')
          .attr('x', -left)
          .attr('width', left + plotWidth + right)
          .attr('height', y.step())
          .attr('fill', MUTED)
          .attr('fill-opacity', 0.1)
          .attr('pointer-events', 'none')
          .attr('visibility', 'hidden');
        let current = -1;
        const show = (i: number, clientX: number, clientY: number) => {
          current = i;
          highlight.attr('y', y(rows[i].type)! - (y.step() - y.bandwidth()) / 2).attr('visibility', 'visible');
          showTooltip(content(rows[i]), clientX, clientY);
        };
        const hide = () => {
          current = -1;
          highlight.attr('visibility', 'hidden');
          hideTooltip();
        };
        plot
          .append('rect')
          .attr('class', 'overlay')
          .attr('x', -left)
          .attr('width', left + plotWidth + right)
          .attr('height', plotHeight)
          .attr('fill', 'transparent')
          .on('pointermove', (event: PointerEvent) => {
            const [, py] = pointer(event, plot.node());
            show(Math.min(rows.length - 1, Math.max(0, Math.floor(py / y.step()))), event.clientX, event.clientY);
          })
          .on('pointerleave', hide);
        ctx.svg
          .on('keydown.rows', (event: KeyboardEvent) => {
            let next: number;
            if (event.key === 'ArrowDown') next = Math.min(rows.length - 1, current + 1);
            else if (event.key === 'ArrowUp') next = current < 0 ? rows.length - 1 : Math.max(0, current - 1);
            else if (event.key === 'Escape') return hide();
            else return;
            event.preventDefault();
            const box = ctx.svg.node()!.getBoundingClientRect();
            show(next, box.left + left + x(rows[next].total), box.top + top + y(rows[next].type)! + y.bandwidth());
          })
          .on('blur.rows', hide);
      },
    },
    options,
  );
