/**
 * Simulation time on a calendar: hour h of a run is h hours after 00:00 UTC of
 * its epoch date, so every time axis maps hours to pixels and labels its
 * ticks with the UTC dates they stand for.
 */
import { scaleLinear, scaleUtc, utcFormat, type ScaleTime } from 'd3';
import type { HourDomain } from '../ChartTypes.js';

const EPOCH_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;

/** Milliseconds since 1970 of 00:00 UTC on `epochDate` (YYYY-MM-DD). */
export function epochMs(epochDate: string): number {
  const m = EPOCH_DATE.exec(epochDate);
  if (!m) throw new RangeError(`epoch date must be written YYYY-MM-DD, got "${epochDate}"`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]);
}

/** The instant `hour` hours after 00:00 UTC of `epochDate`. */
export function hourToDate(epochDate: string, hour: number): Date {
  return new Date(epochMs(epochDate) + hour * HOUR_MS);
}

/** Maps simulation hours to pixels along a time axis. */
export interface TimeScale {
  (hour: number): number;
  /** The hour at pixel `px`. */
  invert(px: number): number;
  /** The hours shown. */
  readonly domain: [number, number];
  readonly range: [number, number];
  /** The same mapping over UTC dates, for axis ticks. */
  readonly utc: ScaleTime<number, number>;
}

/** A time scale showing hours `domain` of a run that starts on `epochDate` across pixels `range`. */
export function timeScale(epochDate: string, domain: [number, number], range: [number, number]): TimeScale {
  const linear = scaleLinear().domain(domain).range(range);
  const utc = scaleUtc()
    .domain([hourToDate(epochDate, domain[0]), hourToDate(epochDate, domain[1])])
    .range(range);
  return Object.assign((hour: number) => linear(hour), {
    invert: (px: number) => linear.invert(px),
    domain,
    range,
    utc,
  });
}

/**
 * The hours a chart shows for a zoom request: `requested` cut to `full`, at
 * least an hour wide. A request missing `full` entirely (or none) shows `full`.
 */
export function clampDomain(requested: HourDomain, full: [number, number]): [number, number] {
  if (!requested) return full;
  const lo = Math.max(full[0], Math.min(requested[0], requested[1]));
  const hi = Math.min(full[1], Math.max(requested[0], requested[1]));
  if (hi <= lo) return full;
  if (hi - lo >= 1) return [lo, hi];
  return lo + 1 <= full[1] ? [lo, lo + 1] : [full[1] - 1, full[1]];
}

/**
 * A time-axis tick label: the hour within a day ("06:00"), the day otherwise
 * ("14 May"), with the year on 1 January so a run across New Year reads right.
 */
export function formatTimeTick(date: Date): string {
  if (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0) return utcFormat('%H:%M')(date);
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return utcFormat('%-d %b %Y')(date);
  return utcFormat('%-d %b')(date);
}

/** The UTC day holding `hour`, as "14 May 2027". */
export function formatDay(epochDate: string, hour: number): string {
  return utcFormat('%-d %B %Y')(hourToDate(epochDate, hour));
}

/** The UTC time of day at `hour`, "02:00". */
export function formatClock(epochDate: string, hour: number): string {
  return utcFormat('%H:%M')(hourToDate(epochDate, hour));
}

/** A bin of `size` hours (1 or 24) starting at `hour`, as "Fri 14 May 2027, 02:00–03:00 UTC" or "Fri 14 May 2027". */
export function formatBin(epochDate: string, hour: number, size: number): string {
  const day = utcFormat('%a %-d %b %Y')(hourToDate(epochDate, hour));
  if (size >= 24) return day;
  return `${day}, ${formatClock(epochDate, hour)}–${formatClock(epochDate, hour + size)} UTC`;
}
