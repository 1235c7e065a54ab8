/**
 * The schedule heatmap: update starts by day (across) and UTC hour of day
 * (down), so the waves, the nightly windows of each region and any pause
 * show as a picture. One cell per day and hour, darker for more starts.
 */
import { scaleLinear, scaleSequential, interpolateBlues, type Selection } from 'd3';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ChartRenderer } from './ChartTypes.js';
import { drawValueAxis } from './toolkit/axes.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatCount } from './toolkit/format.js';
import { drawRampLegend } from './toolkit/legend.js';
import { GRID } from './toolkit/palette.js';
import { calendarRules } from './toolkit/markers.js';
import { timeFrame, wholeChart } from './toolkit/timeFrame.js';
import { formatBin, formatClock, formatDay } from './toolkit/timeScale.js';

/** Colour domain of the cells: [0, the most starts in any cell], at least [0, 1] so that an empty map still has a scale. */
export function heatmapColorDomain(starts: ArrayLike<number>): [number, number] {
  let max = 1;
  for (let i = 0; i < starts.length; i++) if (starts[i] > max) max = starts[i];
  return [0, max];
}

/** Cell colours: the light end is kept visible against the empty-cell grey. */
export function heatmapColor(domain: [number, number]): (value: number) => string {
  return scaleSequential((t: number) => interpolateBlues(0.15 + 0.85 * t)).domain(domain);
}

/** Hours the heatmap spans: from the first to the last day on which an update started (the window when none did). */
export function heatmapDomain(data: ViewSeries): [number, number] {
  const { firstDay, days } = data.heatmap;
  return days > 0 ? [firstDay * 24, (firstDay + days) * 24] : [data.windowStartHour, Math.max(data.windowStartHour + 24, data.windowEndHour)];
}

/**
 * "Update starts: 11,454 over 92 days from 12 April 2027; busiest hour 02:00
 * UTC with 3,120 starts in all; at most 66 in one hour, on 3 May 2027."
 */
export function heatmapSummary(data: ViewSeries): string {
  const { firstDay, days, starts } = data.heatmap;
  let total = 0;
  let top = 0;
  const byHour = new Float64Array(24);
  for (let i = 0; i < starts.length; i++) {
    total += starts[i];
    byHour[i % 24] += starts[i];
    if (starts[i] > starts[top]) top = i;
  }
  if (total === 0) return 'Update starts: no update started in this run.';
  const busiestHour = byHour.indexOf(Math.max(...byHour));
  return (
    `Update starts: ${formatCount(total)} over ${formatCount(days)} days from ${formatDay(data.epochDate, firstDay * 24)}; ` +
    `busiest hour ${String(busiestHour).padStart(2, '0')}:00 UTC with ${formatCount(byHour[busiestHour])} starts in all; ` +
    `at most ${formatCount(starts[top])} in one hour, on ${formatDay(data.epochDate, firstDay * 24 + top)}.`
  );
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Draws the heatmap view. */
export const heatmapChart: ChartRenderer = (container, data, options) =>
  createChart(
    container,
    {
      title: `Update starts by day and hour — ${data.scenarioName}`,
      summary: heatmapSummary(data),
      height: 360,
      fullDomain: heatmapDomain(data),
      draw(ctx) {
        const { firstDay, days, starts } = data.heatmap;
        const colorDomain = heatmapColorDomain(starts);
        const color = heatmapColor(colorDomain);
        // Whole days only: a cell is a day wide.
        const domain: [number, number] = [Math.floor(ctx.domain[0] / 24) * 24, Math.ceil(ctx.domain[1] / 24) * 24];
        const dayCount = (domain[1] - domain[0]) / 24;
        const cell = (day: number, hourOfDay: number): number => {
          const i = (day - firstDay) * 24 + hourOfDay;
          return day >= firstDay && day < firstDay + days ? starts[i] : 0;
        };
        let rowHeight = 0;

        const { x, plotWidth, panels } = timeFrame({ ...ctx, domain }, {
          epochDate: data.epochDate,
          bounds: wholeChart(ctx),
          spans: data.spans,
          waves: data.waveSpans,
          markers: calendarRules(data),
          legend: (g: G, width: number) => {
            const height = drawRampLegend(g, color, colorDomain, 'update starts in the hour', Math.min(220, width - 120), `${ctx.id}-ramp`);
            const none = g.append('g').attr('class', 'legend').attr('transform', `translate(${Math.min(220, width - 120) + 24},14)`);
            none.append('rect').attr('width', 14).attr('height', 8).attr('fill', GRID);
            none.append('text').attr('x', 19).attr('y', 8).text('none');
            return height;
          },
          panels: [0],
          bin: 24,
          brushSnap: 24,
          tooltip: (start, pointerY) => {
            const day = start / 24;
            let total = 0;
            for (let h = 0; h < 24; h++) total += cell(day, h);
            const rows = [{ label: 'update starts that day', value: formatCount(total) }];
            if (pointerY !== null && rowHeight > 0) {
              const hourOfDay = Math.min(23, Math.max(0, Math.floor(pointerY / rowHeight)));
              const hour = start + hourOfDay;
              rows.unshift({ label: `${formatClock(data.epochDate, hour)}–${formatClock(data.epochDate, hour + 1)} UTC`, value: formatCount(cell(day, hourOfDay)) });
            }
            return { heading: formatBin(data.epochDate, start, 24), rows };
          },
        });
        const panel = panels[0];
        rowHeight = panel.height / 24;
        const y = scaleLinear().domain([24, 0]).range([panel.height, 0]);
        drawValueAxis(panel.axes, y, {
          side: 'left',
          plotWidth,
          unit: 'hour of day (UTC)',
          tickValues: [0, 6, 12, 18, 24],
          tickFormat: (v) => `${String(v).padStart(2, '0')}:00`,
          unitY: panel.unitY,
        });
        panel.marks.append('rect').attr('width', plotWidth).attr('height', panel.height).attr('fill', GRID);
        const firstShown = Math.max(firstDay, domain[0] / 24);
        const lastShown = Math.min(firstDay + days, domain[0] / 24 + dayCount) - 1;
        // One path per count, holding every cell with that count: a few dozen nodes instead of one per cell (thousands on a long window), each cell still its own rectangle in its own colour.
        const cells = new Map<number, { d: string; hours: number[] }>();
        // Edges to a tenth of a pixel (finer is invisible and bloats the paths), each cell running from its edge to the next one's.
        const px = (v: number): number => Math.round(v * 10) / 10;
        for (let day = firstShown; day <= lastShown; day++) {
          const x0 = px(x(day * 24));
          const width = Math.max(0.5, px(x((day + 1) * 24) - x0));
          for (let h = 0; h < 24; h++) {
            const v = cell(day, h);
            if (v <= 0) continue;
            let same = cells.get(v);
            if (!same) cells.set(v, (same = { d: '', hours: [] }));
            const top = px(h * rowHeight);
            const height = px(px((h + 1) * rowHeight) - top);
            same.d += `M${x0},${top}h${width}v${height}h${-width}Z`;
            same.hours.push(day * 24 + h);
          }
        }
        for (const [v, { d, hours }] of [...cells].sort((a, b) => a[0] - b[0])) {
          panel.marks.append('path').attr('class', 'mark').attr('data-value', v).attr('data-hours', hours.join(' ')).attr('d', d).attr('fill', color(v));
        }
      },
    },
    options,
  );
