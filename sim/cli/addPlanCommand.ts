/**
 * How `wavesim plan` reads on the command line: its arguments, options and
 * help. The search itself (planCommand.ts) loads when the command runs.
 */
import { Option, type Command } from 'commander';
import { DEFAULT_LEVEL_GRID } from '../plan/capacityLevels.js';
import { TARGET_KPIS } from '../plan/parseTarget.js';
import { addBatchOptions } from './batchOptions.js';
import { collect, parseConfidence, parseLevelGrid } from './optionParsers.js';
import { lazyAction } from './lazyAction.js';

/** Replications per batch when --replications is not given. */
const DEFAULT_REPLICATIONS = 20;

const DETAILS = `
Targets (repeat --target; quote each, the shell reads > as a redirection):
${Object.entries(TARGET_KPIS)
  .map(([name, t]) => `  ${`${name}>=<share>`.padEnd(18)}${t.label} (${t.kpi}) at least <share>, e.g. 0.99 or 99%`)
  .join('\n')}
  A target is met when the one-sided lower confidence bound of its mean over
  the replications (mean - t * sd / sqrt(R)) reaches it.

Each region is sized on its own: its capacity times each factor of the
levels (slots rounded, at least 1), from:to:step, default ${DEFAULT_LEVEL_GRID.from}:${DEFAULT_LEVEL_GRID.to}:${DEFAULT_LEVEL_GRID.step}, must meet
every target on the region's own KPIs. Regions do not interact, so every
batch of replications tries a level in each region at once; more capacity is
assumed never to hurt, so each region bisects its levels instead of trying
them all, with the same replication seeds in every batch. One more batch,
every region at its recommendation, gives the fleet's figures.

Writes plan.csv into the output folder: per region, one row per level
evaluated (level, capacity, the batch that ran it, each target's mean, lower
bound, 95% interval, met or not), then each region's recommendation (or
no_level_meets_targets), then the fleet at the recommendation.

Example:
  $ wavesim plan scenarios/baseline.json --target 'on-time>=0.99' --capacity slots --replications 20
`;

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
  addBatchOptions(command, { replications: DEFAULT_REPLICATIONS, seedFrom: "the scenario's seed", out: 'folder for plan.csv (default: out/<scenario name>)' }).addHelpText('after', DETAILS).action(lazyAction(async () => (await import('./planCommand.js')).sizeCapacity));
}
