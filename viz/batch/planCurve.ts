/**
 * One region's capacity sweep as a curve: for each target, the region's KPI
 * mean at every rung of its ladder the search evaluated, with the 95 %
 * interval as a band and the one-sided lower bound that decides "meets",
 * against the target's minimum. The search bisects, so the points are few and
 * bunch up near the answer.
 */
import { CAPACITY_WORDS, regionSweep, TARGET_KPIS, type CapacityPlan, type TargetName } from '../../sim/plan/index.js';

/** One evaluated rung of one target. */
export interface CurvePoint {
  level: number;
  capacity: number;
  mean: number;
  ci95Low: number;
  ci95High: number;
  lowerBound: number;
  meets: boolean;
}

/** One target's curve. */
export interface TargetCurve {
  name: TargetName;
  label: string;
  /** The minimum, in %. */
  minimumPercent: number;
  /** By ascending capacity. */
  points: CurvePoint[];
}

export interface PlanCurve {
  region: string;
  /** What the capacity is: "update slots" or "backup throughput (GB/h)". */
  capacityLabel: string;
  targets: TargetCurve[];
  /** The recommended rung, or null when none of the region's ladder meets every target. */
  recommended: { level: number; capacity: number } | null;
  /** The region's capacity today. */
  base: number;
  /** The ladder's smallest and largest capacity. */
  capacityRange: [number, number];
  /** How many levels the region's ladder has (the search ran some of them). */
  rungs: number;
}

/** The curve of region `r` of `plan`. */
export function planCurve(plan: CapacityPlan, r: number): PlanCurve {
  const sweep = regionSweep(plan, r);
  const ladder = plan.levels[r];
  const rung = plan.recommended[r];
  return {
    region: plan.regions[r],
    capacityLabel: CAPACITY_WORDS[plan.kind],
    targets: plan.targets.map((target, t) => ({
      name: target.name,
      label: TARGET_KPIS[target.name].label,
      minimumPercent: target.minimumPercent,
      points: sweep.map((point) => {
        const e = point.targets[t];
        return { level: point.level.level, capacity: point.level.capacity, mean: e.mean, ci95Low: e.ci95Low, ci95High: e.ci95High, lowerBound: e.lowerBound, meets: e.meets };
      }),
    })),
    recommended: rung === null ? null : { ...ladder[rung] },
    base: plan.baseCapacity[r],
    capacityRange: [ladder[0]?.capacity ?? 0, ladder.at(-1)?.capacity ?? 1],
    rungs: ladder.length,
  };
}
