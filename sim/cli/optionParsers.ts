/**
 * Command-line option values, checked as commander reads them: a bad value
 * stops the command before anything runs, with a message saying what to
 * write, and the exit code is 2.
 */
import { InvalidArgumentError } from 'commander';
import { LEVEL_GRID_LIMITS, type LevelGrid } from '../plan/capacityLevels.js';

const WHOLE = /^\d+$/;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** `--seed`: the scenario's seed rule, a whole number >= 0. */
export function parseSeed(text: string): number {
  const seed = Number(text);
  if (!WHOLE.test(text) || !Number.isSafeInteger(seed)) throw new InvalidArgumentError('The seed must be a whole number >= 0.');
  return seed;
}

/** `--replications`: at least two, since one run shows no spread and gives no interval. */
export function parseReplications(text: string): number {
  const count = Number(text);
  if (!WHOLE.test(text) || !(count >= 2 && count <= 100_000)) {
    throw new InvalidArgumentError('The number of replications must be a whole number from 2 to 100000 (an interval needs at least two).');
  }
  return count;
}

/** `--workers`: worker threads, at least one. */
export function parseWorkers(text: string): number {
  const count = Number(text);
  if (!WHOLE.test(text) || !(count >= 1 && count <= 1024)) throw new InvalidArgumentError('The number of workers must be a whole number from 1 to 1024.');
  return count;
}

/** `--confidence`: of the one-sided bounds that decide whether a target is met, above 0.5 and below 1. */
export function parseConfidence(text: string): number {
  const confidence = Number(text);
  if (!DECIMAL.test(text) || !(confidence > 0.5 && confidence < 1)) throw new InvalidArgumentError('The confidence must be a number above 0.5 and below 1, such as 0.95.');
  return confidence;
}

/** `--levels from:to:step`, such as 0.5:2:0.1. */
export function parseLevelGrid(text: string): LevelGrid {
  const parts = text.split(':');
  const [from, to, step] = parts.map((p) => (DECIMAL.test(p.trim()) ? Number(p) : NaN));
  const { least, most, levels } = LEVEL_GRID_LIMITS;
  // Past these a grid is no plan a person reads, and its ladder alone could exhaust memory.
  if (parts.length !== 3 || !(from >= least && to >= from && to <= most && step >= least && (to - from) / step <= levels)) {
    throw new InvalidArgumentError(`Levels are written from:to:step with ${least} <= from <= to <= ${most}, a step of at least ${least} and at most ${levels} levels, such as 0.5:2:0.1.`);
  }
  return { from, to, step };
}

/** A repeatable option (`--target`, `--vary`): each value is added to those before it, read later as a whole. */
export function collect(text: string, previous: string[] = []): string[] {
  return [...previous, text];
}
