/**
 * `wavesim run`: one scenario file simulated once, its main KPIs printed and
 * its CSV reports written. Loaded only when the command runs.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import { releaseDays } from '../model/simulateRelease.js';
import type { Scenario } from '../scenario/scenarioSchema.js';
import { Cancelled } from './Cancelled.js';
import { REPORT_FILE_NAMES } from '../api/reportFileNames.js';
import { reportFiles, summaryRows, summaryTable, waveVerdict } from '../report/index.js';
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

/**
 * Simulates day by day, giving Node a turn between days: a Ctrl-C then ends
 * the run with Cancelled (exit 130, one line, nothing written) instead of
 * killing the process mid-run.
 */
async function simulateHearingCtrlC(scenario: Scenario, flags: RunFlags): Promise<SimulationResult> {
  const progress = progressBar(!flags.quiet && process.stderr.isTTY === true, 'simulating');
  let interrupted = false;
  const onInterrupt = () => (interrupted = true);
  process.on('SIGINT', onInterrupt);
  try {
    const days = releaseDays(scenario, { seed: flags.seed });
    for (;;) {
      const step = days.next();
      if (step.done) return step.value;
      progress.onProgress(step.value);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (interrupted) throw new Cancelled();
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    progress.stop();
  }
}

/** Runs `wavesim run` with its parsed arguments. */
export async function run(file: string, flags: RunFlags): Promise<void> {
  const scenario = readScenario(file);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  const files = REPORT_FILE_NAMES;
  // A folder in the way is found before the run, not after it.
  checkReportFolder(folder, files);
  const result = await simulateHearingCtrlC(scenario, flags);
  // Worked out once, for summary.csv and the terminal's table: on a large fleet it takes a tenth of a second.
  const verdict = waveVerdict(result, result.targets);
  const summary = summaryRows(result, verdict);
  // Streamed row by row into a temporary folder and swapped in whole: a failure leaves the previous reports as they were.
  await writeReportFolder(folder, reportFiles(result, summary));
  if (flags.quiet) return;
  // JSON quoting shows the name as written and keeps control characters out of the terminal.
  process.stdout.write(`Scenario ${JSON.stringify(scenario.name)}, seed ${result.seed}\n\n`);
  process.stdout.write(`${verdict.lines.join('\n')}\n\n`);
  process.stdout.write(summaryTable(summary));
  process.stdout.write(`\nWrote ${files.join(', ')} to ${folder}\n`);
}
