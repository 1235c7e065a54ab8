/**
 * Whether the Run tab's results are out of date: shown, but run from a
 * scenario other than the one now in the page (an edit, a file, another
 * bundled scenario, another seed all change the scenario text).
 */
import type { AppState } from './store.js';

/** The mark shown on stale results, read by people and by the end-to-end test. */
export const STALE_MARK = 'Out of date — Run to update';

/**
 * True when results are on show (a run finished, or a later one was
 * cancelled and the last good results stay) and they ran another scenario
 * text than the current one.
 */
export function resultsStale({ run, results, scenario }: Pick<AppState, 'run' | 'results' | 'scenario'>): boolean {
  const shown = run.state === 'done' || run.state === 'cancelled';
  return shown && results !== null && results.text !== scenario.text;
}
