/**
 * Capacity: how many update slots each region uses against the slots it
 * has (capacity drops to 0 while an incident pauses updates), and below it
 * what a shortage costs: instances waiting in Queued and their mean wait.
 */
import { scaleLinear } from 'd3';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ChartRenderer } from './ChartTypes.js';
import { drawValueAxis } from './toolkit/axes.js';
import { binHours, binsInDomain, extremeBins } from './toolkit/bins.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatCount, formatNumber } from './toolkit/format.js';
import { ALERT, MUTED, regionColor } from './toolkit/palette.js';
import { stepAreaPath, stepLinePath } from './toolkit/paths.js';
import { calendarRules } from './toolkit/markers.js';
import { timeFrame, wholeChart } from './toolkit/timeFrame.js';
import { formatBin } from './toolkit/timeScale.js';

/** Height of the queue panel, px. */
const QUEUE_PANEL = 72;
const QUEUE_FILL = '#cbd5e1';

/**
 * Mean Queued wait (hours) per bin of `size` hours: each hour's mean weighted
 * by the updates started in it (the heatmap's counts), so a bin's mean is the
 * mean over every update it started; NaN where none started.
 */
export function meanWaitByBin(data: ViewSeries, size: number): Float64Array {
  const out = new Float64Array(Math.ceil(data.hours / size)).fill(NaN);
  const { firstDay, days, starts } = data.heatmap;
  const offset = firstDay * 24;
  const waitSum = new Float64Array(out.length);
  const started = new Float64Array(out.length);
  for (let i = 0; i < days * 24; i++) {
    const h = offset + i;
    const n = starts[i];
    if (n > 0 && h < data.hours && !Number.isNaN(data.meanWaitHours[h])) {
      waitSum[Math.floor(h / size)] += data.meanWaitHours[h] * n;
      started[Math.floor(h / size)] += n;
    }
  }
  for (let b = 0; b < out.length; b++) if (started[b] > 0) out[b] = waitSum[b] / started[b];
  return out;
}

/** Largest value of `series` over hours first..last. */
function peak(series: Float64Array, first: number, last: number): number {
  let max = 0;
  for (let h = first; h <= last; h++) if (series[h] > max) max = series[h];
  return max;
}

/**
 * "Capacity: peak slot use NAM 48 of 48, EUR 40 of 42; at most 122 instances
 * queued; mean Queued wait 1.2 hours, 3.4 hours on the worst day."
 */
export function capacitySummary(data: ViewSeries): string {
  const last = data.hours - 1;
  const regions = data.regions.map((name, r) => `${name} ${formatCount(peak(data.slotUse[r], 0, last))} of ${formatCount(data.regionSlots[r])}`);
  // One bin spanning the run gives the mean over every update.
  const overall = meanWaitByBin(data, Math.max(1, data.hours))[0];
  const worstDay = peak(meanWaitByBin(data, 24), 0, Math.ceil(data.hours / 24) - 1);
  const wait = Number.isNaN(overall)
    ? 'no update waited for a slot'
    : `mean Queued wait ${formatNumber(overall)} hours, ${formatNumber(worstDay)} hours on the worst day`;
  return `Capacity: peak slot use ${regions.join(', ')}; at most ${formatCount(peak(data.queued, 0, last))} instances queued; ${wait}.`;
}

/** Draws the capacity view. */
export const capacityChart: ChartRenderer = (container, data, options) =>
  createChart(
    container,
    {
      title: `Capacity — ${data.scenarioName}`,
      summary: capacitySummary(data),
      height: 420,
      fullDomain: [0, data.hours],
      draw(ctx) {
        const bin = binHours(ctx.domain);
        const waits = meanWaitByBin(data, bin);
        const peakQueued = extremeBins(data.queued, bin, 'max');
        const slotPeaks = data.slotUse.map((s) => extremeBins(s, bin, 'max'));
        const capacityLows = data.slotCapacity.map((s) => extremeBins(s, bin, 'min'));
        const unit = bin === 24 ? 'day' : 'hour';
        const [first, last] = binsInDomain(ctx.domain, 1, data.hours);

        const { x, plotWidth, panels } = timeFrame(ctx, {
          epochDate: data.epochDate,
          spans: data.spans,
          waves: data.waveSpans,
          markers: calendarRules(data),
          bounds: wholeChart(ctx),
          legend: [
            // Over days the axis says the lines are daily peaks, so the legend keeps to the regions' names and stays short.
            ...data.regions.map((label, i) => ({ label, color: regionColor(i), shape: 'line' as const })),
            { label: "slot capacity (dashed, in the region's colour)", color: MUTED, shape: 'dashed' as const },
            { label: bin === 24 ? 'most instances queued' : 'instances queued', color: QUEUE_FILL },
            { label: 'mean Queued wait', color: ALERT, shape: 'line' as const },
          ],
          panels: [0, QUEUE_PANEL],
          rightAxis: true,
          bin,
          tooltip: (start) => {
            const b = start / bin;
            const wait = waits[b];
            return {
              heading: formatBin(data.epochDate, start, bin),
              rows: [
                ...data.regions.map((label, r) => ({
                  label: `${label}${bin === 24 ? ', peak' : ''}`,
                  value: `${formatCount(slotPeaks[r][b])} of ${formatCount(capacityLows[r][b])} slots`,
                  color: regionColor(r),
                })),
                { label: bin === 24 ? 'most queued' : 'queued at end of hour', value: formatCount(peakQueued[b]), color: QUEUE_FILL },
                { label: `mean wait of updates started this ${unit}`, value: Number.isNaN(wait) ? 'none started' : `${formatNumber(wait)} h`, color: ALERT },
              ],
            };
          },
        });
        const [slots, queue] = panels;

        const slotMax = data.regions.reduce((max, _, r) => Math.max(max, peak(data.slotUse[r], first, last), peak(data.slotCapacity[r], first, last)), 1);
        const y = scaleLinear().domain([0, slotMax]).nice().range([slots.height, 0]);
        drawValueAxis(slots.axes, y, { side: 'left', plotWidth, unit: bin === 24 ? 'update slots in use, daily peak' : 'update slots in use', grid: true, unitY: slots.unitY });
        // Slot use swings from idle days to full nights: over days, each day's peak is what a planner sizes against.
        const [firstBin, lastBin] = binsInDomain(ctx.domain, bin, waits.length);
        const binX = (b: number) => x(b * bin);
        data.regions.forEach((region, r) => {
          slots.marks
            .append('path')
            .attr('class', 'mark')
            .attr('data-series', `${region} capacity`)
            .attr('d', stepLinePath((h) => data.slotCapacity[r][h], first, last, x, y))
            .attr('fill', 'none')
            .attr('stroke', regionColor(r))
            .attr('stroke-width', 1.25)
            .attr('stroke-dasharray', '5 3');
          slots.marks
            .append('path')
            .attr('class', 'mark')
            .attr('data-series', region)
            .attr('d', stepLinePath((b) => slotPeaks[r][b], firstBin, lastBin, binX, y))
            .attr('fill', 'none')
            .attr('stroke', regionColor(r))
            .attr('stroke-width', 1.5);
        });

        const yQueue = scaleLinear()
          .domain([0, Math.max(1, peak(data.queued, first, last))])
          .nice()
          .range([queue.height, 0]);
        let waitMax = 0;
        for (let b = firstBin; b <= lastBin; b++) if (waits[b] > waitMax) waitMax = waits[b];
        const yWait = scaleLinear()
          .domain([0, waitMax || 1])
          .nice()
          .range([queue.height, 0]);
        drawValueAxis(queue.axes, yQueue, { side: 'left', plotWidth, unit: 'instances queued', grid: true, unitY: queue.unitY });
        drawValueAxis(queue.axes, yWait, { side: 'right', plotWidth, unit: 'mean wait (h)', unitY: queue.unitY });
        queue.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'queued')
          .attr('d', stepAreaPath(() => 0, (b) => peakQueued[b], firstBin, lastBin, binX, yQueue))
          .attr('fill', QUEUE_FILL);
        queue.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'mean wait')
          .attr('d', stepLinePath((b) => waits[b], firstBin, lastBin, binX, yWait))
          .attr('fill', 'none')
          .attr('stroke', ALERT)
          .attr('stroke-width', 1.25);
      },
    },
    options,
  );
