/**
 * The smallest capacity level that meets every target, in every region at
 * once, by bisection over each region's ascending ladder instead of trying
 * every rung. Regions do not interact in the model (each has its own slots,
 * backup system and random streams), so one batch of replications can try a
 * different rung in each region and read each region's verdict off its own
 * KPIs: the regions' bisections run side by side, and n rungs cost at most
 * 1 + ⌈log2 n⌉ batches whatever the number of regions (7 for the default
 * grid). More capacity never makes a region slower, so "meets" is assumed
 * monotone along a ladder; the same replication seeds at every batch (common
 * random numbers) keep the measured curve to that shape rather than wobbling
 * with each batch's luck.
 */

/** What a search found. */
export interface CapacitySearch {
  /** The rung of each region in each batch evaluated, in the order run. */
  steps: number[][];
  /** Per region: the smallest rung that meets, or null when even its largest does not. */
  recommended: (number | null)[];
}

/** The most batches `searchCapacity` evaluates for ladders of these lengths. */
export function maxEvaluations(counts: readonly number[]): number {
  const longest = Math.max(0, ...counts);
  return longest > 0 ? 1 + Math.ceil(Math.log2(longest)) : 0;
}

/**
 * Bisects each region's rungs 0 … counts[r] − 1 with `evaluate`, which runs
 * one batch with region r at rung `rungs[r]` and says, per region, whether it
 * meets (called one batch at a time, so that each can use every worker). The
 * largest rungs go first: a region that fails there has no answer and stays
 * there. A region whose search has ended holds its answer while the others
 * go on. Each answer meets, and the rung just below it (when there is one)
 * was evaluated and does not.
 */
export async function searchCapacity(counts: readonly number[], evaluate: (rungs: number[]) => Promise<boolean[]>): Promise<CapacitySearch> {
  const steps: number[][] = [];
  const run = async (rungs: number[]) => {
    steps.push(rungs);
    return evaluate([...rungs]);
  };
  if (counts.length === 0 || counts.some((count) => count <= 0)) return { steps, recommended: counts.map(() => null) };
  // Invariant for a region that met at its top: rung `high` meets; every rung up to `low` is taken to fail (-1: none known yet).
  const low = counts.map(() => -1);
  const high = counts.map((count) => count - 1);
  const found = await run([...high]);
  const searching = (r: number) => found[r] && high[r] - low[r] > 1;
  while (counts.some((_, r) => searching(r))) {
    const rungs = counts.map((_, r) => (searching(r) ? (low[r] + high[r]) >> 1 : high[r]));
    const meets = await run(rungs);
    counts.forEach((_, r) => {
      if (rungs[r] === high[r]) return;
      if (meets[r]) high[r] = rungs[r];
      else low[r] = rungs[r];
    });
  }
  return { steps, recommended: counts.map((_, r) => (found[r] ? high[r] : null)) };
}
