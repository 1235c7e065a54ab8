/**
 * Regions do not interact: each draws from its own random streams and has
 * its own slots and backup system, so changing one region's capacity leaves
 * every other region's instances exactly as they were. The capacity planner
 * sizes each region on its own because of this; here it is checked on whole
 * instance records of the shipped scenarios, incidents and imports included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InstanceRecords, SimulationResult } from '../sim/model/SimulationResult.js';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import { parseScenario } from '../sim/scenario/index.js';
import type { Scenario } from '../sim/scenario/scenarioSchema.js';

const load = (name: string) => parseScenario(readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8'));

/** Every per-instance column of `result` (typed arrays) for the instances of `region`. */
function regionRecords(result: SimulationResult, region: number): Record<string, number[]> {
  const { instances } = result;
  const keep = (i: number) => instances.region[i] === region;
  const columns: Record<string, number[]> = {};
  for (const [key, column] of Object.entries(instances) as [keyof InstanceRecords, unknown][]) {
    if (ArrayBuffer.isView(column)) columns[key] = Array.from(column as Float64Array).filter((_, i) => keep(i));
  }
  return columns;
}

/** `scenario` with region `r`'s slots and backup throughput changed. */
function changeRegion(scenario: Scenario, r: number, slots: number, backupFactor: number): Scenario {
  const s = structuredClone(scenario);
  s.regions[r].updateSlots = slots;
  s.regions[r].backupThroughputGbPerHour *= backupFactor;
  return s;
}

describe.each(['baseline', 'incident-mid-wave', 'on-prem-mix'])('regions of %s are independent', (name) => {
  const scenario = load(name);
  const before = simulateRelease(scenario);

  it.each(scenario.regions.map((region, r) => [region.name, r] as const))('changing %s\u2019s capacity changes none of the other regions\u2019 instances', (_, changed) => {
    const after = simulateRelease(changeRegion(scenario, changed, Math.max(1, Math.round(scenario.regions[changed].updateSlots / 3)), 0.5));
    // The change must matter where it is made, or the comparison below proves nothing.
    expect(regionRecords(after, changed)).not.toEqual(regionRecords(before, changed));
    scenario.regions.forEach((_, r) => {
      if (r === changed) return;
      expect(regionRecords(after, r), `region ${scenario.regions[r].name}`).toEqual(regionRecords(before, r));
      expect(after.regionUpdates[r]).toEqual(before.regionUpdates[r]);
      expect(Array.from(after.hourly.completionsByRegion[r])).toEqual(Array.from(before.hourly.completionsByRegion[r]));
    });
  });

  it('counts each region\u2019s updates so that they add up to the fleet\u2019s', () => {
    const sum = (pick: (u: SimulationResult['regionUpdates'][number]) => number) => before.regionUpdates.reduce((total, u) => total + pick(u), 0);
    expect(sum((u) => u.started)).toBe(before.queueWaitsHours.length);
    expect(sum((u) => u.overrunsNotStarted)).toBe(before.counters.overrunsNotStarted);
    expect(sum((u) => u.overrunsAborted)).toBe(before.counters.overrunsAborted);
    expect(before.counters.overrunsNotStarted + before.counters.overrunsAborted).toBeGreaterThan(0);
  });
});
