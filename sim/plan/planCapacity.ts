/**
 * A capacity plan from start to end: each region's ladder of levels, the
 * regions' bisections run side by side with the same replication seeds in
 * every batch, each region judged on its own KPIs against the targets, and
 * the plan as a whole checked on the fleet's. The command line and the app
 * both call this, each with its own way of running replications, so the
 * same request gives the same plan.csv in either.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import { capacityLevels, DEFAULT_LEVEL_GRID, regionCapacity, withCapacity, type CapacityKind, type CapacityLevel, type LevelGrid } from './capacityLevels.js';
import type { CapacityPlan, PlanStep } from './CapacityPlan.js';
import { evaluateTargets } from './evaluateTargets.js';
import type { Target } from './parseTarget.js';
import type { ReplicationResult } from './ReplicationResult.js';
import { replicationSeeds } from './replicationSeeds.js';
import type { RunReplications } from './RunReplications.js';
import { maxEvaluations, searchCapacity } from './searchCapacity.js';

/** What to plan. */
export interface PlanRequest {
  kind: CapacityKind;
  targets: Target[];
  /** Levels to search (default DEFAULT_LEVEL_GRID). */
  grid?: LevelGrid;
  /** Confidence of the one-sided lower bounds that decide "meets". */
  confidence: number;
  /** Replications per batch. */
  replications: number;
  /** The seed the replication seeds derive from. */
  seed: number;
}

/** The most replications `planCapacity` runs for `request`, the check of the whole plan included: a progress bar's 100 %. */
export function planRunCount(scenario: Scenario, request: PlanRequest): number {
  const ladders = capacityLevels(scenario, request.kind, request.grid ?? DEFAULT_LEVEL_GRID);
  return (maxEvaluations(ladders.map((ladder) => ladder.length)) + 1) * request.replications;
}

/** One batch's figures: region r at `rungs[r]` of its ladder, judged on its own KPIs, and the fleet. */
function planStep(regions: readonly string[], ladders: readonly CapacityLevel[][], rungs: readonly number[], results: readonly ReplicationResult[], request: PlanRequest): PlanStep {
  const { targets, confidence } = request;
  return {
    regions: regions.map((name, r) => {
      const evaluations = evaluateTargets(results, targets, confidence, name);
      return { rung: rungs[r], level: ladders[r][rungs[r]], targets: evaluations, meets: evaluations.every((t) => t.meets) };
    }),
    fleet: evaluateTargets(results, targets, confidence),
  };
}

/** Searches, per region, the smallest level of `request.kind` that meets every target, running replications with `run`. */
export async function planCapacity(scenario: Scenario, request: PlanRequest, run: RunReplications): Promise<CapacityPlan> {
  const levels = capacityLevels(scenario, request.kind, request.grid ?? DEFAULT_LEVEL_GRID);
  const regions = scenario.regions.map((r) => r.name);
  const seeds = replicationSeeds(request.seed, request.replications);
  const steps: PlanStep[] = [];
  const evaluate = async (rungs: readonly number[]) => {
    const leveled = withCapacity(
      scenario,
      request.kind,
      rungs.map((rung, r) => levels[r][rung].capacity),
    );
    const step = planStep(regions, levels, rungs, await run(seeds.map((seed) => ({ scenario: leveled, seed }))), request);
    steps.push(step);
    return step;
  };
  const search = await searchCapacity(
    levels.map((ladder) => ladder.length),
    async (rungs) => (await evaluate(rungs)).regions.map((region) => region.meets),
  );
  const searchSteps = steps.length;
  const finalRungs = search.recommended.map((rung, r) => rung ?? levels[r].length - 1);
  const sameRungs = (step: PlanStep) => step.regions.every((region, r) => region.rung === finalRungs[r]);
  const atRecommendation = steps.find(sameRungs) ?? (await evaluate(finalRungs));
  return {
    kind: request.kind,
    regions,
    baseCapacity: regionCapacity(scenario, request.kind),
    targets: request.targets,
    replications: request.replications,
    confidence: request.confidence,
    levels,
    steps,
    searchSteps,
    recommended: search.recommended,
    atRecommendation,
  };
}
