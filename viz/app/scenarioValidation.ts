/**
 * Keeps the scenario's problems current: each change of the scenario text is
 * checked in a worker of its own (so a long run never delays the answer)
 * after a short pause, and only the answer for the latest text counts.
 */
import type { ValidationOutcome } from '../../sim/api/simulationApi.js';
import { scenarioIssue } from '../../sim/scenario/ScenarioError.js';
import { SimulationWorker } from './simulationWorker.js';
import type { AppState, Store } from './store.js';

/** Typing pauses this long before a check: one check per burst of keys. */
const PAUSE_MS = 120;

/** Sets `issues` to null whenever the scenario text changes, then to the problems found. */
export function watchValidation(store: Store<AppState>): void {
  const validator = new SimulationWorker();
  let checks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = async (): Promise<void> => {
    const id = ++checks;
    const { text } = store.get().scenario;
    let issues: AppState['issues'];
    try {
      // Comlink promises each member of the union separately; the outcome is one of them.
      const outcome = await validator.call<ValidationOutcome>((api) => api.validate(text));
      issues = outcome.ok ? [] : outcome.issues;
    } catch (error) {
      issues = [scenarioIssue([], `the scenario could not be checked: ${(error as Error).message}`)];
    }
    if (id === checks) store.set({ issues });
  };

  store.subscribe((state, previous) => {
    if (state.scenario.text === previous.scenario.text) return;
    checks++;
    if (state.issues !== null) store.set({ issues: null });
    clearTimeout(timer);
    timer = setTimeout(() => void check(), PAUSE_MS);
  });
  void check();
}
