/**
 * What one replication hands back to the batch: its KPI values and the
 * hourly series the bands report draws, nothing per instance. Plain data
 * and Float64Arrays, so a worker can transfer it to the main thread instead
 * of copying it, and a batch of hundreds fits in memory.
 */

/** Which KPI a value is: the `kpi` and `scope` of its summary.csv row, and its unit. */
export interface KpiKey {
  kpi: string;
  scope: string;
  unit: string;
}

/** One hourly series of a replication, named by its column in timeseries.csv. */
export interface ReplicationSeries {
  /** Column key, such as `share_on_n` or `slot_use_north`. */
  column: string;
  /** Decimals its figures keep in the reports. */
  decimals: number;
  /** Index h covers [h, h + 1) hours after the epoch. */
  values: Float64Array;
}

/** One replication's figures. */
export interface ReplicationResult {
  /** The seed it ran with. */
  seed: number;
  /** Hour 0 is 00:00 UTC on this date. */
  epochDate: string;
  /** Hours at which the release window opens and closes, for the band views' markers. */
  windowStartHour: number;
  windowEndHour: number;
  /**
   * Days from the window start to the end of the run: the most a milestone
   * such as "days to 99 % on n" can be, used where it was never reached.
   */
  daysToRunEnd: number;
  /** The KPIs, in summary.csv order plus `on_time_share`; the same for every replication of a scenario. */
  kpis: KpiKey[];
  /** `kpiValues[k]` is the value of `kpis[k]`; NaN where summary.csv leaves the cell empty. */
  kpiValues: Float64Array;
  series: ReplicationSeries[];
}
