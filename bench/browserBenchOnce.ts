/**
 * One run of a browser bench, for `browserBench`: serves the build in
 * argv[2], opens the planner in a fresh headless Chromium (a cold cache) and
 * times its automatic baseline run from navigation to every view drawn,
 * then picks the scenario argv[3], clicks Run, times it to every view drawn
 * with the main thread's long tasks meanwhile, then the first CSV download
 * (summary.csv) after it, and prints it all as JSON.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { download } from '../test/e2e/support/download.js';
import { clickRun, openPlanner, waitForDrawnRun, type RunTimes } from '../test/e2e/support/plannerPage.js';
import { startPlanner } from '../test/e2e/support/startPlanner.js';

/** Generous: large-fleet takes seconds in Node, and a loaded machine more. */
const RUN_MS = 300_000;

/** A main-thread task longer than this makes the page stutter (the Long Tasks API's own threshold). */
const LONG_TASK_MS = 50;

/** The CSV downloaded first after the run: the smallest, so that the time is the page's, not the file's. */
const FIRST_CSV = 'summary.csv';

/**
 * Records every long task (a main-thread task over 50 ms) from the start of
 * the page, for the page to read back. A string, because functions are sent
 * to the page as source text and tsx's compiled source does not run there.
 */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface LongTask {
  start: number;
  duration: number;
}

/** Peak resident memory of the largest renderer (the page with its worker), in MiB: VmHWM from /proc. */
function rendererPeakRssMiB(pids: number[]): number {
  let peakKiB = 0;
  for (const pid of pids) {
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (hwm !== null) peakKiB = Math.max(peakKiB, Number(hwm[1]));
  }
  return peakKiB / 1024;
}

const [outDir, scenario] = process.argv.slice(2);
const planner = await startPlanner(outDir);
try {
  const { page, errors } = await openPlanner(planner, RECORD_LONG_TASKS);
  await waitForDrawnRun(page, RUN_MS);
  // performance.now() counts from the navigation's start, so the drawn time of the automatic run is the time from navigation.
  const navigationToDrawnMs = await page.evaluate(() => (window as unknown as { __wavesim: RunTimes }).__wavesim.viewsDrawnAt);
  await page.selectOption('#scenario-picker', scenario);
  await page.waitForSelector('#run:enabled');
  await clickRun(page);
  await waitForDrawnRun(page, RUN_MS);
  const measured = await page.evaluate((longTaskMs) => {
    const times = (window as unknown as { __wavesim: RunTimes }).__wavesim;
    const tasks = (window as unknown as { __longTasks: LongTask[] }).__longTasks;
    // Tasks that overlap the run, from the click's own task to the last view drawn.
    const during = tasks.filter((task) => task.start < times.viewsDrawnAt && task.start + task.duration > times.runStartedAt);
    return {
      runToDrawnMs: times.viewsDrawnAt - times.runStartedAt,
      runToResultMs: times.resultAt - times.runStartedAt,
      maxLongTaskMs: Math.max(0, ...during.map((task) => task.duration)),
      longTasksOver50ms: during.filter((task) => task.duration > longTaskMs).length,
    };
  }, LONG_TASK_MS);
  const clickedAt = performance.now();
  await download(page, `[data-download-csv="${FIRST_CSV}"]`);
  const firstCsvMs = performance.now() - clickedAt;
  const cdp = await planner.browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  const renderers = processInfo.filter((process) => process.type === 'renderer').map((process) => process.id);
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('\n')}`);
  console.log(JSON.stringify({ navigationToDrawnMs, ...measured, firstCsvMs, rendererPeakRssMiB: rendererPeakRssMiB(renderers) }));
} finally {
  await planner.close();
}
