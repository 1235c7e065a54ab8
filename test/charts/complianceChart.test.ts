import { describe, expect, it } from 'vitest';
import { complianceBars, complianceSummary } from '../../viz/charts/complianceChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

describe('complianceChart', () => {
  it('reads the share on n at the end of the window\'s last hour, and n-1 and n-2 as support ends', () => {
    expect(complianceSummary(viewSeriesFixture())).toBe(
      "Compliance: 90 % of the fleet on n when the window closes (1 March 2027); as n-1's support ends, 5 instances on n-1 and 2 on n-2; 1 out of policy at the window end.",
    );
  });

  it('says when support ends outside the run', () => {
    const v = viewSeriesFixture((v) => (v.versionsAtSupportEnd = null));
    expect(complianceSummary(v)).toContain("n-1's support end falls outside the run");
    expect(complianceBars(v).filter((b) => b.count === null).map((b) => b.key)).toEqual(['n1AtSupportEnd', 'n2AtSupportEnd']);
  });

  it('lists the split, then out of policy at support end (n-1, n-2) and at the window end', () => {
    expect(complianceBars(viewSeriesFixture()).map((b) => [b.key, b.count, b.group])).toEqual([
      ['alreadyCurrent', 1, 'split'],
      ['approved', 5, 'split'],
      ['mandatory', 3, 'split'],
      ['rescheduled', 2, 'split'],
      ['neverApproved', 1, 'split'],
      ['n1AtSupportEnd', 5, 'outOfPolicy'],
      ['n2AtSupportEnd', 2, 'outOfPolicy'],
      ['atWindowEnd', 1, 'outOfPolicy'],
    ]);
  });
});
