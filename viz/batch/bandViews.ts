/**
 * The band views: which series of a batch each one draws, and how. A view
 * of one batch draws each of its series as a mean line in a 90 % band; a
 * comparison overlays the same view of every scenario, one colour each, on
 * one time axis (scenarios announced on different days are shifted onto the
 * first one's calendar).
 */
import type { SeriesBand } from '../../sim/plan/index.js';
import type { BandSet } from './bandSet.js';

/** How a series reads: held over its bin (counts, demand) or as of the end of its hour (shares, storage). */
export type BandShape = 'step' | 'endOfHour';

/** One band view. */
export interface BandView {
  /** Stable id, the `data-band-view` of its section. */
  id: string;
  title: string;
  /** The series drawn, by timeseries.csv column, with their legend labels. */
  series: { column: string; label: string }[];
  /** Hours per bin: 1, or 24 for series summed per day. */
  bin: 1 | 24;
  shape: BandShape;
  /** The value axis' unit. */
  unit: string;
  /** Values are shares from 0 to 1. */
  share: boolean;
  /** The value axis starts at 0; otherwise it spans the values shown (storage hardly moves against its size). */
  fromZero: boolean;
}

/** The views of a batch of one scenario, in page order. */
export const BAND_VIEWS: readonly BandView[] = [
  { id: 'share_on_n', title: 'Share on n', series: [{ column: 'share_on_n', label: 'on n' }], bin: 1, shape: 'endOfHour', unit: 'share of instances on n', share: true, fromZero: true },
  { id: 'completions', title: 'Completions per day', series: [{ column: 'completions', label: 'update steps' }], bin: 24, shape: 'step', unit: 'update steps per day', share: false, fromZero: true },
  { id: 'queued', title: 'Peak queue per day', series: [{ column: 'queued', label: 'queued for a slot' }], bin: 24, shape: 'step', unit: 'instances queued, daily peak', share: false, fromZero: true },
  {
    id: 'storage',
    title: 'Reported and actual storage',
    series: [
      { column: 'reported_storage_gb', label: 'reported' },
      { column: 'actual_storage_gb', label: 'actual' },
    ],
    bin: 1,
    shape: 'endOfHour',
    unit: 'GB',
    share: false,
    fromZero: false,
  },
  { id: 'backup', title: 'Backup demand, daily mean', series: [{ column: 'backup_demand_total_gb_per_hour', label: 'all kinds' }], bin: 24, shape: 'step', unit: 'GB/h, mean over the day', share: false, fromZero: true },
];

/** The views a comparison overlays: those with one series, so each scenario is one colour. */
export const COMPARE_VIEWS: readonly BandView[] = BAND_VIEWS.filter((v) => v.series.length === 1);

/** One line of a band chart: a mean and its band, per bin. */
export interface BandLine {
  label: string;
  /** Index of the line's colour in the chart palette. */
  colorIndex: number;
  band: SeriesBand;
  /** Hours from the chart's hour 0 to the line's. */
  offsetHours: number;
}

/** What a band chart draws. */
export interface BandChartData {
  title: string;
  epochDate: string;
  /** Hours the time axis spans when not zoomed. */
  hours: [number, number];
  bin: 1 | 24;
  shape: BandShape;
  unit: string;
  share: boolean;
  fromZero: boolean;
  lines: BandLine[];
  /** Where the first set's window opens and closes, in chart hours. */
  windowStartHour: number;
  windowEndHour: number;
}

const HOUR_MS = 3_600_000;
const epochMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The chart data of `view` over `sets` (one batch, or the scenarios of a
 * comparison in their order): a line per set and series, labelled by series
 * for one set and by scenario for several. Throws when a set lacks a series
 * the view needs, which is a bug upstream.
 */
export function bandChartData(view: BandView, sets: readonly BandSet[]): BandChartData {
  const [first] = sets;
  const lines: BandLine[] = [];
  let end = 0;
  sets.forEach((set, s) => {
    const offsetHours = (epochMs(set.epochDate) - epochMs(first.epochDate)) / HOUR_MS;
    const source = view.bin === 24 ? set.daily : set.hourly;
    view.series.forEach((series, i) => {
      const band = source.bands.find((b) => b.column === series.column);
      if (!band) throw new Error(`bandChartData: ${set.name} has no series ${series.column}`);
      lines.push({ label: sets.length === 1 ? series.label : set.name, colorIndex: sets.length === 1 ? i : s, band, offsetHours });
      end = Math.max(end, offsetHours + band.mean.length * view.bin);
    });
  });
  return {
    title: view.title,
    epochDate: first.epochDate,
    hours: [0, end],
    bin: view.bin,
    shape: view.shape,
    unit: view.unit,
    share: view.share,
    fromZero: view.fromZero,
    lines,
    windowStartHour: first.windowStartHour,
    windowEndHour: first.windowEndHour,
  };
}
