/**
 * timeseries-bands.csv: one row per simulated hour with, for each series,
 * its mean over the replications and the 5th and 95th percentiles (a 90 %
 * band), under the series' timeseries.csv name.
 */
import { utcFormatter } from '../report/formatUtc.js';
import type { ReportRow } from '../report/ReportRow.js';
import { round } from '../report/round.js';
import type { SeriesBands } from './seriesBands.js';

/** The three statistics of each series, in column order. */
const STATISTICS = ['mean', 'p5', 'p95'] as const;

/** Columns of timeseries-bands.csv: hour, time_utc, then `<series>_mean`, `_p5`, `_p95` per series. */
export function bandColumns(bands: SeriesBands): string[] {
  return ['hour', 'time_utc', ...bands.bands.flatMap((b) => STATISTICS.map((s) => `${b.column}_${s}`))];
}

/** One row per hour; each figure keeps its series' decimals. */
export function bandRows(bands: SeriesBands): ReportRow[] {
  const time = utcFormatter(bands.epochDate);
  const rows: ReportRow[] = [];
  for (let h = 0; h < bands.hours; h++) {
    const row: ReportRow = { hour: h, time_utc: time(h) };
    for (const band of bands.bands) for (const s of STATISTICS) row[`${band.column}_${s}`] = round(band[s][h], band.decimals);
    rows.push(row);
  }
  return rows;
}
