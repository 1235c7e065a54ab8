/**
 * The scenario after an edit in the form or the JSON text: no longer the
 * bundled scenario it was loaded as, but still based on it, so that the
 * picker can say "baseline (edited)" instead of going blank.
 */
import { parseScenarioInput } from './scenarioInput.js';
import type { ScenarioOrigin, ScenarioState } from './store.js';

/** `previous` edited to `text` (parsed as `input`) by `origin`; it keeps the bundled scenario it was based on. */
export function editedScenario(previous: ScenarioState, text: string, origin: Exclude<ScenarioOrigin, 'load'>, input: unknown = parseScenarioInput(text)): ScenarioState {
  return { text, input, bundled: null, basedOn: previous.bundled ?? previous.basedOn, source: 'edited scenario', origin };
}
