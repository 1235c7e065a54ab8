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
  for (const w of weights) total += w;
  let u = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** Poisson count with mean `mean` (Knuth's product method; means here are small). */
export function poisson(rng: RandomStream, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}
