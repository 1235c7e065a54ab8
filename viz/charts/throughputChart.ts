/**
 * Throughput: how many update steps complete per day (per hour when zoomed
 * in to a few days), stacked by region, with the moments the fleet reaches
 * 50 %, 90 % and 99 % on n and the window's opening and close marked.
 */
import { scaleLinear } from 'd3';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ChartRenderer } from './ChartTypes.js';
import { drawValueAxis } from './toolkit/axes.js';
import { binHours, binsInDomain, sumBins } from './toolkit/bins.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatCount, formatShare } from './toolkit/format.js';
import { calendarRules, type Marker } from './toolkit/markers.js';
import { regionColor } from './toolkit/palette.js';
import { timeFrame, wholeChart } from './toolkit/timeFrame.js';
import { formatBin, formatDay } from './toolkit/timeScale.js';

/**
 * The moments marked on the throughput chart, in the order their labels
 * claim room: the window's close and n-1's support end, each share-on-n
 * milestone reached, then the window's opening.
 */
export function throughputMarkers(data: ViewSeries): Marker[] {
  const [closes, supportEnds, opens] = calendarRules(data);
  const milestones = data.shareMilestones.flatMap((m): Marker[] => (m.hour === null ? [] : [{ hour: m.hour, label: `${formatShare(m.share)} on n`, kind: 'milestone' }]));
  return [closes, supportEnds, ...milestones, opens];
}

/**
 * "Throughput: 11,065 update steps completed; 50 % of the fleet on n by 14 May
 * 2027, 90 % by 2 June 2027, 99 % never reached." A milestone reached at the
 * end of hour h is dated by that hour's day.
 */
export function throughputSummary(data: ViewSeries): string {
  const steps = data.completionsByRegion.reduce((total, series) => total + series.reduce((a, b) => a + b, 0), 0);
  const milestones = data.shareMilestones.map((m, i) => {
    const share = i === 0 ? `${formatShare(m.share)} of the fleet on n` : formatShare(m.share);
    return m.hour === null ? `${share} never reached` : `${share} by ${formatDay(data.epochDate, m.hour - 1)}`;
  });
  const tail = milestones.length ? `; ${milestones.join(', ')}` : '';
  return `Throughput: ${formatCount(steps)} update steps completed${tail}.`;
}

/** Draws the throughput view. */
export const throughputChart: ChartRenderer = (container, data, options) =>
  createChart(
    container,
    {
      title: `Throughput — ${data.scenarioName}`,
      summary: throughputSummary(data),
      height: 340,
      fullDomain: [0, data.hours],
      draw(ctx) {
        const bin = binHours(ctx.domain);
        const totals = data.completionsByRegion.map((series) => sumBins(series, bin));
        const binCount = Math.ceil(data.hours / bin);
        const [first, last] = binsInDomain(ctx.domain, bin, binCount);
        const stackTop = (b: number) => totals.reduce((a, t) => a + t[b], 0);
        const unit = bin === 24 ? 'day' : 'hour';

        const frame = timeFrame(ctx, {
          epochDate: data.epochDate,
          spans: data.spans,
          waves: data.waveSpans,
          bounds: wholeChart(ctx),
          legend: data.regions.map((label, i) => ({ label, color: regionColor(i) })),
          markers: throughputMarkers(data),
          panels: [0],
          bin,
          tooltip: (start) => {
            const b = start / bin;
            const onN = data.shareOnN[Math.min(data.hours, start + bin) - 1];
            return {
              heading: formatBin(data.epochDate, start, bin),
              rows: [
                ...data.regions.map((label, r) => ({ label, value: formatCount(totals[r][b]), color: regionColor(r) })),
                { label: 'all regions', value: formatCount(stackTop(b)) },
                ...(onN === undefined ? [] : [{ label: `fleet on n at end of ${unit}`, value: formatShare(onN) }]),
              ],
            };
          },
        });
        const { x, plotWidth, panels } = frame;
        const panel = panels[0];
        let max = 0;
        for (let b = first; b <= last; b++) max = Math.max(max, stackTop(b));
        const y = scaleLinear()
          .domain([0, max || 1])
          .nice()
          .range([panel.height, 0]);
        drawValueAxis(panel.axes, y, { side: 'left', plotWidth, unit: `update steps per ${unit}`, grid: true, unitY: panel.unitY });

        // One path per region holding all its bars: a few nodes instead of one per bar and region (hundreds over a window).
        const px = (v: number): number => Math.round(v * 10) / 10;
        const bars = totals.map(() => ({ d: '', hours: [] as number[], values: [] as number[] }));
        for (let b = first; b <= last; b++) {
          const x0 = px(x(b * bin));
          const full = px(x((b + 1) * bin)) - x0;
          // A pixel of air between bars that are wide enough to spare it.
          const width = px(Math.max(0.5, full > 3 ? full - 1 : full));
          let base = 0;
          totals.forEach((series, r) => {
            const v = series[b];
            if (!(v > 0)) return;
            const top = px(y(base + v));
            bars[r].d += `M${x0},${top}h${width}v${px(px(y(base)) - top)}h${-width}Z`;
            bars[r].hours.push(b * bin);
            bars[r].values.push(v);
            base += v;
          });
        }
        bars.forEach(({ d, hours, values }, r) => {
          if (d === '') return;
          panel.marks
            .append('path')
            .attr('class', 'mark')
            .attr('data-series', data.regions[r])
            .attr('data-hours', hours.join(' '))
            .attr('data-values', values.join(' '))
            .attr('d', d)
            .attr('fill', regionColor(r));
        });
      },
    },
    options,
  );
