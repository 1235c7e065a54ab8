/**
 * The capacity sweep as a curve: for each target, its KPI's mean at every
 * level the search evaluated with the 95 % interval as a band and the
 * one-sided lower bound that decides "meets", against the target's minimum.
 * The search bisects, so the points are few and bunch up near the answer.
 */
import { TARGET_KPIS, type CapacityPlan, type TargetName } from '../../sim/plan/index.js';

/** One evaluated level of one target. */
export interface CurvePoint {
  level: number;
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
  /** By ascending level. */
  points: CurvePoint[];
}

export interface PlanCurve {
  targets: TargetCurve[];
  /** The recommended level's factor, or null when no level meets every target. */
  recommended: number | null;
  /** The grid's smallest and largest factor. */
  levelRange: [number, number];
}

/** The curves of `plan`. */
export function planCurve(plan: CapacityPlan): PlanCurve {
  const { evaluated, recommended } = plan.search;
  return {
    targets: plan.targets.map((target, t) => ({
      name: target.name,
      label: TARGET_KPIS[target.name].label,
      minimumPercent: target.minimumPercent,
      points: evaluated.map(([, outcome]) => {
        const e = outcome.targets[t];
        return { level: outcome.level.level, mean: e.mean, ci95Low: e.ci95Low, ci95High: e.ci95High, lowerBound: e.lowerBound, meets: e.meets };
      }),
    })),
    recommended: recommended === null ? null : plan.levels[recommended].level,
    levelRange: [plan.levels[0]?.level ?? 0, plan.levels.at(-1)?.level ?? 1],
  };
}
