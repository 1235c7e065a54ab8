/**
 * Hourly series over a batch of replications as a band: the mean path and,
 * hour by hour, the 5th and 95th percentiles across runs (a 90 % band). It
 * shows where the wave is predictable and where it fans out.
 */
import { mean, quantileSorted } from 'simple-statistics';
import type { ReplicationResult } from './ReplicationResult.js';

/** One series' band. */
export interface SeriesBand {
  column: string;
  decimals: number;
  mean: Float64Array;
  p5: Float64Array;
  p95: Float64Array;
}

/** Bands of every series of a batch. */
export interface SeriesBands {
  epochDate: string;
  hours: number;
  bands: SeriesBand[];
}

/**
 * The band of every series, in the replications' series order. Percentiles
 * follow R type 7 over the values of the hour. Throws when the replications
 * do not share their series and length, as those of one scenario do.
 */
export function seriesBands(results: readonly ReplicationResult[]): SeriesBands {
  if (results.length === 0) return { epochDate: '', hours: 0, bands: [] };
  const [first] = results;
  const hours = first.series[0]?.values.length ?? 0;
  for (const result of results) {
    const same =
      result.epochDate === first.epochDate &&
      result.series.length === first.series.length &&
      result.series.every((s, i) => s.column === first.series[i].column && s.values.length === hours);
    if (!same) throw new Error('replications have different hourly series: they must all come from one scenario');
  }
  const runs = results.length;
  const hour = new Float64Array(runs);
  // The hour's values again, sorted natively (numbers in ascending order, no comparator to call): a batch of a hundred runs sorts tens of thousands of hours.
  const sorted = new Float64Array(runs);
  const bands = first.series.map(({ column, decimals }, i) => {
    const band: SeriesBand = { column, decimals, mean: new Float64Array(hours), p5: new Float64Array(hours), p95: new Float64Array(hours) };
    const series = results.map((result) => result.series[i].values);
    for (let h = 0; h < hours; h++) {
      let low = Infinity;
      let high = -Infinity;
      for (let r = 0; r < runs; r++) {
        const x = (hour[r] = series[r][h]);
        if (x < low) low = x;
        if (x > high) high = x;
      }
      // In replication order for the mean, so that its last bits do not depend on which worker finished first.
      band.mean[h] = mean(hour as unknown as number[]);
      // Every run alike (before the window opens, after it ends: most hours of some series) needs no sorting.
      if (low === high) {
        band.p5[h] = band.p95[h] = low;
        continue;
      }
      sorted.set(hour);
      sorted.sort();
      band.p5[h] = quantileSorted(sorted as unknown as number[], 0.05);
      band.p95[h] = quantileSorted(sorted as unknown as number[], 0.95);
    }
    return band;
  });
  return { epochDate: first.epochDate, hours, bands };
}
