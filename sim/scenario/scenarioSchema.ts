/**
 * The scenario file: everything a release manager sets about one release wave
 * (the fleet, the window and its wave plan, regional capacity, admin
 * behaviour, durations, failures, backups, incidents). Unknown fields are
 * errors, so a typo never passes silently; defaults keep files short.
 *
 * Times in a scenario are UTC dates (`YYYY-MM-DD`) or UTC date-times
 * (`YYYY-MM-DDTHH:MMZ`); durations are hours unless the name says otherwise.
 */
import { z } from 'zod';
import { groupedWhole } from './groupedWhole.js';
import { SCENARIO_BOUNDS as B } from './scenarioBounds.js';
import { percentText } from './shiftDecimal.js';
import { ADMIN_PROFILES, COMPLEXITIES, INCIDENT_KINDS, VERSIONS } from './scenarioVocabulary.js';

// A scenario is checked once or a few times per run: zod's compiled checkers, generated on first use, cost more
// than they save (first check of baseline 8-11 ms instead of 18-23, later ones about 1 ms either way).
z.config({ jitless: true });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;

function isRealDate(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1).map((s) => s ?? '0');
  const t = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi));
  return t.getUTCFullYear() === +y && t.getUTCMonth() === +mo - 1 && t.getUTCDate() === +d && +h < 24 && +mi < 60;
}

const isoDate = z
  .string()
  .regex(DATE, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealDate, { error: 'must be a real calendar date' });

const isoDateTime = z
  .string()
  .regex(DATE_TIME, { error: 'must be a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MMZ', abort: true })
  .refine(isRealDate, { error: 'must be a real calendar date and time' });

/** `max` as written in messages and the README: 1,000,000. */
const written = groupedWhole;
/** The rule for an upper bound, in the words every bound uses. */
const atMost = (max: number) => ({ error: `must be at most ${written(max)}` });

const positiveInt = (max: number) => z.number().int({ error: 'must be a positive integer' }).min(1, { error: 'must be a positive integer' }).max(max, atMost(max));
const wholeNumber = (max: number) => z.number().int({ error: 'must be a whole number >= 0' }).min(0, { error: 'must be a whole number >= 0' }).max(max, atMost(max));
const positive = (max: number) => z.number().gt(0, { error: 'must be greater than 0' }).max(max, atMost(max));
const nonNegative = (max: number) => z.number().min(0, { error: 'must be >= 0' }).max(max, atMost(max));
/** A list of at most `max` items. */
const listOf = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `must list at most ${written(max)} items` });
/** Free text that names something, such as a region or a wave. */
const label = (max: number) => z.string().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });
const probability = z.number().min(0, { error: 'must be a probability between 0 and 1' }).max(1, { error: 'must be a probability between 0 and 1' });
const hourOfDay = z.number().int({ error: 'must be a whole hour from 0 to 23' }).min(0, { error: 'must be a whole hour from 0 to 23' }).max(23, { error: 'must be a whole hour from 0 to 23' });
/** A relative weight: shares need not sum to 1, they are normalised; a million to one is the widest spread worth writing. */
const weight = nonNegative(B.weight);

/** Sets of weights must give something to draw: at least one above 0. */
const somePositive = (weights: Record<string, number> | number[]) => Object.values(weights).some((w) => w > 0);
const SOME_POSITIVE = { error: 'must give at least one weight above 0' };

/** A triangular distribution: least (at least `least`), most likely and largest value (at most `max`). */
const triangular = (max: number, least = 0) =>
  z
    .strictObject({
      min: z.number().min(least, { error: `must be at least ${written(least)}` }).max(max, atMost(max)),
      mode: nonNegative(max),
      max: nonNegative(max),
    })
    .superRefine((t, ctx) => {
      if (!(t.min <= t.mode && t.mode <= t.max)) ctx.addIssue({ code: 'custom', message: triangularOrder(t) });
    });

/** Why a triangular distribution's three values are out of order, with the values. */
function triangularOrder({ min, mode, max }: { min: number; mode: number; max: number }): string {
  const values = `(min ${min}, mode ${mode}, max ${max})`;
  if (min > max) return `has its least value above its largest ${values}: min must be at most mode, and mode at most max`;
  return `has its most likely value outside its range ${values}: mode must lie from min to max`;
}

/** A log-normal distribution given by its median and the standard deviation of its logarithm. */
const logNormal = z.strictObject({
  median: positive(B.storageGb),
  sigma: nonNegative(B.storageSigma).describe('Spread of the logarithm: 3 already puts one tenant in a thousand 10,000 times above the median.'),
});

export { ADMIN_PROFILES, COMPLEXITIES, INCIDENT_KINDS, VERSIONS };

const versionWeights = z.strictObject({ n: weight, 'n-1': weight, 'n-2': weight }).refine(somePositive, SOME_POSITIVE);
const complexityWeights = z.strictObject({ low: weight, medium: weight, high: weight }).refine(somePositive, SOME_POSITIVE);
const profileWeights = z.strictObject({ prompt: weight, average: weight, procrastinating: weight, unresponsive: weight }).refine(somePositive, SOME_POSITIVE);

/** A speed in GB per hour: at least 0.1, so that a petabyte still moves within the run. */
const gbPerHour = z.number().min(B.leastGbPerHour, { error: `must be at least ${B.leastGbPerHour}` }).max(B.gbPerHour, atMost(B.gbPerHour));
/** A factor that scales durations or odds. */
const factor = (least: number) => z.number().min(least, { error: `must be at least ${least}` }).max(B.factor, atMost(B.factor));
const regionName = z.string().max(B.labelLength, { error: `must be at most ${B.labelLength} characters` });
const version = z.string().regex(/^\d{1,3}\.\d{1,3}$/, { error: 'must be a version such as 8.2' });

const region = z.strictObject({
  name: label(B.labelLength),
  utcOffsetHours: z.number().min(-12, { error: 'must be between -12 and 14' }).max(14, { error: 'must be between -12 and 14' }),
  updateSlots: positiveInt(B.updateSlots).describe('Updates that can run at once in the region.'),
  backupThroughputGbPerHour: gbPerHour.describe('What the region\'s backup system moves, shared by every kind of backup and restore.'),
  fleetShare: weight.default(1).describe('Relative share of generated tenants placed in this region.'),
});

const onPremises = z.strictObject({
  share: probability.describe('Share of tenants that run on premises and are imported into the service.'),
  versions: z
    .record(version, weight)
    .refine(somePositive, SOME_POSITIVE)
    .refine((v) => Object.keys(v).length <= B.onPremisesVersions, { error: `must name at most ${B.onPremisesVersions} versions` })
    .describe('Weights of their on-premises versions, such as {"8.1": 1, "8.2": 3}.'),
});

const fleet = z.strictObject({
  tenants: positiveInt(B.tenants),
  sandboxesPerTenant: listOf(weight, B.sandboxes + 1).refine(somePositive, SOME_POSITIVE).default([0.2, 0.5, 0.3]).describe(`Weights for a tenant having 0, 1, 2, ... sandboxes (at most ${B.sandboxes}).`),
  versions: versionWeights,
  productionStorageGb: logNormal,
  sandboxStorageShare: z.number().gt(0, { error: 'must be greater than 0 and at most 1' }).max(1, { error: 'must be greater than 0 and at most 1' }).default(0.5).describe('A sandbox\'s storage as a share of its production\'s.'),
  storageGrowthPerDay: nonNegative(B.storageGrowthPerDay).default(0).describe('Daily growth of every instance\'s storage, as a fraction (0.001 = 0.1 % a day).'),
  complexity: complexityWeights,
  adminProfiles: profileWeights,
  extraRecipientsMean: nonNegative(B.extraRecipientsMean).default(0).describe('Mean number of extra notification recipients an admin adds (Poisson).'),
  onPremises: onPremises.optional(),
});

const explicitTenant = z.strictObject({
  id: label(B.tenantIdLength),
  region: regionName,
  version: z.enum(VERSIONS, { error: 'must be one of "n", "n-1", "n-2"' }),
  sandboxes: wholeNumber(B.sandboxes).default(0),
  storageGb: positive(B.storageGb),
  complexity: z.enum(COMPLEXITIES, { error: 'must be one of "low", "medium", "high"' }).default('medium'),
  admin: z.enum(ADMIN_PROFILES, { error: 'must be one of "prompt", "average", "procrastinating", "unresponsive"' }).default('average'),
  extraRecipients: wholeNumber(B.extraRecipients).default(0),
  onPremisesVersion: version.optional().describe('Set for an on-premises organization, with its version (such as "8.1").'),
});

const release = z.strictObject({
  announce: isoDate.describe(`When the service sends "update scheduled" to every admin; at most ${B.announceLeadDays} days before the window starts.`),
  windowStart: isoDate.describe('First day of the update window (inclusive).'),
  windowEnd: isoDate.describe(`Last day of the update window (inclusive); at most ${B.windowDays} days after its first.`),
  n1SupportEnd: isoDate.describe('Last day n-1 is supported; from the next day only n is, and n-1 updates become mandatory.'),
});

const wave = z.strictObject({
  name: label(B.labelLength),
  start: isoDate,
  end: isoDate,
  share: weight.describe('Relative share of the fleet pre-scheduled into this wave.'),
  regions: listOf(regionName, B.regions).min(1, { error: 'must list at least one region' }).optional().describe('Regions in this wave, in the order they are scheduled; all regions when absent.'),
});

const sandboxFirst = z.strictObject({
  approach: z.enum(['one', 'two'], { error: 'must be "one" or "two"' }).default('one').describe('"one": production n-2 goes straight to n; "two": production steps through n-1 too.'),
  sandboxLeadDays: wholeNumber(B.offsetDays).default(14).describe('Days a tenant\'s sandboxes are scheduled before its production.'),
  stepGapDays: positiveInt(B.offsetDays).default(7).describe('Days between the steps of a two-step path (n-2 to n-1, then to n).'),
});

const updateWindow = z.strictObject({
  localStartHour: hourOfDay.default(20).describe('Local hour at which an instance\'s update window opens.'),
  lengthHours: positive(B.updateWindowHours).default(12),
  latestStartHours: positive(B.updateWindowHours).default(8).describe('An update not started this long after its window opens cannot finish inside it and falls back.'),
  alternateOffsetDays: positiveInt(B.offsetDays).default(7).describe('Days after the preferred date that the alternate date falls, unless an admin chose one.'),
});

const durations = z.strictObject({
  backupOverheadHours: triangular(B.stageHours).default({ min: 0.1, mode: 0.25, max: 0.5 }).describe('Fixed part of the Backup stage.'),
  backupGbPerHour: gbPerHour.default(60).describe('Speed of one update\'s backup when the region\'s backup system is not saturated.'),
  restoreOverheadHours: triangular(B.stageHours).default({ min: 0.1, mode: 0.25, max: 0.5 }),
  restoreGbPerHour: gbPerHour.default(80),
  databaseUpgradeHours: triangular(B.stageHours).default({ min: 1, mode: 1.75, max: 3 }).describe('Database Upgrade stage at low complexity; scaled by the complexity factor.'),
  complexityFactor: z.strictObject({ low: positive(B.factor), medium: positive(B.factor), high: positive(B.factor) }).default({ low: 1, medium: 1.2, high: 1.5 }),
});

const adminProfile = z.strictObject({
  approve: probability.describe('Chance the admin approves on receiving a message.'),
  reschedule: probability.describe('Chance the admin reschedules on receiving a message (rescheduling approves the new dates).'),
  rescheduleDays: triangular(B.rescheduleDays, 1).describe('How many days later a rescheduled preferred date falls (at least 1).'),
  onDemandBackup: probability.describe('Chance the admin takes an on-demand backup before each update.'),
}).superRefine((p, ctx) => {
  // Approving and rescheduling are two answers to one message, so their chances share the same 100 %.
  if (p.approve + p.reschedule > 1) {
    ctx.addIssue({ code: 'custom', message: `The chances to approve (${percentText(p.approve)} %) and to reschedule (${percentText(p.reschedule)} %) add up to more than 100 %.` });
  }
});

const admins = z.strictObject({
  prompt: adminProfile,
  average: adminProfile,
  procrastinating: adminProfile,
  unresponsive: adminProfile,
});

const failures = z.strictObject({
  low: probability.describe('Chance that a Database Upgrade fails, by customization complexity.'),
  medium: probability,
  high: probability,
  retryAfterDays: positiveInt(B.offsetDays).default(3).describe('Days after a failed update that it is tried again.'),
});

const backups = z.strictObject({
  systemBackupLocalHour: hourOfDay.default(1).describe('Local hour at which the nightly system backups start.'),
  systemBackupHours: positive(B.systemBackupHours).default(6).describe('Hours over which every instance\'s daily system backup is spread (at most a day).'),
  retentionDays: positiveInt(B.retentionDays).default(3).describe('Days every system and on-demand backup is kept (seed 003); a restore can only use a backup still kept.'),
  onDemandLeadHours: positive(B.onDemandLeadHours).default(24).describe('Hours before its update that an admin\'s on-demand backup is taken.'),
  adminRestoresPerSandboxPerMonth: nonNegative(B.perMonth).default(0.1).describe('Restores that admins start, per sandbox per 30 days (restores go to sandboxes only).'),
  adminRestorePointAgeDays: triangular(B.retentionDays).default({ min: 0, mode: 1, max: 4 }).describe('How many days old the backup an admin wants to restore is; one older than retentionDays is gone and the restore is refused.'),
});

const incident = z.strictObject({
  kind: z.enum(INCIDENT_KINDS, { error: 'must be one of "plannedMaintenance", "unplanned", "major"' }),
  region: regionName.describe('Region affected, or "*" for all.'),
  start: isoDateTime.describe('When it starts: inside the run, from the announcement to the end of the window\'s last day.'),
  durationHours: positive(B.incidentHours),
  pauseUpdates: z.boolean().default(true).describe('Whether updates stop starting in the region while it lasts.'),
  slowdown: factor(1).default(1).describe('Factor on stage durations of updates started while it lasts.'),
  failureMultiplier: factor(1).default(1).describe('Factor on the failure odds of updates started while it lasts.'),
  affectedShare: probability.default(1).describe('Share of the region\'s tenants that cannot use the service (they receive the incident emails).'),
});

const randomIncidents = z.strictObject({
  unplannedPerRegionPerMonth: nonNegative(B.perMonth).default(0).describe('Expected unplanned incidents per region per 30 days.'),
  majorPerRegionPerMonth: nonNegative(B.perMonth).default(0).describe('Expected major incidents per region per 30 days.'),
  durationHours: triangular(B.incidentHours).default({ min: 1, mode: 3, max: 12 }),
  slowdown: factor(1).default(1.5),
  failureMultiplier: factor(1).default(2),
  affectedShare: probability.default(0.2),
});

const incidents = z.strictObject({
  maintenanceNoticeDays: wholeNumber(B.offsetDays).default(5).describe('Days before a planned maintenance that the admins of the organizations it affects are told (model choice; seed 001 gives no number).'),
  scheduled: listOf(incident, B.scheduledIncidents).default([]),
  random: randomIncidents.prefault({}),
});

/** What the release must achieve: minimums that the verdict checks the run against. */
const targets = z.strictObject({
  shareOnN: probability.default(0.98).describe('Least share of all instances on n when the window closes, as a fraction (0.98 = 98 %).'),
  onTimeShare: probability.default(0.99).describe('Least share of updates that start and finish inside their 12-hour window, as a fraction.'),
});

/** A bad build: failure odds raised by `factor` for updates started while it is out, until its fix ships. */
const defect = z.strictObject({
  factor: z.number().min(1, { error: 'must be at least 1' }).max(B.defectFactor, atMost(B.defectFactor)).describe('Factor on the failure odds of updates started while the bad build is out.'),
  complexity: z.enum(COMPLEXITIES, { error: 'must be one of "low", "medium", "high"' }).optional().describe('Only updates of this customization complexity are affected; all when absent.'),
  from: isoDateTime.optional().describe('When the bad build goes out; from the start of the run when absent.'),
  fixAt: isoDateTime.optional().describe('When its fix ships without a gate\'s help (found through support cases, say); never when absent.'),
  fixAfterHaltHours: triangular(B.incidentHours).optional().describe('Hours from the first halt a health gate makes while it is out until its fix ships, if that comes before fixAt.'),
});

/** A health gate's rule: halt when at least `atLeast` of the last `lastUpdates` count against it. */
const countGate = z
  .strictObject({
    lastUpdates: positiveInt(B.gateWindow).describe('How many of the latest updates the gate looks at.'),
    atLeast: positiveInt(B.gateWindow).describe('Halt when at least this many of them failed (or overran).'),
  })
  .superRefine((g, ctx) => {
    if (g.atLeast > g.lastUpdates) ctx.addIssue({ code: 'custom', message: `asks for at least ${g.atLeast} of the last ${g.lastUpdates} updates, more than there are: atLeast must be at most lastUpdates` });
  });

/** Health gates: signals that halt a scope's updates, and when they resume. */
const gates = z.strictObject({
  scope: z.enum(['region', 'fleet'], { error: 'must be "region" or "fleet"' }).default('region').describe('What a halt stops: the region where the signal fired, or the whole fleet.'),
  failures: countGate.optional().describe('Halt on failed Database Upgrades among the last finished updates.'),
  overruns: countGate.optional().describe('Halt on window overruns among the last updates that ended or overran.'),
  openIncidents: positiveInt(B.scheduledIncidents).optional().describe('Halt while at least this many incidents are open in the scope.'),
  investigationHours: triangular(B.incidentHours).default({ min: 4, mode: 12, max: 48 }).describe('How long a halt is investigated before updates resume (a false alarm, or a defect already fixed).'),
  bakeHours: nonNegative(B.incidentHours).default(0).describe('Hours each wave\'s first updates must run without a halt before the next wave may start (0: no bake).'),
  resume: z.enum(['afterInvestigation', 'whenFixed'], { error: 'must be "afterInvestigation" or "whenFixed"' }).default('whenFixed').describe('When the investigation finds a bad build: resume anyway, or wait for its fix.'),
});

const MS_PER_DAY = 86_400_000;

/** Whole days from date `from` to date `to` (both `YYYY-MM-DD`, already valid). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / MS_PER_DAY);
}

/** Cross-field rules: dates in order, names that refer to something, a fleet to simulate. */
function checkReferences(s: z.infer<typeof scenarioShape>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const { announce, windowStart, windowEnd } = s.release;
  if (!(announce <= windowStart)) issue(['release', 'announce'], 'must be on or before release.windowStart');
  if (!(windowStart <= windowEnd)) issue(['release', 'windowEnd'], 'must be on or after release.windowStart');
  else if (daysBetween(windowStart, windowEnd) >= B.windowDays) issue(['release', 'windowEnd'], `must be at most ${B.windowDays} days after release.windowStart (the window is ${written(daysBetween(windowStart, windowEnd) + 1)} days long)`);
  if (announce <= windowStart && daysBetween(announce, windowStart) > B.announceLeadDays) {
    issue(['release', 'announce'], `must be at most ${B.announceLeadDays} days before release.windowStart (it is ${written(daysBetween(announce, windowStart))})`);
  }
  // A later latest start would let an update start after its window closed (the model stops updates at the close).
  if (s.updateWindow.latestStartHours > s.updateWindow.lengthHours) issue(['updateWindow', 'latestStartHours'], 'must be at most updateWindow.lengthHours (an update starts inside its window)');
  const names = new Set<string>();
  s.regions.forEach((r, i) => {
    if (names.has(r.name)) issue(['regions', i, 'name'], `must be unique ("${r.name}" appears twice)`);
    names.add(r.name);
  });
  s.waves.forEach((w, i) => {
    if (w.start > w.end) issue(['waves', i, 'end'], 'must be on or after the wave start');
    if (w.start < windowStart || w.end > windowEnd) issue(['waves', i], 'must lie inside the release window');
    w.regions?.forEach((r, j) => {
      if (!names.has(r)) issue(['waves', i, 'regions', j], `must name a region in regions ("${r}" is not one)`);
    });
  });
  s.regions.forEach((r, i) => {
    if (!s.waves.some((w) => !w.regions || w.regions.includes(r.name))) issue(['regions', i, 'name'], 'must appear in at least one wave');
  });
  if (s.fleet && !s.regions.some((r) => r.fleetShare > 0)) issue(['regions'], 'must give at least one region a fleetShare above 0');
  if (!s.fleet && !s.tenants) issue(['fleet'], 'is required unless tenants are listed');
  if (s.fleet && s.tenants) issue(['tenants'], 'must not be given together with fleet (list tenants or generate them, not both)');
  const ids = new Map<string, number>();
  s.tenants?.forEach((t, i) => {
    if (!names.has(t.region)) issue(['tenants', i, 'region'], `must name a region in regions ("${t.region}" is not one)`);
    const first = ids.get(t.id);
    if (first === undefined) ids.set(t.id, i);
    else issue(['tenants', i, 'id'], `must be unique ("${t.id}" is also tenants[${first}].id)`);
  });
  if (s.defect?.fixAt && s.defect.from && s.defect.fixAt <= s.defect.from) issue(['defect', 'fixAt'], 'must be after defect.from');
  if (s.gates && !s.gates.failures && !s.gates.overruns && s.gates.openIncidents === undefined && s.gates.bakeHours === 0) issue(['gates'], 'must set at least one of failures, overruns, openIncidents, bakeHours');
  s.incidents.scheduled.forEach((inc, i) => {
    if (inc.region !== '*' && !names.has(inc.region)) issue(['incidents', 'scheduled', i, 'region'], `must name a region in regions or be "*" ("${inc.region}" is not one)`);
    // The run covers the announcement day to the window's last day; an incident outside it happens in no report.
    if (inc.start < announce || inc.start.slice(0, 10) > windowEnd) issue(['incidents', 'scheduled', i, 'start'], 'must lie inside the run, from release.announce to the end of release.windowEnd');
  });
}

const scenarioShape = z.strictObject({
  $schema: z.string().max(B.descriptionLength, { error: `must be at most ${B.descriptionLength} characters` }).optional().describe('Editors use this to find the JSON Schema.'),
  name: label(B.nameLength),
  description: z.string().max(B.descriptionLength, { error: `must be at most ${B.descriptionLength} characters` }).optional(),
  seed: wholeNumber(Number.MAX_SAFE_INTEGER),
  release,
  regions: listOf(region, B.regions).min(1, { error: 'must list at least one region' }),
  fleet: fleet.optional(),
  tenants: listOf(explicitTenant, B.tenants).min(1, { error: 'must list at least one tenant' }).optional(),
  waves: listOf(wave, B.waves).min(1, { error: 'must list at least one wave' }),
  sandboxFirst: sandboxFirst.prefault({}),
  updateWindow: updateWindow.prefault({}),
  durations: durations.prefault({}),
  admins,
  failures,
  backups: backups.prefault({}),
  incidents: incidents.prefault({}),
  targets: targets.prefault({}).describe('The release\'s targets: the verdict says whether the run meets them and, if not, what limited it.'),
  defect: defect.optional().describe('A bad build in the release: raised failure odds until its fix ships.'),
  gates: gates.optional().describe('Health gates that halt updates when failures, overruns or incidents show a problem.'),
});

/** The scenario schema, with its cross-field rules. */
export const scenarioSchema = scenarioShape.superRefine(checkReferences);

/** A validated scenario, defaults filled in. */
export type Scenario = z.output<typeof scenarioSchema>;

/** A scenario as written in a file (defaults may be left out). */
export type ScenarioInput = z.input<typeof scenarioSchema>;

export type Version = (typeof VERSIONS)[number];
export type Complexity = (typeof COMPLEXITIES)[number];
export type AdminProfileName = (typeof ADMIN_PROFILES)[number];
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type ScheduledIncident = Scenario['incidents']['scheduled'][number];
