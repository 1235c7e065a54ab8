/**
 * A band view: each line is the mean of a series over a batch of
 * replications, in a shaded band from the 5th to the 95th percentile, hour
 * by hour (or day by day): where the band is narrow the wave is predictable,
 * where it fans out luck decides. A comparison overlays one line per
 * scenario in its own colour.
 */
import { scaleLinear } from 'd3';
import type { BandChartData, BandLine } from '../batch/bandViews.js';
import type { ChartHandle, ChartOptions } from './ChartTypes.js';
import { drawValueAxis } from './toolkit/axes.js';
import type { LegendItem } from './toolkit/legend.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatNumber, formatShare } from './toolkit/format.js';
import { lineColor, MUTED } from './toolkit/palette.js';
import { endOfHourBandPath, endOfHourLinePath, stepAreaPath, stepLinePath } from './toolkit/paths.js';
import { calendarRules } from './toolkit/markers.js';
import { timeFrame, wholeChart } from './toolkit/timeFrame.js';
import { formatBin } from './toolkit/timeScale.js';

/** Opacity of a band: lighter when several overlap. */
const BAND_OPACITY = { one: 0.22, several: 0.12 };

/** The band's legend item, in the colour it is drawn: the line's for one line, a neutral tint saying so for several. */
function bandLegend(lines: readonly BandLine[], opacity: number): LegendItem {
  const alpha = Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0');
  if (lines.length === 1) return { label: '90 % band (5th to 95th percentile)', color: `${lineColor(lines[0].colorIndex)}${alpha}` };
  return { label: "90 % bands (5th to 95th percentile), in each line's colour", color: `${MUTED}${alpha}` };
}

/** A value as the view's axis reads it. */
function formatter(data: BandChartData): (v: number) => string {
  return data.share ? formatShare : (v) => formatNumber(v, 1);
}

/** The bins of `line` inside chart hours `domain`: [first, last], empty when first > last. */
function binsIn(line: BandLine, bin: number, domain: [number, number]): [number, number] {
  const first = Math.max(0, Math.floor((domain[0] - line.offsetHours) / bin));
  const last = Math.min(line.band.mean.length - 1, Math.ceil((domain[1] - line.offsetHours) / bin) - 1);
  return [first, last];
}

/**
 * "Share on n: on n ends the window at 97.1 % (90 % band 96.2 % to 97.9 %)."
 * Lines read as of the end of the hour are taken at the window's close;
 * counts and demand by their highest mean.
 */
export function bandSummary(data: BandChartData): string {
  const format = formatter(data);
  const parts = data.lines.map((line) => {
    const { mean, p5, p95 } = line.band;
    if (data.shape === 'endOfHour') {
      const i = Math.min(mean.length - 1, Math.max(0, Math.floor((data.windowEndHour - line.offsetHours) / data.bin) - 1));
      return `${line.label} ends the window at ${format(mean[i])} (90 % band ${format(p5[i])} to ${format(p95[i])})`;
    }
    let peak = 0;
    for (let i = 1; i < mean.length; i++) if (mean[i] > mean[peak]) peak = i;
    return `${line.label} peaks at a mean of ${format(mean[peak])} (90 % band ${format(p5[peak])} to ${format(p95[peak])})`;
  });
  return `${data.title}: ${parts.join('; ')}.`;
}

/** Draws a band view of `data` into `container`. */
export function bandChart(container: HTMLElement, data: BandChartData, options: ChartOptions): ChartHandle {
  const format = formatter(data);
  const bandOpacity = data.lines.length > 1 ? BAND_OPACITY.several : BAND_OPACITY.one;
  return createChart(
    container,
    {
      title: data.title,
      summary: bandSummary(data),
      height: 260,
      fullDomain: data.hours,
      draw(ctx) {
        const { x, plotWidth, panels } = timeFrame(ctx, {
          epochDate: data.epochDate,
          bounds: wholeChart(ctx),
          legend: [
            ...data.lines.map((line) => ({ label: line.label, color: lineColor(line.colorIndex), shape: 'line' as const })),
            bandLegend(data.lines, bandOpacity),
          ],
          markers: calendarRules(data),
          panels: [0],
          bin: data.bin,
          brushSnap: data.bin,
          tooltip: (start) => ({
            heading: formatBin(data.epochDate, start, data.bin),
            rows: data.lines.flatMap((line) => {
              const i = Math.floor((start - line.offsetHours) / data.bin);
              if (!(i >= 0 && i < line.band.mean.length)) return [];
              const { mean, p5, p95 } = line.band;
              return [{ label: line.label, value: `${format(mean[i])} (${format(p5[i])} to ${format(p95[i])})`, color: lineColor(line.colorIndex) }];
            }),
          }),
        });
        const panel = panels[0];
        let lo = Infinity;
        let hi = -Infinity;
        for (const line of data.lines) {
          const [first, last] = binsIn(line, data.bin, ctx.domain);
          for (let i = first; i <= last; i++) {
            lo = Math.min(lo, line.band.p5[i]);
            hi = Math.max(hi, line.band.p95[i]);
          }
        }
        if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
        const pad = Math.max((hi - lo) * 0.1, Math.abs(hi) * 0.001, 1e-9);
        const domain = data.share ? [0, 1] : data.fromZero ? [0, hi || 1] : [Math.max(0, lo - pad), hi + pad];
        const y = scaleLinear().domain(domain).nice().range([panel.height, 0]);
        drawValueAxis(panel.axes, y, {
          side: 'left',
          plotWidth,
          unit: data.unit,
          grid: true,
          unitY: panel.unitY,
          tickFormat: data.share ? (v) => `${Math.round(v * 100)} %` : undefined,
        });

        for (const line of data.lines) {
          const [first, last] = binsIn(line, data.bin, ctx.domain);
          if (first > last) continue;
          const at = (i: number) => x(line.offsetHours + i * data.bin);
          const { mean, p5, p95 } = line.band;
          const color = lineColor(line.colorIndex);
          const step = data.shape === 'step';
          panel.marks
            .append('path')
            .attr('class', 'mark band')
            .attr('data-series', line.label)
            .attr('d', (step ? stepAreaPath : endOfHourBandPath)((i) => p5[i], (i) => p95[i], first, last, at, y))
            .attr('fill', color)
            .attr('fill-opacity', bandOpacity);
          panel.marks
            .append('path')
            .attr('class', 'mark mean')
            .attr('data-series', line.label)
            .attr('d', (step ? stepLinePath : endOfHourLinePath)((i) => mean[i], first, last, at, y))
            .attr('fill', 'none')
            .attr('stroke', color)
            .attr('stroke-width', 1.5);
        }
        if (data.lines.length === 0) panel.marks.append('text').attr('fill', MUTED).attr('y', 16).text('No series to show.');
      },
    },
    options,
  );
}
