/**
 * What the bundled-scenario picker shows beyond the bundled names: an edited
 * bundled scenario is still recognisably that scenario, and a blank picker
 * would say the page holds nothing.
 */
import type { ScenarioState } from './store.js';

/** "baseline (edited)" for an edited bundled scenario; null when the picker shows a bundled name as is, or nothing. */
export function pickerLabel(scenario: Pick<ScenarioState, 'bundled' | 'basedOn'>): string | null {
  if (scenario.bundled !== null || scenario.basedOn === null) return null;
  return `${scenario.basedOn} (edited)`;
}
