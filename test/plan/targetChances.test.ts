import { describe, expect, it } from 'vitest';
import { kpiDescriptions, targetChances, type ReplicationResult } from '../../sim/plan/index.js';

const KPIS = [
  { kpi: 'target_share_on_n', scope: 'fleet', unit: '%' },
  { kpi: 'meets_target_share_on_n', scope: 'fleet', unit: 'yes=1' },
  { kpi: 'target_on_time_share', scope: 'fleet', unit: '%' },
  { kpi: 'meets_target_on_time_share', scope: 'fleet', unit: 'yes=1' },
];

/** A replication whose verdict met the share-on-n target or not (`onN`) and the on-time one or not (`onTime`). */
function run(onN: 0 | 1, onTime: 0 | 1): ReplicationResult {
  return { seed: 1, epochDate: '2027-01-01', windowStartHour: 0, windowEndHour: 24, daysToRunEnd: 1, kpis: KPIS, kpiValues: Float64Array.from([95, onN, 90, onTime]), series: [] };
}

describe('targetChances', () => {
  it('is the share of runs that met each target, with the runs it counts, in the verdict’s words', () => {
    const runs = [run(1, 1), run(1, 0), run(0, 1), run(1, 1), run(1, 1)];
    const chances = targetChances(kpiDescriptions(runs));
    expect(chances.map(({ kpi, met, runs: n, targetPercent }) => ({ kpi, met, n, targetPercent }))).toEqual([
      { kpi: 'meets_target_share_on_n', met: 4, n: 5, targetPercent: 95 },
      { kpi: 'meets_target_on_time_share', met: 4, n: 5, targetPercent: 90 },
    ]);
    expect(chances[0].line).toBe('Chance of meeting the share-on-n target (95.0 % on n when the window closes): 80 %, met in 4 of 5 runs.');
    expect(chances[1].line).toBe('Chance of meeting the on-time target (90.0 % of updates on time): 80 %, met in 4 of 5 runs.');
  });

  it('says 0 % and 100 % when no run or every run met a target', () => {
    const chances = targetChances(kpiDescriptions([run(0, 1), run(0, 1)]));
    expect(chances.map((c) => c.line.match(/: (\d+ %), met in (\d+) of (\d+)/)!.slice(1))).toEqual([
      ['0 %', '0', '2'],
      ['100 %', '2', '2'],
    ]);
  });

  it('leaves out a target the batch has no figures for', () => {
    expect(targetChances([])).toEqual([]);
  });
});
