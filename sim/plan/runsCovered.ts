/**
 * How many replications a mean covers, written out beside it: a milestone
 * that some runs never reached ("days to 99 % on n") is averaged over the
 * others only, and a bare mean would hide that. The terminal and the app
 * both write it this way.
 */

/** "10 of 10", or "7 of 10" where only 7 of the 10 runs had a value. */
export function runsCovered(count: number, replications: number): string {
  return `${count} of ${replications}`;
}
