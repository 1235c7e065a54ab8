/**
 * A capacity plan from start to end: the levels of the grid, the bisection
 * over them with the same replication seeds at every level, and each
 * evaluated level judged against the targets. The command line and the app
 * both call this, each with its own way of running replications, so the
 * same request gives the same plan.csv in either.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import { capacityLevels, DEFAULT_LEVEL_GRID, regionCapacity, type CapacityKind, type LevelGrid } from './capacityLevels.js';
import type { CapacityPlan, LevelOutcome } from './CapacityPlan.js';
import { levelOutcome } from './levelOutcome.js';
import type { Target } from './parseTarget.js';
import { replicationSeeds } from './replicationSeeds.js';
import type { RunReplications } from './RunReplications.js';
import { scaleInput } from './scaleInput.js';
import { maxEvaluations, searchCapacity } from './searchCapacity.js';

/** What to plan. */
export interface PlanRequest {
  kind: CapacityKind;
  targets: Target[];
  /** Levels to search (default DEFAULT_LEVEL_GRID). */
  grid?: LevelGrid;
  /** Confidence of the one-sided lower bounds that decide "meets". */
  confidence: number;
  /** Replications per level. */
  replications: number;
  /** The seed the replication seeds derive from. */
  seed: number;
}

/** The most replications `planCapacity` runs for `request`: a progress bar's 100 %. */
export function planRunCount(scenario: Scenario, request: PlanRequest): number {
  return maxEvaluations(capacityLevels(scenario, request.kind, request.grid ?? DEFAULT_LEVEL_GRID).length) * request.replications;
}

/** Searches the smallest level of `request.kind` that meets every target, running replications with `run`. */
export async function planCapacity(scenario: Scenario, request: PlanRequest, run: RunReplications): Promise<CapacityPlan> {
  const levels = capacityLevels(scenario, request.kind, request.grid ?? DEFAULT_LEVEL_GRID);
  const seeds = replicationSeeds(request.seed, request.replications);
  const search = await searchCapacity<LevelOutcome>(levels.length, async (index) => {
    const level = levels[index];
    const leveled = scaleInput(scenario, request.kind, level.level);
    return levelOutcome(level, await run(seeds.map((seed) => ({ scenario: leveled, seed }))), request.targets, request.confidence);
  });
  return {
    kind: request.kind,
    regions: scenario.regions.map((r) => r.name),
    baseCapacity: regionCapacity(scenario, request.kind),
    targets: request.targets,
    replications: request.replications,
    confidence: request.confidence,
    levels,
    search,
  };
}
