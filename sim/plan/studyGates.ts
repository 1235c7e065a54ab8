/**
 * A gates study: the scenario's failure gate at each threshold, run once
 * with its bad build and once without it, all under one list of replication
 * seeds (common random numbers). With the defect, a threshold shows how many
 * instances get the bad build and how long the wave halts; without it, every
 * halt is a false alarm and its days are pure cost.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import type { ReplicationResult } from './ReplicationResult.js';
import { replicationSeeds } from './replicationSeeds.js';
import type { RunReplications } from './RunReplications.js';

/** One threshold's replications, with and without the bad build. */
export interface GateSetting {
  threshold: number;
  withDefect: ReplicationResult[];
  withoutDefect: ReplicationResult[];
}

export interface GatesStudy {
  /** The gate's window: it halts when at least `threshold` of the last `window` finished updates failed. */
  window: number;
  /** The bad build with no gates at all: what the gates are measured against. */
  ungated: ReplicationResult[];
  settings: GateSetting[];
}

/** A gate error: the scenario cannot be studied as asked. */
export class GatesStudyError extends Error {
  override name = 'GatesStudyError';
}

/** The gate window the study uses: `window` if given, else the scenario's failure gate's. */
export function studyWindow(scenario: Scenario, window?: number): number {
  const w = window ?? scenario.gates?.failures?.lastUpdates;
  if (w === undefined) throw new GatesStudyError('the scenario has no failure gate: give --window N (the last N finished updates a gate looks at)');
  if (!scenario.defect) throw new GatesStudyError('the scenario has no defect: a gates study needs a bad build to catch (add "defect")');
  return w;
}

/** The scenario with its failure gate at `atLeast` of the last `window` updates, and with or without its bad build. */
export function gatedScenario(scenario: Scenario, window: number, atLeast: number, defect: boolean): Scenario {
  const gates = scenario.gates ?? { scope: 'region' as const, investigationHours: { min: 4, mode: 12, max: 48 }, bakeHours: 0, resume: 'whenFixed' as const };
  return { ...scenario, gates: { ...gates, failures: { lastUpdates: window, atLeast } }, defect: defect ? scenario.defect : undefined };
}

/** Runs every threshold with and without the defect, R replications each under `seed`. */
export async function studyGates(
  scenario: Scenario,
  thresholds: readonly number[],
  batch: { replications: number; seed: number; window?: number },
  run: RunReplications,
): Promise<GatesStudy> {
  const window = studyWindow(scenario, batch.window);
  const seeds = replicationSeeds(batch.seed, batch.replications);
  const ungated: Scenario = { ...scenario, gates: undefined };
  const settings = [ungated, ...thresholds.flatMap((k) => [gatedScenario(scenario, window, k, true), gatedScenario(scenario, window, k, false)])];
  const results = await run(settings.flatMap((s) => seeds.map((seed) => ({ scenario: s, seed }))));
  const runsOf = (setting: number) => results.slice(setting * seeds.length, (setting + 1) * seeds.length);
  return {
    window,
    ungated: runsOf(0),
    settings: thresholds.map((threshold, i) => ({ threshold, withDefect: runsOf(1 + 2 * i), withoutDefect: runsOf(2 + 2 * i) })),
  };
}

/** Settings a study of `thresholds` thresholds runs: the ungated bad build, then two per threshold. */
export function gatesSettingCount(thresholds: number): number {
  return 1 + 2 * thresholds;
}
