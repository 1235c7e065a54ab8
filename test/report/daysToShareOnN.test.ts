import { describe, expect, it } from 'vitest';
import { VERSION_N } from '../../sim/model/SimulationResult.js';
import { daysToShareOnN } from '../../sim/report/daysToShareOnN.js';
import { randomStream } from '../../sim/engine/index.js';
import type { SimulationResult } from '../../sim/model/SimulationResult.js';
import { makeResult } from '../support/makeResult.js';

describe('daysToShareOnN', () => {
  it('finds the day the needed number of instances is on n', () => {
    // 10 instances, 2 already on n, completions at 245, 250, 290, 300, 400; window start 240.
    const [d20, d50, d70] = daysToShareOnN(makeResult(), [20, 50, 70]);
    expect(d20).toBe(0);
    expect(d50).toBeCloseTo((290 - 240) / 24, 12);
    expect(d70).toBeCloseTo((400 - 240) / 24, 12);
  });

  it('rounds the needed count up: 25 % of 10 instances needs 3', () => {
    expect(daysToShareOnN(makeResult(), [25])[0]).toBeCloseTo((245 - 240) / 24, 12);
  });

  it('gives NaN for a share never reached', () => {
    const [d90, d99] = daysToShareOnN(makeResult(), [90, 99]);
    expect(d90).toBeNaN();
    expect(d99).toBeNaN();
  });

  it('gives 0 when the share is on n before the window opens', () => {
    const result = makeResult();
    result.instances.fromVersion.fill(VERSION_N);
    expect(daysToShareOnN(result, [99])).toEqual([0]);
  });

  it('gives NaN for every share of an empty fleet', () => {
    const result = makeResult();
    result.instances.count = 0;
    expect(daysToShareOnN(result, [50])[0]).toBeNaN();
  });

  it('finds the same days as sorting every completion, on random fleets with ties, half hours and times outside the run', () => {
    const rng = randomStream(7, 'daysToShareOnN');
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rng() * 2000);
      const horizonHours = 24 * (1 + Math.floor(rng() * 200));
      const fromVersion = Uint8Array.from({ length: n }, () => Math.floor(rng() * 3));
      const completedAt = Float64Array.from({ length: n }, () => {
        const u = rng();
        if (u < 0.2) return NaN;
        if (u < 0.5) return Math.floor(rng() * horizonHours * 2) / 2; // ties on whole and half hours
        return -5 + rng() * (horizonHours + 10);
      });
      const result = { instances: { count: n, fromVersion, completedAt }, windowStartHour: 24, horizonHours } as unknown as SimulationResult;
      const percents = [1, 25, 50, 90, 99, 100, 100 * rng()];
      // The reference: every completion sorted.
      const onN = fromVersion.filter((v) => v === VERSION_N).length;
      const sorted = Array.from(completedAt).filter((t, i) => fromVersion[i] !== VERSION_N && !Number.isNaN(t)).sort((a, b) => a - b);
      const expected = percents.map((percent) => {
        const needed = Math.max(1, Math.ceil((percent * n) / 100));
        if (needed <= onN) return 0;
        const k = needed - onN;
        return k > sorted.length ? NaN : Math.max(0, sorted[k - 1] - 24) / 24;
      });
      expect(daysToShareOnN(result, percents), `trial ${trial}`).toEqual(expected);
    }
  });
});
