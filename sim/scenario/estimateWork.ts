/**
 * What a run of a scenario will cost before it starts, like a builder's
 * quote: instances to hold in memory, restores and incident emails to play
 * out. A scenario inside every bound can still ask for more than a machine
 * can simulate (a million tenants with twenty sandboxes each); the estimate
 * refuses it up front, in the words of the fields that make it large, instead
 * of a run that hangs or runs out of memory an hour later.
 */
import { groupedWhole } from './groupedWhole.js';
import type { Scenario } from './scenarioSchema.js';
import { scenarioIssue, type ScenarioIssue } from './ScenarioError.js';

/**
 * The most work one run may take. Measured (`npm run bench million-tenants`,
 * 2 cores): a million generated tenants (2.1 million instances, 64-character
 * region names) ran in 23–28 seconds with a peak of 1,073 MiB, reports
 * streamed to disk; the limits leave some room above that and refuse what
 * would take many times as long.
 */
export const WORK_LIMITS = {
  /** Production and sandbox instances: their state, records and report rows are held for the whole run. */
  instances: 2_500_000,
  /** Restores admins start over the run, each a pair of events. */
  adminRestores: 5_000_000,
  /** Incidents times tenants: each incident's start goes through every tenant to email the affected ones. */
  incidentTenantVisits: 200_000_000,
} as const;

/** The expected size of one run. */
export interface WorkEstimate {
  /** Production and sandbox instances (expected, for a generated fleet). */
  instances: number;
  /** Sandbox instances among them. */
  sandboxes: number;
  /** Simulated hours, from the announcement to two days past the window's end. */
  hours: number;
  /** Expected restores started by admins. */
  adminRestores: number;
  /** Expected incidents, scheduled and random. */
  incidents: number;
  /** What makes the scenario too large to run, in the words of its fields; empty when it can run. */
  issues: ScenarioIssue[];
}

const MS_PER_DAY = 86_400_000;
const HOURS_PER_MONTH = 30 * 24;
/** Days the run lasts past the window, for the last windows to close (as the model plays it). */
const DAYS_AFTER_WINDOW = 2;

const days = (from: string, to: string) => (Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / MS_PER_DAY;
const written = groupedWhole;

/** The expected size of a run of `scenario` (already validated), and why it is too large if it is. */
export function estimateWork(scenario: Scenario): WorkEstimate {
  const { release, fleet, tenants } = scenario;
  let tenantCount: number;
  let sandboxes: number;
  if (fleet) {
    const weights = fleet.sandboxesPerTenant;
    const total = weights.reduce((a, w) => a + w, 0);
    const meanSandboxes = weights.reduce((a, w, k) => a + k * w, 0) / total;
    tenantCount = fleet.tenants;
    sandboxes = fleet.tenants * meanSandboxes;
  } else {
    const listed = tenants ?? [];
    tenantCount = listed.length;
    sandboxes = listed.reduce((a, t) => a + (t.onPremisesVersion ? 0 : t.sandboxes), 0);
  }
  const instances = tenantCount + sandboxes;
  const hours = (days(release.announce, release.windowEnd) + 1 + DAYS_AFTER_WINDOW) * 24;
  const windowMonths = ((days(release.windowStart, release.windowEnd) + 1) * 24) / HOURS_PER_MONTH;
  const adminRestores = (sandboxes * scenario.backups.adminRestoresPerSandboxPerMonth * hours) / HOURS_PER_MONTH;
  const { random, scheduled } = scenario.incidents;
  const randomIncidents = scenario.regions.length * (random.unplannedPerRegionPerMonth + random.majorPerRegionPerMonth) * windowMonths;
  const incidents = scheduled.length + randomIncidents;

  const issues: ScenarioIssue[] = [];
  const fleetField = fleet ? ['fleet', 'tenants'] : ['tenants'];
  if (instances > WORK_LIMITS.instances) {
    const what = fleet ? 'fleet.tenants or fleet.sandboxesPerTenant' : 'the tenants listed or their sandboxes';
    issues.push(scenarioIssue(fleetField, `gives about ${written(instances)} instances, more than the ${written(WORK_LIMITS.instances)} one run can simulate: reduce ${what}`));
  }
  if (adminRestores > WORK_LIMITS.adminRestores) {
    issues.push(
      scenarioIssue(
        ['backups', 'adminRestoresPerSandboxPerMonth'],
        `gives about ${written(adminRestores)} restores over the run, more than the ${written(WORK_LIMITS.adminRestores)} one run can simulate: reduce it or the sandboxes`,
      ),
    );
  }
  if (incidents * tenantCount > WORK_LIMITS.incidentTenantVisits) {
    const field = randomIncidents > scheduled.length ? ['incidents', 'random'] : ['incidents', 'scheduled'];
    issues.push(
      scenarioIssue(
        field,
        `gives about ${written(incidents)} incidents for ${written(tenantCount)} tenants, more incident emails than one run can simulate (incidents × tenants at most ${written(WORK_LIMITS.incidentTenantVisits)}): reduce the incidents or the tenants`,
      ),
    );
  }
  return { instances, sandboxes, hours, adminRestores, incidents, issues };
}
