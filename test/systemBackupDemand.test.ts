import { describe, expect, it } from 'vitest';
import { systemBackupDemand, systemBackupDemandAt } from '../sim/model/systemBackupDemand.js';

describe('daily system backups', () => {
  it('back up the whole storage once a day: a day of demand integrates to the storage', () => {
    for (const [offset, hour, span] of [[0, 1, 6], [-5, 1, 6], [5.5, 23, 4], [10, 0, 24], [1, 2, 30]]) {
      let gb = 0;
      for (let h = 0; h < 24; h++) gb += systemBackupDemand(1000, hour, offset, span, 100 * 24 + h, 100 * 24 + h + 1);
      // A window longer than a day overlaps the next one: each still adds a full day's backup per day.
      expect(gb).toBeCloseTo(1000, 6);
    }
  });

  it('run during the local night window only', () => {
    // Window 01:00-07:00 local at UTC+1 = 00:00-06:00 UTC.
    expect(systemBackupDemandAt(600, 1, 1, 6, 24 * 3 + 3)).toBe(100);
    expect(systemBackupDemandAt(600, 1, 1, 6, 24 * 3 + 6)).toBe(0);
    expect(systemBackupDemandAt(600, 1, 1, 6, 24 * 3 + 23.5)).toBe(0);
    expect(systemBackupDemand(600, 1, 1, 6, 24 * 3 + 5.5, 24 * 3 + 6.5)).toBeCloseTo(50, 9);
  });
});
