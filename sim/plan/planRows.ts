/**
 * plan.csv: one row per capacity level the search evaluated (the level, each
 * region's capacity, each target's mean, lower bound, 95 % interval and
 * whether it is met), then the recommendation: the smallest level meeting
 * every target, or a row saying no level of the grid does.
 */
import { regionColumnKeys } from '../report/regionColumnKeys.js';
import type { ReportRow } from '../report/ReportRow.js';
import type { CapacityPlan, LevelOutcome } from './CapacityPlan.js';
import { roundStat } from './roundStat.js';

/** `status` of the rows: a level the search evaluated, the recommended one, or none found. */
const PLAN_STATUS = { evaluated: 'evaluated', recommended: 'recommended', notFound: 'no_level_meets_targets' } as const;

/** The figures written per target, as column suffixes. */
const TARGET_FIGURES = ['target', 'mean', 'lower_bound', 'ci95_low', 'ci95_high', 'meets'] as const;

/** A target's column prefix: its name with "-" as "_" (on_time, on_n). */
function targetKey(name: string): string {
  return name.replace(/-/g, '_');
}

/** The per-region capacity columns: `slots_<region>` or `backup_gb_per_hour_<region>`. */
function capacityColumns(plan: CapacityPlan): string[] {
  const prefix = plan.kind === 'slots' ? 'slots' : 'backup_gb_per_hour';
  return regionColumnKeys(plan.regions).map((key) => `${prefix}_${key}`);
}

/** Columns of plan.csv for this plan (they name its regions and targets). */
export function planColumns(plan: CapacityPlan): string[] {
  return [
    'status',
    'level',
    'replications',
    'confidence',
    ...capacityColumns(plan),
    ...plan.targets.flatMap((t) => TARGET_FIGURES.map((figure) => `${targetKey(t.name)}_${figure}`)),
    'meets_all',
  ];
}

function levelRow(plan: CapacityPlan, status: string, outcome: LevelOutcome): ReportRow {
  const row: ReportRow = { status, level: outcome.level.level, replications: plan.replications, confidence: plan.confidence };
  capacityColumns(plan).forEach((column, r) => (row[column] = roundStat(outcome.level.capacity[r])));
  for (const t of outcome.targets) {
    const key = targetKey(t.target.name);
    row[`${key}_target`] = t.target.minimumPercent;
    row[`${key}_mean`] = roundStat(t.mean);
    row[`${key}_lower_bound`] = roundStat(t.lowerBound);
    row[`${key}_ci95_low`] = roundStat(t.ci95Low);
    row[`${key}_ci95_high`] = roundStat(t.ci95High);
    row[`${key}_meets`] = t.meets ? 1 : 0;
  }
  row.meets_all = outcome.meets ? 1 : 0;
  return row;
}

/** The evaluated levels, ascending, then the recommendation row. */
export function planRows(plan: CapacityPlan): ReportRow[] {
  const { evaluated, recommended } = plan.search;
  const rows = evaluated.map(([, outcome]) => levelRow(plan, PLAN_STATUS.evaluated, outcome));
  const chosen = evaluated.find(([index]) => index === recommended);
  rows.push(chosen ? levelRow(plan, PLAN_STATUS.recommended, chosen[1]) : { status: PLAN_STATUS.notFound, replications: plan.replications, confidence: plan.confidence });
  return rows;
}
