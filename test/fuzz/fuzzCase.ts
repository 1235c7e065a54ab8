/**
 * One fuzz case judged as a user would: the scenario is accepted and a small
 * run of it finishes, or it is refused with every problem naming a field.
 * Anything else (another error, a problem without a field) is a crash.
 */
import { simulateRelease } from '../../sim/model/index.js';
import { parseScenario, ScenarioError } from '../../sim/scenario/index.js';
import { smallFleet } from './mutatedScenario.js';

/** What became of one case. */
export type FuzzOutcome = { kind: 'ran' } | { kind: 'refused'; lines: string[] } | { kind: 'crash'; detail: string };

/**
 * Validates `text` (with the work estimate), then runs it with a small fleet:
 * a scenario refused only for its size still has its other extremes played
 * out, as they would be by a user who shrinks the fleet.
 */
export function fuzzCase(text: string): FuzzOutcome {
  const verdict = validated(text);
  if (verdict.kind === 'crash') return verdict;
  const small = validated(smallFleet(text));
  if (small.kind === 'crash') return small;
  if (small.kind === 'ran') {
    try {
      const result = simulateRelease(parseScenario(smallFleet(text)));
      if (!(result.instances.count > 0)) return { kind: 'crash', detail: 'a run with no instances' };
    } catch (error) {
      return { kind: 'crash', detail: `the run threw ${(error as Error).stack}` };
    }
  }
  return verdict;
}

/** 'ran' for a valid scenario (not run yet), 'refused' when every problem names a field, 'crash' otherwise. */
function validated(text: string): FuzzOutcome {
  try {
    parseScenario(text);
    return { kind: 'ran' };
  } catch (error) {
    if (!(error instanceof ScenarioError)) return { kind: 'crash', detail: `validate threw ${(error as Error).stack}` };
    const unnamed = error.issues.filter((i) => i.path === '' && i.line === undefined);
    if (unnamed.length > 0) return { kind: 'crash', detail: `a problem names no field: ${unnamed.map((i) => i.message).join('; ')}` };
    return { kind: 'refused', lines: error.message.split('\n') };
  }
}
