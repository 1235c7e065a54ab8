/**
 * The planner's batch tabs in headless Chromium: replications on the pool of
 * web workers with intervals and bands, the capacity search, a comparison,
 * a sensitivity study and a gates study of the bundled bad build, each checked against the command line's numbers
 * (the same seeds and aggregation give the same CSV bytes), then Export all,
 * the printed report and Cancel. Small batches of the baseline keep it fast.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  COMPARE_COLUMNS,
  compareRows,
  compareScenarios,
  kpiDescriptions,
  parseTargets,
  planCapacity,
  planColumns,
  planRows,
  planVerdict,
  recommendationTable,
  regionSweep,
  replicationFiles,
  replicationSeeds,
  runReplication,
  SENSITIVITY_COLUMNS,
  targetChances,
  type RunReplications,
} from '../../sim/plan/index.js';
import { toCsv } from '../../sim/report/toCsv.js';
import { parseScenario } from '../../sim/scenario/index.js';
import { ROOT } from './support/buildApp.js';
import { download } from './support/download.js';
import { firstDifference } from './support/firstDifference.js';
import { startStudy, waitForBatchState, waitForDrawnRun } from './support/plannerPage.js';
import { plannerSession } from './support/plannerSession.js';

const START_MS = 120_000;
const RUN_MS = 60_000;
const TEST_MS = 180_000;
const POLL = { timeout: 10_000 };

const baseline = parseScenario(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8'));
const badBuildGated = parseScenario(readFileSync(join(ROOT, 'scenarios/bad-build-gated.json'), 'utf8'));
const tightCapacity = parseScenario(readFileSync(join(ROOT, 'scenarios/tight-capacity.json'), 'utf8'));

/** Replications run here, one after another: the command line's figures without its worker threads. */
const runHere: RunReplications = async (jobs) => jobs.map((job) => runReplication(job.scenario, job.seed));

/** The saved file's text, after checking it has `name` and is `expected` byte for byte. */
async function expectFile(page: Page, selector: string, name: string, expected: string): Promise<string> {
  const file = await download(page, selector);
  expect(file.name).toBe(name);
  const text = file.bytes.toString('utf8');
  expect(firstDifference(text, expected), `${name} differs from the command line's`).toBeNull();
  expect(file.bytes.equals(Buffer.from(expected, 'utf8')), `${name}: same bytes`).toBe(true);
  return text;
}

/** gates-study.csv as the compiled command line writes it for `wavesim gates <scenario> ...options`. */
function gatesStudyFromCli(scenario: string, options: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'wavesim-gates-e2e-'));
  try {
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin/wavesim.js'), 'gates', join(ROOT, scenario), ...options, '--workers', '1', '--quiet', '--out', out], { encoding: 'utf8' });
    expect(cli.status, `wavesim gates failed: ${cli.stderr}`).toBe(0);
    return readFileSync(join(out, 'gates-study.csv'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Sets the field `name` of the study form `kind` to `value`. */
const setField = (page: Page, kind: string, name: string, value: string) => page.fill(`[data-study-form="${kind}"] [name="${name}"]`, value);

describe('the planner\u2019s batch tabs in headless Chromium', () => {
  const openPage = plannerSession(START_MS);

  it(
    'runs replications, a capacity plan, a comparison and a sensitivity study with the command line\u2019s numbers, then exports and prints them all',
    async () => {
      // The printed report is checked in the page; the print dialog itself is the browser's.
      const { page } = await openPage('window.print = () => { window.__printed = true; };');
      await waitForDrawnRun(page, RUN_MS);

      // Replications: R = 4 of the baseline under its own seed.
      await page.click('#tab-replications');
      await setField(page, 'replicate', 'replications', '4');
      await startStudy(page, 'replicate');
      await waitForBatchState(page, 'done', RUN_MS);
      const shareRow = page.locator('[data-interval-table] tr[data-kpi="share_on_n_at_window_end"][data-scope="fleet"]');
      const mean = Number(await shareRow.locator('td[data-stat="mean"]').textContent());
      const [low, high] = ((await shareRow.locator('td[data-stat="ci95"]').textContent()) ?? '').match(/[\d.]+/g)!.map(Number);
      expect(low).toBeLessThan(mean);
      expect(high).toBeGreaterThan(mean);
      // Intervals of shares stay within 0–100 % (logit scale), in every scope.
      for (const kpi of ['share_on_n_at_window_end', 'on_time_share']) {
        for (const cell of await page.locator(`[data-interval-table] tr[data-kpi="${kpi}"] td[data-stat="ci95"]`).allTextContents()) {
          for (const end of cell.match(/-?[\d.]+/g) ?? []) expect(Number(end), `${kpi} ${cell}`).toBeGreaterThanOrEqual(0);
          for (const end of cell.match(/-?[\d.]+/g) ?? []) expect(Number(end), `${kpi} ${cell}`).toBeLessThanOrEqual(100);
        }
      }
      // The interval table and the band views say what their figures are.
      await expect.poll(() => page.locator('[data-interval-table] [data-table-caption]').textContent(), POLL).toMatch(/95 % confidence interval of the mean/);
      await expect.poll(() => page.locator('[data-band-caption]').first().textContent(), POLL).toMatch(/P5–P95/);
      const band = page.locator('section[data-band-view="share_on_n"]');
      await expect.poll(() => band.getAttribute('data-state'), POLL).toBe('drawn');
      const bandPath = await band.locator('.mark.band').first().getAttribute('d');
      expect(bandPath).toMatch(/^M[\d.]+,[\d.]+/);
      expect(bandPath).not.toMatch(/NaN|Infinity/);
      const baselineRuns = await runHere(replicationSeeds(baseline.seed, 4).map((seed) => ({ scenario: baseline, seed })));
      const [replications, bands] = replicationFiles(baselineRuns);
      await expectFile(page, '[data-download-study-csv="replications.csv"]', 'replications.csv', replications.text);
      await expectFile(page, '[data-download-study-csv="timeseries-bands.csv"]', 'timeseries-bands.csv', bands.text);
      // The chance of meeting each target, as the command line prints it for the same four runs.
      const chances = targetChances(kpiDescriptions(baselineRuns));
      expect(chances).toHaveLength(2);
      expect(await page.locator('[data-target-chance]').allTextContents()).toEqual(chances.map((chance) => chance.line));

      // Plan: the update slots for an on-time share of 99 %, on a coarse grid.
      await page.click('#tab-plan');
      await page.uncheck('[data-study-form="plan"] [name="target-on-n"]');
      await setField(page, 'plan', 'level-from', '0.5');
      await setField(page, 'plan', 'level-to', '1.5');
      await setField(page, 'plan', 'level-step', '0.5');
      await setField(page, 'plan', 'replications', '3');
      await startStudy(page, 'plan');
      await waitForBatchState(page, 'done', RUN_MS);
      const plan = await planCapacity(
        baseline,
        { kind: 'slots', targets: parseTargets(['on-time>=99%']), grid: { from: 0.5, to: 1.5, step: 0.5 }, confidence: 0.95, replications: 3, seed: baseline.seed },
        runHere,
      );
      // A sweep per region, each with its evaluated capacities and the target line; the verdict names each region's answer.
      expect(await page.locator('section[data-plan-view^="sweep-"]').count()).toBe(baseline.regions.length);
      for (const [r, region] of plan.regions.entries()) {
        const curve = page.locator(`section[data-plan-view="sweep-${region.toLowerCase()}"]`);
        await expect.poll(() => curve.getAttribute('data-state'), POLL).toBe('drawn');
        expect(await curve.locator('circle.mark').count()).toBe(regionSweep(plan, r).length);
        expect(await curve.locator('.mark.target-line').count()).toBe(1);
        const rung = plan.recommended[r];
        if (rung !== null) expect(await curve.locator('.mark.recommended').getAttribute('data-capacity')).toBe(String(plan.levels[r][rung].capacity));
      }
      // Each sweep's legend says what its filled and hollow points mean.
      const legend = await page.locator('section[data-plan-view^="sweep-"] .legend').first().textContent();
      for (const words of ['filled: lower bound meets the target', 'hollow: lower bound short of it']) expect(legend).toContain(words);
      const verdict = page.locator('[data-plan-recommendation]');
      expect(await verdict.textContent()).toContain(planVerdict(plan).headline);
      // The recommendation is a table with the terminal's cells: a row per region, then the fleet's.
      const table = recommendationTable(plan);
      const rows = page.locator('[data-plan-table] tbody tr');
      expect(await rows.count()).toBe(baseline.regions.length + 1);
      expect(await page.locator('[data-plan-table] thead th').allTextContents()).toEqual(table.header);
      for (const [i, row] of table.rows.entries()) {
        expect(await rows.nth(i).getAttribute('data-region')).toBe(i < baseline.regions.length ? baseline.regions[i].name : 'fleet');
        expect(await rows.nth(i).locator('th, td').allTextContents()).toEqual(row.cells);
      }
      await expectFile(page, '[data-download-study-csv="plan.csv"]', 'plan.csv', toCsv(planColumns(plan), planRows(plan)));

      // Compare: the baseline being edited against the bundled tight-capacity, on the same seeds.
      await page.click('#tab-compare');
      await page.check('[name="compare-scenario"][value="bundled:tight-capacity"]');
      await setField(page, 'compare', 'replications', '3');
      await startStudy(page, 'compare');
      await waitForBatchState(page, 'done', RUN_MS);
      const significant = await page.locator('[data-compare-table] td[data-significant]').allTextContents();
      expect(significant.length).toBeGreaterThan(10);
      expect(significant).toContain('yes');
      expect(significant.every((text) => ['yes', 'no', 'n/a'].includes(text))).toBe(true);
      // Each difference has its plain reading, from the same function as the terminal's table.
      const readings = (await page.locator('[data-compare-table] td[data-reading]').allTextContents()).filter(Boolean);
      expect(readings.some((text) => /(higher|lower): significant/.test(text))).toBe(true);
      const overlay = page.locator('section[data-compare-view="share_on_n"]');
      await expect.poll(() => overlay.getAttribute('data-state'), POLL).toBe('drawn');
      expect(await overlay.locator('.mark.mean').count()).toBe(2);
      expect(await overlay.locator('.legend').textContent()).toContain(tightCapacity.name.slice(0, 20));
      const compared = await compareScenarios(
        [
          { scenario: baseline, file: 'scenarios/baseline.json' },
          { scenario: tightCapacity, file: 'scenarios/tight-capacity.json' },
        ],
        { replications: 3, seed: baseline.seed },
        runHere,
      );
      await expectFile(page, '[data-download-study-csv="compare.csv"]', 'compare.csv', toCsv(COMPARE_COLUMNS, compareRows(compared)));

      // Sensitivity: every input at ×0.8 and ×1.2 but slots, turned further.
      await page.click('#tab-sensitivity');
      await setField(page, 'sensitivity', 'low-slots', '0.5');
      await setField(page, 'sensitivity', 'replications', '2');
      await startStudy(page, 'sensitivity');
      await waitForBatchState(page, 'done', RUN_MS);
      const tornado = page.locator('section[data-tornado="on_time_share"]');
      await expect.poll(() => tornado.getAttribute('data-state'), POLL).toBe('drawn');
      expect(await tornado.locator('rect.mark').count()).toBe(12);
      expect(await tornado.locator('rect.mark').first().getAttribute('data-input')).toBe('slots');
      const sensitivity = (await download(page, '[data-download-study-csv="sensitivity.csv"]')).bytes.toString('utf8').trimEnd().split('\n');
      expect(sensitivity[0]).toBe(SENSITIVITY_COLUMNS.join(','));
      expect(sensitivity).toHaveLength(1 + 12);

      // Export all: the run's six CSVs and each study's, one download each.
      const names: string[] = [];
      page.on('download', (file) => names.push(file.suggestedFilename()));
      await page.click('#export-all');
      const expected = ['summary.csv', 'timeseries.csv', 'instances.csv', 'communications.csv', 'incidents.csv', 'gates.csv', 'replications.csv', 'timeseries-bands.csv', 'plan.csv', 'compare.csv', 'sensitivity.csv'];
      await expect.poll(() => names.length, { timeout: 20_000 }).toBe(expected.length);
      expect([...names].sort()).toEqual([...expected].sort());

      // The printed report: the run (scenario, verdict, three views), then the chances and key intervals, the plan and the comparison's key rows.
      await page.click('#print-report-button');
      expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);
      const report = page.locator('#print-report');
      expect(await report.locator('h1').textContent()).toContain(baseline.name);
      // The report opens with the run's verdict, in the Run tab's words.
      expect(await report.locator('.verdict .verdict-headline').textContent()).toBe(await page.locator('#verdict .verdict-headline').textContent());
      expect(await report.textContent()).toContain(`Seed ${baseline.seed}`);
      expect(await report.locator('[data-report-chart]').count()).toBe(3);
      expect(await report.locator('[data-target-chance]').allTextContents()).toEqual(chances.map((chance) => chance.line));
      expect(await report.locator('[data-interval-table] tr[data-kpi="on_time_share"][data-scope="fleet"]').count()).toBe(1);
      expect(await report.textContent()).toMatch(/Capacity plan(Set ×|No level)/);
      // The plan as the Plan tab's table, cell for cell.
      const planCells = (root: string) => page.locator(`${root} [data-plan-table] tbody tr`).allTextContents();
      expect(await planCells('#print-report')).toEqual(await planCells('#panel-plan'));
      expect((await planCells('#print-report')).length).toBeGreaterThanOrEqual(2);
      const comparedRows = await page.evaluate(() => document.querySelectorAll('#panel-compare [data-compare-table] tr[data-kpi="share_on_n_at_window_end"][data-scope="fleet"]').length);
      expect(await report.locator('[data-compare-table] tr[data-kpi="share_on_n_at_window_end"][data-scope="fleet"]').count()).toBe(comparedRows);
      expect(comparedRows).toBeGreaterThanOrEqual(2);
    },
    TEST_MS,
  );

  it(
    'runs a small gates study of the bundled bad build: the curve, its legend, the verdict and gates-study.csv as the command line writes it',
    async () => {
      const { page } = await openPage('window.print = () => { window.__printed = true; };');
      await waitForDrawnRun(page, RUN_MS);

      // The baseline has no bad build: the tab says so and will not start.
      await page.click('#tab-gates');
      expect(await page.locator('[data-start-study="gates"]').isDisabled()).toBe(true);
      expect(await page.locator('[data-study-form="gates"] .run-hint').textContent()).toContain('no bad build');
      expect(await page.locator('[data-gates-notice]').isVisible()).toBe(true);

      await page.selectOption('#scenario-picker', 'bad-build-gated');
      await expect.poll(() => page.locator('[data-start-study="gates"]').isEnabled(), POLL).toBe(true);
      expect(await page.locator('[data-gates-notice]').isVisible()).toBe(false);
      // Thresholds suggested around the scenario's own gate (5 of the last 20).
      expect(await page.inputValue('[data-study-form="gates"] [name="window"]')).toBe('20');
      expect(await page.inputValue('[data-study-form="gates"] [name="threshold-from"]')).toBe('2');
      await setField(page, 'gates', 'threshold-from', '4');
      await setField(page, 'gates', 'threshold-to', '6');
      await setField(page, 'gates', 'max-exposure', '500');
      await setField(page, 'gates', 'max-false-halt-days', '2');
      await setField(page, 'gates', 'replications', '2');
      await startStudy(page, 'gates');
      await waitForBatchState(page, 'done', RUN_MS);

      const expected = gatesStudyFromCli('scenarios/bad-build-gated.json', ['--threshold', '4:6:1', '--replications', '2', '--max-exposure', '500', '--max-false-halt-days', '2']);
      const text = await expectFile(page, '[data-download-study-csv="gates-study.csv"]', 'gates-study.csv', expected);
      const rows = text.trimEnd().split('\n').map((line) => line.split(','));
      const column = (name: string) => rows[0].indexOf(name);
      const meeting = rows.slice(2).map((r) => [r[column('threshold')], r[column('meets_targets')]]);

      // The curve: a point per threshold for each series, filled exactly where the CSV says the targets are met.
      const curve = page.locator('section[data-gates-view="trade-off"]');
      await expect.poll(() => curve.getAttribute('data-state'), POLL).toBe('drawn');
      for (const series of ['with-defect', 'without-defect']) {
        const points = curve.locator(`circle.mark.point[data-series="${series}"]`);
        expect(await points.evaluateAll((els) => els.map((el) => el.getAttribute('data-threshold')))).toEqual(['4', '5', '6']);
        expect(await points.evaluateAll((els) => els.map((el) => [el.getAttribute('data-threshold'), el.getAttribute('data-meets')]))).toEqual(meeting);
      }
      expect(await curve.locator('.mark.target-region').count()).toBe(1);
      expect(Number(await curve.locator('.mark.ungated').getAttribute('data-exposure'))).toBe(Number(rows[1][column('exposure_mean')]));
      const legend = (await curve.locator('.legend').textContent()) ?? '';
      for (const words of ['with the bad build: days halted', 'without it: false-halt days', 'filled: meets the targets', 'hollow: misses them', 'no gate: exposure']) expect(legend).toContain(words);

      // The verdict in the terminal's words.
      const best = meeting.filter(([, meets]) => meets === '1');
      const verdict = (await page.locator('[data-gates-verdict]').textContent()) ?? '';
      if (best.length === 0) expect(verdict).toMatch(/^No threshold meets the targets/);
      else expect(verdict).toMatch(/^Recommended: halt at \d failures of the last 20 \(the least exposure among the thresholds that meet the targets\)\.$/);

      // Export all and the printed report hold the study.
      const names: string[] = [];
      page.on('download', (file) => names.push(file.suggestedFilename()));
      await page.click('#export-all');
      await expect.poll(() => names.includes('gates-study.csv'), { timeout: 20_000 }).toBe(true);
      await page.click('#print-report-button');
      const report = page.locator('#print-report');
      expect(await report.textContent()).toContain(`Health gates of ${badBuildGated.name}: halt at K failures of the last 20`);
      expect(await report.locator('svg').count()).toBeGreaterThanOrEqual(1);
    },
    TEST_MS,
  );

  it(
    'cancels a running batch at once, all workers stopped, and runs the next one',
    async () => {
      const { page } = await openPage();
      await waitForDrawnRun(page, RUN_MS);
      await page.click('#tab-replications');
      await setField(page, 'replicate', 'replications', '200');
      await startStudy(page, 'replicate');
      const progress = page.locator('#batch-progress .progress-text');
      await page.waitForFunction(() => Number(document.querySelector('#batch-progress')?.getAttribute('aria-valuenow')) > 0, null, { timeout: RUN_MS });
      expect(await progress.textContent()).toMatch(/\d+ % · (about|less than|estimating)/);
      await page.click('#batch-cancel');
      await waitForBatchState(page, 'cancelled', 5_000);
      expect(await progress.textContent()).toMatch(/^Cancelled at \d+ %/);
      await expect.poll(() => page.locator('[data-start-study="replicate"]').isEnabled(), POLL).toBe(true);

      await setField(page, 'replicate', 'replications', '2');
      await startStudy(page, 'replicate');
      await waitForBatchState(page, 'done', RUN_MS);
      expect(await page.locator('[data-interval-table] tr').count()).toBeGreaterThan(10);
    },
    TEST_MS,
  );
});
