/**
 * The largest value each number and list of a scenario may take: what a real
 * fleet could need, with room to spare, and no more. A bound keeps a typo
 * (a window of 400 years, a sigma of 1000) from becoming a run that hangs or
 * exhausts memory; what fits the bounds but not the machine is the work
 * estimate's to refuse (`estimateWork`).
 */

/** Upper bounds of the scenario's numbers and lists; the README lists them with the fields. */
export const SCENARIO_BOUNDS = {
  /** Any relative weight or share: a million to one is the widest spread worth writing. */
  weight: 1_000_000,
  /** Characters of a name or id that reports and column keys carry. */
  labelLength: 64,
  tenantIdLength: 128,
  /** Regions of one scenario (the big vendors run a few dozen geos). */
  regions: 100,
  /** Updates that can run at once in one region. */
  updateSlots: 100_000,
  /** GB per hour of a region's backup system, or of one update's backup or restore (10 PB an hour). */
  gbPerHour: 10_000_000,
  /** The slowest backup speed or throughput that still moves a 1 PB instance within the run: 0.1 GB/h. */
  leastGbPerHour: 0.1,
  /** Tenants of a generated or listed fleet. */
  tenants: 1_000_000,
  /** Sandboxes of one tenant (the largest editions allow a few dozen). */
  sandboxes: 20,
  /** GB of one instance's storage, or the median of a generated one: a petabyte. */
  storageGb: 1_000_000,
  /** Standard deviation of the log of storage: 3 already puts one tenant in a thousand 10,000 times above the median. */
  storageSigma: 3,
  /** Daily storage growth as a fraction: 5 % a day is about 18 times a year. */
  storageGrowthPerDay: 0.05,
  /** Extra notification recipients one tenant's admins add, and their mean in a generated fleet. */
  extraRecipients: 10_000,
  extraRecipientsMean: 1_000,
  /** On-premises versions named in a generated fleet. */
  onPremisesVersions: 50,
  /** Waves of one release. */
  waves: 100,
  /** Days from the first to the last day of the window, and from the announcement to the window start: about a year each. */
  windowDays: 366,
  announceLeadDays: 366,
  /** Days of an offset that moves one update: sandbox lead, step gap, alternate date, retry after a failure. */
  offsetDays: 90,
  /** Days an admin's reschedule moves an update: at least 1 (a reschedule to the same day is no reschedule), at most the window's length. */
  rescheduleDays: 366,
  /** Hours of an update window and of its latest start: two days. */
  updateWindowHours: 48,
  /** Hours of one fixed stage part (backup or restore overhead, Database Upgrade): a week. */
  stageHours: 168,
  /** Factor on the Database Upgrade by complexity, and on durations or failure odds during an incident. */
  factor: 10,
  /** Hours of the nightly system backup window: one day. */
  systemBackupHours: 24,
  /** Days a backup is kept. */
  retentionDays: 365,
  /** Hours before its update that an on-demand backup is taken: 30 days. */
  onDemandLeadHours: 720,
  /** Events per month an admin or a region could act on: restores per sandbox, incidents per region (one a day). */
  perMonth: 30,
  /** Incidents listed in a scenario. */
  scheduledIncidents: 1_000,
  /** Hours one incident lasts: 90 days. */
  incidentHours: 2_160,
  /** Characters of the scenario's name and description. */
  nameLength: 200,
  descriptionLength: 2_000,
  /** Factor on failure odds of a bad build: a thousand turns 0.1 % into certain failure. */
  defectFactor: 1_000,
  /** Latest updates a health gate looks at. */
  gateWindow: 1_000,
} as const;
