/**
 * The page's first run, started by the page's entry the moment its scenario
 * is known, before the planner's code has arrived: like a kitchen that starts
 * the set menu as the guests sit down. The run worker checks the scenario
 * and then runs it, in that order, so neither waits for the page to build
 * itself; the planner takes the run over when it is ready: it shows the check's
 * problems, and follows the run if the scenario was valid.
 */
import { proxy } from 'comlink';
import type { RunOutput, ValidationOutcome } from '../../sim/api/simulationApi.js';
import type { SimulationWorker } from './simulationWorker.js';

/** A run started before anyone on the page could watch it. */
export interface StartedRun {
  /** The scenario text it runs. */
  text: string;
  /** performance.now() when it was asked for. */
  startedAt: number;
  output: Promise<RunOutput>;
  /** Sends the run's progress (0 to 1) to `listener` from now on; the latest already reported at once. */
  follow(listener: (done: number) => void): void;
}

/** The first run, and the check of its scenario that the worker does first. */
export interface FirstRun {
  check: Promise<ValidationOutcome>;
  run: StartedRun;
}

/** Asks `worker` to check `text` and then to run it; the run fails (unwatched) when the check finds problems. */
export function startFirstRun(worker: SimulationWorker, text: string): FirstRun {
  let latest = 0;
  let follower: ((done: number) => void) | null = null;
  const onProgress = proxy((done: number) => {
    latest = done;
    follower?.(done);
  });
  // Comlink promises each member of the union separately; the outcome is one of them.
  const validate = () => worker.call<ValidationOutcome>((api) => api.validate(text));
  // Asked in this order, answered in this order: the check comes back before the run begins.
  const first = validate();
  const output = worker.call((api) => api.run(text, {}, onProgress));
  // A worker that dies as the run starts can take the check's answer with it: the check is asked again of a fresh worker, so that the death is told as the run's failure, which it is, not as a problem of the scenario.
  const check = first.catch(validate);
  // Both are followed once the planner has loaded; until then a failure is not unhandled. An invalid scenario's run fails with the problems the check reports.
  output.catch(() => undefined);
  check.catch(() => undefined);
  return {
    check,
    run: {
      text,
      startedAt: performance.now(),
      output,
      follow(listener) {
        follower = listener;
        if (latest > 0) listener(latest);
      },
    },
  };
}
