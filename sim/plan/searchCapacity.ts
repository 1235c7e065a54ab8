/**
 * The smallest capacity level that meets every target, by bisection over the
 * ascending levels instead of trying them all. More slots or more backup
 * throughput never make a wave slower, so "meets" is assumed monotone: once a
 * level meets, every larger one does. Run with the same replication seeds at
 * every level (common random numbers), the measured curve keeps that shape
 * rather than wobbling with each level's luck. With n levels the search
 * evaluates at most 1 + ⌈log2 n⌉ of them: 7 of 56 for the default grid.
 */

/** What a search needs to know of an evaluated level. */
export interface Verdict {
  meets: boolean;
}

/** What a search found. */
export interface CapacitySearch<T extends Verdict> {
  /** Every level evaluated, as [index, outcome], by ascending index. */
  evaluated: [number, T][];
  /** Index of the smallest level that meets, or null when even the largest does not. */
  recommended: number | null;
}

/** The most levels `searchCapacity` evaluates among `count`. */
export function maxEvaluations(count: number): number {
  return count > 0 ? 1 + Math.ceil(Math.log2(count)) : 0;
}

/**
 * Bisects levels 0 … count − 1 with `evaluate` (called at most once per
 * level, one at a time, so that each call can use every worker). The largest
 * level goes first: when it fails, no level meets and the search stops. The
 * answer meets, and the level just below it (when there is one) was
 * evaluated and does not.
 */
export async function searchCapacity<T extends Verdict>(count: number, evaluate: (index: number) => Promise<T>): Promise<CapacitySearch<T>> {
  const outcomes = new Map<number, T>();
  const meets = async (index: number) => {
    const outcome = await evaluate(index);
    outcomes.set(index, outcome);
    return outcome.meets;
  };
  let recommended: number | null = null;
  if (count > 0 && (await meets(count - 1))) {
    // Invariant: level `high` meets; every level up to `low` is taken to fail (-1: none known yet).
    let low = -1;
    let high = count - 1;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (await meets(middle)) high = middle;
      else low = middle;
    }
    recommended = high;
  }
  return { evaluated: [...outcomes].sort((a, b) => a[0] - b[0]), recommended };
}
