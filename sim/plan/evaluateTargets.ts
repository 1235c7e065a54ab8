/**
 * Whether a batch of replications meets each target, and how sure that is:
 * a target is met when the one-sided lower confidence bound of its KPI's
 * mean reaches the minimum, so a lucky batch does not pass a plan. Target
 * KPIs are shares, so the bounds come from shareInterval (logit scale).
 */
import { shareInterval } from '../metrics/shareInterval.js';
import { FLEET } from '../report/summaryRows.js';
import { checkSameKpis, kpiValuesOf } from './kpiDescriptions.js';
import type { Target } from './parseTarget.js';
import type { ReplicationResult } from './ReplicationResult.js';

/** One target's figures over a batch, in % like its KPI. */
export interface TargetEvaluation {
  target: Target;
  /** Replications with a value. */
  count: number;
  mean: number;
  /** One-sided lower bound at the plan's confidence. */
  lowerBound: number;
  /** Two-sided 95 % confidence interval. */
  ci95Low: number;
  ci95High: number;
  /** The lower bound is at least the minimum, or no replication has a value (no update to be late, no instance to be behind). */
  meets: boolean;
}

/** Each target evaluated on `results` (replications of one scenario) at `confidence`, for the fleet or the region named `scope`. */
export function evaluateTargets(results: readonly ReplicationResult[], targets: readonly Target[], confidence: number, scope: string = FLEET): TargetEvaluation[] {
  if (results.length === 0) throw new RangeError('evaluateTargets: needs at least one replication');
  checkSameKpis(results);
  return targets.map((target) => {
    const k = results[0].kpis.findIndex((key) => key.kpi === target.kpi && key.scope === scope);
    if (k < 0) throw new Error(`evaluateTargets: the replications have no KPI ${target.kpi} for ${scope}`);
    const values = kpiValuesOf(results, k);
    // Targets are shares: both bounds on the logit scale, so the two-sided
    // interval stays in 0–100 % and the one-sided bound is the same method's.
    const ci = shareInterval(values);
    const lowerBound = shareInterval(values, confidence, 'lower').low;
    return { target, count: values.length, mean: ci.mean, lowerBound, ci95Low: ci.low, ci95High: ci.high, meets: values.length === 0 || lowerBound >= target.minimumPercent };
  });
}
