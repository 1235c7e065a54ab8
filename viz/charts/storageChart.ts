/**
 * Storage: Total Storage Used as reported and as it really is. While an
 * instance is Queued or updating its storage is left out of the reported
 * figure (the storage omission), so the reported line dips during waves;
 * the shaded band is the gap, and the lower panel shows its size.
 */
import { scaleLinear } from 'd3';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ChartRenderer } from './ChartTypes.js';
import { drawValueAxis } from './toolkit/axes.js';
import { binHours, binsInDomain } from './toolkit/bins.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatNumber, formatShare } from './toolkit/format.js';
import { ALERT, INK } from './toolkit/palette.js';
import { endOfHourBandPath, endOfHourLinePath } from './toolkit/paths.js';
import { sizeUnit } from '../../sim/report/sizeUnit.js';
import { calendarRules } from './toolkit/markers.js';
import { timeFrame, wholeChart } from './toolkit/timeFrame.js';
import { formatBin, formatDay } from './toolkit/timeScale.js';

const GAP_PANEL = 64;

/** Gap between actual and reported storage at the end of hour `h`, GB. */
function gapAt(data: ViewSeries, h: number): number {
  return data.actualStorageGb[h] - data.reportedStorageGb[h];
}

/** The hour with the largest gap between actual and reported storage (the first of equals), or null for an empty run. */
export function largestGapHour(data: ViewSeries): number | null {
  let best: number | null = null;
  for (let h = 0; h < data.hours; h++) if (best === null || gapAt(data, h) > gapAt(data, best)) best = h;
  return best;
}

/** `gb` written in `unit`: whole GB, or TB with one decimal ("4,401 GB", "199.2 TB"). */
function formatSize(gb: number, unit = sizeUnit(Math.abs(gb))): string {
  return `${formatNumber(gb / unit.divisor, unit.divisor === 1 ? 0 : 1)} ${unit.unit}`;
}

/**
 * "Storage: reported Total Storage Used falls at most 4.4 TB (2.2 %) below
 * actual, on 13 July 2027; actual storage ends at 199.2 TB."
 */
export function storageSummary(data: ViewSeries): string {
  const h = largestGapHour(data);
  if (h === null) return 'Storage: no hours simulated.';
  const end = `actual storage ends at ${formatSize(data.actualStorageGb[data.hours - 1])}`;
  const gap = gapAt(data, h);
  if (!(gap > 0)) return `Storage: reported Total Storage Used never falls below actual; ${end}.`;
  const share = data.actualStorageGb[h] > 0 ? ` (${formatShare(gap / data.actualStorageGb[h])})` : '';
  return `Storage: reported Total Storage Used falls at most ${formatSize(gap)}${share} below actual, on ${formatDay(data.epochDate, h)}; ${end}.`;
}

/** Draws the storage view. */
export const storageChart: ChartRenderer = (container, data, options) =>
  createChart(
    container,
    {
      title: `Storage — ${data.scenarioName}`,
      summary: storageSummary(data),
      height: 380,
      fullDomain: [0, data.hours],
      draw(ctx) {
        const bin = binHours(ctx.domain);
        const [first, last] = binsInDomain(ctx.domain, 1, data.hours);
        let lo = Infinity;
        let hi = 0;
        let gapMax = 0;
        for (let h = first; h <= last; h++) {
          lo = Math.min(lo, data.reportedStorageGb[h], data.actualStorageGb[h]);
          hi = Math.max(hi, data.reportedStorageGb[h], data.actualStorageGb[h]);
          gapMax = Math.max(gapMax, gapAt(data, h));
        }
        const unit = sizeUnit(hi);
        const gapUnit = sizeUnit(gapMax);

        const { x, plotWidth, panels } = timeFrame(ctx, {
          epochDate: data.epochDate,
          spans: data.spans,
          waves: data.waveSpans,
          markers: calendarRules(data),
          bounds: wholeChart(ctx),
          legend: [
            { label: 'actual Total Storage Used', color: INK, shape: 'line' },
            { label: 'reported (omits instances Queued to upgraded)', color: ALERT, shape: 'line' },
            { label: 'gap', color: 'rgba(194, 65, 12, 0.3)' },
          ],
          panels: [0, GAP_PANEL],
          bin,
          tooltip: (start) => {
            const h = Math.min(data.hours, start + bin) - 1;
            const actual = data.actualStorageGb[h];
            const gap = gapAt(data, h);
            return {
              heading: `${formatBin(data.epochDate, start, bin)}, at its end`,
              rows: [
                { label: 'actual', value: formatSize(actual, unit), color: INK },
                { label: 'reported', value: formatSize(data.reportedStorageGb[h], unit), color: ALERT },
                { label: 'gap', value: `${formatSize(gap)}${actual > 0 ? ` (${formatShare(gap / actual)})` : ''}` },
              ],
            };
          },
        });
        const [main, gapPanel] = panels;

        // Storage hardly moves against its size, so the axis spans the visible values only: a zero baseline would hide the gap.
        const pad = Math.max((hi - lo) * 0.1, hi * 0.001, 1);
        const y = scaleLinear()
          .domain([Math.max(0, lo - pad) / unit.divisor, (hi + pad) / unit.divisor])
          .nice()
          .range([main.height, 0]);
        const yGb = (gb: number) => y(gb / unit.divisor);
        drawValueAxis(main.axes, y, { side: 'left', plotWidth, unit: `Total Storage Used (${unit.unit})`, valueUnit: unit.unit, grid: true, unitY: main.unitY });
        const reported = (h: number) => data.reportedStorageGb[h];
        const actual = (h: number) => data.actualStorageGb[h];
        main.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'gap')
          .attr('d', endOfHourBandPath(reported, actual, first, last, x, yGb))
          .attr('fill', ALERT)
          .attr('fill-opacity', 0.3);
        main.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'actual')
          .attr('d', endOfHourLinePath(actual, first, last, x, yGb))
          .attr('fill', 'none')
          .attr('stroke', INK)
          .attr('stroke-width', 1.5);
        main.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'reported')
          .attr('d', endOfHourLinePath(reported, first, last, x, yGb))
          .attr('fill', 'none')
          .attr('stroke', ALERT)
          .attr('stroke-width', 1.25);

        const yGap = scaleLinear()
          .domain([0, (gapMax || 1) / gapUnit.divisor])
          .nice()
          .range([gapPanel.height, 0]);
        drawValueAxis(gapPanel.axes, yGap, { side: 'left', plotWidth, unit: `gap (${gapUnit.unit}), actual − reported`, grid: true, unitY: gapPanel.unitY });
        gapPanel.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'gap size')
          .attr('d', endOfHourBandPath(() => 0, (h) => Math.max(0, gapAt(data, h)), first, last, x, (gb) => yGap(gb / gapUnit.divisor)))
          .attr('fill', ALERT)
          .attr('fill-opacity', 0.45);
      },
    },
    options,
  );
