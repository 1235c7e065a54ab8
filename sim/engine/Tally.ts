/**
 * A tally of observations, such as each customer's wait: count, mean,
 * variance and extremes, and optionally every value for quantiles.
 */
import { DOUBLE_ZERO } from './doubleZero.js';

export class Tally {
  private n = 0;
  private total = DOUBLE_ZERO;
  // Running mean and sum of squared deviations (Welford), which keep the
  // variance accurate when the mean is large against the spread; the
  // textbook sum-of-squares formula cancels catastrophically there.
  private runningMean = DOUBLE_ZERO;
  private squaredDeviations = DOUBLE_ZERO;
  private lo = Infinity;
  private hi = -Infinity;
  private values: Float64Array | null;

  /** With `keepValues`, every observation is stored so that quantiles can be read. */
  constructor(keepValues = false) {
    this.values = keepValues ? new Float64Array(1024) : null;
  }

  add(x: number): void {
    if (this.values) {
      if (this.n === this.values.length) {
        const grown = new Float64Array(this.n * 2);
        grown.set(this.values);
        this.values = grown;
      }
      this.values[this.n] = x;
    }
    this.n++;
    this.total += x;
    const delta = x - this.runningMean;
    this.runningMean += delta / this.n;
    this.squaredDeviations += delta * (x - this.runningMean);
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
  }

  get count(): number {
    return this.n;
  }

  get sum(): number {
    return this.total;
  }

  /** Mean of the observations; NaN when there are none. */
  get mean(): number {
    return this.n > 0 ? this.total / this.n : NaN;
  }

  /** Sample variance (n - 1 denominator); NaN with fewer than two observations. */
  get variance(): number {
    if (this.n < 2) return NaN;
    return this.squaredDeviations / (this.n - 1);
  }

  get min(): number {
    return this.n > 0 ? this.lo : NaN;
  }

  get max(): number {
    return this.n > 0 ? this.hi : NaN;
  }

  /** The stored observations, sorted ascending; throws unless built with keepValues. */
  sorted(): Float64Array {
    if (!this.values) throw new Error('Tally: built without keepValues, so it has no quantiles');
    return this.values.slice(0, this.n).sort();
  }
}
