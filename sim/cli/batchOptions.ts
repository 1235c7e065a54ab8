/**
 * The options every batch command shares: how many replications, under which
 * seed, on how many workers, into which folder, and whether to print.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { parseReplications, parseSeed, parseWorkers } from './optionParsers.js';
import { parseShard, type Shard } from './parseShard.js';
import type { WorkerPlan } from '../pool/WorkerPlan.js';

/** The shared options as commander hands them over. */
export interface BatchFlags {
  replications: number;
  seed?: number;
  workers?: number;
  out?: string;
  quiet?: boolean;
  /** Run only this slice of the replications and write it for `wavesim merge` (replicate, compare, sensitivity). */
  shard?: Shard;
}

/** What differs between the batch commands' shared options. */
export interface BatchDefaults {
  /** Replications when --replications is not given. */
  replications: number;
  /** Where the seed comes from when --seed is not given, as help reads it. */
  seedFrom: string;
  /** What is written, and where by default, as help reads it. */
  out: string;
}

/** Adds --replications, --seed, --workers, --out and --quiet to `command`. */
export function addBatchOptions(command: Command, defaults: BatchDefaults): Command {
  return command
    .option('--replications <r>', 'replications, a whole number >= 2', parseReplications, defaults.replications)
    .option('--seed <n>', `seed the replication seeds derive from, a whole number >= 0 (default: ${defaults.seedFrom})`, parseSeed)
    .option(
      '--workers <n>',
      'worker threads that run the replications side by side: exactly n. Default: start one and add more, up to one per ' +
        `core that other programs leave idle (measured while the first runs; ${coresHere()} here), only while the runs ` +
        "left are long enough to pay for a new worker's warm-up: a handful of runs stays on one worker. The reports do not depend on it",
      parseWorkers,
    )
    .option('--out <dir>', defaults.out)
    .option('--quiet', 'print nothing but errors: no table, no progress bar');
}

/** The machine's cores in words, for help: "2 cores". */
function coresHere(): string {
  const cores = availableParallelism();
  return `${cores} core${cores === 1 ? '' : 's'}`;
}

/** Adds --shard K/N to a batch command whose replications can be split across machines and merged. */
export function addShardOption(command: Command): Command {
  return command.option(
    '--shard <K/N>',
    'run only the K-th of N slices of the replications and write them as shard-K-of-N.json into the output folder, ' +
      'without reports; "wavesim merge" then writes the reports from all N, the same bytes as one unsharded run',
    parseShard,
  );
}

/** Worker threads to use: as many as asked, or up to one per core as they pay (the pool leaves out cores other programs keep busy). */
export function workerPlan(flags: BatchFlags): WorkerPlan {
  return flags.workers === undefined ? { count: availableParallelism(), grow: true } : { count: flags.workers, grow: false };
}

/** The plan in words, for the line a batch command prints first: "2 workers" or "up to 2 workers". */
export function workersInWords(plan: WorkerPlan): string {
  return `${plan.grow ? 'up to ' : ''}${plan.count} worker${plan.count === 1 ? '' : 's'}`;
}

/** Writes `text` to stdout unless the command is quiet. */
export function say(flags: BatchFlags, text: string): void {
  if (!flags.quiet) process.stdout.write(text);
}
