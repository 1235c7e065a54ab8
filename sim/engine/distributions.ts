/**
 * Samplers for the distributions the models use. Each takes the stream it
 * draws from, so randomness stays a parameter.
 */
import type { RandomStream } from './randomStream.js';

/** Exponential with the given rate (mean 1 / rate). */
export function exponential(rng: RandomStream, rate: number): number {
  return -Math.log(rng()) / rate;
}

/** Uniform on [min, max). */
export function uniform(rng: RandomStream, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** Standard normal by Box–Muller (one of the pair; simple and stream-stable). */
export function standardNormal(rng: RandomStream): number {
  return Math.sqrt(-2 * Math.log(rng())) * Math.cos(2 * Math.PI * rng());
}

/** Log-normal given its median and the standard deviation of its logarithm. */
export function logNormal(rng: RandomStream, median: number, sigma: number): number {
  return median * Math.exp(sigma * standardNormal(rng));
}

/** Triangular on [min, max] with the given mode; a degenerate one (min = max) is that constant. */
export function triangular(rng: RandomStream, min: number, mode: number, max: number): number {
  const u = rng();
  if (max <= min) return min;
  const f = (mode - min) / (max - min);
  return u < f ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Index drawn with probability proportional to `weights` (which must sum to more than 0). */
export function weightedIndex(rng: RandomStream, weights: readonly number[]): number {
  let total = 0;
  // An index loop: fleet generation calls this several times per tenant, on arrays of whole and fractional weights, where for-of ran 2-8x slower.
  for (let i = 0; i < weights.length; i++) total += weights[i];
  let u = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/**
 * Means below this use Knuth's product method, exact and cheap for small
 * means; its cost grows with the mean, and past about 745 e^(-mean)
 * underflows to 0, so larger means use transformed rejection.
 */
const KNUTH_LIMIT = 10;

/** Poisson count with mean `mean`, exact at any mean. */
export function poisson(rng: RandomStream, mean: number): number {
  return mean < KNUTH_LIMIT ? poissonByProduct(rng, mean) : poissonByRejection(rng, mean);
}

/** Knuth's product method: multiply uniforms until the product falls below e^(-mean). */
function poissonByProduct(rng: RandomStream, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/**
 * Hörmann's PTRS (transformed rejection with squeeze, "The transformed
 * rejection method for generating Poisson random variables", 1993), as NumPy
 * uses it for means of 10 and more: about 1.2 pairs of uniforms a draw at
 * any mean, and exact, since every candidate is accepted against the Poisson
 * probability itself.
 */
function poissonByRejection(rng: RandomStream, mean: number): number {
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
  }
}

/** ln(k!) for a whole k >= 0: summed for small k, Stirling's series (error below 1e-14) above. */
export function logFactorial(k: number): number {
  if (k < 20) {
    let sum = 0;
    for (let i = 2; i <= k; i++) sum += Math.log(i);
    return sum;
  }
  const x = k + 1;
  const x2 = x * x;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
}
