/**
 * Links and worker failures in the planner, as a user meets them in
 * Chromium: an oversized link (a deflate bomb), a damaged link, and a run
 * whose worker dies. Each shows a clear message in sight, nothing crashes,
 * and the user's scenario is kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeScenarioLink } from '../../viz/app/scenarioLink.js';
import { ROOT } from './support/buildApp.js';
import { clickRun, openPlanner, waitForRunState, type PlannerPage } from './support/plannerPage.js';
import { startPlanner, type Planner } from './support/startPlanner.js';

/** Building, serving and launching the browser; closing it all. */
const START_MS = 120_000;
const TEST_MS = 120_000;
const POLL = { timeout: 15_000 };

const tinyText = readFileSync(join(ROOT, 'test/fixtures/tiny.json'), 'utf8');

/** Keeps `text` as the scenario of the user's last visit, before the app starts. */
const keptScenario = (text: string) => `localStorage.setItem('wavesim.scenario', ${JSON.stringify(JSON.stringify({ text, bundled: null }))});`;

/**
 * Makes the simulation worker die when a run is sent to it, as a worker does
 * that runs out of memory; scenario checks still reach it.
 */
const DYING_WORKER = `
  const RealWorker = window.Worker;
  window.Worker = class extends RealWorker {
    postMessage(message, transfer) {
      if (message && message.type === 'APPLY' && Array.isArray(message.path) && message.path[0] === 'run') {
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'Uncaught RangeError: Array buffer allocation failed', cancelable: true })), 0);
        return;
      }
      return super.postMessage(message, transfer);
    }
  };
`;

/** The scenario text the page holds, as the JSON view shows it once opened. */
async function scenarioText(page: Page): Promise<string> {
  if (!(await page.evaluate(() => (document.getElementById('json-view') as HTMLDetailsElement).open))) await page.click('#json-view summary');
  await page.waitForFunction(() => (document.getElementById('scenario-json') as HTMLTextAreaElement).value !== '', null, POLL);
  return page.inputValue('#scenario-json');
}

describe('links and worker failures in the planner', () => {
  let planner: Planner | undefined;
  let opened: PlannerPage | undefined;

  beforeAll(async () => {
    planner = await startPlanner();
  }, START_MS);

  afterEach(async () => {
    if (opened === undefined) return;
    const errors = opened.errors;
    await opened.page.context().close();
    opened = undefined;
    expect(errors, 'uncaught exceptions in the page').toEqual([]);
  });

  afterAll(async () => {
    await planner?.close();
  }, START_MS);

  it(
    'a damaged link says so in sight, runs nothing, keeps the user\'s scenario and lets the user load the baseline instead',
    async () => {
      const link = await encodeScenarioLink(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8'));
      opened = await openPlanner(planner!, keptScenario(tinyText), link.slice(0, link.length / 2));
      const { page } = opened;
      await page.locator('#link-alert').waitFor({ state: 'visible', ...POLL });
      expect(await page.locator('#link-alert-text').textContent()).toMatch(/^This link's scenario could not be loaded: the scenario in this link is damaged or cut short .*Nothing has run; the scenario kept from your last visit is shown\./);
      expect(await scenarioText(page)).toBe(tinyText);
      // Nothing runs until the user chooses: the kept scenario is valid, so Run is ready.
      await page.waitForFunction(() => !(document.getElementById('run') as HTMLButtonElement).disabled, null, POLL);
      expect(await page.evaluate(() => document.body.dataset.runState)).toBe('idle');
      await page.click('#link-baseline');
      expect(await page.locator('#link-alert').isHidden()).toBe(true);
      await page.waitForFunction(() => (document.getElementById('scenario-json') as HTMLTextAreaElement).value.includes('Baseline'), null, POLL);
    },
    TEST_MS,
  );

  it(
    'an oversized link (50 MB packed into a short link) stops at the limit with a clear message, and the tab lives',
    async () => {
      const bomb = await encodeScenarioLink(' '.repeat(50 * 1024 * 1024));
      opened = await openPlanner(planner!, keptScenario(tinyText), bomb);
      const { page } = opened;
      await page.locator('#link-alert').waitFor({ state: 'visible', ...POLL });
      expect(await page.locator('#link-alert-text').textContent()).toMatch(/the scenario in this link unpacks to more than 8 MB, more than a link may carry: open it as a file instead/);
      expect(await scenarioText(page)).toBe(tinyText);
      await page.click('#link-keep');
      expect(await page.locator('#link-alert').isHidden()).toBe(true);
    },
    TEST_MS,
  );

  it(
    'a run whose worker dies says in plain words that the scenario needs more memory, keeps the scenario, and can run again',
    async () => {
      opened = await openPlanner(planner!, keptScenario(tinyText) + DYING_WORKER);
      const { page } = opened;
      // The kept scenario runs on opening; its worker dies.
      await waitForRunState(page, 'error', 30_000);
      const alert = await page.locator('#run-error').textContent();
      expect(alert).toMatch(/^The run failed\. This scenario needs more memory than the browser allows: reduce fleet\.tenants/);
      expect(alert).not.toMatch(/Array buffer|KeyedHeap/);
      expect(await scenarioText(page)).toBe(tinyText);
      await page.waitForFunction(() => !(document.getElementById('run') as HTMLButtonElement).disabled, null, POLL);
      await clickRun(page);
      await waitForRunState(page, 'error', 30_000);
    },
    TEST_MS,
  );
});
