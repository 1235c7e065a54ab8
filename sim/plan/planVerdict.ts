/**
 * What a capacity plan tells a release manager, in sentences: the capacity to
 * set in each region against today's, how sure that is (each target's lower
 * bound against its minimum, per region and for the whole fleet), or, where
 * no level of the grid meets every target, which target stays short and what
 * that means. The command line prints it; the Plan tab shows it.
 */
import { CAPACITY_WORDS } from './capacityLevels.js';
import type { CapacityPlan, RegionOutcome } from './CapacityPlan.js';
import type { TargetEvaluation } from './evaluateTargets.js';
import { formatStat } from './formatStat.js';
import { TARGET_KPIS } from './parseTarget.js';

/** The verdict: a headline, a line per region and one for the fleet, and notes. */
export interface PlanVerdict {
  /** Every region has a recommendation. */
  found: boolean;
  headline: string;
  /** Per region, then the fleet with every region at its recommendation: each target's figures. */
  lines: string[];
  /** What else to know: a grid to widen, what limits a target, what the search cost. */
  notes: string[];
}

/** A confidence as a percent: 0.95 is 95 %. */
function percent(confidence: number): string {
  return `${Math.round(confidence * 1000) / 10} %`;
}

/** "NAM 55 (×1.15)": a region's capacity, whole, and its factor, with `aside` after the factor. */
function regionAt(name: string, outcome: RegionOutcome, aside = ''): string {
  return `${name} ${Math.round(outcome.level.capacity)} (×${outcome.level.level}${aside})`;
}

/** "on-time share mean 99.61 %, lower 95 % bound 99.40 %: meets 99 % with 0.40 points to spare". */
function targetPhrase(t: TargetEvaluation, confidence: number): string {
  if (t.count === 0) return `${TARGET_KPIS[t.target.name].label} has no value in any replication (nothing to count), so it is met`;
  const margin = t.lowerBound - t.target.minimumPercent;
  const verdict = t.meets ? `meets ${t.target.minimumPercent} % with ${margin.toFixed(2)} points to spare` : `short of ${t.target.minimumPercent} % by ${(-margin).toFixed(2)} points`;
  return `${TARGET_KPIS[t.target.name].label} mean ${formatStat(t.mean, '%')} %, lower ${percent(confidence)} bound ${formatStat(t.lowerBound, '%')} %: ${verdict}`;
}

/** "A, B and C". */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** The verdict of `plan`. */
export function planVerdict(plan: CapacityPlan): PlanVerdict {
  const what = CAPACITY_WORDS[plan.kind];
  const final = plan.atRecommendation;
  const found = plan.regions.filter((_, r) => plan.recommended[r] !== null);
  const missing = plan.regions.filter((_, r) => plan.recommended[r] === null);
  const settings = (names: readonly string[]) => names.map((name) => regionAt(name, final.regions[plan.regions.indexOf(name)])).join(', ');
  const today = plan.regions.map((name, r) => `${name} ${Math.round(plan.baseCapacity[r])}`).join(', ');
  const lines = [
    ...plan.regions.map((name, r) => {
      const largest = plan.recommended[r] === null ? ', the largest level' : '';
      return `${regionAt(name, final.regions[r], largest)}: ${final.regions[r].targets.map((t) => targetPhrase(t, plan.confidence)).join('; ')}.`;
    }),
    `The fleet, every region as above: ${final.fleet.map((t) => targetPhrase(t, plan.confidence)).join('; ')}.`,
  ];
  const notes: string[] = [];
  let headline: string;
  if (missing.length === 0) {
    headline = `Set ${what} ${settings(found)}; now ${today}.`;
  } else {
    const short = new Set(missing.flatMap((name) => final.regions[plan.regions.indexOf(name)].targets.filter((t) => !t.meets).map((t) => TARGET_KPIS[t.target.name].label)));
    const largest = Math.max(...plan.levels.map((ladder) => ladder.at(-1)?.level ?? 0));
    headline =
      `No level up to ×${largest} meets every target in ${listed(missing)}: ${listed([...short])} ${short.size > 1 ? 'stay' : 'stays'} short there.` +
      (found.length > 0 ? ` Elsewhere, set ${what} ${settings(found)}.` : '');
    notes.push(`Something other than ${what} limits ${short.size > 1 ? 'them' : 'it'} (approvals, reschedules, the wave plan): lower the target or change the scenario.`);
  }
  // One slot is as few as there can be; any other smallest rung could go lower.
  const atSmallest = plan.regions.filter((_, r) => plan.recommended[r] === 0 && !(plan.kind === 'slots' && plan.levels[r][0].capacity <= 1));
  if (atSmallest.length > 0) notes.push(`The smallest level tried meets every target in ${listed(atSmallest)}: a smaller one may too (start the levels lower).`);
  const searched = plan.searchSteps;
  const fullSweep = Math.max(...plan.levels.map((ladder) => ladder.length));
  notes.push(
    `Each region was sized on its own targets, all regions together in ${searched} batches of ${plan.replications} replications` +
      `${searched < plan.steps.length ? ', and one more batch checked the whole plan' : ''}: ${plan.steps.length * plan.replications} runs, ` +
      `where trying every level would take ${fullSweep * plan.replications}.`,
  );
  return { found: missing.length === 0, headline, lines, notes };
}

