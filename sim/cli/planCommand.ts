/**
 * `wavesim plan`: the fewest update slots per region (or the least backup
 * throughput) that meets the release manager's targets with the asked
 * confidence, found by bisection over capacity levels with the same
 * replication seeds at every level.
 */
import { Option, type Command } from 'commander';
import {
  DEFAULT_LEVEL_GRID,
  parseTargets,
  planCapacity,
  planColumns,
  planRows,
  planRunCount,
  TARGET_KPIS,
  TargetError,
  type CapacityKind,
  type CapacityPlan,
  type LevelGrid,
  type LevelOutcome,
  type PlanRequest,
  type Target,
} from '../plan/index.js';
import { toCsv } from '../report/toCsv.js';
import { BadInput } from './BadInput.js';
import { addBatchOptions, say, workerCount, type BatchFlags } from './batchOptions.js';
import { defaultOutFolder } from './defaultOutFolder.js';
import { formatStat } from '../plan/formatStat.js';
import { collect, parseConfidence, parseLevelGrid } from './optionParsers.js';
import { readScenario } from './readScenario.js';
import { replicationBatch } from './replicationBatch.js';
import { textTable } from './textTable.js';
import { writeReportFolder } from './writeReportFolder.js';

/** Replications per level when --replications is not given. */
const DEFAULT_REPLICATIONS = 20;

/** The targets when none is given: the issue's own example. */
const DEFAULT_TARGETS = ['on-time>=0.99', 'on-n>=0.98'];

/** How the capacity reads, per kind. */
const CAPACITY_WORDS: Record<CapacityKind, string> = {
  slots: 'update slots',
  backup: 'backup throughput (GB/h)',
};

const DETAILS = `
Targets (repeat --target; quote each, the shell reads > as a redirection):
${Object.entries(TARGET_KPIS)
  .map(([name, t]) => `  ${`${name}>=<share>`.padEnd(18)}${t.label} (${t.kpi}) at least <share>, e.g. 0.99 or 99%`)
  .join('\n')}
  A target is met when the one-sided lower confidence bound of its mean over
  the replications (mean - t * sd / sqrt(R)) reaches it.

Levels: every region's capacity times one factor (slots rounded, at least 1),
from:to:step, default ${DEFAULT_LEVEL_GRID.from}:${DEFAULT_LEVEL_GRID.to}:${DEFAULT_LEVEL_GRID.step}. More capacity is assumed never to
hurt, so the search bisects the levels instead of trying them all, with the
same replication seeds at every level.

Writes plan.csv into the output folder: one row per level evaluated (level,
capacity per region, each target's mean, lower bound, 95% interval, met or
not), then the recommended level (or no_level_meets_targets).

Example:
  $ wavesim plan scenarios/baseline.json --target 'on-time>=0.99' --capacity slots --replications 20
`;

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

/** A level as a release manager reads it: ×1.25. */
function levelText(level: number): string {
  return `×${level}`;
}

/** A confidence as a percent: 0.95 is 95%, 0.975 is 97.5%. */
function confidenceText(confidence: number): string {
  return `${Math.round(confidence * 1000) / 10}%`;
}

/** The evaluated levels as an aligned table: capacity per region, each target's mean and lower bound, met or not. */
function planTable(plan: CapacityPlan): string {
  const header = ['level', ...plan.regions, ...plan.targets.flatMap((t) => [`${t.name} mean`, `lower ${confidenceText(plan.confidence)}`]), 'meets'];
  const rows = plan.search.evaluated.map(([, outcome]) => [
    levelText(outcome.level.level),
    ...outcome.level.capacity.map((c) => String(Math.round(c))),
    ...outcome.targets.flatMap((t) => [formatStat(t.mean, '%'), formatStat(t.lowerBound, '%')]),
    outcome.meets ? 'yes' : 'no',
  ]);
  return textTable(header, rows, new Set(header.map((_, c) => c).filter((c) => c > 0 && c < header.length - 1)));
}

/** What the plan recommends, and how sure it is: each target's lower bound against its minimum. */
function recommendation(plan: CapacityPlan): string {
  const what = CAPACITY_WORDS[plan.kind];
  const perRegion = (capacity: readonly number[]) => plan.regions.map((r, i) => `${r} ${Math.round(capacity[i])}`).join(', ');
  const { evaluated, recommended } = plan.search;
  const bounds = (outcome: LevelOutcome) =>
    outcome.targets
      .map((t) => {
        const margin = t.lowerBound - t.target.minimumPercent;
        const verdict = t.meets ? `>= ${t.target.minimumPercent}% (margin ${margin.toFixed(2)} points)` : `< ${t.target.minimumPercent}% (short by ${(-margin).toFixed(2)} points)`;
        return `  ${t.target.name}: mean ${formatStat(t.mean, '%')}%, lower ${confidenceText(plan.confidence)} bound ${formatStat(t.lowerBound, '%')}% ${verdict}\n`;
      })
      .join('');
  const chosen = evaluated.find(([index]) => index === recommended)?.[1];
  const lines: string[] = [];
  if (chosen) {
    lines.push(`Recommended: ${levelText(chosen.level.level)}, ${what} ${perRegion(chosen.level.capacity)}; now ${perRegion(plan.baseCapacity)}.\n`, bounds(chosen));
    if (recommended === 0) lines.push(`The smallest level tried meets every target: smaller ones may too (see --levels).\n`);
  } else {
    const largest = evaluated.at(-1)![1];
    lines.push(`No level up to ${levelText(largest.level.level)} meets every target. At ${levelText(largest.level.level)}:\n`, bounds(largest));
    const short = largest.targets.filter((t) => !t.meets).map((t) => t.target.name);
    const met = largest.targets.filter((t) => t.meets).map((t) => `--target '${t.target.name}>=${t.target.minimumPercent}%'`);
    lines.push(`${short.join(' and ')} ${short.length > 1 ? 'stay' : 'stays'} short at the largest level: something other than ${what} limits ${short.length > 1 ? 'them' : 'it'} (approvals, reschedules, the wave plan).\n`);
    if (met.length > 0) lines.push(`To size ${what} for the other targets alone, run again with ${met.join(' ')}.\n`);
  }
  const runs = evaluated.length * plan.replications;
  lines.push(`Evaluated ${evaluated.length} of ${plan.levels.length} levels: ${runs} runs, where trying every level would take ${plan.levels.length * plan.replications}.\n`);
  return lines.join('');
}

async function sizeCapacity(file: string, flags: PlanFlags): Promise<void> {
  const scenario = readScenario(file);
  const targets = readTargets(flags.target ?? DEFAULT_TARGETS);
  const seed = flags.seed ?? scenario.seed;
  const workers = workerCount(flags);
  const folder = flags.out ?? defaultOutFolder(scenario.name);
  const request: PlanRequest = { kind: flags.capacity, targets, grid: flags.levels, confidence: flags.confidence, replications: flags.replications, seed };
  const announce =
    `Planning ${CAPACITY_WORDS[flags.capacity]} for ${JSON.stringify(scenario.name)}: ${targets.map((t) => `${t.name}>=${t.minimumPercent}%`).join(', ')} ` +
    `with ${confidenceText(flags.confidence)} confidence; ${flags.replications} replications per level under seed ${seed} on ${workers} workers`;
  const plan = await replicationBatch({ workers, totalRuns: planRunCount(scenario, request), announce, label: 'planning', quiet: flags.quiet }, (run) =>
    planCapacity(scenario, request, run),
  );
  writeReportFolder(folder, [{ name: 'plan.csv', text: toCsv(planColumns(plan), planRows(plan)) }]);
  say(flags, `\n${planTable(plan)}\n${recommendation(plan)}\nWrote plan.csv to ${folder}\n`);
}

/** Adds `plan` to the program. */
export function addPlanCommand(program: Command): void {
  const command = program
    .command('plan')
    .description('find the fewest update slots per region (or least backup throughput) that meet targets with confidence')
    .argument('<scenario.json>', 'scenario file')
    .option('--target <target>', `a minimum to meet, repeatable: on-time>=0.99, on-n>=0.98 (default: both of those)`, collect)
    .addOption(new Option('--capacity <kind>', 'what to size').choices(['slots', 'backup']).default('slots'))
    .addOption(
      new Option('--levels <from:to:step>', "factors on every region's capacity to search")
        .argParser(parseLevelGrid)
        .default(DEFAULT_LEVEL_GRID, `${DEFAULT_LEVEL_GRID.from}:${DEFAULT_LEVEL_GRID.to}:${DEFAULT_LEVEL_GRID.step}`),
    )
    .option('--confidence <c>', 'confidence that each target is met, above 0.5 and below 1', parseConfidence, 0.95);
  addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for plan.csv (default: out/<scenario name>)' }).addHelpText('after', DETAILS).action(sizeCapacity);
}
