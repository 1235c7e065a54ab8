/**
 * The one-sided lower confidence bound of a mean: mean − t(c, n − 1) · s / √n.
 * The true mean lies above it with probability c, so "the lower 95 % bound of
 * a KPI is at least x" is "x is met, with 95 % confidence". For shares the plan
 * uses shareInterval's one-sided logit bound instead, which cannot claim more
 * than the data allow near 100 %; this one stays for unbounded quantities.
 *
 * @see https://en.wikipedia.org/wiki/Confidence_interval#One-sided_confidence_intervals
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { studentTQuantile } from '../metrics/studentTQuantile.js';

/** The lower bound at `confidence` (0.95 by default) of the mean of `values`; NaN for fewer than two values, which show no spread. */
export function lowerConfidenceBound(values: readonly number[], confidence = 0.95): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`lowerConfidenceBound: confidence must be in (0, 1), got ${confidence}`);
  if (values.length < 2) return NaN;
  const n = values.length;
  return mean(values) - (studentTQuantile(confidence, n - 1) * sampleStandardDeviation(values)) / Math.sqrt(n);
}
