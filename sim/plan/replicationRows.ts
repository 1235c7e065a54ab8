/**
 * replications.csv: summary.csv over a batch, one row per KPI and scope with
 * how many replications had a value, the mean with its 95 % confidence
 * interval, the standard deviation and the 5th, 50th and 95th percentiles.
 */
import type { ReportRow } from '../report/ReportRow.js';
import type { KpiDescription } from './kpiDescriptions.js';
import { roundStat } from './roundStat.js';

/** Columns of replications.csv. */
export const REPLICATION_COLUMNS = ['kpi', 'scope', 'unit', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high', 'p5', 'p50', 'p95'] as const;

/** One row per KPI description, in order; statistics that cannot be had (one value has no spread) are "". */
export function replicationRows(descriptions: readonly KpiDescription[]): ReportRow[] {
  return descriptions.map((d) => ({
    kpi: d.kpi,
    scope: d.scope,
    unit: d.unit,
    n: d.count,
    mean: roundStat(d.mean),
    sd: roundStat(d.standardDeviation),
    ci95_low: roundStat(d.low),
    ci95_high: roundStat(d.high),
    p5: roundStat(d.p5),
    p50: roundStat(d.p50),
    p95: roundStat(d.p95),
  }));
}
