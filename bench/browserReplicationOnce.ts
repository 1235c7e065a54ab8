/**
 * One run of the browser replication bench, for `browserReplicationBench`:
 * serves the build in argv[2], opens the planner with `?workers=argv[3]` (no
 * parameter when argv[3] is "default") in a fresh headless Chromium, lets its
 * automatic baseline run finish, then runs argv[4] replications of the
 * baseline on the Replications tab and prints, as JSON, the batch's wall
 * time from the click to its reports built.
 */
import { openPlanner, startStudy, waitForBatchState, waitForDrawnRun, type RunTimes } from '../test/e2e/support/plannerPage.js';
import { startPlanner } from '../test/e2e/support/startPlanner.js';

/** Generous: a hundred baseline runs on one worker take about a minute. */
const BATCH_MS = 600_000;

const [outDir, workers, replications] = process.argv.slice(2);
const planner = await startPlanner(outDir);
try {
  const { page, errors } = await openPlanner({ ...planner, url: workers === 'default' ? planner.url : `${planner.url}?workers=${workers}` });
  await waitForDrawnRun(page, BATCH_MS);
  await page.click('#tab-replications');
  await page.fill('[data-study-form="replicate"] [name="replications"]', replications);
  await startStudy(page, 'replicate');
  await waitForBatchState(page, 'done', BATCH_MS);
  const times = await page.evaluate(() => (window as unknown as { __wavesim: RunTimes }).__wavesim);
  const shown = await page.locator('#batch-workers').textContent();
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('\n')}`);
  console.log(JSON.stringify({ wallMs: times.batchEndedAt - times.batchStartedAt, workers: shown }));
} finally {
  await planner.close();
}
