/**
 * The planner's layout at a laptop's, a large screen's and a phone's width
 * (1280×800, 1920×1080, 390×844) in headless Chromium, after a run and after
 * a small batch of replications: every chart wide enough to read, no two
 * chart labels on top of each other, and no horizontal scroll on the phone.
 * Charts are checked both as first drawn at a width and as redrawn after
 * the window is resized to it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartLayoutProblems, pageWidthProblems, waitForChartsToFit, type MinimumWidths } from './support/chartLayout.js';
import { clickRun, startStudy, waitForBatchState, waitForDrawnRun } from './support/plannerPage.js';
import { plannerSession } from './support/plannerSession.js';

const START_MS = 120_000;
const RUN_MS = 60_000;
const TEST_MS = 240_000;
const POLL = { timeout: 10_000 };

/** The three windows a release manager reads the planner in. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

/** No chart narrower than 280 px; a time chart's plot keeps most of a phone's width. */
const MIN_WIDTHS: MinimumWidths = { chart: 280, plot: 240 };

/** Every layout problem of the tab `tab` at the page's current width, each prefixed with where it was seen. */
async function problemsIn(page: Page, tab: string, width: number): Promise<string[]> {
  await page.click(`#${tab}`);
  await waitForChartsToFit(page, POLL.timeout);
  const problems = [...(await chartLayoutProblems(page, MIN_WIDTHS)), ...(await pageWidthProblems(page))];
  return problems.map((problem) => `${width} px, ${tab}: ${problem}`);
}

describe('the planner\u2019s layout at 1280, 1920 and 390 px', () => {
  const open = plannerSession(START_MS);

  it(
    'after the baseline run and its replications, no chart is narrower than 280 px, no two chart labels overlap and the phone has no horizontal scroll, as drawn and after resizing',
    async () => {
      const { page } = await open();
      await waitForDrawnRun(page, RUN_MS);
      await page.click('#tab-replications');
      await page.fill('[data-study-form="replicate"] [name="replications"]', '2');
      await startStudy(page, 'replicate');
      await waitForBatchState(page, 'done', RUN_MS);
      await expect.poll(() => page.locator('section[data-band-view][data-state="drawn"]').count(), POLL).toBeGreaterThan(0);

      const problems: string[] = [];
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const tab of ['tab-run', 'tab-replications']) problems.push(...(await problemsIn(page, tab, viewport.width)));
      }
      expect(problems).toEqual([]);
    },
    TEST_MS,
  );

  it(
    'incident-mid-wave opened on a phone keeps every label apart at 390, 1280 and 1920 px',
    async () => {
      const { page } = await open(undefined, '', VIEWPORTS[2]);
      await waitForDrawnRun(page, RUN_MS);
      await page.selectOption('#scenario-picker', 'incident-mid-wave');
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      await clickRun(page);
      await waitForDrawnRun(page, RUN_MS);

      const problems: string[] = [];
      for (const viewport of [...VIEWPORTS].reverse()) {
        await page.setViewportSize(viewport);
        problems.push(...(await problemsIn(page, 'tab-run', viewport.width)));
      }
      expect(problems).toEqual([]);
    },
    TEST_MS,
  );
});
