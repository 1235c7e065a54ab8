/**
 * The options every batch command shares: how many replications, under which
 * seed, on how many workers, into which folder, and whether to print.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { parseReplications, parseSeed, parseWorkers } from './optionParsers.js';

/** The shared options as commander hands them over. */
export interface BatchFlags {
  replications: number;
  seed?: number;
  workers?: number;
  out?: string;
  quiet?: boolean;
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
    .option('--workers <n>', 'worker threads (default: one per core); the reports do not depend on it', parseWorkers)
    .option('--out <dir>', defaults.out)
    .option('--quiet', 'print nothing but errors: no table, no progress bar');
}

/** Worker threads to use: as asked, or one per core. */
export function workerCount(flags: BatchFlags): number {
  return flags.workers ?? availableParallelism();
}

/** Writes `text` to stdout unless the command is quiet. */
export function say(flags: BatchFlags, text: string): void {
  if (!flags.quiet) process.stdout.write(text);
}
