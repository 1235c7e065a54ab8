import { describe, expect, it } from 'vitest';
import { onTimeShare } from '../../sim/report/onTimeShare.js';
import { makeResult } from '../support/makeResult.js';

describe('onTimeShare', () => {
  it('is 1 − overruns ÷ (updates started + updates not started in time)', () => {
    // makeResult: 5 queue waits (started), 2 not started in time, 1 stopped at the window end.
    // Entered Queued: 5 + 2 = 7; overruns 2 + 1 = 3; on time 1 − 3/7.
    expect(onTimeShare(makeResult())).toBeCloseTo(1 - 3 / 7, 12);
  });

  it('counts one region\u2019s updates when given its index', () => {
    // makeResult: north started 3 and stopped 1 at its window end; south started 2 and did not start 2 in time.
    expect(onTimeShare(makeResult(), 0)).toBeCloseTo(1 - 1 / 3, 12);
    expect(onTimeShare(makeResult(), 1)).toBeCloseTo(1 - 2 / 4, 12);
  });

  it('is 1 when nothing overran', () => {
    const result = makeResult();
    result.counters.overrunsNotStarted = 0;
    result.counters.overrunsAborted = 0;
    expect(onTimeShare(result)).toBe(1);
  });

  it('has no value (NaN) when no update entered Queued', () => {
    const result = makeResult();
    result.queueWaitsHours = new Float64Array(0);
    result.counters.overrunsNotStarted = 0;
    result.counters.overrunsAborted = 0;
    expect(onTimeShare(result)).toBeNaN();
  });
});
