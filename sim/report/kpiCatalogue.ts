/**
 * What every KPI of summary.csv means to a release manager: the group it is
 * read in (did the wave make it, what capacity it used, what admins did,
 * what backups and storage went through, what was sent), its plain name,
 * its unit, a one-sentence definition and how its figure is written. The
 * planner's tables, its printed report and the README all read this one
 * catalogue, so a KPI added to the summary without a definition fails a test.
 */

/** The groups the planner shows, in this order. */
export const KPI_GROUPS = ['Outcome', 'Capacity', 'Admins', 'Backups and storage', 'Communications'] as const;
export type KpiGroup = (typeof KPI_GROUPS)[number];

/**
 * How a figure is written: `percent` a share in % ("35.8 %"), `ratioPercent`
 * a ratio written as a share ("0.358" is "35.8 %"), `count` a whole number
 * with thousands separators, `hours`, `days`, `gb` and `gbPerHour` rounded
 * to what a planner reads, `yesNo` 1 or 0, `text` a word.
 */
export type KpiFormat = 'percent' | 'ratioPercent' | 'count' | 'hours' | 'days' | 'gb' | 'gbPerHour' | 'yesNo' | 'text';

/** Where a KPI is measured: the whole fleet, each region, both, or each message type. */
export type KpiScope = 'fleet' | 'region' | 'fleet and region' | 'message type';

/** One KPI's entry. */
export interface KpiEntry {
  group: KpiGroup;
  /** The name a reader sees, in sentence case. */
  name: string;
  /** Written after the figure ("%", "hours", "instances"); "" for counts whose name says what they count. */
  unit: string;
  /** One or two sentences, plain words. */
  definition: string;
  format: KpiFormat;
  scope: KpiScope;
  /** Written where the summary has no value, e.g. a milestone never reached. */
  whenEmpty: string;
  /** For `text` KPIs: the words for each value the summary writes. */
  words?: Readonly<Record<string, string>>;
  /**
   * Shown only when one of these KPIs is above 0: a bad build's figures mean
   * nothing in a run without one, and "never caught" would alarm for nothing.
   */
  shownWhenAnyOf?: readonly string[];
  /** The verdict states it (a target, whether it is met, the bottleneck): the tables under the verdict leave it out. */
  statedByVerdict?: boolean;
}

const NONE = 'none';

/** An Outcome entry that the verdict states in words. */
const verdictEntry = (name: string, unit: string, format: KpiFormat, definition: string): KpiEntry => ({ ...entry('Outcome', name, unit, format, definition), statedByVerdict: true });

/** The health gates' and the bad build's figures apply when a gate halted or a bad build went out. */
const GATES_OR_BAD_BUILD = ['gate_halts', 'instances_updated_with_defect'];
const gateEntry = (name: string, unit: string, format: KpiFormat, definition: string, whenEmpty = NONE): KpiEntry => ({
  ...entry('Capacity', name, unit, format, definition, 'fleet', whenEmpty),
  shownWhenAnyOf: GATES_OR_BAD_BUILD,
});

function entry(group: KpiGroup, name: string, unit: string, format: KpiFormat, definition: string, scope: KpiScope = 'fleet', whenEmpty = NONE): KpiEntry {
  return { group, name, unit, definition, format, scope, whenEmpty };
}

const daysTo = (p: number) =>
  entry(
    'Outcome',
    `Days to ${p} % on n`,
    'days',
    'days',
    `Days from the first day of the window until at least ${p} % of instances are on n (0 if they already were).`,
    'fleet',
    'never reached',
  );

/** Every KPI of summary.csv by its `kpi` column, in the order the planner shows them within a group. */
export const KPI_CATALOGUE: Readonly<Record<string, KpiEntry>> = {
  share_on_n_at_window_end: entry(
    'Outcome',
    'Share on n at window end',
    '%',
    'percent',
    'Share of instances on the new version n when the window closes (of the region’s instances, per region).',
    'fleet and region',
    'no instances',
  ),
  target_share_on_n: verdictEntry('Target share on n', '%', 'percent', 'The scenario’s minimum share of instances on n when the window closes.'),
  meets_target_share_on_n: verdictEntry('Meets the share-on-n target', '', 'yesNo', 'Whether the share on n at window end reached its target (over replications: the share of runs that did).'),
  on_time_share: entry(
    'Outcome',
    'On-time share',
    '%',
    'percent',
    'Of the updates that entered the queue, the share that finished inside their 12-hour window (per region: that region’s updates).',
    'fleet and region',
    'no updates',
  ),
  target_on_time_share: verdictEntry('Target on-time share', '%', 'percent', 'The scenario’s minimum on-time share.'),
  meets_target_on_time_share: verdictEntry('Meets the on-time target', '', 'yesNo', 'Whether the on-time share reached its target (over replications: the share of runs that did).'),
  bottleneck: {
    ...verdictEntry('Bottleneck', '', 'text', 'What held the wave back most: update slots, approvals, backup throughput, incidents, health gates or refused imports.'),
    words: { slots: 'update slots', approvals: 'approvals', backup: 'backup throughput', incidents: 'incidents', gates: 'health gates', imports: 'refused imports', none: 'nothing' },
  },
  days_to_50_percent_on_n: daysTo(50),
  days_to_90_percent_on_n: daysTo(90),
  days_to_99_percent_on_n: daysTo(99),
  instances: entry('Outcome', 'Instances', 'instances', 'count', 'Production and sandbox instances in the fleet.'),
  instances_on_n_at_window_end: entry('Outcome', 'Instances on n at window end', 'instances', 'count', 'Instances on n when the window closes, whether already on n before it opened or updated since.'),
  instances_updated: entry('Outcome', 'Instances updated', 'instances', 'count', 'Instances that finished their update.'),
  instances_missed_window: entry('Outcome', 'Instances that missed the window', 'instances', 'count', 'Instances whose next date (a step, a retry or a fallback) fell after the window’s last day.'),
  instances_out_of_policy_at_window_end: entry(
    'Outcome',
    'Instances out of policy at window end',
    'instances',
    'count',
    'Instances on an unsupported version when the window closes: on n-2, on n-1 after its support ended, or refused at import.',
  ),
  out_of_policy_on_n_minus_2: entry('Outcome', 'Out of policy: on n-2', 'instances', 'count', 'Instances still two versions behind when the window closes.'),
  out_of_policy_on_n_minus_1: entry('Outcome', 'Out of policy: on n-1', 'instances', 'count', 'Instances on n-1 when the window closes after n-1’s last supported day.'),
  out_of_policy_import_refused: entry('Outcome', 'Out of policy: import refused', 'instances', 'count', 'On-premises organizations below version 8.2, refused at import.'),
  update_steps_completed: entry('Outcome', 'Update steps completed', '', 'count', 'Update steps finished (n-2 → n-1 → n counts two).'),

  update_slots: entry('Capacity', 'Update slots', 'slots', 'count', 'Updates the region can run at once.', 'region'),
  peak_slot_use: entry('Capacity', 'Peak slots in use', 'slots', 'count', 'The most update slots in use at once.', 'region'),
  peak_slot_use_share: entry('Capacity', 'Peak slot use', '%', 'percent', 'Peak slots in use as a share of the region’s update slots.', 'region', 'no slots'),
  queue_wait_mean: entry('Capacity', 'Mean wait for a slot', 'hours', 'hours', 'Average time an update waited in the queue for a free update slot.', 'fleet', 'no update waited'),
  queue_wait_p95: entry('Capacity', 'Wait for a slot, 95th percentile', 'hours', 'hours', '95 % of updates waited in the queue at most this long for a free update slot.', 'fleet', 'no update waited'),
  window_overruns: entry('Capacity', 'Window overruns', '', 'count', 'Updates that overran their 12-hour window: not started in time, or stopped at its end.'),
  window_overruns_not_started: entry('Capacity', 'Overruns: not started in time', '', 'count', 'Updates that could not start by their window’s latest start time.'),
  window_overruns_stopped_at_window_end: entry('Capacity', 'Overruns: stopped at window end', '', 'count', 'Updates stopped at the end of their 12-hour window before finishing.'),
  fallbacks: entry('Capacity', 'Fallbacks', '', 'count', 'Updates moved to their alternate date inside the window after an overrun.'),
  failures: entry('Capacity', 'Failed upgrades', '', 'count', 'Database upgrades that failed, were restored from their backup and rescheduled.'),
  downtime: entry('Capacity', 'Downtime', 'hours', 'hours', 'Hours instances were unavailable for updates and restores, added up over all instances.'),
  incidents: entry('Capacity', 'Incidents', '', 'count', 'Incidents and maintenance events during the run.'),
  updates_displaced_by_incidents: entry('Capacity', 'Updates displaced by incidents', '', 'count', 'Updates that fell back because an incident held their region.'),
  gate_halts: gateEntry('Health-gate halts', '', 'count', 'Times a health gate halted the wave.'),
  gate_false_halts: gateEntry('False halts', '', 'count', 'Health-gate halts made while no bad build was out.'),
  days_halted: gateEntry('Days halted', 'days', 'days', 'Days the health gates held updates, added up over the scopes they halted.'),
  defect_detection_delay: gateEntry('Bad build caught after', 'hours', 'hours', 'Hours from a bad build going out to the first halt while it was out.', 'never caught'),
  defect_exposure: gateEntry('Exposed before the first halt', 'instances', 'count', 'Instances updated on the bad build before the first halt.'),
  instances_updated_with_defect: gateEntry('Updated on the bad build', 'instances', 'count', 'Instances updated on the bad build in all.'),

  approvals: entry('Admins', 'Approvals', '', 'count', 'Update schedules approved by admins.'),
  reschedules: entry('Admins', 'Reschedules', '', 'count', 'Updates admins moved to another date.'),
  mandatory_updates: entry('Admins', 'Mandatory updates', '', 'count', 'Update attempts that ran without approval because the version had to go.'),
  imports: entry('Admins', 'On-premises imports', '', 'count', 'On-premises organizations imported into the new deployment.'),
  imports_refused: entry('Admins', 'Imports refused', '', 'count', 'Imports refused because the organization was below version 8.2.'),

  peak_backup_demand: entry('Backups and storage', 'Peak backup demand', 'GB/h', 'gbPerHour', 'The highest hourly backup load of the fleet: system, on-demand, update and restore.'),
  backup_capacity_at_peak_demand: entry('Backups and storage', 'Backup capacity at that peak', 'GB/h', 'gbPerHour', 'The fleet’s backup throughput in the hour of peak demand.'),
  peak_backup_demand_to_capacity: entry(
    'Backups and storage',
    'Peak backup demand, share of capacity',
    '%',
    'ratioPercent',
    'Peak backup demand as a share of the backup capacity in that hour; above 100 % the backup system is saturated.',
    'fleet',
    'no capacity',
  ),
  hours_backup_demand_over_capacity: entry('Backups and storage', 'Hours over backup capacity', 'hours', 'count', 'Whole hours in which backup demand exceeded backup capacity.'),
  on_demand_backups: entry('Backups and storage', 'On-demand backups', '', 'count', 'Backups admins took themselves, on top of the daily system backups.'),
  restores: entry('Backups and storage', 'Restores', '', 'count', 'Restores to sandboxes: admins’ restores and resets after a failed update.'),
  restores_refused_not_retained: entry('Backups and storage', 'Restores refused', '', 'count', 'Admin restores refused because the backup was older than the retention period.'),
  peak_retained_backup_storage: entry('Backups and storage', 'Peak retained backups', 'GB', 'gb', 'The most storage that retained system and on-demand backups held in any hour.'),
  largest_storage_gap: entry('Backups and storage', 'Largest storage gap', 'GB', 'gb', 'The largest gap between actual and reported Total Storage Used: storage left out while instances are queued or upgrading.'),
  largest_storage_gap_share_of_actual: entry(
    'Backups and storage',
    'Largest storage gap, share of actual',
    '%',
    'percent',
    'That gap as a share of the actual storage in the same hour.',
    'fleet',
    'no storage',
  ),

  messages: entry('Communications', 'Messages sent', '', 'count', 'Notifications of each type sent to admins and users, added up over in-product alerts, email and the admin center.', 'message type'),
};
