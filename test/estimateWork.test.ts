import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateWork, parseScenario, ScenarioError, validateScenario, WORK_LIMITS } from '../sim/scenario/index.js';
import { simulateRelease } from '../sim/model/index.js';

const baseline = JSON.parse(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8'));
const tiny = JSON.parse(readFileSync(new URL('./fixtures/tiny.json', import.meta.url), 'utf8'));

function issuesOf(data: unknown): string[] {
  try {
    validateScenario(data);
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
}

describe('estimateWork', () => {
  it('expects the instances a generated fleet will have, within 2 % of a real run', () => {
    const scenario = parseScenario(JSON.stringify(baseline));
    const estimate = estimateWork(scenario);
    const actual = simulateRelease(scenario).instances.count;
    expect(Math.abs(estimate.instances - actual) / actual).toBeLessThan(0.02);
  });

  it('counts a listed fleet exactly, on-premises organizations without sandboxes', () => {
    const s = structuredClone(tiny);
    s.tenants[1].onPremisesVersion = '8.3';
    s.tenants[1].sandboxes = 5;
    expect(estimateWork(validateScenario(s))).toMatchObject({ instances: 5, sandboxes: 2 });
  });

  it('covers the run from the announcement to two days past the window', () => {
    // 2027-03-25 to 2027-04-14 is 21 days, plus 2.
    expect(estimateWork(validateScenario(tiny)).hours).toBe(23 * 24);
  });

  it('refuses a fleet with more instances than one run can simulate, naming the fields that make it large', () => {
    const s = structuredClone(baseline);
    s.fleet.tenants = 1_000_000;
    s.fleet.sandboxesPerTenant = [0, 0, 0, 1];
    expect(issuesOf(s)).toEqual([
      `fleet.tenants: gives about 4,000,000 instances, more than the ${WORK_LIMITS.instances.toLocaleString('en-US')} one run can simulate: reduce fleet.tenants or fleet.sandboxesPerTenant`,
    ]);
  });

  it('allows a million tenants with the baseline\'s sandboxes (about 2.1 million instances)', () => {
    const s = structuredClone(baseline);
    s.fleet.tenants = 1_000_000;
    expect(issuesOf(s)).toEqual([]);
  });

  it('refuses admin restores beyond what a run can play out, at their rate', () => {
    const s = structuredClone(baseline);
    s.fleet.tenants = 1_000_000;
    s.backups = { adminRestoresPerSandboxPerMonth: 30 };
    expect(issuesOf(s)).toEqual([expect.stringMatching(/^backups\.adminRestoresPerSandboxPerMonth: gives about [\d,]+ restores over the run, more than the 5,000,000/)]);
  });

  it('refuses random incidents times tenants beyond what a run can email', () => {
    const s = structuredClone(baseline);
    s.fleet.tenants = 1_000_000;
    s.incidents = { random: { unplannedPerRegionPerMonth: 30 } };
    expect(issuesOf(s)).toEqual([expect.stringMatching(/^incidents\.random: gives about [\d,]+ incidents for 1,000,000 tenants/)]);
  });
});
