/**
 * `wavesim run`: one scenario file simulated once, its main KPIs printed and
 * its CSV reports written. Loaded only when the command runs.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import { simulateRelease } from '../model/simulateRelease.js';
import { REPORT_FILE_NAMES } from '../api/reportFileNames.js';
import { reportFiles, summaryRows, summaryTable } from '../report/index.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { progressBar } from './progressBar.js';
import { readScenario } from './readScenario.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

/** The options of `wavesim run`, as commander hands them over. */
export interface RunFlags {
  seed?: number;
  out?: string;
  quiet?: boolean;
}

/** Runs `wavesim run` with its parsed arguments. */
export async function run(file: string, flags: RunFlags): Promise<void> {
  const scenario = readScenario(file);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  const files = REPORT_FILE_NAMES;
  // A folder in the way is found before the run, not after it.
  checkReportFolder(folder, files);
  const progress = progressBar(!flags.quiet && process.stderr.isTTY === true, 'simulating');
  let result: SimulationResult;
  try {
    result = simulateRelease(scenario, { seed: flags.seed, onProgress: progress.onProgress });
  } finally {
    progress.stop();
  }
  // Streamed row by row into a temporary folder and swapped in whole: a failure leaves the previous reports as they were.
  await writeReportFolder(folder, reportFiles(result));
  if (flags.quiet) return;
  // JSON quoting shows the name as written and keeps control characters out of the terminal.
  process.stdout.write(`Scenario ${JSON.stringify(scenario.name)}, seed ${result.seed}\n\n`);
  process.stdout.write(summaryTable(summaryRows(result)));
  process.stdout.write(`\nWrote ${files.join(', ')} to ${folder}\n`);
}
