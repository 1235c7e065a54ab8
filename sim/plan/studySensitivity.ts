/**
 * A sensitivity study from start to end: the base scenario and, for each
 * input, the scenario with that input at its low and at its high, all under
 * one list of replication seeds, run as one batch.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import type { Variation } from './parseVariation.js';
import { replicationSeeds } from './replicationSeeds.js';
import type { RunReplications } from './RunReplications.js';
import { scaleInput } from './scaleInput.js';
import type { SensitivityStudy } from './sensitivityRows.js';

/** Settings a study of `inputs` inputs runs: the base, then a low and a high per input. */
export function sensitivitySettingCount(inputs: number): number {
  return 1 + 2 * inputs;
}

/** Runs the base and every input's low and high, R replications each under `seed`. */
export async function studySensitivity(
  scenario: Scenario,
  ranges: readonly Variation[],
  batch: { replications: number; seed: number },
  run: RunReplications,
): Promise<SensitivityStudy> {
  const seeds = replicationSeeds(batch.seed, batch.replications);
  const settings = [scenario, ...ranges.flatMap((v) => [scaleInput(scenario, v.input, v.low), scaleInput(scenario, v.input, v.high)])];
  const results = await run(settings.flatMap((s) => seeds.map((seed) => ({ scenario: s, seed }))));
  const runsOf = (setting: number) => results.slice(setting * seeds.length, (setting + 1) * seeds.length);
  return { base: runsOf(0), inputs: ranges.map((variation, i) => ({ variation, low: runsOf(1 + 2 * i), high: runsOf(2 + 2 * i) })) };
}
