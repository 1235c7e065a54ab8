/**
 * Backup load: what the backup systems are asked to copy each hour, by kind
 * (daily system backups, admins' on-demand backups, updates' own backups and
 * restores to sandboxes), stacked against the fleet's backup capacity; the
 * lower panel shows the storage that retention holds for system and
 * on-demand backups.
 */
import { scaleLinear } from 'd3';
import type { BackupKind } from '../../sim/model/SimulationResult.js';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ChartRenderer } from './ChartTypes.js';
import { drawValueAxis } from './toolkit/axes.js';
import { binHours, binsInDomain } from './toolkit/bins.js';
import { createChart } from './toolkit/chartFrame.js';
import { formatCount, formatNumber, formatShare } from './toolkit/format.js';
import { BACKUP_KIND_COLORS, INK } from './toolkit/palette.js';
import { endOfHourBandPath, stepAreaPath, stepLinePath } from './toolkit/paths.js';
import { sizeUnit } from '../../sim/report/sizeUnit.js';
import { calendarRules } from './toolkit/markers.js';
import { timeFrame, wholeChart } from './toolkit/timeFrame.js';
import { formatBin, formatClock, formatDay } from './toolkit/timeScale.js';

/** Legend and tooltip names of the backup kinds. */
export const BACKUP_KIND_LABELS: Readonly<Record<BackupKind, string>> = {
  system: 'daily system backups',
  onDemand: 'on-demand backups',
  update: 'updates (Backup and Restore stages)',
  restore: 'restores to sandboxes',
};

const RETAINED_PANEL = 72;

/** Backup storage held by retention at the end of hour `h`, GB. */
function retainedAt(data: ViewSeries, h: number): number {
  return data.retainedSystemBackupGb[h] + data.retainedOnDemandBackupGb[h];
}

/** `gb` in its unit: whole GB, or TB with one decimal. */
function formatSize(gb: number, unit = sizeUnit(Math.abs(gb))): string {
  return `${formatNumber(gb / unit.divisor, unit.divisor === 1 ? 0 : 1)} ${unit.unit}`;
}

/** Total backup demand in hour `h`, GB/h. */
export function totalDemand(data: ViewSeries, h: number): number {
  // A plain loop: this runs for every hour several times a drawing, where a callback per kind costs more than the sum.
  let total = 0;
  for (const series of data.backupDemand) total += series[h];
  return total;
}

/** The hour of highest total demand among hours first..last (the first of equals). */
function peakHour(data: ViewSeries, first: number, last: number): number {
  let best = first;
  let bestTotal = totalDemand(data, first);
  for (let h = first + 1; h <= last; h++) {
    const total = totalDemand(data, h);
    if (total > bestTotal) {
      best = h;
      bestTotal = total;
    }
  }
  return best;
}

/**
 * "Backup: peak demand 17,800 GB/h on 14 May 2027 against 46,000 GB/h of
 * capacity (39 %); demand never exceeds capacity."
 */
export function backupSummary(data: ViewSeries): string {
  if (data.hours === 0) return 'Backup: no hours simulated.';
  const h = peakHour(data, 0, data.hours - 1);
  const peak = totalDemand(data, h);
  const capacity = data.backupCapacity[h];
  let over = 0;
  for (let t = 0; t < data.hours; t++) if (totalDemand(data, t) > data.backupCapacity[t]) over++;
  const ratio = capacity > 0 ? ` (${formatShare(peak / capacity)})` : '';
  const saturation = over === 0 ? 'demand never exceeds capacity' : `demand exceeds capacity in ${formatCount(over)} hour${over === 1 ? '' : 's'}`;
  let held = 0;
  for (let t = 0; t < data.hours; t++) held = Math.max(held, retainedAt(data, t));
  return `Backup: peak demand ${formatCount(peak)} GB/h on ${formatDay(data.epochDate, h)} against ${formatCount(capacity)} GB/h of capacity${ratio}; ${saturation}; retained backups hold up to ${formatSize(held)}.`;
}

/**
 * For a daily zoom: hour h → the busiest hour of h's UTC day (within
 * first..last). Hour by hour, the nightly system backups draw a comb in which
 * the update and restore layers cannot be seen at a whole-window zoom, and a
 * daily mean would hide the peaks that meet capacity; a day drawn as its
 * busiest hour keeps both.
 */
export function busiestHourOfDay(data: ViewSeries, first: number, last: number): (h: number) => number {
  const firstDay = Math.floor(first / 24);
  const peaks = new Int32Array(Math.floor(last / 24) - firstDay + 1).fill(-1);
  return (h) => {
    const day = Math.floor(h / 24) - firstDay;
    if (peaks[day] < 0) peaks[day] = peakHour(data, Math.max(first, (day + firstDay) * 24), Math.min(last, (day + firstDay) * 24 + 23));
    return peaks[day];
  };
}

/** Draws the backup view. */
export const backupChart: ChartRenderer = (container, data, options) =>
  createChart(
    container,
    {
      title: `Backup load — ${data.scenarioName}`,
      summary: backupSummary(data),
      height: 420,
      fullDomain: [0, data.hours],
      draw(ctx) {
        const bin = binHours(ctx.domain);
        const [first, last] = binsInDomain(ctx.domain, 1, data.hours);
        let max = 1;
        let heldMax = 1;
        for (let h = first; h <= last; h++) {
          max = Math.max(max, totalDemand(data, h), data.backupCapacity[h]);
          heldMax = Math.max(heldMax, retainedAt(data, h));
        }
        const heldUnit = sizeUnit(heldMax);
        const unit = sizeUnit(max);
        const rate = `${unit.unit}/h`;
        const formatRate = (gbPerHour: number) => `${formatNumber(gbPerHour / unit.divisor, unit.divisor === 1 ? 0 : 1)} ${rate}`;

        const { x, plotWidth, panels } = timeFrame(ctx, {
          epochDate: data.epochDate,
          spans: data.spans,
          waves: data.waveSpans,
          markers: calendarRules(data),
          bounds: wholeChart(ctx),
          legend: [
            ...data.backupKinds.map((kind) => ({ label: BACKUP_KIND_LABELS[kind], color: BACKUP_KIND_COLORS[kind] })),
            { label: 'backup capacity', color: INK, shape: 'line' as const },
          ],
          panels: [0, RETAINED_PANEL],
          bin,
          tooltip: (start) => {
            // A day's tooltip shows its busiest hour: daily means would hide the nightly peaks that meet capacity.
            const h = bin === 1 ? start : peakHour(data, start, Math.min(data.hours, start + bin) - 1);
            const heading = bin === 1 ? formatBin(data.epochDate, start, bin) : `${formatBin(data.epochDate, start, bin)}, busiest hour ${formatClock(data.epochDate, h)} UTC`;
            const total = totalDemand(data, h);
            const capacity = data.backupCapacity[h];
            return {
              heading,
              rows: [
                ...data.backupKinds.map((kind, k) => ({ label: BACKUP_KIND_LABELS[kind], value: formatRate(data.backupDemand[k][h]), color: BACKUP_KIND_COLORS[kind] })),
                { label: 'total demand', value: `${formatRate(total)}${capacity > 0 ? ` (${formatShare(total / capacity)} of capacity)` : ''}` },
                { label: 'backup capacity', value: formatRate(capacity), color: INK },
                { label: 'retained system backups', value: formatSize(data.retainedSystemBackupGb[h], heldUnit), color: BACKUP_KIND_COLORS.system },
                { label: 'retained on-demand backups', value: formatSize(data.retainedOnDemandBackupGb[h], heldUnit), color: BACKUP_KIND_COLORS.onDemand },
              ],
            };
          },
        });
        const [panel, heldPanel] = panels;
        const y = scaleLinear()
          .domain([0, max / unit.divisor])
          .nice()
          .range([panel.height, 0]);
        const yGb = (gbPerHour: number) => y(gbPerHour / unit.divisor);
        drawValueAxis(panel.axes, y, { side: 'left', plotWidth, unit: bin === 1 ? `backup demand (${rate})` : `backup demand (${rate}), each day's busiest hour`, grid: true, unitY: panel.unitY });
        const at = bin === 1 ? (h: number) => h : busiestHourOfDay(data, first, last);

        // Cumulative demand below each kind, for stacking.
        const below = new Float64Array(data.hours);
        data.backupKinds.forEach((kind, k) => {
          const series = data.backupDemand[k];
          const base = below.slice();
          panel.marks
            .append('path')
            .attr('class', 'mark')
            .attr('data-series', kind)
            .attr('d', stepAreaPath((h) => base[h], (h) => base[h] + series[at(h)], first, last, x, yGb))
            .attr('fill', BACKUP_KIND_COLORS[kind]);
          for (let h = first; h <= last; h++) below[h] += series[at(h)];
        });
        panel.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'capacity')
          .attr('d', stepLinePath((h) => data.backupCapacity[at(h)], first, last, x, yGb))
          .attr('fill', 'none')
          .attr('stroke', INK)
          .attr('stroke-width', 1.5);

        const yHeld = scaleLinear()
          .domain([0, heldMax / heldUnit.divisor])
          .nice()
          .range([heldPanel.height, 0]);
        const yHeldGb = (gb: number) => yHeld(gb / heldUnit.divisor);
        drawValueAxis(heldPanel.axes, yHeld, { side: 'left', plotWidth, unit: `retained backups (${heldUnit.unit})`, grid: true, unitY: heldPanel.unitY });
        const system = (h: number) => data.retainedSystemBackupGb[h];
        const held = (h: number) => retainedAt(data, h);
        heldPanel.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'retained-system')
          .attr('d', endOfHourBandPath(() => 0, system, first, last, x, yHeldGb))
          .attr('fill', BACKUP_KIND_COLORS.system);
        heldPanel.marks
          .append('path')
          .attr('class', 'mark')
          .attr('data-series', 'retained-on-demand')
          .attr('d', endOfHourBandPath(system, held, first, last, x, yHeldGb))
          .attr('fill', BACKUP_KIND_COLORS.onDemand);
      },
    },
    options,
  );
