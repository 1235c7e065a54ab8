/**
 * A batch's hourly series as bands, ready for the band views: the mean path
 * and 90 % band of every series by hour, and of the series a person reads
 * per day (their nightly rhythm would fill a whole-window chart) by day. A
 * day's band is taken over each run's own figure for that day, not put
 * together from hourly bands: percentiles do not add up.
 */
import { seriesBands, type ReplicationResult, type SeriesBands } from '../../sim/plan/index.js';

/** How a day's figure is made from its 24 hours. */
type DayFigure = 'sum' | 'max' | 'mean';

/** Series shown per day, and how: completions per day, the day's peak queue, the day's mean backup demand. */
export const DAILY_COLUMNS: Readonly<Record<string, DayFigure>> = {
  completions: 'sum',
  queued: 'max',
  backup_demand_total_gb_per_hour: 'mean',
};

/** The figure of each day of `values` (a last, partial day counts its hours only). */
function days(values: Float64Array, figure: DayFigure): Float64Array {
  const out = new Float64Array(Math.ceil(values.length / 24));
  for (let d = 0; d < out.length; d++) {
    const day = values.subarray(d * 24, (d + 1) * 24);
    out[d] = figure === 'max' ? Math.max(...day) : day.reduce((a, b) => a + b, 0) / (figure === 'mean' ? day.length : 1);
  }
  return out;
}

/** One scenario's bands. */
export interface BandSet {
  /** The scenario's name. */
  name: string;
  epochDate: string;
  windowStartHour: number;
  windowEndHour: number;
  /** Every series, hour by hour. */
  hourly: SeriesBands;
  /** DAILY_COLUMNS, day by day (index d covers hours 24d to 24d + 24). */
  daily: SeriesBands;
}

/** `result` with only the DAILY_COLUMNS series, each as its figure per UTC day. */
function perDay(result: ReplicationResult): ReplicationResult {
  const series = result.series.filter((s) => s.column in DAILY_COLUMNS).map((s) => ({ ...s, values: days(s.values, DAILY_COLUMNS[s.column]) }));
  return { ...result, series };
}

/** The bands of `results` (replications of the scenario `name`, in replication order). */
export function bandSet(name: string, results: readonly ReplicationResult[]): BandSet {
  const [first] = results;
  return {
    name,
    epochDate: first.epochDate,
    windowStartHour: first.windowStartHour,
    windowEndHour: first.windowEndHour,
    hourly: seriesBands(results),
    daily: seriesBands(results.map(perDay)),
  };
}
