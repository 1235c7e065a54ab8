/**
 * The thresholds a gates study tries, written FROM:TO:STEP on the command
 * line (`3:8:1` tries 3, 4, 5, 6, 7 and 8 failures): whole numbers, each a
 * gate "halt when at least k of the last n updates failed".
 */

/** A threshold list the user wrote wrong; the message says which rule it breaks. */
export class ThresholdError extends Error {
  override name = 'ThresholdError';
}

/** Most thresholds one study tries: each costs two batches of replications. */
export const MAX_THRESHOLDS = 50;

/** The thresholds FROM, FROM + STEP, … up to TO; each must lie in 1 … `window`. */
export function parseThresholds(text: string, window: number): number[] {
  const m = /^(\d+):(\d+):(\d+)$/.exec(text.trim());
  if (!m) throw new ThresholdError(`--threshold must be FROM:TO:STEP in whole numbers, such as 3:8:1 (got "${text}")`);
  const [from, to, step] = [+m[1], +m[2], +m[3]];
  if (step < 1) throw new ThresholdError('--threshold: STEP must be at least 1');
  if (from < 1 || to > window || from > to) throw new ThresholdError(`--threshold: FROM and TO must satisfy 1 <= FROM <= TO <= ${window} (the window of last updates the gate looks at)`);
  const thresholds: number[] = [];
  for (let k = from; k <= to; k += step) thresholds.push(k);
  if (thresholds.length > MAX_THRESHOLDS) throw new ThresholdError(`--threshold: at most ${MAX_THRESHOLDS} thresholds in one study (got ${thresholds.length})`);
  return thresholds;
}
