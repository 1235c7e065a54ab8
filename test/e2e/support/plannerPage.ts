/**
 * Driving the planner page through its DOM contract: open it, start a run,
 * wait for a run to end. Failures say what the page shows (its run state and
 * `#run-error`), not only that a wait timed out.
 *
 * Functions handed to the page are written without inner named functions:
 * tsx compiles with names kept, which wraps those in a helper the page lacks.
 */
import type { Page } from 'playwright-core';
import type { Planner } from './startPlanner.js';

/** The seven views, as their sections' `data-view` names them. */
export const VIEWS = ['throughput', 'capacity', 'compliance', 'storage', 'backup', 'heatmap', 'communications'] as const;

/** `document.body.dataset.runState`. */
export type RunState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** What the app publishes as `window.__wavesim`: `performance.now()` times of the latest run and batch. */
export interface RunTimes {
  /** When Run was clicked or the auto-run started. */
  runStartedAt: number;
  /** When the run's output came back from the worker. */
  resultAt: number;
  /** When all seven views were drawn for that run. */
  viewsDrawnAt: number;
  /** When the latest batch study started, and when its output was ready. */
  batchStartedAt: number;
  batchEndedAt: number;
}

/** The global the app sets, for casts inside page functions. */
export interface WavesimWindow {
  __wavesim?: Partial<RunTimes>;
}

/**
 * How often the long waits (a run, a batch, views drawn) look at the page.
 * Playwright's default polls on every animation frame, which keeps a page
 * drawing 60 frames a second that no user's page draws, beside the run's
 * worker (a trace of large-fleet's run: 90 compositor commits in 1.5 s with
 * it, 44 in 2.0 s without). The times the benchmarks report are the page's
 * own (`__wavesim`), so a poll's delay adds nothing to them.
 */
const POLL_MS = 50;

/** How long the app may take to load and start its first run. */
const APP_START_MS = 15_000;

/** A page on the planner and the uncaught errors it has thrown so far. */
export interface PlannerPage {
  page: Page;
  /** Messages of uncaught exceptions in the page. */
  errors: string[];
}

/**
 * Opens the planner in a new browser context (`viewport`, 1280×800 by default;
 * downloads allowed); `initScript` runs in the page before the app's own
 * scripts, and `fragment` (such as `#scenario=…`) ends the address. Close it
 * with `page.context().close()`.
 */
export async function openPlanner(planner: Planner, initScript?: string, fragment = '', viewport = { width: 1280, height: 800 }): Promise<PlannerPage> {
  const context = await planner.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (initScript !== undefined) await page.addInitScript({ content: initScript });
  await page.goto(planner.url + fragment);
  // The app marks its run state as soon as it starts; a page without one is not the planner (or it crashed on load).
  try {
    await page.waitForFunction(() => document.body.dataset.runState !== undefined, null, { timeout: APP_START_MS });
  } catch (error) {
    const text = await page.evaluate(() => document.body.innerText.slice(0, 200));
    throw new Error(
      `the page at ${planner.url} set no document.body.dataset.runState within ${APP_START_MS} ms; ` +
        `it shows: ${JSON.stringify(text)}${errors.length > 0 ? `; it threw: ${errors.join('; ')}` : ''}`,
      { cause: error },
    );
  }
  return { page, errors };
}

/** The latest run's times, `{}` before the app has set them. */
export async function runTimes(page: Page): Promise<Partial<RunTimes>> {
  return page.evaluate(() => ({ ...(window as unknown as WavesimWindow).__wavesim }));
}

/** Clicks `#run` and waits until the app has registered a new run (its `runStartedAt` changed). */
export async function clickRun(page: Page): Promise<void> {
  const before = (await runTimes(page)).runStartedAt ?? null;
  await page.click('#run');
  await page.waitForFunction((previous) => ((window as unknown as WavesimWindow).__wavesim?.runStartedAt ?? null) !== previous, before);
}

const SETTLED: RunState[] = ['done', 'error', 'cancelled'];

/**
 * Waits until the run state is `wanted`; fails at once when the run settles
 * in another state instead, and after `timeoutMs` when nothing happens.
 */
export async function waitForRunState(page: Page, wanted: RunState, timeoutMs: number): Promise<void> {
  const stopAt = [wanted, ...SETTLED];
  try {
    await page.waitForFunction((states) => (states as string[]).includes(document.body.dataset.runState ?? ''), stopAt, { timeout: timeoutMs, polling: POLL_MS });
  } catch (error) {
    throw new Error(`run state did not become ${wanted} within ${timeoutMs} ms: ${await describeRun(page)}`, { cause: error });
  }
  const state = await page.evaluate(() => document.body.dataset.runState);
  if (state !== wanted) throw new Error(`expected run state ${wanted}: ${await describeRun(page)}`);
}

/**
 * Waits until the current run is done and every view drawn for it: all
 * sections `data-state="drawn"` and `viewsDrawnAt` after `runStartedAt`
 * (a view still showing the previous run does not count). Fails at once when
 * a view settles in another state, quoting what it shows instead.
 */
export async function waitForDrawnRun(page: Page, timeoutMs: number): Promise<void> {
  await waitForRunState(page, 'done', timeoutMs);
  try {
    await page.waitForFunction(
      (views) => {
        const times = (window as unknown as WavesimWindow).__wavesim;
        const states = views.map((view) => document.querySelector(`section[data-view="${view}"]`)?.getAttribute('data-state'));
        if (states.some((state) => state !== null && state !== undefined && state !== 'drawn')) return true;
        return states.every((state) => state === 'drawn') && times?.runStartedAt !== undefined && times.viewsDrawnAt !== undefined && times.viewsDrawnAt >= times.runStartedAt;
      },
      [...VIEWS],
      { timeout: timeoutMs, polling: POLL_MS },
    );
  } catch (error) {
    throw new Error(`the run is done but its views were not all drawn within ${timeoutMs} ms: ${await describeViews(page)}; __wavesim ${JSON.stringify(await runTimes(page))}`, {
      cause: error,
    });
  }
  const notDrawn = await describeViews(page, true);
  if (notDrawn !== '') throw new Error(`the run is done but not every view was drawn: ${notDrawn}`);
}

/** Each view's `data-state` and, when not drawn, the start of its text; `onlyUndrawn` leaves drawn views out. */
async function describeViews(page: Page, onlyUndrawn = false): Promise<string> {
  const views = await page.evaluate(
    (names) =>
      names.map((view) => {
        const section = document.querySelector(`section[data-view="${view}"]`);
        const state = section?.getAttribute('data-state') ?? (section ? 'not set' : 'no section');
        return { view, state, text: state === 'drawn' ? '' : (section?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160) };
      }),
    [...VIEWS],
  );
  return views
    .filter((view) => !onlyUndrawn || view.state !== 'drawn')
    .map((view) => `${view.view}: ${view.state}${view.text ? ` ("${view.text}")` : ''}`)
    .join('; ');
}

/** The run state, `#run-error`'s text and `#progress`'s value, for failure messages. */
async function describeRun(page: Page): Promise<string> {
  const now = await page.evaluate(() => ({
    state: document.body.dataset.runState,
    error: document.querySelector('#run-error')?.textContent?.trim(),
    progress: document.querySelector('#progress')?.getAttribute('aria-valuenow'),
  }));
  return `runState is ${now.state ?? 'not set'}, #run-error says "${now.error ?? '(no #run-error)'}", #progress at ${now.progress ?? '(none)'}`;
}

/** A batch study, as its tab's `data-study` names it. */
export type StudyKind = 'replicate' | 'plan' | 'compare' | 'sensitivity' | 'gates';

/**
 * Clicks the Run button of the study `kind` (its tab must show) and waits
 * until the batch is running. Fails with the tab's problem line when the
 * study did not start.
 */
export async function startStudy(page: Page, kind: StudyKind): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as WavesimWindow).__wavesim?.batchStartedAt ?? null);
  await page.click(`[data-start-study="${kind}"]`);
  try {
    await page.waitForFunction((previous) => ((window as unknown as WavesimWindow).__wavesim?.batchStartedAt ?? null) !== previous, before, { timeout: 5_000 });
  } catch (error) {
    const problem = await page.locator(`[data-study-error="${kind}"]`).textContent();
    throw new Error(`the ${kind} study did not start; its tab says "${problem ?? ''}"`, { cause: error });
  }
}

/** Waits until `document.body.dataset.batchState` is `wanted`; fails at once when the batch settles otherwise, quoting `#batch-error`. */
export async function waitForBatchState(page: Page, wanted: RunState, timeoutMs: number): Promise<void> {
  const stopAt = [wanted, ...SETTLED];
  await page.waitForFunction((states) => (states as string[]).includes(document.body.dataset.batchState ?? ''), stopAt, { timeout: timeoutMs, polling: POLL_MS });
  const now = await page.evaluate(() => ({ state: document.body.dataset.batchState, error: document.querySelector('#batch-error')?.textContent ?? '' }));
  if (now.state !== wanted) throw new Error(`expected batch state ${wanted}, got ${now.state}: "${now.error}"`);
}
