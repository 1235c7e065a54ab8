import { describe, expect, it } from 'vitest';
import { bandSet } from '../../viz/batch/bandSet.js';
import { fakeReplications, fleetKpis } from '../plan/support/fakeReplication.js';

/** Two days and two hours of a series: hour h of day d is `dayValues[d] + h` (so the day's peak is its last hour). */
const hours = (base: number) => Array.from({ length: 50 }, (_, h) => base + (h % 24));

describe('bandSet', () => {
  const results = fakeReplications(fleetKpis('x'), [
    { values: [1], series: { completions: hours(0), queued: hours(0), backup_demand_total_gb_per_hour: hours(0), share_on_n: hours(0) } },
    { values: [2], series: { completions: hours(10), queued: hours(10), backup_demand_total_gb_per_hour: hours(10), share_on_n: hours(10) } },
  ]);
  const set = bandSet('Fixture', results);

  it('keeps every series hour by hour, with its mean over the replications', () => {
    const share = set.hourly.bands.find((b) => b.column === 'share_on_n')!;
    expect(set.hourly.hours).toBe(50);
    expect(share.mean[3]).toBe(8);
  });

  it('makes each run\u2019s day figure first (completions summed, the queue\u2019s peak, the mean demand), then the band over runs', () => {
    const byColumn = (column: string) => set.daily.bands.find((b) => b.column === column)!;
    // Run 1, day 0: 0 + 1 + … + 23 = 276; run 2: 276 + 240 = 516. The last day holds two hours: 0 + 1 and 10 + 11.
    expect([...byColumn('completions').mean]).toEqual([396, 396, 11]);
    // The 5th percentile of two runs (R type 7): the lower plus 5 % of the way to the higher.
    expect([...byColumn('completions').p5]).toEqual([288, 288, 2]);
    expect([...byColumn('queued').mean]).toEqual([28, 28, 6]);
    expect([...byColumn('backup_demand_total_gb_per_hour').mean]).toEqual([16.5, 16.5, 5.5]);
    expect(set.daily.bands.map((b) => b.column)).not.toContain('share_on_n');
  });

  it('carries the scenario name, its calendar and its window for the views', () => {
    expect(set).toMatchObject({ name: 'Fixture', epochDate: '2027-01-01', windowStartHour: 0 });
  });
});
