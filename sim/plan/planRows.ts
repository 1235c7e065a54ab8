/**
 * plan.csv: per region, one row per rung of its ladder the search evaluated
 * (the factor, the region's capacity, the batch that ran it, each target's
 * mean, lower bound, 95 % interval and whether it is met, on the region's own
 * KPIs), then each region's recommendation (or a row saying no rung of the
 * grid meets, with the figures at its largest), then the fleet's figures with
 * every region at its recommendation.
 */
import type { ReportRow } from '../report/ReportRow.js';
import type { CapacityPlan } from './CapacityPlan.js';
import type { TargetEvaluation } from './evaluateTargets.js';
import { regionSweep } from './regionSweep.js';
import { roundStat } from './roundStat.js';

/** `status` of the rows. */
export const PLAN_STATUS = {
  evaluated: 'evaluated',
  recommended: 'recommended',
  notFound: 'no_level_meets_targets',
  fleet: 'fleet_at_recommendation',
} as const;

/** The figures written per target, as column suffixes. */
const TARGET_FIGURES = ['target', 'mean', 'lower_bound', 'ci95_low', 'ci95_high', 'meets'] as const;

/** A target's column prefix: its name with "-" as "_" (on_time, on_n). */
function targetKey(name: string): string {
  return name.replace(/-/g, '_');
}

/** The capacity column: `slots` or `backup_gb_per_hour`. */
function capacityColumn(plan: CapacityPlan): string {
  return plan.kind === 'slots' ? 'slots' : 'backup_gb_per_hour';
}

/** Columns of plan.csv for this plan (they name its capacity and targets). */
export function planColumns(plan: CapacityPlan): string[] {
  return [
    'status',
    'region',
    'level',
    capacityColumn(plan),
    'step',
    'replications',
    'confidence',
    ...plan.targets.flatMap((t) => TARGET_FIGURES.map((figure) => `${targetKey(t.name)}_${figure}`)),
    'meets_all',
  ];
}

function row(plan: CapacityPlan, fields: ReportRow, targets: readonly TargetEvaluation[]): ReportRow {
  const out: ReportRow = { ...fields, replications: plan.replications, confidence: plan.confidence };
  for (const t of targets) {
    const key = targetKey(t.target.name);
    out[`${key}_target`] = t.target.minimumPercent;
    out[`${key}_mean`] = roundStat(t.mean);
    out[`${key}_lower_bound`] = roundStat(t.lowerBound);
    out[`${key}_ci95_low`] = roundStat(t.ci95Low);
    out[`${key}_ci95_high`] = roundStat(t.ci95High);
    out[`${key}_meets`] = t.meets ? 1 : 0;
  }
  out.meets_all = targets.every((t) => t.meets) ? 1 : 0;
  return out;
}

/** Each region's sweep, ascending; each region's recommendation; the fleet at the recommendation. Steps count from 1. */
export function planRows(plan: CapacityPlan): ReportRow[] {
  const column = capacityColumn(plan);
  const sweeps = plan.regions.map((_, r) => regionSweep(plan, r));
  const rows = plan.regions.flatMap((region, r) =>
    sweeps[r].map((point) => row(plan, { status: PLAN_STATUS.evaluated, region, level: point.level.level, [column]: roundStat(point.level.capacity), step: point.step + 1 }, point.targets)),
  );
  const final = plan.atRecommendation;
  plan.regions.forEach((region, r) => {
    const at = sweeps[r].find((point) => point.rung === final.regions[r].rung)!;
    const status = plan.recommended[r] === null ? PLAN_STATUS.notFound : PLAN_STATUS.recommended;
    rows.push(row(plan, { status, region, level: at.level.level, [column]: roundStat(at.level.capacity), step: at.step + 1 }, at.targets));
  });
  const total = final.regions.reduce((sum, region) => sum + region.level.capacity, 0);
  rows.push(row(plan, { status: PLAN_STATUS.fleet, region: 'fleet', level: '', [column]: roundStat(total), step: plan.steps.indexOf(final) + 1 }, final.fleet));
  return rows;
}
