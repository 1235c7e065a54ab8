/**
 * Keeps the scenario's problems current: each change of the scenario text is
 * checked in a worker of its own (so a long run never delays the answer)
 * after a short pause, and only the answer for the latest text counts. The
 * page's first scenario is checked by `firstCheck` instead (the run worker,
 * which is starting anyway): on opening, the page runs its scenario as soon
 * as it is known to be valid, and a second worker loading alongside would
 * only slow that down. The checking worker starts at the first edit.
 */
import type { ValidationOutcome } from '../../sim/api/simulationApi.js';
import { scenarioIssue } from '../../sim/scenario/ScenarioError.js';
import { SimulationWorker } from './simulationWorker.js';
import type { AppState, Store } from './store.js';

/** Typing pauses this long before a check: one check per burst of keys. */
const PAUSE_MS = 120;

/** Checks scenario text in some worker. */
export type CheckScenario = (text: string) => Promise<ValidationOutcome>;

/** Sets `issues` to null whenever the scenario text changes, then to the problems found; `firstCheck` checks the text there is now. */
export function watchValidation(store: Store<AppState>, firstCheck: CheckScenario): void {
  let validator: SimulationWorker | null = null;
  const checkInOwnWorker: CheckScenario = (text) => {
    validator ??= new SimulationWorker();
    // Comlink promises each member of the union separately; the outcome is one of them.
    return validator.call<ValidationOutcome>((api) => api.validate(text));
  };
  let checks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = async (checkScenario: CheckScenario): Promise<void> => {
    const id = ++checks;
    const { text } = store.get().scenario;
    let issues: AppState['issues'];
    try {
      const outcome = await checkScenario(text);
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
    timer = setTimeout(() => void check(checkInOwnWorker), PAUSE_MS);
  });
  void check(firstCheck);
}
