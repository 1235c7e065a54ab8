/**
 * The progress bar: how far the run is, in a bar, a percent and the time
 * left while it runs, and how it ended afterwards. `aria-valuenow` carries
 * the percent for assistive technology and tests.
 */
import { setText } from './dom.js';
import { percentDone, progressText } from './eta.js';
import type { RunState } from './store.js';

/** What the bar shows of a run or a batch. */
export interface Progress {
  state: RunState;
  done: number;
  startedAt: number;
  endedAt: number;
}

/** "3.4 s", "2 min 5 s". */
function duration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** The line under the bar for a run in any state. */
function statusText(run: Progress, now: number): string {
  switch (run.state) {
    case 'idle':
      return 'Not run yet';
    case 'running':
      return progressText(now - run.startedAt, run.done);
    case 'done':
      return `100 % · done in ${duration(run.endedAt - run.startedAt)}`;
    case 'cancelled':
      return `Cancelled at ${percentDone(run.done)} %`;
    case 'error':
      return `Stopped at ${percentDone(run.done)} %: it failed`;
  }
}

/** Shows `run` (a run or a batch) in the progress bar `element` (which holds a `.progress-fill` and a `.progress-text`). */
export function showProgress(element: HTMLElement, run: Progress): void {
  const percent = run.state === 'done' ? 100 : percentDone(run.done);
  const text = statusText(run, performance.now());
  element.setAttribute('aria-valuenow', String(percent));
  element.setAttribute('aria-valuetext', text);
  element.dataset.state = run.state;
  element.querySelector<HTMLElement>('.progress-fill')?.style.setProperty('transform', `scaleX(${percent / 100})`);
  const label = element.querySelector<HTMLElement>('.progress-text');
  if (label) setText(label, text);
}
