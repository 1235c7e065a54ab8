import { describe, expect, it } from 'vitest';
import { replicationFiles } from '../../sim/plan/replicationFiles.js';
import { parseCsv } from '../support/parseCsv.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

describe('replicationFiles', () => {
  const results = fakeReplications(fleetKpis('on_time_share:%', 'days_to_99_percent_on_n:days'), [
    { values: [98, 90], series: { share_on_n: [0.5, 0.75], queued: [3, 0] } },
    { values: [99, NaN], series: { share_on_n: [0.25, 0.5], queued: [1, 2] } },
  ]);
  const files = Object.fromEntries(replicationFiles(results).map((f) => [f.name, parseCsv(f.text)]));

  it('writes replications.csv and timeseries-bands.csv, in that order', () => {
    expect(replicationFiles(results).map((f) => f.name)).toEqual(['replications.csv', 'timeseries-bands.csv']);
  });

  it('gives replications.csv its documented columns and one row per KPI and scope', () => {
    const [header, onTime, days] = files['replications.csv'];
    expect(header).toEqual(['kpi', 'scope', 'unit', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high', 'p5', 'p50', 'p95']);
    // 98 and 99: mean 98.5, sd √0.5 = 0.7071; t(0.975, 1) = 12.7062; p5 98.05, p95 98.95. A share, so
    // its interval is on the logit scale (the t interval 92.1469–104.8531 would pass 100):
    // logistic(logit(0.985) ± 12.7062 · 0.007071/√2 / (0.985 · 0.015)) -> 47.1205, 99.9793 (worked out in Python).
    expect(onTime).toEqual(['on_time_share', 'fleet', '%', '2', '98.5', '0.7071', '47.1205', '99.9793', '98.05', '98.5', '98.95']);
    // One replication reached 99 % on n: a mean, no spread and no interval.
    expect(days).toEqual(['days_to_99_percent_on_n', 'fleet', 'days', '1', '90', '', '', '', '90', '90', '90']);
  });

  it('gives timeseries-bands.csv hour, time_utc, then mean, p5 and p95 of each series', () => {
    const [header, first] = files['timeseries-bands.csv'];
    expect(header).toEqual(['hour', 'time_utc', 'share_on_n_mean', 'share_on_n_p5', 'share_on_n_p95', 'queued_mean', 'queued_p5', 'queued_p95']);
    // share on n 0.5 and 0.25 -> mean 0.375, p5 0.2625, p95 0.4875, kept to the series' 2 decimals.
    expect(first).toEqual(['0', '2027-01-01T00:00Z', '0.38', '0.26', '0.49', '2', '1.1', '2.9']);
    expect(files['timeseries-bands.csv']).toHaveLength(3);
  });
});
