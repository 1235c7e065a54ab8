/**
 * Two or more scenarios run under one list of replication seeds, ready for
 * compare.csv: replication r of each draws the same admins, durations and
 * failures, so their differences are measured pair by pair.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import type { ComparedScenario } from './compareRows.js';
import { replicationSeeds } from './replicationSeeds.js';
import type { RunReplications } from './RunReplications.js';

/** A scenario to compare and the file it came from, as compare.csv names it. */
export interface ScenarioToCompare {
  scenario: Scenario;
  file: string;
}

/** Runs every scenario's R replications under `seed` in one batch (scenario by scenario, in replication order). */
export async function compareScenarios(
  entries: readonly ScenarioToCompare[],
  batch: { replications: number; seed: number },
  run: RunReplications,
): Promise<ComparedScenario[]> {
  const seeds = replicationSeeds(batch.seed, batch.replications);
  const results = await run(entries.flatMap(({ scenario }) => seeds.map((seed) => ({ scenario, seed }))));
  return entries.map(({ scenario, file }, i) => ({ name: scenario.name, file, results: results.slice(i * seeds.length, (i + 1) * seeds.length) }));
}
