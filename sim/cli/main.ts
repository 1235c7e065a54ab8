/**
 * The command line, for a release manager at a terminal: `wavesim run`
 * simulates a scenario file, prints the main KPIs and writes the CSV
 * reports; `wavesim validate` checks a file without running it; `replicate`,
 * `plan`, `compare` and `sensitivity` run batches of replications on worker
 * threads. sim/cli is the only part of sim/ that touches Node: files, the
 * terminal, threads and the exit code.
 */
import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { BadInput } from './BadInput.js';
import { Cancelled } from './Cancelled.js';
import { ShardWritten } from './ShardWritten.js';
import { lazyAction } from './lazyAction.js';
import { addCompareCommand } from './addCompareCommand.js';
import { addMergeCommand } from './addMergeCommand.js';
import { parseSeed } from './optionParsers.js';
import { addPlanCommand } from './addPlanCommand.js';
import { addReplicateCommand } from './addReplicateCommand.js';
import { addSensitivityCommand } from './addSensitivityCommand.js';
import { addGatesCommand } from './addGatesCommand.js';

/** Exit codes: done; a bug (anything we did not foresee); bad input (file, scenario or arguments); cancelled with Ctrl-C (128 + SIGINT, as shells report it). */
export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_CANCELLED = 130;

const EXAMPLES = `
Examples:
  Run the baseline scenario, print its main KPIs and write the CSV reports
  to out/<scenario name>/:
    $ wavesim run scenarios/baseline.json

  The same scenario with another seed, reports in a folder of your choice:
    $ wavesim run scenarios/baseline.json --seed 7 --out out/baseline-seed-7

  Check a scenario you are editing, without running it:
    $ wavesim validate my-scenario.json

  Twenty replications: every KPI with its 95% confidence interval:
    $ wavesim replicate scenarios/baseline.json --replications 20

  The fewest update slots per region that keep 99% of updates on time and
  bring 98% of the fleet to n, each with 95% confidence (quote targets: the
  shell reads > as a redirection):
    $ wavesim plan scenarios/baseline.json --target 'on-time>=0.99' --target 'on-n>=0.98'

  Two plans side by side, their differences with intervals:
    $ wavesim compare scenarios/baseline.json scenarios/tight-capacity.json

  Which input moves the on-time share and the days to 99% on n most:
    $ wavesim sensitivity scenarios/baseline.json --vary approval=0.5:1.5

  A batch split over four machines (--shard K/N on each), then its reports,
  the same bytes as one run of the whole batch:
    $ wavesim replicate scenarios/baseline.json --replications 400 --shard 2/4 --out shards/2
    $ wavesim merge shards/1 shards/2 shards/3 shards/4 --out out/baseline

A scenario is one JSON file: scenarios/ holds examples to copy, and
scenarios/scenario.schema.json gives editors completion and checks.
"wavesim run --help" lists the reports that a run writes.

Exit codes: 0 done; 2 bad input (unreadable file, invalid scenario or one
too large to simulate, bad arguments, an output folder that cannot be
written), nothing written and previous reports unchanged; 130 cancelled with
Ctrl-C, nothing written; 1 unexpected error (a bug: please report it with
the scenario file).
`;

const RUN_DETAILS = `
Writes into the output folder (created if needed, files replaced):
  summary.csv         one row per KPI: kpi, scope, value, unit
  timeseries.csv      one row per simulated hour: queues, slot use, backup load, storage
  instances.csv       one row per instance: its schedule, stages and outcome
  communications.csv  notifications per message type and channel
  incidents.csv       one row per incident and what it did to the wave
  gates.csv           one row per health-gate halt or resume
Times are UTC, written YYYY-MM-DDTHH:MMZ; an empty cell means "never".
The README section "CSV reports" gives every column and its unit.

Example:
  $ wavesim run scenarios/tight-capacity.json --seed 1 --out out/tight
`;

function program(): Command {
  const wavesim = new Command('wavesim')
    .description(
      'Simulate a release wave of a SaaS fleet from a scenario file: when the fleet reaches version n, ' +
        'how queues, update slots, backups and storage hold up, and what approvals, reschedules, ' +
        'fallbacks and incidents cost. Seeded: the same file and seed give the same reports.',
    )
    .version(version)
    // Throw instead of exiting, so that every usage error ends with exit code 2.
    .exitOverride()
    .showHelpAfterError('(run "wavesim --help" for usage and examples)')
    .addHelpText('after', EXAMPLES);
  wavesim
    .command('run')
    .description('simulate a scenario, print the main KPIs and write the CSV reports')
    .argument('<scenario.json>', 'scenario file')
    .option('--seed <n>', "random seed, a whole number >= 0 (default: the scenario's seed)", parseSeed)
    .option('--out <dir>', 'folder for the CSV reports (default: out/<scenario name>)')
    .option('--quiet', 'print nothing but errors: no summary table, no progress bar')
    .addHelpText('after', RUN_DETAILS)
    .action(lazyAction(async () => (await import('./runCommand.js')).run));
  wavesim
    .command('validate')
    .description('check a scenario file and list every problem in it, without running it')
    .argument('<scenario.json>', 'scenario file')
    .addHelpText('after', '\nExample:\n  $ wavesim validate scenarios/baseline.json\n')
    .action(lazyAction(async () => (await import('./validateCommand.js')).validate));
  addReplicateCommand(wavesim);
  addPlanCommand(wavesim);
  addCompareCommand(wavesim);
  addSensitivityCommand(wavesim);
  addGatesCommand(wavesim);
  addMergeCommand(wavesim);
  return wavesim;
}

/**
 * Runs the command line on `argv` (as in process.argv, with the node and
 * script paths first) and gives the exit code: 0 done, 2 bad input (nothing
 * written), 130 cancelled (nothing written), 1 unexpected error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  // A reader that stops early (`wavesim --help | head`) closes the pipe: that is no error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    await program().parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    // Commander has printed its own message (or the help) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    // A shard has written its slice: done, the reports are merge's job.
    if (error instanceof ShardWritten) return EXIT_OK;
    if (error instanceof BadInput) {
      process.stderr.write(`wavesim: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof Cancelled) {
      process.stderr.write(`\nwavesim: ${error.message}\n`);
      return EXIT_CANCELLED;
    }
    process.stderr.write(`wavesim: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_UNEXPECTED;
  }
}
