/**
 * The invariant suite: every bundled scenario on two seeds, each rule of the
 * domain checked over every instance's trace and every row of its CSV
 * reports. Each check's own test (invariantChecks.test.ts) shows it fails
 * when its rule is broken.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/scenario/index.js';
import { CHECKS, RunFacts, checkRun, type Check } from './support/invariants/index.js';

const bundled = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
// Rule names, from a dry instance of each check.
const rules = CHECKS.map((make) => make(new RunFacts(parseScenario(readFileSync('scenarios/baseline.json', 'utf8')), 1)).rule);

describe.each(bundled)('%s', (file) => {
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
