/**
 * A KPI's summary over replications: mean, standard deviation, 95%
 * confidence interval of the mean (Student t) and the 5th, 50th and 95th
 * percentiles (R type 7, as simple-statistics computes them). The replication
 * report prints one of these per KPI.
 *
 * @see https://simple-statistics.github.io/docs/#quantilesorted
 */
import { quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { confidenceInterval, type ConfidenceInterval } from './confidenceInterval.js';

/** Summary of one KPI's values. */
export interface Description {
  count: number;
  mean: number;
  /** Sample standard deviation (n − 1 denominator). */
  standardDeviation: number;
  /** Half-width of the 95% confidence interval of the mean (half of high − low where the interval is asymmetric). */
  halfWidth: number;
  /** Lower end of the 95% confidence interval of the mean. */
  low: number;
  /** Upper end of the 95% confidence interval of the mean. */
  high: number;
  p5: number;
  p50: number;
  p95: number;
}

/**
 * Summarises `values` (one per replication). `interval` computes the 95 %
 * interval of the mean: Student t by default, shareInterval for shares so
 * theirs stays within 0–100 %.
 */
export function describe(values: readonly number[], interval: (values: readonly number[]) => ConfidenceInterval = confidenceInterval): Description {
  // No values: nothing to report, but a row of NaN keeps the report's shape.
  if (values.length === 0) {
    return { count: 0, mean: NaN, standardDeviation: NaN, halfWidth: NaN, low: NaN, high: NaN, p5: NaN, p50: NaN, p95: NaN };
  }
  // Sorted once; quantileSorted then reads it without copying again.
  const sorted = [...values].sort((a, b) => a - b);
  const { mean, halfWidth, low, high } = interval(sorted);
  return {
    count: sorted.length,
    mean,
    // One value has no spread to estimate (simple-statistics throws).
    standardDeviation: sorted.length > 1 ? sampleStandardDeviation(sorted) : NaN,
    halfWidth,
    low,
    high,
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
  };
}
