/**
 * Theory for a health gate that halts when at least k of the last n
 * Bernoulli(p) outcomes failed: a Markov chain over the window's pattern of
 * outcomes (2^n states, the oldest outcome in the top bit), absorbing once a
 * pattern holds k failures. Before n outcomes the window holds successes,
 * as a gate that has just started (or resumed) sees it.
 */

function popcount(x: number): number {
  let c = 0;
  for (let y = x; y; y &= y - 1) c++;
  return c;
}

/** The chance of no halt after each of the first `steps` outcomes: survival[t] = P(T > t), survival[0] = 1. */
export function survival(n: number, k: number, p: number, steps: number): Float64Array {
  const states = 1 << n;
  const mask = states - 1;
  let mass = new Float64Array(states);
  mass[0] = 1;
  const out = new Float64Array(steps + 1);
  out[0] = 1;
  for (let t = 1; t <= steps; t++) {
    const next = new Float64Array(states);
    let alive = 0;
    for (let s = 0; s < states; s++) {
      const m = mass[s];
      if (m === 0) continue;
      for (const [bit, prob] of [[0, 1 - p], [1, p]] as const) {
        const to = ((s << 1) | bit) & mask;
        if (popcount(to) >= k) continue;
        next[to] += m * prob;
        alive += m * prob;
      }
    }
    mass = next;
    out[t] = alive;
  }
  return out;
}

/** P(T <= M): the gate halts within the first M outcomes. */
export function haltWithin(n: number, k: number, p: number, M: number): number {
  return 1 - survival(n, k, p, M)[M];
}

/** E[T]: the mean number of outcomes until the gate halts, summing P(T > t) until it is negligible. */
export function meanOutcomesToHalt(n: number, k: number, p: number, maxSteps = 100_000): number {
  const s = survival(n, k, p, maxSteps);
  let mean = 0;
  for (let t = 0; t < maxSteps; t++) {
    mean += s[t];
    if (s[t] < 1e-12) break;
  }
  return mean;
}
