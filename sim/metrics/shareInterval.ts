/**
 * Confidence interval for the mean of shares in percent (each value in
 * 0–100, such as the share on n of each replication), built on the logit
 * scale and mapped back, so it never leaves 0–100.
 *
 * Why logit and not a clamp or Wilson: Wilson's interval is for a single
 * binomial proportion (k successes out of n trials); a replication's share is
 * not one Bernoulli trial but a mean over a fleet whose instances are far from
 * independent, so its variance has to be estimated from the replications,
 * as the Student-t interval does. The delta method carries that estimated
 * standard error to logit(p): se_logit = se / (p (1 − p)). The interval
 * logit(p) ± t · se_logit, mapped back through the logistic function, lies
 * inside (0, 100), is asymmetric near the bounds (longer on the side away
 * from 100 %, where shares can still fall), and tends to the usual t interval
 * when p is far from 0 and 100 % or n is large. A clamp would keep the numbers
 * in range but claim a coverage it does not have: cutting "[99.49, 100.01]" to
 * "[99.49, 100]" leaves the lower end as optimistic as before.
 *
 * @see https://en.wikipedia.org/wiki/Delta_method
 * @see https://en.wikipedia.org/wiki/Logit
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { ConfidenceInterval } from './confidenceInterval.js';
import { studentTQuantile } from './studentTQuantile.js';

const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The logit interval of `values` (percent, 0–100) at `confidence`, one- or
 * two-sided: `tail` 'two' puts (1 − confidence)/2 in each tail, 'lower' puts
 * all of it below (then `high` is 100). `halfWidth` is half of high − low,
 * since the interval is not symmetric about the mean. NaN for fewer than two
 * values; [mean, mean] when they are all equal, which they must be when the
 * mean is 0 or 100.
 */
export function shareInterval(values: readonly number[], confidence = 0.95, tail: 'two' | 'lower' = 'two'): ConfidenceInterval {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`shareInterval: confidence must be in (0, 1), got ${confidence}`);
  for (const v of values) if (!(v >= 0 && v <= 100)) throw new RangeError(`shareInterval: shares must be in 0–100 %, got ${v}`);
  if (values.length < 2) {
    const only = values.length === 1 ? values[0] : NaN;
    return { mean: only, halfWidth: NaN, low: NaN, high: NaN };
  }
  const m = mean(values);
  const n = values.length;
  const p = m / 100;
  const se = sampleStandardDeviation(values) / 100 / Math.sqrt(n);
  // No spread (every run the same, as every run at 100 % must be): nothing to widen.
  if (se === 0 || p <= 0 || p >= 1) return { mean: m, halfWidth: 0, low: m, high: m };
  const t = studentTQuantile(tail === 'two' ? (1 + confidence) / 2 : confidence, n - 1);
  const reach = (t * se) / (p * (1 - p));
  const low = 100 * logistic(logit(p) - reach);
  const high = tail === 'two' ? 100 * logistic(logit(p) + reach) : 100;
  return { mean: m, halfWidth: (high - low) / 2, low, high };
}
