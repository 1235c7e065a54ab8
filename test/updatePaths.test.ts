import { describe, expect, it } from 'vitest';
import { PRODUCTION, SANDBOX, VERSION_N, VERSION_N1, VERSION_N2 } from '../sim/model/SimulationResult.js';
import { isMandatory, nextTargetVersion } from '../sim/model/updatePaths.js';

describe('update paths', () => {
  it('approach one: sandbox n-2 to n-1, production n-2 straight to n', () => {
    expect(nextTargetVersion(SANDBOX, VERSION_N2, 'one')).toBe(VERSION_N1);
    expect(nextTargetVersion(PRODUCTION, VERSION_N2, 'one')).toBe(VERSION_N);
  });

  it('approach two: both step through n-1', () => {
    expect(nextTargetVersion(SANDBOX, VERSION_N2, 'two')).toBe(VERSION_N1);
    expect(nextTargetVersion(PRODUCTION, VERSION_N2, 'two')).toBe(VERSION_N1);
  });

  it('on n-1 everything goes to n; on n there is nothing to do', () => {
    for (const kind of [PRODUCTION, SANDBOX]) {
      for (const approach of ['one', 'two'] as const) {
        expect(nextTargetVersion(kind, VERSION_N1, approach)).toBe(VERSION_N);
        expect(nextTargetVersion(kind, VERSION_N, approach)).toBe(-1);
      }
    }
  });

  it('makes n-2 mandatory always and n-1 mandatory from the support end on', () => {
    expect(isMandatory(VERSION_N2, 0, 100)).toBe(true);
    // Day 100 is n-1's last supported day: an update booked on it is optional, one booked the day after is not.
    expect(isMandatory(VERSION_N1, 100, 100)).toBe(false);
    expect(isMandatory(VERSION_N1, 101, 100)).toBe(true);
    expect(isMandatory(VERSION_N, 1000, 100)).toBe(false);
  });
});
