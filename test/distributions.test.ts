import { expect, test } from 'vitest';
import { exponential, logFactorial, logNormal, poisson, standardNormal, triangular, uniform, weightedIndex } from '../sim/engine/distributions.js';
import { randomStream } from '../sim/engine/randomStream.js';

/**
 * Draws are seeded, so each check is deterministic. Sample means are bounded
 * at four standard errors, which a correct sampler passes for all but about 1
 * in 16,000 seeds; sample variances at five, because for skewed, heavy-tailed
 * distributions (log-normal, exponential) the sample variance is itself
 * right-skewed and overshoots four standard errors more often than a normal
 * would. A wrong formula (a rate taken as a mean, σ taken as σ²) lands tens or
 * hundreds of standard errors away.
 */
const DRAWS = 100_000;
const Z = 4;
const Z_VARIANCE = 5;

/**
 * Checks the sample mean and variance of `DRAWS` draws against the
 * distribution's mean, variance and kurtosis (the fourth standardised moment,
 * which sets how much the sample variance scatters: Var(s²) ≈ σ⁴(κ − 1)/n).
 */
function expectMoments(name: string, draw: () => number, mean: number, variance: number, kurtosis: number): void {
  const x = Float64Array.from({ length: DRAWS }, draw);
  const m = x.reduce((a, b) => a + b, 0) / DRAWS;
  const s2 = x.reduce((a, b) => a + (b - m) ** 2, 0) / (DRAWS - 1);
  expect(Math.abs(m - mean), `${name} mean ${m} vs ${mean}`).toBeLessThan((Z * Math.sqrt(variance)) / Math.sqrt(DRAWS));
  expect(Math.abs(s2 - variance), `${name} variance ${s2} vs ${variance}`).toBeLessThan(Z_VARIANCE * variance * Math.sqrt((kurtosis - 1) / DRAWS));
}

test('exponential(rate) has mean 1/rate and variance 1/rate²', () => {
  const rng = randomStream(1, 'dist/exponential');
  expectMoments('exponential', () => exponential(rng, 2), 0.5, 0.25, 9);
});

test('exponential draws are positive and finite', () => {
  const rng = randomStream(1, 'dist/exponential-support');
  const draws = Array.from({ length: 10_000 }, () => exponential(rng, 1));
  expect(draws.filter((x) => !(x > 0 && Number.isFinite(x)))).toEqual([]);
});

test('uniform(min, max) has mean (min + max)/2 and variance (max − min)²/12, inside [min, max]', () => {
  const rng = randomStream(1, 'dist/uniform');
  expectMoments('uniform', () => uniform(rng, 2, 5), 3.5, 9 / 12, 1.8);
  const draws = Array.from({ length: 10_000 }, () => uniform(rng, 2, 5));
  expect(draws.filter((x) => !(x >= 2 && x <= 5))).toEqual([]);
});

test('standardNormal has mean 0 and variance 1', () => {
  const rng = randomStream(1, 'dist/normal');
  expectMoments('standardNormal', () => standardNormal(rng), 0, 1, 3);
});

test('logNormal(median, σ) has mean median·e^(σ²/2) and variance median²·e^σ²·(e^σ² − 1)', () => {
  const rng = randomStream(1, 'dist/lognormal');
  const median = 2;
  const s2 = 0.25;
  const kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
  expectMoments('logNormal', () => logNormal(rng, median, Math.sqrt(s2)), median * Math.exp(s2 / 2), median ** 2 * Math.exp(s2) * (Math.exp(s2) - 1), kurtosis);
});

test('logNormal has the given median', () => {
  const rng = randomStream(1, 'dist/lognormal-median');
  const n = 20_001;
  const below = Array.from({ length: n }, () => logNormal(rng, 3, 1)).filter((x) => x < 3).length;
  // Binomial(n, 1/2): four standard errors of the share below the median.
  expect(Math.abs(below / n - 0.5)).toBeLessThan(Z * Math.sqrt(0.25 / n));
});

test('triangular(min, mode, max) has mean (min + mode + max)/3 and the triangular variance, inside [min, max]', () => {
  const rng = randomStream(1, 'dist/triangular');
  const [a, c, b] = [1, 2, 5];
  const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
  expectMoments('triangular', () => triangular(rng, a, c, b), (a + b + c) / 3, variance, 2.4);
  const draws = Array.from({ length: 10_000 }, () => triangular(rng, a, c, b));
  expect(draws.filter((x) => !(x >= a && x <= b))).toEqual([]);
});

test('a degenerate triangular (min = max) is that constant', () => {
  const rng = randomStream(1, 'dist/triangular-degenerate');
  expect(triangular(rng, 4, 4, 4)).toBe(4);
});

test('poisson(mean) has mean and variance equal to its mean', () => {
  const rng = randomStream(1, 'dist/poisson');
  expectMoments('poisson', () => poisson(rng, 3), 3, 3, 3 + 1 / 3);
});

// Small, medium (the switch to rejection at 10 and a typical incident count) and the largest mean the schema allows (fleet.extraRecipientsMean).
test.each([0.5, 3, 9.99, 10, 50, 366, 1000])('poisson(%d) has mean and variance equal to its mean, as the Poisson law says', (mean) => {
  const rng = randomStream(1, `dist/poisson-${mean}`);
  expectMoments(`poisson(${mean})`, () => poisson(rng, mean), mean, mean, 3 + 1 / mean);
});

test.each([10, 50, 1000])('poisson(%d) puts the Poisson law\'s probability below each quartile of it', (mean) => {
  const rng = randomStream(2, `dist/poisson-cdf-${mean}`);
  const draws = Int32Array.from({ length: DRAWS }, () => poisson(rng, mean));
  const pmf = (k: number) => Math.exp(-mean + k * Math.log(mean) - logFactorial(k));
  let cdf = 0;
  let k = 0;
  for (const q of [0.25, 0.5, 0.75]) {
    while (cdf + pmf(k) < q) cdf += pmf(k++);
    // P(X < k) is cdf; the sample share below k is within 4 standard errors of it.
    const share = draws.filter((x) => x < k).length / DRAWS;
    expect(Math.abs(share - cdf), `P(X < ${k})`).toBeLessThan(4 * Math.sqrt((cdf * (1 - cdf)) / DRAWS));
  }
});

test('logFactorial agrees with the summed logarithms across the switch to Stirling\'s series', () => {
  let sum = 0;
  for (let k = 1; k <= 200; k++) {
    sum += Math.log(k);
    expect(Math.abs(logFactorial(k) - sum), `k = ${k}`).toBeLessThan(1e-9 * Math.max(1, sum));
  }
});

test('poisson draws are whole numbers >= 0', () => {
  const rng = randomStream(1, 'dist/poisson-support');
  const draws = Array.from({ length: 10_000 }, () => poisson(rng, 0.7));
  expect(draws.filter((k) => !(Number.isInteger(k) && k >= 0))).toEqual([]);
});

test('weightedIndex picks each index with probability proportional to its weight', () => {
  const rng = randomStream(1, 'dist/weighted');
  const weights = [1, 2, 3, 4, 0];
  const counts = new Array<number>(weights.length).fill(0);
  for (let i = 0; i < DRAWS; i++) counts[weightedIndex(rng, weights)]++;
  weights.forEach((w, i) => {
    const p = w / 10;
    expect(Math.abs(counts[i] / DRAWS - p), `index ${i}`).toBeLessThanOrEqual(Z * Math.sqrt((p * (1 - p)) / DRAWS));
  });
  expect(counts[4]).toBe(0);
});
