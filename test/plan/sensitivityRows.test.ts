import { describe, expect, it } from 'vitest';
import { SENSITIVITY_COLUMNS, sensitivityRows } from '../../sim/plan/sensitivityRows.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

const kpis = fleetKpis('on_time_share:%', 'days_to_99_percent_on_n:days');
/** Two replications with these on-time shares and days to 99 % (NaN: never reached; the run ends at day 93). */
const runs = (onTime: [number, number], days: [number, number]) =>
  fakeReplications(kpis, [
    { values: [onTime[0], days[0]], daysToRunEnd: 93 },
    { values: [onTime[1], days[1]], daysToRunEnd: 93 },
  ]);

describe('sensitivityRows', () => {
  const rows = sensitivityRows({
    base: runs([97, 98], [90, 91]),
    inputs: [
      // Swing of the on-time share 1 (97.5 -> 98.5); days 89.5 -> 90.5, swing 1.
      { variation: { input: 'approval', low: 0.8, high: 1.2 }, low: runs([97, 98], [89, 90]), high: runs([98, 99], [90, 91]) },
      // Swing 6 (94 -> 100); at low 99 % is never reached: 93 days (the run's end) twice.
      { variation: { input: 'slots', low: 0.5, high: 1.5 }, low: runs([93, 95], [NaN, NaN]), high: runs([100, 100], [88, 88]) },
      // Swing 0.5 (97.25 -> 97.75); days 91 -> 90.
      { variation: { input: 'failures', low: 0.8, high: 1.2 }, low: runs([97, 97.5], [90, 92]), high: runs([97.5, 98], [89, 91]) },
    ],
  });

  it('has the documented columns', () => {
    expect(SENSITIVITY_COLUMNS).toEqual(['kpi', 'unit', 'input', 'low_factor', 'high_factor', 'base_mean', 'low_mean', 'high_mean', 'swing', 'difference_ci95_low', 'difference_ci95_high', 'not_reached']);
  });

  it('lists the on-time share, then the days to 99 % on n, each with its inputs by swing, largest first', () => {
    expect(rows.map((r) => `${r.kpi} ${r.input} ${r.swing}`)).toEqual([
      'on_time_share slots 6',
      'on_time_share approval 1',
      'on_time_share failures 0.5',
      'days_to_99_percent_on_n slots 5',
      'days_to_99_percent_on_n approval 1',
      'days_to_99_percent_on_n failures 1',
    ]);
  });

  it('gives the base, low and high means and the factors', () => {
    expect(rows[0]).toMatchObject({ unit: '%', low_factor: 0.5, high_factor: 1.5, base_mean: 97.5, low_mean: 94, high_mean: 100, not_reached: '' });
  });

  it('counts a run that never reached 99 % on n at the run end, and says how many did so', () => {
    expect(rows[3]).toMatchObject({ unit: 'days', base_mean: 90.5, low_mean: 93, high_mean: 88, not_reached: 2 });
  });

  it('gives the 95 % interval of the paired difference high − low', () => {
    // Slots, on time: differences 7 and 5: mean 6, s √2; t(0.975, 1) = 12.706205 -> half-width 12.706205 · √2 / √2 = 12.706205.
    expect(rows[0]).toMatchObject({ difference_ci95_low: -6.7062, difference_ci95_high: 18.7062 });
  });
});
