/**
 * Runs one release wave: builds the fleet, pre-schedules it, and plays the
 * window out on the discrete-event kernel, a simulated day at a time so that
 * callers can show progress.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import { ReleaseWave } from './ReleaseWave.js';
import type { SimulationResult } from './SimulationResult.js';
import type { TraceEvent } from './TraceEvent.js';

export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Called after each simulated day with the share of simulated time done, 0 to 1. */
  onProgress?: (done: number) => void;
  /** Receives the run's audit trail; for tests (slows the run). */
  trace?: (event: TraceEvent) => void;
}

/**
 * The run a simulated day at a time: yields the share of simulated time done
 * after each day and returns the result, so that a caller can pause between
 * days (to hear Ctrl-C, say) without changing the run.
 */
export function* releaseDays(scenario: Scenario, options: Omit<RunOptions, 'onProgress'> = {}): Generator<number, SimulationResult> {
  const wave = new ReleaseWave(scenario, { seed: options.seed, trace: options.trace });
  for (let t = 24; t < wave.horizonHours + 24; t += 24) {
    wave.runUntil(t);
    yield Math.min(1, t / wave.horizonHours);
  }
  return wave.result();
}

/** Runs the wave to its end in one go. */
export function simulateRelease(scenario: Scenario, options: RunOptions = {}): SimulationResult {
  const days = releaseDays(scenario, options);
  for (;;) {
    const step = days.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}
