/**
 * What a capacity plan tells a release manager, in sentences: the level to
 * set and what it gives each region, how sure that is (each target's lower
 * bound against its minimum), or, when no level of the grid meets every
 * target, which target stays short and what that means.
 */
import { formatStat, TARGET_KPIS, type CapacityPlan, type LevelOutcome } from '../../sim/plan/index.js';

/** The verdict: a headline and a line per target. */
export interface PlanVerdict {
  /** A level was found. */
  found: boolean;
  headline: string;
  /** One sentence per target at the recommended (or largest) level. */
  targets: string[];
  /** What else to know: a grid to widen, or what limits a target. */
  notes: string[];
}

const CAPACITY_WORDS = { slots: 'update slots', backup: 'backup throughput (GB/h)' } as const;

/** A confidence as a percent: 0.95 is 95 %. */
function percent(confidence: number): string {
  return `${Math.round(confidence * 1000) / 10} %`;
}

/** "NAM 55, EUR 48": each region's capacity, whole. */
function perRegion(plan: CapacityPlan, capacity: readonly number[]): string {
  return plan.regions.map((r, i) => `${r} ${Math.round(capacity[i])}`).join(', ');
}

function targetLines(plan: CapacityPlan, outcome: LevelOutcome): string[] {
  return outcome.targets.map((t) => {
    const margin = t.lowerBound - t.target.minimumPercent;
    const bound = `lower ${percent(plan.confidence)} bound ${formatStat(t.lowerBound, '%')} %`;
    const verdict = t.meets ? `meets ${t.target.minimumPercent} % with ${margin.toFixed(2)} points to spare` : `short of ${t.target.minimumPercent} % by ${(-margin).toFixed(2)} points`;
    return `${TARGET_KPIS[t.target.name].label}: mean ${formatStat(t.mean, '%')} %, ${bound}: ${verdict}.`;
  });
}

/** The verdict of `plan`. */
export function planVerdict(plan: CapacityPlan): PlanVerdict {
  const what = CAPACITY_WORDS[plan.kind];
  const { evaluated, recommended } = plan.search;
  const chosen = evaluated.find(([index]) => index === recommended)?.[1];
  const runs = `${evaluated.length} of ${plan.levels.length} levels evaluated, ${plan.replications} replications each.`;
  if (chosen) {
    const notes = [runs];
    if (recommended === 0) notes.unshift('The smallest level tried meets every target: a smaller one may too (lower "from").');
    return {
      found: true,
      headline: `Set ×${chosen.level.level}: ${what} ${perRegion(plan, chosen.level.capacity)} (now ${perRegion(plan, plan.baseCapacity)}).`,
      targets: targetLines(plan, chosen),
      notes,
    };
  }
  const largest = evaluated.at(-1)?.[1];
  if (!largest) return { found: false, headline: 'The grid holds no level to evaluate.', targets: [], notes: [] };
  const short = largest.targets.filter((t) => !t.meets).map((t) => TARGET_KPIS[t.target.name].label);
  return {
    found: false,
    headline: `No level up to ×${largest.level.level} meets every target: ${short.join(' and ')} ${short.length > 1 ? 'stay' : 'stays'} short.`,
    targets: targetLines(plan, largest),
    notes: [`Something other than ${what} limits ${short.length > 1 ? 'them' : 'it'} (approvals, reschedules, the wave plan): lower the target or change the scenario.`, runs],
  };
}
