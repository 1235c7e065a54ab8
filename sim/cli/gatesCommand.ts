/**
 * `wavesim gates`: what a health-gate policy will cost before the wave
 * starts. The scenario's failure gate at each threshold, with its bad build
 * and without it, under common random numbers: instances that get the bad
 * build against days halted, and the days lost to false halts.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { GATES_STUDY_COLUMNS, GatesStudyError, ThresholdError, gatesSettingCount, gatesStudyRows, parseThresholds, recommendedThreshold, studyGates, studyWindow } from '../plan/index.js';
import { formatInterval, formatStat } from '../plan/formatStat.js';
import type { ReportRow } from '../report/ReportRow.js';
import { toCsv } from '../report/toCsv.js';
import { BadInput } from './BadInput.js';
import { addBatchOptions, say, workerCount, type BatchFlags } from './batchOptions.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { writeReportFolder } from './writeReportFolder.js';

/** Replications per setting when --replications is not given. */
const DEFAULT_REPLICATIONS = 20;

const DETAILS = `
The scenario needs a "defect" (the bad build to catch). Its failure gate
("halt when at least K of the last N finished updates failed") is tried at
each K of --threshold, with N from --window or from the scenario's gate.
Each threshold runs twice under the same replication seeds: with the bad
build (exposure: instances updated on it; days halted) and without it (every
halt is false: false-halt days). A first row, threshold "none", is the bad
build with no gate at all.

Writes gates-study.csv into the output folder: per threshold, the mean and
95 % interval of exposure, exposure before the first halt, days halted,
detection delay and share on n with the defect, and of false-halt days,
false halts and share on n without it; meets_targets is 1 when the upper
ends of the exposure and false-halt-days intervals are within the targets.

Example:
  $ wavesim gates scenarios/bad-build-gated.json --threshold 3:8:1 --max-exposure 500 --max-false-halt-days 2
`;

interface GatesFlags extends BatchFlags {
  threshold: string;
  window?: number;
  maxExposure?: number;
  maxFalseHaltDays?: number;
}

/** `--window`: the last N finished updates a gate looks at. */
function parseWindow(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !(n >= 1 && n <= 1000)) throw new InvalidArgumentError('The window must be a whole number from 1 to 1000.');
  return n;
}

/** `--max-exposure` and `--max-false-halt-days`: a number >= 0. */
function parseLimit(text: string): number {
  const x = Number(text);
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) || !(x >= 0 && x <= 1e9)) throw new InvalidArgumentError('A target must be a number from 0 to 1e9.');
  return x;
}

const num = (cell: ReportRow[string]) => (typeof cell === 'number' ? cell : NaN);

/** The curve as a terminal table: exposure and halts with the defect, false halts without it. */
function gatesTable(rows: readonly ReportRow[]): string {
  const lines = rows.map((r) => [
    String(r.threshold),
    formatStat(num(r.exposure_mean), 'instances'),
    formatInterval(num(r.exposure_ci95_low), num(r.exposure_ci95_high), 'instances'),
    formatStat(num(r.days_halted_mean), 'days'),
    formatStat(num(r.detection_delay_hours_mean), 'hours'),
    formatStat(num(r.false_halt_days_mean), 'days'),
    formatInterval(num(r.false_halt_days_ci95_low), num(r.false_halt_days_ci95_high), 'days'),
    formatStat(num(r.share_on_n_mean), '%'),
    r.meets_targets === 1 ? 'yes' : r.meets_targets === 0 ? 'no' : '',
  ]);
  return textTable(['threshold', 'exposure', '95% CI', 'days halted', 'detection (h)', 'false-halt days', '95% CI', 'on n %', 'meets targets'], lines, new Set([1, 2, 3, 4, 5, 6, 7]));
}

async function gates(file: string, flags: GatesFlags): Promise<void> {
  const scenario = readScenario(file);
  let thresholds: number[];
  try {
    thresholds = parseThresholds(flags.threshold, studyWindow(scenario, flags.window));
  } catch (error) {
    if (error instanceof ThresholdError || error instanceof GatesStudyError) throw new BadInput(error.message);
    throw error;
  }
  const seed = flags.seed ?? scenario.seed;
  const workers = workerCount(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  const settings = gatesSettingCount(thresholds.length);
  const announce = `Gates study of ${JSON.stringify(scenario.name)}: ${settings} settings × ${flags.replications} replications under seed ${seed} on ${workers} workers`;
  const study = await replicationBatch({ workers, totalRuns: settings * flags.replications, announce, label: 'gates', quiet: flags.quiet }, (run) =>
    studyGates(scenario, thresholds, { replications: flags.replications, seed, window: flags.window }, run),
  );
  const rows = gatesStudyRows(study, { maxExposure: flags.maxExposure, maxFalseHaltDays: flags.maxFalseHaltDays });
  writeReportFolder(folder, [{ name: 'gates-study.csv', text: toCsv(GATES_STUDY_COLUMNS, rows) }]);
  const best = recommendedThreshold(rows);
  const targets = flags.maxExposure !== undefined || flags.maxFalseHaltDays !== undefined;
  const verdict = !targets
    ? 'Give --max-exposure and --max-false-halt-days to mark the thresholds that meet your targets.'
    : best === null
      ? 'No threshold meets the targets: widen them, or change the window or the investigation time.'
      : `Recommended: halt at ${best} failures of the last ${study.window} (the least exposure among the thresholds that meet the targets).`;
  say(flags, `\n${gatesTable(rows)}\n${verdict}\nWrote gates-study.csv to ${folder}\n`);
}

/** Adds `gates` to the program. */
export function addGatesCommand(program: Command): void {
  const command = program
    .command('gates')
    .description('try a failure gate at each threshold, with and without the bad build: exposure against days halted')
    .argument('<scenario.json>', 'scenario file with a defect')
    .requiredOption('--threshold <from:to:step>', 'failures among the last N updates that halt, whole numbers, such as 3:8:1')
    .option('--window <n>', "the last N finished updates the gate looks at (default: the scenario's gate)", parseWindow)
    .option('--max-exposure <instances>', 'target: at most this many instances updated on the bad build', parseLimit)
    .option('--max-false-halt-days <days>', 'target: at most this many days halted with no defect', parseLimit);
  addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for gates-study.csv (default: out/<scenario name>)' }).addHelpText('after', DETAILS).action(gates);
}
