import { describe, expect, it } from 'vitest';
import { OUTCOME_IMPORT_REFUSED, VERSION_N, VERSION_N1, VERSION_N2 } from '../../sim/model/SimulationResult.js';
import { windowEndStatus, windowEndStatusByRegion } from '../../sim/report/windowEndStatus.js';
import { makeResult } from '../support/makeResult.js';

describe('windowEndStatus', () => {
  it('counts instances on n: already current plus those updated inside the window', () => {
    // Instances 2 and 6 were on n; 0, 1, 3, 4, 9 were updated.
    expect(windowEndStatus(makeResult()).onN).toBe(7);
  });

  it('counts n-2, n-1 after support end and refused imports as out of policy, each once', () => {
    expect(windowEndStatus(makeResult())).toMatchObject({
      instances: 10,
      outOfPolicyOnN2: 1,
      outOfPolicyOnN1: 1,
      importRefused: 1,
      outOfPolicy: 3,
    });
  });

  it('keeps n-1 in policy when the window ends before n-1 support ends', () => {
    const result = makeResult();
    result.lastSupportedDay = 25;
    expect(windowEndStatus(result)).toMatchObject({ outOfPolicyOnN1: 0, outOfPolicy: 2 });
  });

  it('keeps n-1 in policy when the window\u2019s last date is n-1\u2019s last supported date', () => {
    const result = makeResult();
    result.lastSupportedDay = result.windowEndDay;
    expect(windowEndStatus(result).outOfPolicyOnN1).toBe(0);
    // One day earlier, n-1 is out of policy.
    result.lastSupportedDay = result.windowEndDay - 1;
    expect(windowEndStatus(result).outOfPolicyOnN1).toBe(1);
  });

  it('counts an update that opened on the window\u2019s last local date and ended the next UTC day as on n', () => {
    const result = makeResult();
    // Instance 9 updated in a window that opened late on the last local date and closed after midnight UTC.
    result.instances.completedAt[9] = 484;
    expect(windowEndStatus(result).onN).toBe(7);
  });

  it('counts a refused import once even when its version is n-2', () => {
    const result = makeResult();
    expect(result.instances.outcome[7]).toBe(OUTCOME_IMPORT_REFUSED);
    expect(result.instances.toVersion[7]).toBe(VERSION_N2);
    expect(windowEndStatus(result).outOfPolicyOnN2).toBe(1);
  });

  it('counts an instance that took one step of two at the version it reached', () => {
    const result = makeResult();
    // Instance 8 (n-2) reached n-1 and then missed the window: out of policy on n-1, no longer on n-2.
    result.instances.toVersion[8] = VERSION_N1;
    expect(windowEndStatus(result)).toMatchObject({ onN: 7, outOfPolicyOnN2: 0, outOfPolicyOnN1: 2, outOfPolicy: 3 });
  });

  it('counts one region\u2019s instances only when given its index', () => {
    // north (0): instances 0–4, all on n by the window end; south (1): 5–9, with 6 and 9 on n and 5, 7, 8 out of policy.
    expect(windowEndStatus(makeResult(), 0)).toEqual({ instances: 5, onN: 5, importRefused: 0, outOfPolicyOnN2: 0, outOfPolicyOnN1: 0, outOfPolicy: 0 });
    expect(windowEndStatus(makeResult(), 1)).toEqual({ instances: 5, onN: 2, importRefused: 1, outOfPolicyOnN2: 1, outOfPolicyOnN1: 1, outOfPolicy: 3 });
  });

  it('reports an empty fleet as all zeros', () => {
    const result = makeResult();
    result.instances.count = 0;
    expect(windowEndStatus(result)).toEqual({
      instances: 0,
      onN: 0,
      importRefused: 0,
      outOfPolicyOnN2: 0,
      outOfPolicyOnN1: 0,
      outOfPolicy: 0,
    });
  });
});

describe('windowEndStatusByRegion', () => {
  it("gives each region's status as windowEndStatus does for that region, and together the fleet's", () => {
    const result = makeResult();
    const byRegion = windowEndStatusByRegion(result);
    expect(byRegion).toHaveLength(result.regions.length);
    byRegion.forEach((status, r) => expect(status).toEqual(windowEndStatus(result, r)));
    const fleet = windowEndStatus(result);
    for (const key of Object.keys(fleet) as (keyof typeof fleet)[]) expect(byRegion.reduce((sum, s) => sum + s[key], 0)).toBe(fleet[key]);
    expect(byRegion.every((s) => s.instances > 0)).toBe(true);
  });
});
