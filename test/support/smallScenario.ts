/**
 * A small but complete scenario for model tests: every behaviour of the
 * domain shows up in a few hundred tenants (sandboxes, n-2 and n-1, all admin
 * profiles, on-premises imports old and new, incidents, tight slots).
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../sim/scenario/scenarioSchema.js';

const profile = (approve: number, reschedule: number, onDemandBackup: number) => ({
  approve,
  reschedule,
  rescheduleDays: { min: 2, mode: 7, max: 20 },
  onDemandBackup,
});

/** The fixture as written in a file; tweak a copy and validate it with `smallScenario`. */
export function smallScenarioInput(): ScenarioInput {
  return {
    name: 'small test fleet',
    seed: 11,
    release: { announce: '2027-01-01', windowStart: '2027-04-01', windowEnd: '2027-06-30', n1SupportEnd: '2027-05-31' },
    regions: [
      { name: 'NAM', utcOffsetHours: -5, updateSlots: 3, backupThroughputGbPerHour: 600, fleetShare: 3 },
      { name: 'EUR', utcOffsetHours: 1, updateSlots: 2, backupThroughputGbPerHour: 400, fleetShare: 2 },
      { name: 'IND', utcOffsetHours: 5.5, updateSlots: 1, backupThroughputGbPerHour: 150, fleetShare: 1 },
    ],
    fleet: {
      tenants: 400,
      sandboxesPerTenant: [0.3, 0.5, 0.2],
      versions: { n: 0.05, 'n-1': 0.6, 'n-2': 0.35 },
      productionStorageGb: { median: 15, sigma: 0.8 },
      complexity: { low: 0.5, medium: 0.3, high: 0.2 },
      adminProfiles: { prompt: 0.3, average: 0.4, procrastinating: 0.2, unresponsive: 0.1 },
      extraRecipientsMean: 1,
      onPremises: { share: 0.1, versions: { '8.0': 1, '8.1': 1, '8.2': 2, '9.0': 1 } },
    },
    waves: [
      { name: 'first', start: '2027-04-01', end: '2027-04-20', share: 1, regions: ['IND'] },
      { name: 'main', start: '2027-04-10', end: '2027-05-25', share: 3, regions: ['EUR', 'NAM', 'IND'] },
      { name: 'last', start: '2027-05-20', end: '2027-06-20', share: 2 },
    ],
    sandboxFirst: { approach: 'one', sandboxLeadDays: 10, stepGapDays: 5 },
    admins: {
      prompt: profile(0.6, 0.05, 0.5),
      average: profile(0.3, 0.1, 0.3),
      procrastinating: profile(0.1, 0.3, 0.1),
      unresponsive: profile(0.02, 0.01, 0),
    },
    failures: { low: 0.02, medium: 0.05, high: 0.15, retryAfterDays: 3 },
    backups: { adminRestoresPerSandboxPerMonth: 0.3 },
    incidents: {
      scheduled: [
        { kind: 'major', region: 'NAM', start: '2027-05-03T00:00Z', durationHours: 30, slowdown: 1.5, failureMultiplier: 3, affectedShare: 0.5 },
        { kind: 'plannedMaintenance', region: '*', start: '2027-04-24T02:00Z', durationHours: 4 },
      ],
      random: { unplannedPerRegionPerMonth: 0.5 },
    },
  };
}

/** The fixture, validated; `change` edits the input first. */
export function smallScenario(change: (s: ScenarioInput) => void = () => {}): Scenario {
  const input = smallScenarioInput();
  change(input);
  return scenarioSchema.parse(input);
}
