/**
 * The simulation as a service for another thread: the planner's web worker
 * (and later a Node worker) exposes this object, and the page asks it to
 * check a scenario, run it, and hand over the CSV reports of the last run.
 * Like a counter clerk, it keeps the last run's papers until the next one.
 *
 * Everything it returns crosses a thread boundary as plain data: validation
 * problems are returned, not thrown, because an error loses all but its name
 * and message on the way; typed arrays and CSV bytes are transferred, not
 * copied. No DOM and no Node built-ins here.
 */
import { releaseProxy, transfer } from 'comlink';
import { simulateRelease } from '../model/simulateRelease.js';
import type { SimulationResult } from '../model/SimulationResult.js';
import { reportFiles, streamBytes, summaryRows, viewSeries, waveVerdict, type ReportRow, type ViewSeries } from '../report/index.js';
import { parseScenario, ScenarioError, type Scenario, type ScenarioIssue } from '../scenario/index.js';
import { REPORT_FILE_NAMES, type ReportFileName } from './reportFileNames.js';
import { transferableCopy } from './transferableCopy.js';

/** The answer to `validate`: every issue, with its path, when the scenario cannot run. */
export type ValidationOutcome = { ok: true } | { ok: false; issues: ScenarioIssue[] };

/** What a run hands back: the charts' series, the summary rows and the reports `csv` can give. */
export interface RunOutput {
  view: ViewSeries;
  /** The rows of summary.csv. */
  summary: ReportRow[];
  /** The verdict against the scenario's targets, in the words the command line prints: a headline, then one line per finding. */
  verdict: { met: boolean; lines: string[] };
  files: ReportFileName[];
  /** The scenario as it ran, defaults filled in: the printed report lists its key inputs without loading the schema again. */
  scenario: Scenario;
}

export interface RunRequest {
  /** Overrides the scenario's seed. */
  seed?: number;
}

/** Receives the share of simulated time done, 0 to 1. */
export type ProgressListener = (done: number) => unknown;

export interface SimulationApi {
  /** Checks scenario file text without running it. */
  validate(text: string): ValidationOutcome;
  /**
   * Validates and simulates scenario file text, keeping the result for `csv`.
   * Throws a ScenarioError (named so) for an invalid scenario.
   */
  run(text: string, request?: RunRequest, onProgress?: ProgressListener): RunOutput;
  /** One CSV report of the last run as UTF-8 bytes, exactly the command line's file. */
  csv(name: string): ArrayBuffer;
}

/** A simulation API with no run yet. */
export function createSimulationApi(): SimulationApi {
  let last: SimulationResult | undefined;
  /** The last run's summary rows, kept for summary.csv: computing them again would cost a large fleet's first download a second. */
  let lastSummary: ReportRow[] | undefined;

  return {
    validate(text) {
      try {
        parseScenario(text);
        return { ok: true };
      } catch (error) {
        if (error instanceof ScenarioError) return { ok: false, issues: error.issues };
        throw error;
      }
    },

    run(text, request = {}, onProgress) {
      last = undefined;
      lastSummary = undefined;
      let scenario: Scenario;
      try {
        scenario = parseScenario(text);
        last = simulateRelease(scenario, { seed: request.seed, onProgress: unawaited(onProgress) });
      } finally {
        release(onProgress);
      }
      // The result stays here for `csv`, so the page gets copies of its arrays to own.
      const { value: view, buffers } = transferableCopy(viewSeries(last));
      const checked = waveVerdict(last, last.targets);
      const verdict = { met: checked.shareOnN.met && checked.onTime.met, lines: checked.lines };
      lastSummary = summaryRows(last, checked);
      return transfer({ view, summary: lastSummary, verdict, files: [...REPORT_FILE_NAMES], scenario }, buffers);
    },

    csv(name) {
      if (!last) throw new Error('there is no finished run to export');
      // Only the file asked for is built, chunk by chunk, when its download is asked for.
      const file = reportFiles(last, lastSummary).find((f) => f.name === name);
      if (!file) throw new Error(`a run writes no report named "${name}"`);
      const bytes = streamBytes(file.chunks());
      return transfer(bytes.buffer, [bytes.buffer]);
    },
  };
}

/** Progress is passed on in steps of this share of the run (and at its end): 50 messages a run are enough for a bar. */
export const PROGRESS_STEP = 0.02;

/**
 * `listener`, not awaited, and told only when the run has gone a step
 * further: the run goes on while the message travels. The model reports once
 * per simulated day (about 180 times a run, and a large fleet's days come
 * fast); each message costs the page a task and a frame while it should be
 * idle, so fewer are sent. Steps of the run, not of time: no clock is read here.
 */
function unawaited(listener: ProgressListener | undefined): ((done: number) => void) | undefined {
  if (!listener) return undefined;
  let told = 0;
  return (done) => {
    if (done < 1 && done - told < PROGRESS_STEP) return;
    told = done;
    void listener(done);
  };
}

/** A listener from another thread holds a message port open until it is released; a plain function has nothing to release. */
function release(listener: ProgressListener | undefined): void {
  (listener as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]?.();
}
