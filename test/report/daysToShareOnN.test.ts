import { describe, expect, it } from 'vitest';
import { VERSION_N } from '../../sim/model/SimulationResult.js';
import { daysToShareOnN } from '../../sim/report/daysToShareOnN.js';
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
});
