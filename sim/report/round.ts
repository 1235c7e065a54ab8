/**
 * How many decimals each unit keeps in the reports: enough for a planner,
 * few enough that files stay compact and do not change with float noise.
 */

/** Decimals kept per unit. */
export const DECIMALS = {
  hours: 3,
  days: 3,
  gb: 1,
  gbPerHour: 1,
  percent: 2,
  ratio: 3,
  /** Shares between 0 and 1. */
  share: 4,
  /** Multipliers such as an incident's slowdown. */
  factor: 3,
} as const;

/**
 * Rounds to `decimals` places (halves go up, as Math.round does); NaN and
 * infinities become "", which the reports use for "no value".
 */
export function round(value: number, decimals: number): number | '' {
  if (!Number.isFinite(value)) return '';
  const scale = 10 ** decimals;
  // Adding 0 turns -0 (from rounding a tiny negative) into 0, so it prints and compares as 0.
  return Math.round(value * scale) / scale + 0;
}
