/**
 * `wavesim run`: one scenario file simulated once, its main KPIs printed and
 * its five CSV reports written. Loaded only when the command runs.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import { simulateRelease } from '../model/simulateRelease.js';
import { reportFiles, summaryRows, summaryTable } from '../report/index.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { progressBar } from './progressBar.js';
import { readScenario } from './readScenario.js';
import { writeReportFolder } from './writeReportFolder.js';

/** The options of `wavesim run`, as commander hands them over. */
export interface RunFlags {
  seed?: number;
  out?: string;
  quiet?: boolean;
}

/** Runs `wavesim run` with its parsed arguments. */
export function run(file: string, flags: RunFlags): void {
  const scenario = readScenario(file);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  const progress = progressBar(!flags.quiet && process.stderr.isTTY === true, 'simulating');
  let result: SimulationResult;
  try {
    result = simulateRelease(scenario, { seed: flags.seed, onProgress: progress.onProgress });
  } finally {
    progress.stop();
  }
  // Every report is built before the folder is touched, so a failure leaves nothing behind.
  const files = reportFiles(result);
  writeReportFolder(folder, files);
  if (flags.quiet) return;
  // JSON quoting shows the name as written and keeps control characters out of the terminal.
  process.stdout.write(`Scenario ${JSON.stringify(scenario.name)}, seed ${result.seed}\n\n`);
  process.stdout.write(summaryTable(summaryRows(result)));
  process.stdout.write(`\nWrote ${files.map((f) => f.name).join(', ')} to ${folder}\n`);
}
