/**
 * The interval of a mean of shares: on the logit scale, so it stays within
 * 0–100 %, matches the delta-method formula worked out by hand, and still
 * covers the true mean about as often as it claims.
 */
import { describe, expect, it } from 'vitest';
import { randomStream } from '../sim/engine/randomStream.js';
import { confidenceInterval } from '../sim/metrics/confidenceInterval.js';
import { shareInterval } from '../sim/metrics/shareInterval.js';

/** Ten replications' shares near 100 %: mean 99.75, sd 0.22236. */
const NEAR_FULL = [99.5, 99.7, 100, 99.9, 99.6, 100, 99.8, 99.4, 100, 99.6];

describe('shareInterval (logit-scale interval of a mean of shares)', () => {
  it('matches the hand-computed delta-method value: logistic(logit(p) ± t · se / (p (1 − p)))', () => {
    // p = 0.9975, se = 0.0022236 / √10, t(0.975, 9) = 2.262157, worked out in Python.
    const ci = shareInterval(NEAR_FULL);
    expect(ci.mean).toBeCloseTo(99.75, 10);
    expect(ci.low).toBeCloseTo(99.527944, 5);
    expect(ci.high).toBeCloseTo(99.867739, 5);
    expect(ci.halfWidth).toBeCloseTo((ci.high - ci.low) / 2, 10);
  });

  it('one-sided lower bound uses t(confidence, n − 1) and leaves high at 100', () => {
    // t(0.95, 9) = 1.833113.
    const ci = shareInterval(NEAR_FULL, 0.95, 'lower');
    expect(ci.low).toBeCloseTo(99.581508, 5);
    expect(ci.high).toBe(100);
  });

  it('stays within 0–100 where the Student-t interval crosses 100 (and 0)', () => {
    const nearly = [99, 100, 100, 100, 100, 100, 100, 100, 100, 100];
    expect(confidenceInterval(nearly).high).toBeGreaterThan(100);
    const ci = shareInterval(nearly);
    expect(ci.high).toBeLessThanOrEqual(100);
    expect(ci.low).toBeGreaterThanOrEqual(0);
    const nearlyNone = nearly.map((v) => 100 - v);
    expect(confidenceInterval(nearlyNone).low).toBeLessThan(0);
    expect(shareInterval(nearlyNone).low).toBeGreaterThanOrEqual(0);
  });

  it('is asymmetric near 100 %: longer on the side where shares can still fall', () => {
    const ci = shareInterval(NEAR_FULL);
    expect(ci.mean - ci.low).toBeGreaterThan(ci.high - ci.mean);
  });

  it('is close to the Student-t interval far from the bounds', () => {
    const middle = [48, 52, 50, 47, 53, 51, 49, 50, 52, 48];
    const share = shareInterval(middle);
    const t = confidenceInterval(middle);
    expect(share.low).toBeCloseTo(t.low, 1);
    expect(share.high).toBeCloseTo(t.high, 1);
  });

  it('all runs at 100 % (no spread) give [100, 100]; fewer than two values give NaN; values outside 0–100 throw', () => {
    expect(shareInterval([100, 100, 100])).toEqual({ mean: 100, halfWidth: 0, low: 100, high: 100 });
    expect(shareInterval([99]).low).toBeNaN();
    expect(() => shareInterval([99, 100.5])).toThrow(RangeError);
  });

  it('covers the true mean of skewed shares near 100 % about 95 % of the time (1000 seeded batches of 10)', () => {
    // Each replication's share is 100 − E, E exponential with mean 0.25 (cut at
    // 100, which never happens at these seeds): true mean 99.75, a long tail
    // away from 100 like a run with a bad region. Binomial(1000, 0.95) has sd
    // 6.9; the tolerance 0.92–0.98 is over four sd either side of 950.
    const random = randomStream(11, 'shareInterval coverage');
    const BATCHES = 1000;
    let covered = 0;
    for (let b = 0; b < BATCHES; b++) {
      const values = Array.from({ length: 10 }, () => 100 - Math.min(100, -0.25 * Math.log(1 - random())));
      const ci = shareInterval(values);
      expect(ci.high).toBeLessThanOrEqual(100);
      if (ci.low <= 99.75 && 99.75 <= ci.high) covered++;
    }
    expect(covered / BATCHES).toBeGreaterThan(0.92);
    expect(covered / BATCHES).toBeLessThan(0.98);
  });
});
