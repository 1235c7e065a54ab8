/**
 * The command line, for a release manager at a terminal: `wavesim run`
 * simulates a scenario file, prints the main KPIs and writes the CSV
 * reports; `wavesim validate` checks a file without running it. The only
 * module in sim/ that touches Node: files, the terminal and the exit code.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { simulateRelease } from '../model/simulateRelease.js';
import type { SimulationResult } from '../model/SimulationResult.js';
import { reportFiles, summaryRows, summaryTable, type ReportFile } from '../report/index.js';
import { issueLine, parseScenario, ScenarioError, type Scenario } from '../scenario/index.js';

/** Exit codes: done; a bug (anything we did not foresee); bad input (file, scenario or arguments). */
export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;

/** Input the user can fix: its message is printed as it is, and the exit code is 2. */
class BadInput extends Error {}

/** A progress bar is drawn only once a run has lasted this long: shorter runs would just flicker. */
const PROGRESS_AFTER_MS = 1000;

const EXAMPLES = `
Examples:
  Run the baseline scenario, print its main KPIs and write the CSV reports
  to out/<scenario name>/:
    $ wavesim run scenarios/baseline.json

  The same scenario with another seed, reports in a folder of your choice:
    $ wavesim run scenarios/baseline.json --seed 7 --out out/baseline-seed-7

  Check a scenario you are editing, without running it:
    $ wavesim validate my-scenario.json

A scenario is one JSON file: scenarios/ holds examples to copy, and
scenarios/scenario.schema.json gives editors completion and checks.
"wavesim run --help" lists the reports that a run writes.

Exit codes: 0 done; 2 bad input (unreadable file, invalid scenario, bad
arguments), nothing written; 1 unexpected error (a bug: please report it with
the scenario file).
`;

const RUN_DETAILS = `
Writes into the output folder (created if needed, files replaced):
  summary.csv         one row per KPI: kpi, scope, value, unit
  timeseries.csv      one row per simulated hour: queues, slot use, backup load, storage
  instances.csv       one row per instance: its schedule, stages and outcome
  communications.csv  notifications per message type and channel
  incidents.csv       one row per incident and what it did to the wave
Times are UTC, written YYYY-MM-DDTHH:MMZ; an empty cell means "never".
The README section "CSV reports" gives every column and its unit.

Example:
  $ wavesim run scenarios/tight-capacity.json --seed 1 --out out/tight
`;

/** `--seed`: the scenario's seed rule (a whole number >= 0), checked before anything runs. */
function parseSeed(text: string): number {
  const seed = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(seed)) throw new InvalidArgumentError('The seed must be a whole number >= 0.');
  return seed;
}

/** The default folder name for a scenario: its name in lower case, anything but letters, digits, "." and "_" turned into "-". */
function folderName(scenarioName: string): string {
  const name = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .slice(0, 80)
    // No leading dot (a hidden folder, or "..") and no trailing dot or dash.
    .replace(/^[-.]+|[-.]+$/g, '');
  return name || 'scenario';
}

/** Reads and validates a scenario file; what is wrong with it becomes BadInput, one `path: rule` line per issue. */
function readScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BadInput(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return parseScenario(text);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    throw new BadInput(`${file} is not a valid scenario:\n${error.issues.map(issueLine).join('\n')}`);
  }
}

/** A progress bar on stderr, for an interactive terminal, once the run has lasted PROGRESS_AFTER_MS. */
function progressBar(enabled: boolean) {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    onProgress(done: number): void {
      if (!enabled) return;
      if (!bar) {
        if (Date.now() - started < PROGRESS_AFTER_MS) return;
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: 'simulating [{bar}] {percentage}% | ETA {eta_formatted}', clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(100, Math.round(done * 100));
      }
      bar.update(Math.round(done * 100));
    },
    stop(): void {
      bar?.stop();
    },
  };
}

/**
 * Writes a report under a temporary name in the same folder, then renames
 * it: a rename within a folder is atomic, so a crash midway leaves either the
 * old file or the new one, never half of one.
 */
function writeAtomically(folder: string, file: ReportFile): void {
  const temporary = join(folder, `.${file.name}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, file.text);
    renameSync(temporary, join(folder, file.name));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

interface RunFlags {
  seed?: number;
  out?: string;
  quiet?: boolean;
}

function run(file: string, flags: RunFlags): void {
  const scenario = readScenario(file);
  const folder = flags.out ?? join('out', folderName(scenario.name));
  const progress = progressBar(!flags.quiet && process.stderr.isTTY === true);
  let result: SimulationResult;
  try {
    result = simulateRelease(scenario, { seed: flags.seed, onProgress: progress.onProgress });
  } finally {
    progress.stop();
  }
  // Every report is built before the folder is touched, so a failure leaves nothing behind.
  const files = reportFiles(result);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new BadInput(`cannot create the output folder ${folder}: ${(error as Error).message}`);
  }
  for (const f of files) writeAtomically(folder, f);
  if (flags.quiet) return;
  // JSON quoting shows the name as written and keeps control characters out of the terminal.
  process.stdout.write(`Scenario ${JSON.stringify(scenario.name)}, seed ${result.seed}\n\n`);
  process.stdout.write(summaryTable(summaryRows(result)));
  process.stdout.write(`\nWrote ${files.map((f) => f.name).join(', ')} to ${folder}\n`);
}

function validate(file: string): void {
  const scenario = readScenario(file);
  process.stdout.write(`OK: ${file} is a valid scenario (${JSON.stringify(scenario.name)})\n`);
}

function program(): Command {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
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
    .action(run);
  wavesim
    .command('validate')
    .description('check a scenario file and list every problem in it, without running it')
    .argument('<scenario.json>', 'scenario file')
    .addHelpText('after', '\nExample:\n  $ wavesim validate scenarios/baseline.json\n')
    .action(validate);
  return wavesim;
}

/**
 * Runs the command line on `argv` (as in process.argv, with the node and
 * script paths first) and gives the exit code: 0 done, 2 bad input (nothing
 * written), 1 unexpected error.
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
    if (error instanceof BadInput) {
      process.stderr.write(`wavesim: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    process.stderr.write(`wavesim: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_UNEXPECTED;
  }
}
