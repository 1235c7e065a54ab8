import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, SCENARIO_BOUNDS } from '../sim/scenario/index.js';

const baseline = JSON.parse(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8'));
const tiny = JSON.parse(readFileSync(new URL('./fixtures/tiny.json', import.meta.url), 'utf8'));

/** The `path: rule` lines of `scenario` after `change`; [] when it is valid. */
function problemsAfter(scenario: unknown, change: (s: any) => void): string[] {
  const s = structuredClone(scenario) as any;
  change(s);
  try {
    parseScenario(JSON.stringify(s));
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
}

describe('every number and list has an upper bound, named in the message', () => {
  // Each of these once hung a run, ran it out of memory or crashed it (issue 9).
  it.each([
    ['an incident of 1e10 hours', (s: any) => (s.incidents = { scheduled: [{ kind: 'major', region: '*', start: '2027-05-01', durationHours: 1e10 }] }), 'incidents.scheduled[0].durationHours: must be at most 2,160'],
    ['a storage sigma of 1000', (s: any) => (s.fleet.productionStorageGb.sigma = 1000), 'fleet.productionStorageGb.sigma: must be at most 3'],
    ['a nightly system backup of 1e9 hours', (s: any) => (s.backups = { systemBackupHours: 1e9 }), 'backups.systemBackupHours: must be at most 24'],
    ['a million admin restores per sandbox a month', (s: any) => (s.backups = { adminRestoresPerSandboxPerMonth: 1e6 }), 'backups.adminRestoresPerSandboxPerMonth: must be at most 30'],
    ['8,000 regions', (s: any) => (s.regions = Array.from({ length: 8000 }, (_, i) => ({ ...s.regions[0], name: `R${i}` }))), 'regions: must list at most 100 items'],
    ['an extra-recipient mean of 1e6', (s: any) => (s.fleet.extraRecipientsMean = 1e6), 'fleet.extraRecipientsMean: must be at most 1,000'],
    ['a 64-bit seed', (s: any) => (s.seed = 2 ** 60), 'seed: must be at most 9,007,199,254,740,991'],
  ])('%s is refused', (_, change, expected) => {
    expect(problemsAfter(baseline, change)).toContain(expected);
  });

  it('a listed tenant with more sandboxes than a tenant can have is refused', () => {
    expect(problemsAfter(tiny, (s) => (s.tenants[0].sandboxes = 1e9))).toEqual([`tenants[0].sandboxes: must be at most ${SCENARIO_BOUNDS.sandboxes}`]);
  });

  it('a listed tenant with 70,000 extra recipients is refused, so counts never pass 16 bits', () => {
    expect(problemsAfter(tiny, (s) => (s.tenants[0].extraRecipients = 70_000))).toEqual(['tenants[0].extraRecipients: must be at most 10,000']);
  });

  it('a window of 423 years is refused at its end date, with its length', () => {
    expect(problemsAfter(baseline, (s) => (s.release.windowEnd = '2450-06-30'))).toEqual([
      expect.stringMatching(/^release\.windowEnd: must be at most 366 days after release\.windowStart \(the window is [\d,]+ days long\)$/),
    ]);
  });

  it('a window of exactly 366 days is allowed', () => {
    expect(problemsAfter(baseline, (s) => (s.release.windowEnd = '2028-03-31'))).toEqual([]);
  });

  it('an announcement centuries ahead of the window is refused', () => {
    expect(problemsAfter(baseline, (s) => (s.release.announce = '1700-01-01'))).toEqual([expect.stringMatching(/^release\.announce: must be at most 366 days before release\.windowStart/)]);
  });
});

describe('meaningless scenarios are refused', () => {
  it('two listed tenants with the same id are refused at the second, naming the first', () => {
    expect(problemsAfter(tiny, (s) => (s.tenants[2].id = 'T1'))).toEqual(['tenants[2].id: must be unique ("T1" is also tenants[0].id)']);
  });

  it('an incident before the announcement is refused', () => {
    expect(problemsAfter(tiny, (s) => (s.incidents.scheduled[0].start = '2027-03-24T23:00Z'))).toEqual([
      'incidents.scheduled[0].start: must lie inside the run, from release.announce to the end of release.windowEnd',
    ]);
  });

  it('an incident after the window\'s last day is refused; one on that day is not', () => {
    expect(problemsAfter(tiny, (s) => (s.incidents.scheduled[0].start = '2027-04-15'))).toHaveLength(1);
    expect(problemsAfter(tiny, (s) => (s.incidents.scheduled[0].start = '2027-04-14T23:59Z'))).toEqual([]);
    expect(problemsAfter(tiny, (s) => (s.incidents.scheduled[0].start = '2027-03-25'))).toEqual([]);
  });

  it('a latest start after the window closes is refused (an update queued past its close crashed the run)', () => {
    expect(problemsAfter(tiny, (s) => (s.updateWindow = { lengthHours: 1, latestStartHours: 30 }))).toEqual([
      'updateWindow.latestStartHours: must be at most updateWindow.lengthHours (an update starts inside its window)',
    ]);
    expect(problemsAfter(tiny, (s) => (s.updateWindow = { lengthHours: 8, latestStartHours: 8 }))).toEqual([]);
  });

  it('a reschedule of 0 days is refused: a reschedule moves an update at least a day', () => {
    expect(problemsAfter(tiny, (s) => (s.admins.prompt.rescheduleDays = { min: 0, mode: 0, max: 0 }))).toEqual(['admins.prompt.rescheduleDays.min: must be at least 1']);
  });
});
