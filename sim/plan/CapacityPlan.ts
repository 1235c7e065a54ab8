/**
 * A capacity plan as found: which capacity was sized, against which targets,
 * every level the search evaluated with its figures, and the recommendation.
 * plan.csv and the terminal's table are drawn from it.
 */
import type { CapacityKind, CapacityLevel } from './capacityLevels.js';
import type { TargetEvaluation } from './evaluateTargets.js';
import type { Target } from './parseTarget.js';
import type { CapacitySearch, Verdict } from './searchCapacity.js';

/** One evaluated level: its capacity and each target's figures; it meets when every target does. */
export interface LevelOutcome extends Verdict {
  level: CapacityLevel;
  targets: TargetEvaluation[];
}

export interface CapacityPlan {
  kind: CapacityKind;
  /** Region names, in scenario order (the order of every capacity list). */
  regions: string[];
  /** The scenario's own capacity per region (level 1). */
  baseCapacity: number[];
  targets: Target[];
  /** Replications per level, with the same seeds at every level. */
  replications: number;
  /** Confidence of the one-sided lower bounds that decide "meets". */
  confidence: number;
  /** Every level of the grid, ascending. */
  levels: CapacityLevel[];
  search: CapacitySearch<LevelOutcome>;
}
