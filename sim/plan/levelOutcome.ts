/**
 * One capacity level's verdict: its replications judged against every
 * target. A level meets when each target's lower confidence bound reaches
 * its minimum.
 */
import type { CapacityLevel } from './capacityLevels.js';
import type { LevelOutcome } from './CapacityPlan.js';
import { evaluateTargets } from './evaluateTargets.js';
import type { Target } from './parseTarget.js';
import type { ReplicationResult } from './ReplicationResult.js';

/** `level` with each target evaluated on `results` (its replications, with the plan's seeds) at `confidence`. */
export function levelOutcome(level: CapacityLevel, results: readonly ReplicationResult[], targets: readonly Target[], confidence: number): LevelOutcome {
  const evaluations = evaluateTargets(results, targets, confidence);
  return { level, targets: evaluations, meets: evaluations.every((t) => t.meets) };
}
