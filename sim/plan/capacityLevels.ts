/**
 * The capacity levels a plan tries, region by region: the scenario's own
 * update slots (or backup throughput) in that region scaled by each factor
 * of a grid, ×0.25 to ×3 in steps of 0.05 unless asked otherwise. Each region
 * gets its own ladder, because each is sized on its own: a release manager
 * reads "NAM ×1.15: 55 slots, OCE ×0.8: 10 slots".
 */
import type { Scenario } from '../scenario/scenarioSchema.js';

/** Which capacity a plan sizes. */
export type CapacityKind = 'slots' | 'backup';

/** How each capacity reads in sentences, tables and axes. */
export const CAPACITY_WORDS: Readonly<Record<CapacityKind, string>> = { slots: 'update slots', backup: 'backup throughput (GB/h)' };

/** A grid of factors: from, from + step, …, up to `to` (inclusive). */
export interface LevelGrid {
  from: number;
  to: number;
  step: number;
}

/** What a grid may hold, in the command line and the app alike: factors from ×0.01 to ×100, steps of at least 0.01, at most 1,000 levels. */
export const LEVEL_GRID_LIMITS = { least: 0.01, most: 100, levels: 1000 } as const;

/** The default grid: ×0.25 to ×3 in steps of 0.05. */
export const DEFAULT_LEVEL_GRID: LevelGrid = { from: 0.25, to: 3, step: 0.05 };

/** One rung of a region's ladder: the factor and the capacity it gives the region (slots, or backup GB/h). */
export interface CapacityLevel {
  level: number;
  capacity: number;
}

/** Each region's capacity of `kind` in `scenario`. */
export function regionCapacity(scenario: Scenario, kind: CapacityKind): number[] {
  return scenario.regions.map((r) => (kind === 'slots' ? r.updateSlots : r.backupThroughputGbPerHour));
}

/** `base` scaled by `factor`: slots are whole, as a release manager sets them, and never none. */
function scaled(kind: CapacityKind, base: number, factor: number): number {
  return kind === 'slots' ? Math.max(1, Math.round(base * factor)) : base * factor;
}

/** A copy of `scenario` with each region's capacity of `kind` set to `capacity[r]`. */
export function withCapacity(scenario: Scenario, kind: CapacityKind, capacity: readonly number[]): Scenario {
  const s = structuredClone(scenario);
  s.regions.forEach((region, r) => {
    if (kind === 'slots') region.updateSlots = capacity[r];
    else region.backupThroughputGbPerHour = capacity[r];
  });
  return s;
}

/** The factors of `grid`, ascending. */
function gridFactors({ from, to, step }: LevelGrid): number[] {
  if (!(from > 0 && to >= from && step > 0)) throw new RangeError(`capacityLevels: the grid must have 0 < from <= to and step > 0, got ${from}:${to}:${step}`);
  const factors: number[] = [];
  // Counting steps rather than adding them keeps 0.25 + 15 × 0.05 at 1, not 0.9999999999999999.
  for (let i = 0; from + i * step <= to + step * 1e-9; i++) factors.push(Math.round((from + i * step) * 1e9) / 1e9);
  return factors;
}

/**
 * Per region, the levels of `grid`, ascending. A factor that rounds to the
 * same slots as a smaller one is dropped from that region's ladder: it would
 * run the same region again.
 */
export function capacityLevels(scenario: Scenario, kind: CapacityKind, grid: LevelGrid = DEFAULT_LEVEL_GRID): CapacityLevel[][] {
  const factors = gridFactors(grid);
  return regionCapacity(scenario, kind).map((base) => {
    const ladder: CapacityLevel[] = [];
    for (const level of factors) {
      const capacity = scaled(kind, base, level);
      if (ladder.at(-1)?.capacity !== capacity) ladder.push({ level, capacity });
    }
    return ladder;
  });
}
