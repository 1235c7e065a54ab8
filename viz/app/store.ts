/**
 * The page's state in one place: the scenario being edited, what validation
 * says about it, and the run. Modules read it and subscribe to changes
 * instead of reaching into each other; each change notifies once.
 */
import type { RunOutput } from '../../sim/api/simulationApi.js';
import type { ScenarioIssue } from '../../sim/scenario/ScenarioError.js';
import type { ComparisonStudy } from '../batch/comparisonStudy.js';
import type { GatesFindings } from '../batch/gatesFindings.js';
import type { PlanStudy } from '../batch/planStudy.js';
import type { ReplicationStudy } from '../batch/replicationStudy.js';
import type { SensitivityFindings } from '../batch/sensitivityFindings.js';

/** `document.body.dataset.runState` (and `batchState` for batches). */
export type RunState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** What last changed the scenario: loading one (picker, file, link, saved), a form field, or the JSON text. */
export type ScenarioOrigin = 'load' | 'form' | 'json';

export interface ScenarioState {
  /** The scenario file text. */
  text: string;
  /** `text` parsed, as the user wrote it (defaults not filled in); undefined when it is not valid JSON. */
  input: unknown;
  /** The bundled scenario this still is, unedited; null once edited or when it came from elsewhere. */
  bundled: string | null;
  /** The bundled scenario it was loaded as, edited since or not; null when it came from elsewhere. */
  basedOn: string | null;
  /** Where it came from, said to the user ("bundled scenario baseline", "file my.json", "edited"). */
  source: string;
  origin: ScenarioOrigin;
}

export interface RunStatus {
  state: RunState;
  /** Share of simulated time done, 0 to 1. */
  done: number;
  /** performance.now() when the run started. */
  startedAt: number;
  /** performance.now() when it ended. */
  endedAt: number;
  /** What went wrong, in plain words ('' unless the state is error). */
  error: string;
  /** The finished run's output (null unless the state is done). */
  output: RunOutput | null;
}

/** The batch studies, each on its own tab. */
export type StudyKind = 'replicate' | 'plan' | 'compare' | 'sensitivity' | 'gates';

/** The latest finished study of each kind (null until one finishes). */
export interface Studies {
  replicate: ReplicationStudy | null;
  plan: PlanStudy | null;
  compare: ComparisonStudy | null;
  sensitivity: SensitivityFindings | null;
  gates: GatesFindings | null;
}

/** The batch being run or last run on the replication workers: like a run, with the study it belongs to. */
export interface BatchStatus {
  /** The study it runs (null before the first). */
  kind: StudyKind | null;
  state: RunState;
  /** Share of the study's runs done, 0 to 1. */
  done: number;
  startedAt: number;
  endedAt: number;
  /** What went wrong, in plain words ('' unless the state is error). */
  error: string;
}

/** The batch status before any batch. */
export const NO_BATCH: BatchStatus = { kind: null, state: 'idle', done: 0, startedAt: NaN, endedAt: NaN, error: '' };

/** A finished run's output and the scenario text it ran, so that the page can tell when the scenario has changed since. */
export interface RunResults {
  output: RunOutput;
  text: string;
}

export interface AppState {
  scenario: ScenarioState;
  /** The scenario's problems; [] when it can run, null while it is being checked. */
  issues: ScenarioIssue[] | null;
  run: RunStatus;
  /** The last finished run's results, kept through later runs that were cancelled; null until one finishes. */
  results: RunResults | null;
  batch: BatchStatus;
  studies: Studies;
}

/** Called after every change with the new state and the one before. */
export type Listener<S> = (state: S, previous: S) => void;

/**
 * A value that changes by whole top-level fields and tells its subscribers.
 * A change made by a subscriber while others are being told waits for that
 * round to finish, so every subscriber sees every change once, in order.
 */
export class Store<S extends object> {
  private state: S;
  /** The state every subscriber has been told of. */
  private told: S;
  private telling = false;
  private readonly listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.state = initial;
    this.told = initial;
  }

  get(): S {
    return this.state;
  }

  /** Replaces the fields in `change` and notifies every subscriber. */
  set(change: Partial<S>): void {
    this.state = { ...this.state, ...change };
    if (this.telling) return;
    this.telling = true;
    try {
      while (this.told !== this.state) {
        const previous = this.told;
        const current = this.state;
        this.told = current;
        for (const listener of this.listeners) listener(current, previous);
      }
    } finally {
      this.telling = false;
    }
  }

  /** Calls `listener` after each change; returns a function that stops it. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
