/**
 * Relative weights as the model reads them: a wave's `share` (or a version's
 * or admin profile's weight) is its part of the total of all of them, so
 * shares of 2, 8, 25, 35 and 45 (total 115) give the first wave 2 ÷ 115 =
 * 1.7 % of the fleet. The form shows each weight's normalised percent beside
 * it, and says in words when the weights do not add up to 100.
 */

/** Each weight's percent of the total; null for one that is not a number ≥ 0 (its field shows the error). */
export interface WeightShares {
  /** The sum of the usable weights. */
  total: number;
  percents: (number | null)[];
}

const usable = (w: unknown): w is number => typeof w === 'number' && Number.isFinite(w) && w >= 0;

/** The normalised percents of `weights`; every percent is null when no weight is above 0 (nothing to divide by). */
export function weightShares(weights: readonly unknown[]): WeightShares {
  const total = weights.filter(usable).reduce((sum, w) => sum + w, 0);
  return { total, percents: weights.map((w) => (usable(w) && total > 0 ? (w / total) * 100 : null)) };
}

/** A percent as the form shows it beside a weight: one decimal, "1.7 %", and "<0.1 %" rather than a misleading 0. */
export function sharePercentText(percent: number | null): string {
  if (percent === null) return '–';
  if (percent > 0 && percent < 0.05) return '<0.1 %';
  return `${Number(percent.toFixed(1))} %`;
}

/** A total as written in the note: at most four decimals, thousands separated. */
const totalText = (total: number) => total.toLocaleString('en-US', { maximumFractionDigits: 4 });

/**
 * What the weights of `items` (such as "waves") come to, in plain words: null
 * when they add up to 100, where each already is its percent.
 */
export function weightsNote(items: string, total: number): string | null {
  if (total === 0) return `None of the ${items} has a share above 0, so there is nothing to share out: give at least one a share.`;
  if (Math.abs(total - 100) < 1e-9) return null;
  return `The ${items}' shares add up to ${totalText(total)}, not 100. They are weights: the model divides each by ${totalText(total)}, so the ${items} get the percentages shown beside them.`;
}
