/**
 * The invariant suite: every bundled scenario on two seeds, each rule of the
 * domain checked over every instance's trace and every row of its CSV
 * reports. Each check's own test (invariantChecks.test.ts) shows it fails
 * when its rule is broken.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateWork, parseScenario } from '../sim/scenario/index.js';
import { CHECKS, RunFacts, checkRun, type Check } from './support/invariants/index.js';

/**
 * The suite keeps every trace event of a run and parses every row of its
 * reports: at a million instances that is gigabytes and many minutes on a
 * shared machine. A scenario larger than this is left out, and only when it
 * is a checked scenario scaled up (the test below), so every rule is checked
 * on its model, policy and calendar, at a size that fits.
 */
const MAX_CHECKED_INSTANCES = 300_000;

const bundled = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const read = (file: string) => JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'));
const sizeOf = (file: string) => estimateWork(parseScenario(readFileSync(`scenarios/${file}`, 'utf8'))).instances;
const checked = bundled.filter((f) => sizeOf(f) <= MAX_CHECKED_INSTANCES);
const tooLarge = bundled.filter((f) => sizeOf(f) > MAX_CHECKED_INSTANCES);

/** A scenario without its size: names, tenants, and capacities per tenant instead of per region. */
function shape(s: { name?: string; description?: string; fleet: { tenants: number }; regions: { updateSlots: number; backupThroughputGbPerHour: number }[] }) {
  const { name: _name, description: _description, ...rest } = s;
  const tenants = s.fleet.tenants;
  return {
    ...rest,
    fleet: { ...s.fleet, tenants: 0 },
    regions: s.regions.map((r) => ({ ...r, updateSlots: r.updateSlots / tenants, backupThroughputGbPerHour: r.backupThroughputGbPerHour / tenants })),
  };
}

describe(`scenarios over ${MAX_CHECKED_INSTANCES.toLocaleString('en-US')} instances, left out of the invariant suite`, () => {
  it('are only the million scenario: every other bundled scenario is checked', () => {
    expect(tooLarge).toEqual(['million.json']);
  });

  it.each(tooLarge)('%s is a checked scenario scaled up: the same scenario with more tenants and the same capacity per tenant', (file) => {
    const twins = checked.filter((f) => read(f).fleet && JSON.stringify(shape(read(f))) === JSON.stringify(shape(read(file))));
    expect(twins.length).toBeGreaterThan(0);
  });
});
// Rule names, from a dry instance of each check.
const rules = CHECKS.map((make) => make(new RunFacts(parseScenario(readFileSync('scenarios/baseline.json', 'utf8')), 1)).rule);

describe.each(checked)('%s', (file) => {
  const scenario = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'));
  describe.each([scenario.seed, scenario.seed + 1])('seed %i', (seed) => {
    let checks: Check[];
    beforeAll(() => {
      checks = checkRun(scenario, seed);
    }, 120_000);

    it.each(rules.map((rule, k) => [rule, k] as const))('%s', (_, k) => {
      expect(checks[k].violations()).toEqual([]);
    });
  });
});
