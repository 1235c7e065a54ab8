/**
 * One served planner for a test file, and pages opened on it that are closed
 * after each test, failing the test when the page threw: registers the
 * vitest hooks that do this and returns how to open a page.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openPlanner, type PlannerPage } from './plannerPage.js';
import { startPlanner, type Planner } from './startPlanner.js';

/** Opens a page on the file's planner, as `openPlanner` takes its arguments after the planner. */
export type OpenPage = (...args: Parameters<typeof openPlanner> extends [Planner, ...infer Rest] ? Rest : never) => Promise<PlannerPage>;

/** Starts the planner before the file's tests (within `startMs`) and stops it after them; each test's page is closed after it. */
export function plannerSession(startMs: number): OpenPage {
  let planner: Planner | undefined;
  let opened: PlannerPage | undefined;
  beforeAll(async () => {
    planner = await startPlanner();
  }, startMs);
  afterEach(async () => {
    if (opened === undefined) return;
    const errors = opened.errors;
    await opened.page.context().close();
    opened = undefined;
    expect(errors, 'uncaught exceptions in the page').toEqual([]);
  });
  afterAll(async () => {
    await planner?.close();
  }, startMs);
  return async (...args) => (opened = await openPlanner(planner!, ...args));
}
