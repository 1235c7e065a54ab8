/**
 * Hand-made replication results: KPI values and hourly series written out in
 * a test, so that aggregation can be checked against numbers worked out by
 * hand instead of against our own code's output.
 */
import type { KpiKey, ReplicationResult } from '../../../sim/plan/ReplicationResult.js';

export interface FakeReplication {
  seed?: number;
  /** Values by KPI, in the order of `kpis`; NaN for "no value". */
  values: number[];
  /** Hourly series by column name. */
  series?: Record<string, number[]>;
  daysToRunEnd?: number;
}

/** Fleet-scope KPIs named `kpis` (unit "count" unless written `name:unit`). */
export function fleetKpis(...kpis: string[]): KpiKey[] {
  return kpis.map((text) => {
    const [kpi, unit = 'count'] = text.split(':');
    return { kpi, scope: 'fleet', unit };
  });
}

/** A result with `kpis` and the given values and series (2 decimals each); seed r + 1 for the r-th when not given. */
export function fakeReplications(kpis: KpiKey[], replications: FakeReplication[]): ReplicationResult[] {
  return replications.map((fake, r) => ({
    seed: fake.seed ?? r + 1,
    epochDate: '2027-01-01',
    windowStartHour: 0,
    windowEndHour: 24 * (fake.daysToRunEnd ?? 100) - 48,
    daysToRunEnd: fake.daysToRunEnd ?? 100,
    kpis: kpis.map((k) => ({ ...k })),
    kpiValues: Float64Array.from(fake.values),
    series: Object.entries(fake.series ?? {}).map(([column, values]) => ({ column, decimals: 2, values: Float64Array.from(values) })),
  }));
}
