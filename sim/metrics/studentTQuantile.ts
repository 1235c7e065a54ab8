/**
 * Quantile of Student's t distribution: the value a t-distributed variable
 * with `df` degrees of freedom stays below with probability `p`. It sets the
 * width of a confidence interval from few replications (t(0.975, 9) = 2.262
 * for ten), where the normal's 1.960 would be too narrow.
 *
 * Wraps @stdlib/stats-base-dists-t-quantile; simple-statistics has none.
 *
 * @see https://en.wikipedia.org/wiki/Student%27s_t-distribution
 */
import quantile from '@stdlib/stats-base-dists-t-quantile';

/** The `p` quantile of Student's t with `df` degrees of freedom; RangeError outside 0 ≤ p ≤ 1 or for df ≤ 0. */
export function studentTQuantile(p: number, df: number): number {
  // stdlib answers NaN here; a NaN would travel silently into every interval.
  if (!(p >= 0 && p <= 1)) throw new RangeError(`studentTQuantile: p must be in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: degrees of freedom must be > 0, got ${df}`);
  return quantile(p, df);
}
