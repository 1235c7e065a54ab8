/**
 * Every KPI over a batch of replications: its mean with a 95 % confidence
 * interval, spread and percentiles — the difference between "the fleet was
 * 97 % on n" and "97 % ± 0.4 % on n, 95 % of runs above 96 %".
 */
import { describe, type Description } from '../metrics/describe.js';
import { shareInterval } from '../metrics/shareInterval.js';
import { isShareKpi } from './isShareKpi.js';
import type { KpiKey, ReplicationResult } from './ReplicationResult.js';

/** A KPI and the description of its values over the replications that have one. */
export interface KpiDescription extends KpiKey, Description {}

/**
 * Throws unless every result lists the same KPIs in the same order, as the
 * replications of one scenario do; anything else is a bug upstream.
 */
export function checkSameKpis(results: readonly ReplicationResult[]): void {
  const [first] = results;
  for (const result of results) {
    const same = result.kpis.length === first.kpis.length && result.kpis.every((k, i) => k.kpi === first.kpis[i].kpi && k.scope === first.kpis[i].scope);
    if (!same) throw new Error('replications list different KPIs: they must all come from one scenario');
  }
}

/**
 * The values of KPI `k` in replication order, leaving out replications where
 * it has none (a milestone never reached): `count` then says how many had one.
 */
export function kpiValuesOf(results: readonly ReplicationResult[], k: number): number[] {
  const values: number[] = [];
  for (const result of results) if (Number.isFinite(result.kpiValues[k])) values.push(result.kpiValues[k]);
  return values;
}

/**
 * One description per KPI, in the replications' KPI order. Statistics cover
 * the replications where the KPI has a value; for a milestone that some runs
 * never reach they describe the runs that did (see `count`). Shares get
 * their interval on the logit scale (shareInterval), so it stays in 0–100 %.
 */
export function kpiDescriptions(results: readonly ReplicationResult[]): KpiDescription[] {
  if (results.length === 0) return [];
  checkSameKpis(results);
  return results[0].kpis.map((key, k) => ({ ...key, ...describe(kpiValuesOf(results, k), isShareKpi(key.kpi) ? shareInterval : undefined) }));
}
