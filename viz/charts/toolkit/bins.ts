/**
 * Time bins for bar charts and tooltips. Series are hourly (index h covers
 * [h, h + 1) hours after the epoch); at a whole-run zoom a bar per hour would
 * be thinner than a pixel, so bars add hours up into UTC days until the view
 * is short enough for hourly bars to be read.
 */

/** Views this short or shorter (in hours) draw hourly bars; longer views draw daily bars. */
export const HOURLY_BARS_MAX_HOURS = 4 * 24;

/** Hours per bar for a view of `domain`: 1 when it spans at most four days, else 24. */
export function binHours(domain: [number, number]): 1 | 24 {
  return domain[1] - domain[0] <= HOURLY_BARS_MAX_HOURS ? 1 : 24;
}

/**
 * Totals of `series` over bins of `size` hours: bin b covers hours
 * [b·size, (b + 1)·size); the last bin may be partial. NaN hours add nothing.
 */
export function sumBins(series: ArrayLike<number>, size: number): Float64Array {
  const out = new Float64Array(Math.ceil(series.length / size));
  for (let h = 0; h < series.length; h++) {
    const v = series[h];
    if (!Number.isNaN(v)) out[Math.floor(h / size)] += v;
  }
  return out;
}

/**
 * The largest (or smallest) value of `series` in each bin of `size` hours, as
 * in `sumBins`; NaN hours are skipped, NaN for a bin of NaN hours only.
 */
export function extremeBins(series: ArrayLike<number>, size: number, which: 'max' | 'min'): Float64Array {
  const sign = which === 'max' ? 1 : -1;
  const out = new Float64Array(Math.ceil(series.length / size)).fill(NaN);
  for (let h = 0; h < series.length; h++) {
    const b = Math.floor(h / size);
    const v = series[h];
    if (!Number.isNaN(v) && (Number.isNaN(out[b]) || sign * (v - out[b]) > 0)) out[b] = v;
  }
  return out;
}

/** Indices of the bins of `size` hours that overlap `domain`, within the `count` bins there are: [first, last], empty when last < first. */
export function binsInDomain(domain: [number, number], size: number, count: number): [number, number] {
  const first = Math.max(0, Math.floor(domain[0] / size));
  const last = Math.min(count - 1, Math.ceil(domain[1] / size) - 1);
  return [first, last];
}

/** The start hour of the bin of `size` hours that holds `hour`, kept inside `domain`'s bins. */
export function snapToBin(hour: number, size: number, domain: [number, number]): number {
  const first = Math.floor(domain[0] / size) * size;
  const last = (Math.ceil(domain[1] / size) - 1) * size;
  return Math.min(last, Math.max(first, Math.floor(hour / size) * size));
}
