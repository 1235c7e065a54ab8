/**
 * compare.csv: several scenarios side by side, every KPI of each with its
 * mean and 95 % interval, and for each scenario after the first its
 * difference to the first (paired over replications that share their seed)
 * and whether that difference is significant (its interval excludes 0).
 */
import type { ReportRow } from '../report/ReportRow.js';
import { kpiDescriptions, type KpiDescription } from './kpiDescriptions.js';
import { pairedDifference } from './pairedDifference.js';
import type { KpiKey, ReplicationResult } from './ReplicationResult.js';
import { roundStat } from './roundStat.js';

/** One scenario of a comparison: its replications in replication order, seeds shared with the others. */
export interface ComparedScenario {
  /** The scenario's name. */
  name: string;
  /** The file it came from, as given on the command line. */
  file: string;
  results: ReplicationResult[];
}

/** Columns of compare.csv. */
export const COMPARE_COLUMNS = [
  'kpi',
  'scope',
  'unit',
  'scenario',
  'file',
  'n',
  'mean',
  'ci95_low',
  'ci95_high',
  'diff_n',
  'diff_mean',
  'diff_ci95_low',
  'diff_ci95_high',
  'significant',
] as const;

const keyOf = (k: KpiKey) => `${k.kpi}\u0000${k.scope}`;

/** A scenario's KPIs by key: the description and the value of every replication (NaN where it has none). */
function kpisByKey(results: readonly ReplicationResult[]): Map<string, { description: KpiDescription; values: Float64Array }> {
  return new Map(
    kpiDescriptions(results).map((description, k) => [keyOf(description), { description, values: Float64Array.from(results, (r) => r.kpiValues[k]) }]),
  );
}

/**
 * One row per KPI and scenario: KPIs in the order they first appear (a
 * region only some scenarios have gets rows for those), scenarios in the
 * given order. Throws unless replication r has the same seed in every
 * scenario: without common random numbers, pairs would mean nothing.
 */
export function compareRows(scenarios: readonly ComparedScenario[]): ReportRow[] {
  const [first] = scenarios;
  for (const s of scenarios) {
    const paired = s.results.length === first.results.length && s.results.every((r, i) => r.seed === first.results[i].seed);
    if (!paired) throw new Error(`compareRows: ${s.file} did not run with the same replication seeds as ${first.file}`);
  }
  const kpis = scenarios.map((s) => kpisByKey(s.results));
  const keys = new Set(kpis.flatMap((byKey) => [...byKey.keys()]));
  const rows: ReportRow[] = [];
  for (const key of keys) {
    const base = kpis[0].get(key);
    scenarios.forEach((s, i) => {
      const own = kpis[i].get(key);
      if (!own) return;
      const d = own.description;
      const row: ReportRow = {
        kpi: d.kpi,
        scope: d.scope,
        unit: d.unit,
        scenario: s.name,
        file: s.file,
        n: d.count,
        mean: roundStat(d.mean),
        ci95_low: roundStat(d.low),
        ci95_high: roundStat(d.high),
      };
      if (i > 0 && base) {
        const diff = pairedDifference(base.values, own.values);
        row.diff_n = diff.count;
        row.diff_mean = roundStat(diff.mean);
        row.diff_ci95_low = roundStat(diff.low);
        row.diff_ci95_high = roundStat(diff.high);
        row.significant = diff.significant === null ? '' : diff.significant ? 1 : 0;
      }
      rows.push(row);
    });
  }
  return rows;
}
