/**
 * The web planner as a user meets it: the built app served by `vite preview`
 * and driven in headless Chromium through its DOM contract (ids, `data-*`
 * attributes, run states). It checks that views draw real numbers, that the
 * form reports the command line's validation messages, that downloads are
 * the command line's bytes, that Cancel and a broken file leave the app
 * usable, that a damaged or oversized link and a dying worker show a
 * clear message and keep the user's scenario, and that the printed report of
 * a run is one A4 page and one Letter page holding the verdict and three
 * readable charts. Speed is the browser
 * benchmarks' job (`npm run bench browser-baseline`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeScenarioLink } from '../../viz/app/scenarioLink.js';
import { simulateRelease } from '../../sim/model/index.js';
import { formatKpi, KPI_CATALOGUE, summaryRows, waveVerdict, type ReportFile } from '../../sim/report/index.js';
import { reportTexts } from '../support/reportTexts.js';
import { parseScenario, ScenarioError } from '../../sim/scenario/index.js';
import { ROOT } from './support/buildApp.js';
import { download } from './support/download.js';
import { firstDifference } from './support/firstDifference.js';
import { pdfPageCount } from './support/pdfPageCount.js';
import { clickRun, runTimes, VIEWS, waitForDrawnRun, waitForRunState } from './support/plannerPage.js';
import { plannerSession } from './support/plannerSession.js';

// Generous limits for a loaded CI machine; here the build takes seconds and a baseline run in the page under one.
/** Building, serving and launching the browser; closing it all. */
const START_MS = 120_000;
/** One run of a scenario in the page, to every view drawn. */
const RUN_MS = 60_000;
/** One test, which opens a page and runs at least once. */
const TEST_MS = 180_000;
/** For the page to react to an edit, a selection or a file. */
const POLL = { timeout: 10_000 };

const baselineText = readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8');

/** The issues the command line reports for an invalid scenario text (it prints each as `path: rule`). */
function scenarioIssues(text: string): ScenarioError['issues'] {
  try {
    parseScenario(text);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('expected the scenario to be invalid');
}

const tinyText = readFileSync(join(ROOT, 'test/fixtures/tiny.json'), 'utf8');

/** The printable width of A4 and Letter's narrower one inside the report's 10 mm margins, px at 96 per inch. */
const PAPER_WIDTH = 718;
/** The smallest chart text that stays readable on paper: its box at least 10 px high, a font of about 6 pt. */
const MIN_TEXT_BOX_PX = 10;

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

describe('the web planner in headless Chromium', () => {
  const openPage = plannerSession(START_MS);
  let expectedReports: ReportFile[];

  beforeAll(() => {
    expectedReports = reportTexts(simulateRelease(parseScenario(baselineText)));
  }, START_MS);

  /** Opens the planner and waits for its automatic baseline run to draw every view. */
  async function openAfterBaselineRun(): Promise<Page> {
    const { page } = await openPage();
    await waitForDrawnRun(page, RUN_MS);
    return page;
  }

  it(
    'runs the baseline on opening and draws every view with finite marks, axis labels, a legend and a summary in numbers',
    async () => {
      const page = await openAfterBaselineRun();
      for (const view of VIEWS) {
        const found = await page.locator(`section[data-view="${view}"]`).evaluate((section) => {
          const marks = [...section.querySelectorAll('.mark')];
          const numeric = ['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'x1', 'x2', 'y1', 'y2'];
          const badAttributes: string[] = [];
          let left = Infinity;
          let right = -Infinity;
          let top = Infinity;
          let bottom = -Infinity;
          for (const mark of marks) {
            for (const name of numeric) {
              const value = mark.getAttribute(name);
              if (value !== null && !Number.isFinite(Number.parseFloat(value))) badAttributes.push(`${name}="${value}"`);
            }
            for (const name of ['d', 'points', 'transform']) {
              const value = mark.getAttribute(name);
              if (value !== null && /NaN|Infinity|undefined|null/.test(value)) badAttributes.push(`${name}="${value.slice(0, 80)}"`);
            }
            const box = mark.getBoundingClientRect();
            left = Math.min(left, box.left);
            right = Math.max(right, box.right);
            top = Math.min(top, box.top);
            bottom = Math.max(bottom, box.bottom);
          }
          return {
            marks: marks.length,
            badAttributes: badAttributes.slice(0, 5),
            drawnWidth: right - left,
            drawnHeight: bottom - top,
            tickLabels: [...section.querySelectorAll('.tick text')].filter((text) => (text.textContent ?? '').trim() !== '').length,
            legendText: [...section.querySelectorAll('.legend')].map((legend) => legend.textContent ?? '').join(' ').trim(),
            summary: [...section.querySelectorAll('.view-caption')].map((summary) => summary.textContent ?? '').join(' ').trim(),
            summaryShown: [...section.querySelectorAll<HTMLElement>('.view-caption')].every((caption) => caption.getBoundingClientRect().height > 0),
            svgButtons: section.querySelectorAll('[data-download-svg]').length,
            pngButtons: section.querySelectorAll('[data-download-png]').length,
          };
        });
        expect(found.marks, `${view}: .mark elements`).toBeGreaterThanOrEqual(3);
        expect(found.badAttributes, `${view}: mark attributes that are not finite numbers`).toEqual([]);
        expect(found.drawnWidth, `${view}: width covered by marks`).toBeGreaterThan(0);
        expect(found.drawnHeight, `${view}: height covered by marks`).toBeGreaterThan(0);
        expect(found.tickLabels, `${view}: axis tick labels (.tick text)`).toBeGreaterThanOrEqual(2);
        expect(found.legendText, `${view}: legend text`).not.toBe('');
        expect(found.summary, `${view}: its caption`).toMatch(/\d/);
        expect(found.summaryShown, `${view}: its caption is visible`).toBe(true);
        expect([found.svgButtons, found.pngButtons], `${view}: SVG and PNG download buttons`).toEqual([1, 1]);
      }
      // The scenario's own story: under the verdict, and in the form where it can be edited.
      const description = String(JSON.parse(baselineText).description);
      expect(description.length).toBeGreaterThan(40);
      expect(await page.locator('#run-description').isVisible(), 'description shown on the Run tab').toBe(true);
      expect(await page.locator('#run-description').textContent()).toBe(description);
      expect(await page.locator('textarea[data-path="description"]').inputValue()).toBe(description);
    },
    TEST_MS,
  );

  it(
    'downloads every view as an SVG holding its marks and as a PNG image',
    async () => {
      const page = await openAfterBaselineRun();
      for (const view of VIEWS) {
        const svg = await download(page, `section[data-view="${view}"] [data-download-svg]`);
        expect(svg.name, `${view}: SVG file name`).toMatch(/\.svg$/);
        expect(svg.bytes.toString('utf8'), `${view}: SVG text`).toMatch(/<svg[\s>][\s\S]*class="[^"]*\bmark\b/);
        const png = await download(page, `section[data-view="${view}"] [data-download-png]`);
        expect(png.name, `${view}: PNG file name`).toMatch(/\.png$/);
        // The PNG signature, then the IHDR chunk's width and height.
        expect(png.bytes.subarray(0, 8).toString('hex'), `${view}: PNG signature`).toBe('89504e470d0a1a0a');
        expect(png.bytes.readUInt32BE(16) * png.bytes.readUInt32BE(20), `${view}: PNG pixels`).toBeGreaterThan(0);
      }
    },
    TEST_MS,
  );

  it(
    "shows the command line's message beside an invalid field and disables Run until it is fixed",
    async () => {
      const page = await openAfterBaselineRun();
      const invalid = JSON.parse(baselineText) as { regions: { updateSlots: number }[] };
      invalid.regions[0].updateSlots = 0;
      const cliIssue = scenarioIssues(JSON.stringify(invalid)).find((issue) => issue.path === 'regions[0].updateSlots');
      expect(cliIssue?.message).toBe('must be a positive integer');

      const field = page.locator('[data-path="regions.0.updateSlots"]');
      const message = page.locator('[data-error-for="regions.0.updateSlots"]');
      const original = await field.inputValue();
      await field.fill('0');
      await field.blur();
      await expect.poll(async () => (await message.textContent())?.trim(), POLL).toBe(cliIssue!.message);
      expect(await message.isVisible(), 'the message is visible').toBe(true);
      await expect.poll(() => page.locator('#run').isDisabled(), POLL).toBe(true);

      await field.fill(original);
      await field.blur();
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      expect(await message.isVisible() ? (await message.textContent())?.trim() : '', 'no message once fixed').toBe('');
      await clickRun(page);
      await waitForDrawnRun(page, RUN_MS);
    },
    TEST_MS,
  );

  it(
    'fits the form to its data: date pickers for dates, chances typed as percents into the scenario\u2019s fractions, weights with their percent, and a skip link to the results',
    async () => {
      const page = await openAfterBaselineRun();
      for (const path of ['release.announce', 'release.windowStart', 'release.windowEnd', 'release.n1SupportEnd', 'waves.0.start', 'waves.0.end']) {
        expect(await page.locator(`[data-path="${path}"]`).getAttribute('type'), path).toBe('date');
      }
      const slots = page.locator('[data-path="regions.0.updateSlots"]');
      expect([await slots.getAttribute('type'), await slots.getAttribute('min'), await slots.getAttribute('max'), await slots.getAttribute('step')]).toEqual(['number', '1', '100000', '1']);

      // The baseline's prompt admins approve with chance 0.6: the field shows 60 (%), and 7 typed is 0.07 in the file, exactly.
      const approve = page.locator('[data-path="admins.prompt.approve"]');
      expect(await approve.inputValue()).toBe('60');
      await approve.fill('7');
      await approve.blur();
      await expect.poll(async () => (JSON.parse(await scenarioText(page)) as { admins: { prompt: { approve: unknown } } }).admins.prompt.approve, POLL).toBe(0.07);
      await expect.poll(() => page.locator('#panel-run').getAttribute('data-stale'), POLL).toBe('true');
      // And back: the JSON text's fraction shows in the form as its percent.
      const text = await scenarioText(page);
      await page.fill('#scenario-json', text.replace('"approve": 0.07', '"approve": 0.35'));
      await expect.poll(() => page.locator('[data-path="admins.prompt.approve"]').inputValue(), POLL).toBe('35');

      // Approve and reschedule together past 100 %: the message in words, under the profile's row.
      await page.fill('[data-path="admins.prompt.reschedule"]', '70');
      await expect
        .poll(async () => (await page.locator('[data-error-for="admins.prompt"]').textContent())?.trim(), POLL)
        .toBe('The chances to approve (35 %) and to reschedule (70 %) add up to more than 100 %.');
      await page.fill('[data-path="admins.prompt.reschedule"]', '15');

      // Wave shares 2, 8, 25, 35 and 45 add up to 115: each shows its part of 115, and a note says so.
      await page.fill('[data-path="waves.4.share"]', '45');
      await expect.poll(() => page.locator('[data-weights-note="waves"]').textContent(), POLL).toContain('add up to 115, not 100');
      expect(await page.locator('output[data-weight-path="waves.0.share"]').textContent()).toBe('1.7 %');
      expect(await page.locator('output[data-weight-path="waves.4.share"]').textContent()).toBe('39.1 %');

      // The skip link is the first stop of the Tab key, and takes the focus past the form to the results.
      const first = await page.evaluate(() => document.querySelector('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')?.id);
      expect(first).toBe('skip-to-results');
      const hash = await page.evaluate(() => location.hash);
      await page.focus('#skip-to-results');
      expect(await page.locator('#skip-to-results').isVisible(), 'visible once focused').toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results');
      expect(await page.evaluate(() => location.hash), 'the address (where a scenario link lives) is left alone').toBe(hash);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.getElementById('results')!.contains(document.activeElement))).toBe(true);
    },
    TEST_MS,
  );

  it(
    'downloads the five CSV reports of the baseline byte for byte as the command line writes them',
    async () => {
      const page = await openAfterBaselineRun();
      const headers: Record<string, string> = {};
      for (const report of expectedReports) {
        const file = await download(page, `button[data-download-csv="${report.name}"]`);
        expect(file.name).toBe(report.name);
        const text = file.bytes.toString('utf8');
        headers[report.name] = text.slice(0, text.indexOf('\n'));
        expect(firstDifference(text, report.text), `${report.name} differs from the command line's`).toBeNull();
        expect(file.bytes.equals(Buffer.from(report.text, 'utf8')), `${report.name}: same bytes`).toBe(true);
      }
      expect(headers['summary.csv']).toBe('kpi,scope,value,unit');
      expect(headers['timeseries.csv']).toMatch(/^hour,time_utc,completions,/);
    },
    TEST_MS,
  );

  it(
    'leads with the verdict in the command line\u2019s words: baseline as its numbers warrant, tight-capacity missing both targets on update slots',
    async () => {
      const page = await openAfterBaselineRun();
      const verdictLines = async () => page.locator('#verdict-text').evaluate((el) => [el.querySelector('.verdict-headline')!.textContent, ...[...el.querySelectorAll('li')].map((li) => li.textContent)]);
      const baseline = parseScenario(baselineText);
      expect(await verdictLines()).toEqual(waveVerdict(simulateRelease(baseline), baseline.targets).lines);
      // The verdict comes before the KPIs.
      const order = await page.evaluate(() => document.querySelector('#verdict')!.compareDocumentPosition(document.querySelector('#kpi-tables')!));
      expect(order & 4).toBe(4);

      await page.selectOption('#scenario-picker', 'tight-capacity');
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      await clickRun(page);
      await waitForDrawnRun(page, RUN_MS);
      const lines = await verdictLines();
      expect(lines[0]).toBe('The wave misses both targets.');
      expect(lines.at(-1)).toMatch(/^Bottleneck: update slots: /);
      expect(await page.locator('#verdict').getAttribute('data-met')).toBe('false');

      // The targets are the scenario's, edited in the form as percents: lowered below what the run reaches, the same run meets them.
      for (const [path, value] of [['targets.shareOnN', '50'], ['targets.onTimeShare', '30']]) {
        const field = page.locator(`[data-path="${path}"]`);
        await field.fill(value);
        await field.blur();
      }
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      await clickRun(page);
      await waitForDrawnRun(page, RUN_MS);
      expect((await verdictLines())[0]).toBe('The wave meets its targets.');
      expect(await page.locator('#verdict').getAttribute('data-met')).toBe('true');
    },
    TEST_MS,
  );

  it(
    'shades incident-mid-wave\u2019s incidents on the throughput and capacity charts at full range, named in a title',
    async () => {
      const page = await openAfterBaselineRun();
      await page.selectOption('#scenario-picker', 'incident-mid-wave');
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      await clickRun(page);
      await waitForDrawnRun(page, RUN_MS);
      for (const view of ['throughput', 'capacity']) {
        const titles = await page.locator(`section[data-view="${view}"] rect.span`).evaluateAll((spans) => spans.map((s) => s.querySelector('title')?.textContent));
        expect(titles, view).toContain('major incident in NAM');
        expect(titles, view).toContain('planned maintenance in EUR');
      }
    },
    TEST_MS,
  );

  it(
    'cancels a running large-fleet run at once and then runs the baseline again',
    async () => {
      const page = await openAfterBaselineRun();
      await page.selectOption('#scenario-picker', 'large-fleet');
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      await clickRun(page);
      await waitForRunState(page, 'running', RUN_MS);

      // Progress moves while the run goes on; cancelling then stops it mid-run.
      const progress = page.locator('#progress');
      expect(await progress.getAttribute('role')).toBe('progressbar');
      await page.waitForFunction(() => Number(document.querySelector('#progress')?.getAttribute('aria-valuenow')) > 0, null, { timeout: RUN_MS });
      const percent = Number(await progress.getAttribute('aria-valuenow'));
      expect(percent).toBeGreaterThan(0);
      expect(percent).toBeLessThanOrEqual(100);
      expect(await progress.textContent()).toMatch(/\d\s*%/);

      await page.click('#cancel');
      await waitForRunState(page, 'cancelled', 5_000);

      await page.selectOption('#scenario-picker', 'baseline');
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      await clickRun(page);
      await waitForDrawnRun(page, RUN_MS);
    },
    TEST_MS,
  );

  it(
    'results are never stale: any change marks them out of date until the next run, the picker follows the scenario, and Cancel keeps the last good results',
    async () => {
      const page = await openAfterBaselineRun();
      const panel = page.locator('#panel-run');
      const kpiMark = page.locator('#kpi-stale');
      const viewsMark = page.locator('#views-stale');
      const pickerText = () => page.locator('#scenario-picker').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text ?? '');
      /** The mark as a user sees it: the panel's data-stale, and the words visible on the KPIs and the views. */
      const mark = async () => ({
        stale: await panel.getAttribute('data-stale'),
        kpis: (await kpiMark.isVisible()) ? (await kpiMark.textContent())?.trim() : '',
        views: (await viewsMark.isVisible()) ? (await viewsMark.textContent())?.trim() : '',
      });
      const STALE = { stale: 'true', kpis: 'Out of date — Run to update', views: 'Out of date — Run to update' };
      const FRESH = { stale: 'false', kpis: '', views: '' };
      expect(await mark(), 'fresh after the first run').toEqual(FRESH);

      const field = page.locator('[data-path="regions.0.updateSlots"]');
      await field.fill(String(Number(await field.inputValue()) + 1));
      await field.blur();
      await expect.poll(mark, POLL).toEqual(STALE);
      expect(await pickerText(), 'the picker names the scenario being edited').toBe('baseline (edited)');
      expect(await page.locator('section[data-view="throughput"]').getAttribute('data-state'), 'the stale views stay drawn').toBe('drawn');

      await clickRun(page);
      await waitForDrawnRun(page, RUN_MS);
      expect(await mark(), 'running again clears the mark').toEqual(FRESH);
      const title = await page.locator('#results-title').textContent();

      await page.selectOption('#scenario-picker', 'tight-capacity');
      await expect.poll(mark, POLL).toEqual(STALE);
      expect(await pickerText()).toBe('tight-capacity');

      await page.selectOption('#scenario-picker', 'large-fleet');
      await expect.poll(() => page.locator('#run').isEnabled(), POLL).toBe(true);
      await clickRun(page);
      await waitForRunState(page, 'running', RUN_MS);
      await page.click('#cancel');
      await waitForRunState(page, 'cancelled', 5_000);
      // The edited baseline's results come back, drawn, and marked: the page now holds large-fleet.
      await page.waitForFunction(
        (views) => views.every((view) => document.querySelector(`section[data-view="${view}"]`)?.getAttribute('data-state') === 'drawn'),
        [...VIEWS],
        POLL,
      );
      expect(await page.locator('#results-title').textContent(), 'the previous run is still the one shown').toBe(title);
      expect(await page.locator('#kpi-tables .kpi-table').count(), 'its KPIs are still shown').toBeGreaterThan(0);
      expect(await mark()).toEqual(STALE);
    },
    TEST_MS,
  );

  it(
    'shows why a scenario file that is not JSON cannot run, and starts no run',
    async () => {
      const page = await openAfterBaselineRun();
      const broken = '{\n  "name": "broken",\n  "seed": ,\n}\n';
      const [cliIssue] = scenarioIssues(broken);
      const before = await runTimes(page);

      await page.setInputFiles('#scenario-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
      const alert = page.locator('#run-error');
      await expect.poll(() => alert.isVisible(), POLL).toBe(true);
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.textContent()).toContain(cliIssue.message);
      expect(await page.evaluate(() => document.body.dataset.runState)).not.toBe('running');
      expect((await runTimes(page)).runStartedAt, 'no new run started').toBe(before.runStartedAt);
    },
    TEST_MS,
  );

  it(
    'a damaged link says so in sight, runs nothing, keeps the user\'s scenario and lets the user load the baseline instead',
    async () => {
      const link = await encodeScenarioLink(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8'));
      const { page } = await openPage(keptScenario(tinyText), link.slice(0, link.length / 2));
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
      const { page } = await openPage(keptScenario(tinyText), bomb);
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
      const { page } = await openPage(keptScenario(tinyText) + DYING_WORKER);
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

  it(
    'prints a baseline run on one A4 page and one Letter page: the scenario and its inputs, the verdict, three readable charts and the key figures',
    async () => {
      const baseline = parseScenario(baselineText);
      const result = simulateRelease(baseline);
      const summary = summaryRows(result);
      const verdict = waveVerdict(result, result.targets);
      const { page } = await openPage('window.print = () => { window.__printed = true; };');
      await waitForDrawnRun(page, RUN_MS);
      await page.click('#print-report-button');
      expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);
      const report = page.locator('#print-report');

      // The scenario: its name, its own description and its key inputs.
      expect(await report.locator('h1').textContent()).toBe(baseline.name);
      expect(await report.locator('.report-description').textContent()).toBe(baseline.description);
      const regionRows = await report.locator('[data-inputs="regions"] tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)));
      expect(regionRows.map((row) => [row[0], row[2]])).toEqual(baseline.regions.map((region) => [region.name, String(region.updateSlots)]));
      expect(await report.locator('[data-inputs="waves"] tbody tr').count()).toBe(baseline.waves.length);
      expect(await report.locator('[data-inputs="scenario"]').textContent()).toContain(`${(100 * baseline.targets.shareOnN).toFixed(1)} % on n`);

      // The verdict, in the Run tab's and the engine's words.
      expect(await report.locator('.verdict .verdict-headline').textContent()).toBe(verdict.lines[0]);
      expect(await report.locator('.verdict li').allTextContents()).toEqual(verdict.lines.slice(1));

      // Three views: throughput, capacity, and compliance (or the backup load when backup throughput held the wave back).
      const third = verdict.bottleneck === 'backup' ? 'backup' : 'compliance';
      expect(await report.locator('[data-report-chart]').evaluateAll((charts) => charts.map((chart) => chart.getAttribute('data-report-chart')))).toEqual(['throughput', 'capacity', third]);
      for (const chart of await report.locator('[data-report-chart]').all()) {
        expect(await chart.locator('svg .mark').count(), 'a chart with marks').toBeGreaterThan(0);
        expect(await chart.locator('svg').innerHTML(), 'no broken coordinates').not.toMatch(/NaN|Infinity/);
        expect(await chart.locator('figcaption').textContent(), 'with its reading').not.toBe('');
      }

      // The key figures, each written as the catalogue writes the engine's value.
      for (const kpi of ['share_on_n_at_window_end', 'on_time_share', 'days_to_99_percent_on_n', 'instances_out_of_policy_at_window_end', 'window_overruns']) {
        const value = summary.find((row) => row.kpi === kpi && row.scope === 'fleet')!.value;
        expect(await report.locator(`tr[data-kpi="${kpi}"][data-scope="fleet"] td`).textContent(), kpi).toBe(formatKpi(value, KPI_CATALOGUE[kpi]));
      }
      for (const region of baseline.regions) {
        const value = summary.find((row) => row.kpi === 'share_on_n_at_window_end' && row.scope === region.name)!.value;
        expect(await report.locator(`tr[data-scope="${region.name}"] td[data-kpi="share_on_n_at_window_end"]`).textContent()).toBe(formatKpi(value, KPI_CATALOGUE.share_on_n_at_window_end));
      }

      // On paper: the verdict and the three charts are laid out, and the charts' text stays readable.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: PAPER_WIDTH, height: 1000 });
      for (const part of ['verdict', 'chart-throughput', 'chart-capacity', `chart-${third}`]) {
        const box = await report.locator(`[data-report-part="${part}"]`).boundingBox();
        expect(box, part).not.toBeNull();
        expect(box!.width * box!.height, part).toBeGreaterThan(0);
      }
      const smallestText = await report.locator('[data-report-chart] svg text').evaluateAll((texts) =>
        Math.min(...texts.filter((text) => text.textContent!.trim() !== '').map((text) => text.getBoundingClientRect().height)),
      );
      expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_BOX_PX);

      // Chromium's PDF of it: one page on A4 and one on Letter.
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        expect(pdfPageCount(pdf), `${format} pages`).toBe(1);
      }
    },
    TEST_MS,
  );
});
