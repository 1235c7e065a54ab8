/**
 * A capacity plan's recommendation as a table, one row per region and one
 * for the fleet: today's capacity, the recommended one, and for each target
 * its lower confidence bound there with the margin to the minimum, in
 * points and in words. The terminal prints it under the verdict's headline
 * and the Plan tab shows it, cell for cell the same text.
 */
import { CAPACITY_WORDS } from './capacityLevels.js';
import type { CapacityPlan } from './CapacityPlan.js';
import type { TargetEvaluation } from './evaluateTargets.js';
import { formatStat, NO_VALUE } from './formatStat.js';
import { TARGET_KPIS } from './parseTarget.js';

/** One row: a region's (or the fleet's) figures at its recommended capacity. */
export interface RecommendationRow {
  /** The region's name, or "fleet". */
  scope: string;
  /** Whether a level of the grid meets every target (the fleet's row: whether every region has one). */
  found: boolean;
  /** Per target: the lower bound minus the minimum, in percentage points (null: no value to judge). */
  margins: (number | null)[];
  cells: string[];
}

export interface RecommendationTable {
  header: string[];
  rows: RecommendationRow[];
  /** Columns holding numbers, for a terminal to right-align. */
  numberColumns: number[];
}

/** A confidence as a percent: 0.95 is "95 %". */
const percent = (confidence: number) => `${Math.round(confidence * 1000) / 10} %`;

/** A capacity as set: whole slots, GB/h to one decimal at most. */
const capacityText = (capacity: number) => String(Math.round(capacity * 10) / 10);

/** "+0.40 points: meets 99 %", "−1.20 points: short of 99 %". */
function marginText(t: TargetEvaluation, margin: number | null): string {
  if (margin === null) return 'no value in any run (nothing to count): met';
  const points = `${margin < 0 ? '−' : '+'}${Math.abs(margin).toFixed(2)} points`;
  return t.meets ? `${points}: meets ${t.target.minimumPercent} %` : `${points}: short of ${t.target.minimumPercent} %`;
}

const marginOf = (t: TargetEvaluation) => (t.count === 0 ? null : t.lowerBound - t.target.minimumPercent);

/** The recommendation of `plan` as a table. */
export function recommendationTable(plan: CapacityPlan): RecommendationTable {
  const final = plan.atRecommendation;
  const header = [
    'region',
    `${CAPACITY_WORDS[plan.kind]} now`,
    'recommended',
    ...plan.targets.flatMap((t) => [`${TARGET_KPIS[t.name].label}: lower ${percent(plan.confidence)} bound`, 'margin to its target']),
  ];
  const targetCells = (targets: readonly TargetEvaluation[]) =>
    targets.flatMap((t) => {
      const margin = marginOf(t);
      return [t.count === 0 ? NO_VALUE : `${formatStat(t.lowerBound, '%')} %`, marginText(t, margin)];
    });
  const rows: RecommendationRow[] = plan.regions.map((region, r) => {
    const { level, targets } = final.regions[r];
    const found = plan.recommended[r] !== null;
    const recommended = found ? `${capacityText(level.capacity)} (×${level.level})` : `none up to ${capacityText(level.capacity)} (×${level.level})`;
    return { scope: region, found, margins: targets.map(marginOf), cells: [region, capacityText(plan.baseCapacity[r]), recommended, ...targetCells(targets)] };
  });
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const fleetFound = rows.every((row) => row.found);
  rows.push({
    scope: 'fleet',
    found: fleetFound,
    margins: final.fleet.map(marginOf),
    cells: [
      'fleet (every region as above)',
      capacityText(sum(plan.baseCapacity)),
      capacityText(sum(final.regions.map((region) => region.level.capacity))),
      ...targetCells(final.fleet),
    ],
  });
  return { header, rows, numberColumns: [1, ...plan.targets.map((_, t) => 3 + 2 * t)] };
}
