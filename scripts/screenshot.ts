/**
 * Screenshots of the planner after a run, for checking the layout by eye:
 * `npx tsx scripts/screenshot.ts [out-folder] [bundled-scenario]` (default
 * /tmp/wavesim-shots, the automatic baseline run) writes the whole page at
 * 390, 1280 and 1920 px wide, the views as laid out at each of those widths,
 * each view on its own at 1280 px, and the printed report, as a picture and
 * as Chromium's PDF on A4 and on Letter (`pdftoppm -png` turns a PDF into
 * pictures). Builds and serves
 * the app as the browser tests do, and stops everything it started when done.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWS, clickRun, openPlanner, waitForDrawnRun } from '../test/e2e/support/plannerPage.js';
import { startPlanner } from '../test/e2e/support/startPlanner.js';

const out = process.argv[2] ?? '/tmp/wavesim-shots';
const scenario = process.argv[3];
mkdirSync(out, { recursive: true });
const planner = await startPlanner();
try {
  // The print dialog is the browser's: stub it, and lay the report out as paper would.
  const { page, errors } = await openPlanner(planner, 'window.print = () => {};');
  await waitForDrawnRun(page, 120_000);
  if (scenario) {
    await page.selectOption('#scenario-picker', scenario);
    await page.waitForFunction(() => !(document.querySelector('#run') as HTMLButtonElement).disabled, null, { timeout: 60_000 });
    await clickRun(page);
    await waitForDrawnRun(page, 300_000);
  }
  for (const width of [390, 1280, 1920]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : width === 1280 ? 800 : 1080 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, `page-${width}.png`), fullPage: true });
    // The results scroll inside their own column on wide screens: a window as tall as the views shows them all, laid out at this width.
    await page.setViewportSize({ width, height: 4400 });
    await page.waitForTimeout(800);
    await page.locator('#views').screenshot({ path: join(out, `views-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(500);
  for (const view of VIEWS) {
    const chart = page.locator(`[data-view="${view}"]`).first();
    if ((await chart.count()) > 0) await chart.screenshot({ path: join(out, `view-${view}.png`) });
  }
  await page.click('#print-report-button');
  await page.emulateMedia({ media: 'print' });
  // The report's width on paper: 190 mm at 96 px per inch.
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.screenshot({ path: join(out, 'print-report.png'), fullPage: true });
  for (const format of ['A4', 'Letter'] as const) await page.pdf({ path: join(out, `report-${format}.pdf`), format, printBackground: true });
  if (errors.length > 0) console.error(`the page threw: ${errors.join('\n')}`);
  console.log(`saved to ${out}`);
} finally {
  await planner.close();
}
