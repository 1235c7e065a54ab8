/**
 * A capacity plan as found: which capacity was sized, against which targets,
 * every batch the search ran with each region's figures, each region's
 * recommendation, and the fleet's figures with every region at it.
 * plan.csv, the terminal's table and the Plan tab are drawn from it.
 */
import type { CapacityKind, CapacityLevel } from './capacityLevels.js';
import type { TargetEvaluation } from './evaluateTargets.js';
import type { Target } from './parseTarget.js';

/** One region at one rung of its ladder: each target's figures on the region's own KPIs; it meets when every target does. */
export interface RegionOutcome {
  rung: number;
  level: CapacityLevel;
  targets: TargetEvaluation[];
  meets: boolean;
}

/** One batch of replications: each region at a rung, with its figures, and the fleet's. */
export interface PlanStep {
  /** Per region, in `CapacityPlan.regions` order. */
  regions: RegionOutcome[];
  /** Each target's figures on the fleet's KPIs. */
  fleet: TargetEvaluation[];
}

export interface CapacityPlan {
  kind: CapacityKind;
  /** Region names, in scenario order (the order of every per-region list). */
  regions: string[];
  /** The scenario's own capacity per region (level 1). */
  baseCapacity: number[];
  targets: Target[];
  /** Replications per batch, with the same seeds in every batch. */
  replications: number;
  /** Confidence of the one-sided lower bounds that decide "meets". */
  confidence: number;
  /** Per region, its ladder of levels, ascending. */
  levels: CapacityLevel[][];
  /** The batches run, in order: the search's, then the check of the whole plan when it needed one of its own. */
  steps: PlanStep[];
  /** How many of `steps` the search ran. */
  searchSteps: number;
  /** Per region: the rung recommended, or null when even its largest does not meet every target. */
  recommended: (number | null)[];
  /**
   * The plan as a whole: every region at its recommended rung (at its largest
   * where none meets), with the fleet's figures there. One of `steps`: the
   * search's own batch when it ran exactly that, else one more batch.
   */
  atRecommendation: PlanStep;
}
