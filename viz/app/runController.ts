/**
 * Starting, following and stopping runs. A run goes to the simulation
 * worker with a progress listener; Cancel terminates that worker, which
 * stops the run at once, and its promise settles as cancelled, leaving the
 * last finished run's results in place. Whatever happens, the run ends in
 * one of done, error or cancelled, and the page can run again.
 */
import { proxy } from 'comlink';
import type { ReportFileName } from '../../sim/api/reportFileNames.js';
import type { RunOutput, ValidationOutcome } from '../../sim/api/simulationApi.js';
import type { StartedRun } from './firstRun.js';
import { pacedProgress } from './pacedProgress.js';
import { plainWorkerError } from './plainWorkerError.js';
import { SimulationWorker } from './simulationWorker.js';
import type { AppState, RunStatus, Store } from './store.js';

/** The reason a cancelled run's promise is rejected with. */
class RunCancelled extends Error {
  override readonly name = 'RunCancelled';
}

/** The times the browser benchmarks read, as performance.now() values. */
export interface RunTimes {
  runStartedAt: number;
  /** When the run's output came back from the worker (simulated, not yet drawn). */
  resultAt?: number;
  viewsDrawnAt?: number;
  /** When the latest batch study started and finished (its output computed). */
  batchStartedAt?: number;
  batchEndedAt?: number;
}

declare global {
  interface Window {
    /** Published for the browser benchmark and the end-to-end test. */
    __wavesim?: RunTimes;
  }
}

/** What went wrong, in words for a release manager; the app keeps working. */
export function runErrorMessage(error: unknown): string {
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  if (name === 'ScenarioError') return `The scenario is not valid, so it did not run:\n${message}`;
  const plain = plainWorkerError(message);
  if (plain !== null) return `The run failed. ${plain}`;
  return `The run failed: ${message.replace(/\.$/, '')}. Change the scenario or try again.`;
}

/**
 * The change a finished run makes: the run is done, and its output becomes
 * the results on show, with the scenario text it ran, so that edits since
 * can mark them out of date and a later cancelled run keeps them.
 */
export function finishedRun(run: RunStatus, output: RunOutput, text: string, endedAt: number): Pick<AppState, 'run' | 'results'> {
  return { run: { ...run, state: 'done', done: 1, endedAt, output }, results: { output, text } };
}

export class RunController {
  /** Counts runs, so that news from a run that was replaced is dropped. */
  private runs = 0;

  /** @param worker the run worker, when the page started it early (it loads while the page sets itself up) */
  constructor(
    private readonly store: Store<AppState>,
    private readonly worker = new SimulationWorker(),
  ) {}

  /**
   * Runs the current scenario, or follows `started`, a run of it already
   * under way in the worker (the page's first); resolves when the run has
   * ended, however it ended.
   */
  async run(started?: StartedRun): Promise<void> {
    const id = ++this.runs;
    const text = started?.text ?? this.store.get().scenario.text;
    const startedAt = started?.startedAt ?? performance.now();
    window.__wavesim = { ...window.__wavesim, runStartedAt: startedAt, resultAt: undefined, viewsDrawnAt: undefined };
    this.update({ state: 'running', done: 0, startedAt, endedAt: NaN, error: '', output: null });
    // The worker reports every 2 % of the run: a baseline run's fifty reports would come four a frame.
    const onProgress = pacedProgress((done) => {
      if (id === this.runs && this.store.get().run.state === 'running') this.update({ done });
    });
    try {
      let output: RunOutput;
      if (started) {
        started.follow(onProgress);
        output = await started.output;
      } else {
        output = await this.worker.call((api) => api.run(text, {}, proxy(onProgress)));
      }
      if (id === this.runs) {
        const endedAt = performance.now();
        if (window.__wavesim) window.__wavesim.resultAt = endedAt;
        this.store.set(finishedRun(this.store.get().run, output, text, endedAt));
      }
    } catch (error) {
      if (id !== this.runs) return;
      if (error instanceof RunCancelled) this.update({ state: 'cancelled', endedAt: performance.now() });
      else this.update({ state: 'error', endedAt: performance.now(), error: runErrorMessage(error) });
    }
  }

  /** Stops the running run at once. */
  cancel(): void {
    if (this.store.get().run.state === 'running') this.worker.restart(new RunCancelled('the run was cancelled'));
  }

  /** Checks scenario text in the run worker (ahead of any run asked for after it). */
  validate(text: string): Promise<ValidationOutcome> {
    // Comlink promises each member of the union separately; the outcome is one of them.
    return this.worker.call<ValidationOutcome>((api) => api.validate(text));
  }

  /** The CSV report `name` of the finished run, as UTF-8 bytes. */
  csv(name: ReportFileName): Promise<ArrayBuffer> {
    return this.worker.call((api) => api.csv(name));
  }

  private update(change: Partial<RunStatus>): void {
    this.store.set({ run: { ...this.store.get().run, ...change } });
  }
}
