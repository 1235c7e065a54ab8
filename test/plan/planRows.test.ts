import { describe, expect, it } from 'vitest';
import type { CapacityPlan, LevelOutcome } from '../../sim/plan/CapacityPlan.js';
import { parseTargets } from '../../sim/plan/parseTarget.js';
import { planColumns, planRows } from '../../sim/plan/planRows.js';

const targets = parseTargets(['on-time>=0.99', 'on-n>=0.98']);

/** A level with made-up figures: the on-time share's lower bound decides. */
function outcome(level: number, capacity: number[], onTimeLower: number): LevelOutcome {
  const onTime = { target: targets[0], count: 4, mean: onTimeLower + 0.5, lowerBound: onTimeLower, ci95Low: onTimeLower + 0.1, ci95High: onTimeLower + 0.9, meets: onTimeLower >= 99 };
  const onN = { target: targets[1], count: 4, mean: 98.75, lowerBound: 98.5, ci95Low: 98.55, ci95High: 98.95, meets: true };
  return { level: { level, capacity }, targets: [onTime, onN], meets: onTime.meets && onN.meets };
}

function plan(recommended: number | null): CapacityPlan {
  return {
    kind: 'slots',
    regions: ['North', 'South-East'],
    baseCapacity: [10, 4],
    targets,
    replications: 4,
    confidence: 0.95,
    levels: [],
    search: {
      evaluated: [
        [3, outcome(1, [10, 4], 98.2)],
        [5, outcome(1.2, [12, 5], 99.1)],
        [9, outcome(2, [20, 8], 99.8)],
      ],
      recommended,
    },
  };
}

describe('planRows', () => {
  it('names a column per region (slots or backup GB/h) and six per target, after the level', () => {
    expect(planColumns(plan(5))).toEqual([
      'status',
      'level',
      'replications',
      'confidence',
      'slots_north',
      'slots_south_east',
      ...['on_time', 'on_n'].flatMap((t) => ['target', 'mean', 'lower_bound', 'ci95_low', 'ci95_high', 'meets'].map((f) => `${t}_${f}`)),
      'meets_all',
    ]);
    expect(planColumns({ ...plan(5), kind: 'backup' })).toContain('backup_gb_per_hour_south_east');
  });

  it('gives one row per evaluated level, ascending, then the recommended level again', () => {
    const rows = planRows(plan(5));
    expect(rows.map((r) => [r.status, r.level, r.meets_all])).toEqual([
      ['evaluated', 1, 0],
      ['evaluated', 1.2, 1],
      ['evaluated', 2, 1],
      ['recommended', 1.2, 1],
    ]);
    expect(rows[3]).toMatchObject({ slots_north: 12, slots_south_east: 5, on_time_target: 99, on_time_mean: 99.6, on_time_lower_bound: 99.1, on_time_meets: 1, on_n_target: 98 });
  });

  it('ends with a row saying no level meets the targets when none does', () => {
    const rows = planRows(plan(null));
    expect(rows.at(-1)).toEqual({ status: 'no_level_meets_targets', replications: 4, confidence: 0.95 });
  });
});
