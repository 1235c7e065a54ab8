/**
 * `wavesim plan`: the fewest update slots per region (or the least backup
 * throughput) that meets the release manager's targets with the asked
 * confidence, found by bisection over capacity levels with the same
 * replication seeds at every level.
 */
import {
  CAPACITY_WORDS,
  parseTargets,
  planCapacity,
  planColumns,
  planRows,
  planRunCount,
  planVerdict,
  recommendationTable,
  regionSweep,
  TargetError,
  type CapacityKind,
  type CapacityPlan,
  type LevelGrid,
  type PlanRequest,
  type Target,
} from '../plan/index.js';
import { toCsv } from '../report/toCsv.js';
import { BadInput } from './BadInput.js';
import { say, workerPlan, workersInWords, type BatchFlags } from './batchOptions.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { formatStat } from '../plan/formatStat.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { checkReportFolder, writeReportFolder } from './writeReportFolder.js';

/** The targets when none is given: the issue's own example. */
const DEFAULT_TARGETS = ['on-time>=0.99', 'on-n>=0.98'];

interface PlanFlags extends BatchFlags {
  target?: string[];
  capacity: CapacityKind;
  levels: LevelGrid;
  confidence: number;
}

function readTargets(texts: readonly string[]): Target[] {
  try {
    return parseTargets(texts);
  } catch (error) {
    if (error instanceof TargetError) throw new BadInput(`bad --target ${error.message}`);
    throw error;
  }
}

/** A confidence as a percent: 0.95 is 95%, 0.975 is 97.5%. */
function confidenceText(confidence: number): string {
  return `${Math.round(confidence * 1000) / 10}%`;
}

/** Each region's sweep as an aligned table: level, capacity, each target's mean and lower bound on the region's KPIs, met or not. */
function planTable(plan: CapacityPlan): string {
  const header = ['region', 'level', CAPACITY_WORDS[plan.kind], ...plan.targets.flatMap((t) => [`${t.name} mean`, `lower ${confidenceText(plan.confidence)}`]), 'meets', ''];
  const rows = plan.regions.flatMap((region, r) =>
    regionSweep(plan, r).map((point) => [
      region,
      `×${point.level.level}`,
      String(Math.round(point.level.capacity)),
      ...point.targets.flatMap((t) => [formatStat(t.mean, '%'), formatStat(t.lowerBound, '%')]),
      point.meets ? 'yes' : 'no',
      point.rung === plan.recommended[r] ? '<- recommended' : '',
    ]),
  );
  return textTable(header, rows, new Set(header.map((_, c) => c).filter((c) => c > 1 && c < header.length - 2)));
}

/** What the plan recommends and how sure it is, as a table per region and for the fleet, with what to try on the command line when a target cannot be met. */
function recommendation(plan: CapacityPlan): string {
  const verdict = planVerdict(plan);
  const table = recommendationTable(plan);
  const tableText = textTable(
    table.header,
    table.rows.map((row) => row.cells),
    new Set(table.numberColumns),
  );
  const lines = [verdict.headline, '', tableText, ...verdict.notes];
  if (!verdict.found) {
    const met = plan.targets.filter((_, t) => plan.atRecommendation.regions.every((region) => region.targets[t].meets));
    if (met.length > 0 && met.length < plan.targets.length) lines.push(`To size ${CAPACITY_WORDS[plan.kind]} for the other targets alone, run again with ${met.map((t) => `--target '${t.name}>=${t.minimumPercent}%'`).join(' ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `wavesim plan` with its parsed arguments. */
export async function sizeCapacity(file: string, flags: PlanFlags): Promise<void> {
  const scenario = readScenario(file);
  const targets = readTargets(flags.target ?? DEFAULT_TARGETS);
  const seed = flags.seed ?? scenario.seed;
  const workers = workerPlan(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  // A folder in the way is found before the batch, not after it.
  checkReportFolder(folder, ['plan.csv']);
  const request: PlanRequest = { kind: flags.capacity, targets, grid: flags.levels, confidence: flags.confidence, replications: flags.replications, seed };
  const announce =
    `Planning ${CAPACITY_WORDS[flags.capacity]} for ${JSON.stringify(scenario.name)}: ${targets.map((t) => `${t.name}>=${t.minimumPercent}%`).join(', ')} ` +
    `with ${confidenceText(flags.confidence)} confidence; ${flags.replications} replications per batch under seed ${seed} on ${workersInWords(workers)}`;
  const plan = await replicationBatch({ workers, totalRuns: planRunCount(scenario, request), announce, label: 'planning', quiet: flags.quiet, folder }, (run) =>
    planCapacity(scenario, request, run),
  );
  await writeReportFolder(folder, [{ name: 'plan.csv', text: toCsv(planColumns(plan), planRows(plan)) }]);
  say(flags, `\n${planTable(plan)}\n${recommendation(plan)}\nWrote plan.csv to ${folder}\n`);
}
