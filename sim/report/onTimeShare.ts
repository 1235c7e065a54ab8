/**
 * The on-time share: of the updates that entered Queued, the share that did
 * not overrun their 12-hour window (not started by the latest start, or
 * stopped at the window's close). What a release manager promises when saying
 * "99 % of updates finish inside their window".
 */
import type { SimulationResult } from '../model/SimulationResult.js';

/**
 * 1 − window overruns ÷ updates that entered Queued, where entered Queued =
 * updates started (every start has a queue wait) + updates not started in
 * time (they entered Queued and never left it for a slot). For the fleet,
 * or for the region at index `region`. NaN when no update entered Queued:
 * there is nothing to be on time.
 */
export function onTimeShare(result: SimulationResult, region?: number): number {
  const { overrunsNotStarted, overrunsAborted } = region === undefined ? result.counters : result.regionUpdates[region];
  const started = region === undefined ? result.queueWaitsHours.length : result.regionUpdates[region].started;
  const enteredQueued = started + overrunsNotStarted;
  return enteredQueued > 0 ? 1 - (overrunsNotStarted + overrunsAborted) / enteredQueued : NaN;
}
