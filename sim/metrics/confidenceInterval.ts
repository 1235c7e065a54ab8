/**
 * Confidence interval for a mean from independent observations, such as one
 * KPI over R replications: mean ± t · s / √n, with Student's t on n − 1
 * degrees of freedom because the standard deviation s is itself estimated.
 *
 * @see https://en.wikipedia.org/wiki/Confidence_interval#Example
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { studentTQuantile } from './studentTQuantile.js';

/** A mean and its two-sided confidence interval. */
export interface ConfidenceInterval {
  mean: number;
  /** Half the interval's width, t · s / √n. */
  halfWidth: number;
  low: number;
  high: number;
}

/** Two-sided interval at the given confidence level (default 0.95) around the mean of `values`. */
export function confidenceInterval(values: readonly number[], confidence = 0.95): ConfidenceInterval {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidenceInterval: confidence must be in (0, 1), got ${confidence}`);
  // One value says nothing about the spread, and none says nothing at all: the
  // interval is unknown (NaN), which a report shows as such, not falsely zero.
  if (values.length < 2) {
    const only = values.length === 1 ? values[0] : NaN;
    return { mean: only, halfWidth: NaN, low: NaN, high: NaN };
  }
  const m = mean(values);
  const n = values.length;
  const halfWidth = (studentTQuantile((1 + confidence) / 2, n - 1) * sampleStandardDeviation(values)) / Math.sqrt(n);
  return { mean: m, halfWidth, low: m - halfWidth, high: m + halfWidth };
}
