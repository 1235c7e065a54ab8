/**
 * The capacity levels a plan tries: the scenario's own update slots (or
 * backup throughput) in every region scaled by one factor, ×0.25 to ×3 in
 * steps of 0.05 unless asked otherwise. A release manager reads "×1.15: NAM 55,
 * EUR 48, APJ 21, OCE 14 slots" and keeps the regions' proportions.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import { scaleInput } from './scaleInput.js';

/** Which capacity a plan sizes. */
export type CapacityKind = 'slots' | 'backup';

/** A grid of factors: from, from + step, …, up to `to` (inclusive). */
export interface LevelGrid {
  from: number;
  to: number;
  step: number;
}

/** The default grid: ×0.25 to ×3 in steps of 0.05. */
export const DEFAULT_LEVEL_GRID: LevelGrid = { from: 0.25, to: 3, step: 0.05 };

/** One level: the factor and what it gives each region (slots, or backup GB/h), in region order. */
export interface CapacityLevel {
  level: number;
  capacity: number[];
}

/** Each region's capacity of `kind` in `scenario`. */
export function regionCapacity(scenario: Scenario, kind: CapacityKind): number[] {
  return scenario.regions.map((r) => (kind === 'slots' ? r.updateSlots : r.backupThroughputGbPerHour));
}

/**
 * The levels of `grid`, ascending, each with its per-region capacity. Levels
 * that round to the same slots as a smaller level are dropped: they would run
 * the same scenario again.
 */
export function capacityLevels(scenario: Scenario, kind: CapacityKind, grid: LevelGrid = DEFAULT_LEVEL_GRID): CapacityLevel[] {
  const { from, to, step } = grid;
  if (!(from > 0 && to >= from && step > 0)) throw new RangeError(`capacityLevels: the grid must have 0 < from <= to and step > 0, got ${from}:${to}:${step}`);
  const levels: CapacityLevel[] = [];
  // Counting steps rather than adding them keeps 0.25 + 15 × 0.05 at 1, not 0.9999999999999999.
  for (let i = 0; from + i * step <= to + step * 1e-9; i++) {
    const level = Math.round((from + i * step) * 1e9) / 1e9;
    const capacity = regionCapacity(scaleInput(scenario, kind, level), kind);
    const previous = levels.at(-1);
    if (!previous || capacity.some((c, r) => c !== previous.capacity[r])) levels.push({ level, capacity });
  }
  return levels;
}
