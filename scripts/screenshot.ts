/**
 * A 1280×800 screenshot of the planner after its automatic baseline run, for
 * checking the layout by eye: `npx tsx scripts/screenshot.ts [out.png]`
 * (default /tmp/wavesim-1280x800.png). Builds and serves the app as the
 * browser tests do, and stops everything it started when done.
 */
import { openPlanner, waitForDrawnRun } from '../test/e2e/support/plannerPage.js';
import { startPlanner } from '../test/e2e/support/startPlanner.js';

const out = process.argv[2] ?? '/tmp/wavesim-1280x800.png';
const planner = await startPlanner();
try {
  const { page, errors } = await openPlanner(planner);
  await waitForDrawnRun(page, 120_000);
  await page.screenshot({ path: out });
  if (errors.length > 0) console.error(`the page threw: ${errors.join('\n')}`);
  console.log(`saved ${out}`);
} finally {
  await planner.close();
}
