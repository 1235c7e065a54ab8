/**
 * `wavesim gates`: what a health-gate policy will cost before the wave
 * starts. The scenario's failure gate at each threshold, with its bad build
 * and without it, under common random numbers: instances that get the bad
 * build against days halted, and the days lost to false halts.
 */
import { GATES_STUDY_FILE, GatesStudyError, ThresholdError, gatesSettingCount, gatesStudyCsv, gatesStudyRows, gatesVerdict, parseThresholds, studyGates, studyWindow } from '../plan/index.js';
import { formatInterval, formatStat } from '../plan/formatStat.js';
import type { ReportRow } from '../report/ReportRow.js';
import { BadInput } from './BadInput.js';
import { say, workerPlan, workersInWords, type BatchFlags } from './batchOptions.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

export interface GatesFlags extends BatchFlags {
  threshold: string;
  window?: number;
  maxExposure?: number;
  maxFalseHaltDays?: number;
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

/** Runs `wavesim gates` with its parsed arguments. */
export async function gates(file: string, flags: GatesFlags): Promise<void> {
  const scenario = readScenario(file);
  let thresholds: number[];
  try {
    thresholds = parseThresholds(flags.threshold, studyWindow(scenario, flags.window));
  } catch (error) {
    if (error instanceof ThresholdError || error instanceof GatesStudyError) throw new BadInput(error.message);
    throw error;
  }
  const seed = flags.seed ?? scenario.seed;
  const workers = workerPlan(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, [GATES_STUDY_FILE]);
  const settings = gatesSettingCount(thresholds.length);
  const announce = `Gates study of ${JSON.stringify(scenario.name)}: ${settings} settings × ${flags.replications} replications under seed ${seed} on ${workersInWords(workers)}`;
  const study = await replicationBatch({ workers, totalRuns: settings * flags.replications, announce, label: 'gates', quiet: flags.quiet, folder }, (run) =>
    studyGates(scenario, thresholds, { replications: flags.replications, seed, window: flags.window }, run),
  );
  const rows = gatesStudyRows(study, { maxExposure: flags.maxExposure, maxFalseHaltDays: flags.maxFalseHaltDays });
  await writeReportFolder(folder, [{ name: GATES_STUDY_FILE, text: gatesStudyCsv(rows) }]);
  const verdict = gatesVerdict(rows, study.window) ?? 'Give --max-exposure and --max-false-halt-days to mark the thresholds that meet your targets.';
  say(flags, `\n${gatesTable(rows)}\n${verdict}\nWrote gates-study.csv to ${folder}\n`);
}
