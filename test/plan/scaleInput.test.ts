import { describe, expect, it } from 'vitest';
import { SCALED_INPUT_NAMES, scaleInput } from '../../sim/plan/scaleInput.js';
import { scenarioSchema } from '../../sim/scenario/scenarioSchema.js';
import { smallScenario } from '../support/smallScenario.js';

const base = smallScenario();

describe('scaleInput', () => {
  it.each(SCALED_INPUT_NAMES)('gives the scenario back unchanged at ×1 (%s)', (input) => {
    expect(scaleInput(base, input, 1)).toEqual(base);
  });

  it.each(SCALED_INPUT_NAMES.flatMap((input) => [0.1, 0.8, 1.2, 5].map((f) => [input, f] as const)))(
    'leaves the input scenario alone and gives a valid scenario (%s × %d)',
    (input, factor) => {
      const before = structuredClone(base);
      const scaled = scaleInput(base, input, factor);
      expect(base).toEqual(before);
      expect(scenarioSchema.safeParse(scaled).success).toBe(true);
    },
  );

  it('scales update slots, rounded, never below one slot', () => {
    // Slots 3, 2, 1.
    expect(scaleInput(base, 'slots', 1.5).regions.map((r) => r.updateSlots)).toEqual([5, 3, 2]);
    expect(scaleInput(base, 'slots', 0.1).regions.map((r) => r.updateSlots)).toEqual([1, 1, 1]);
  });

  it('scales backup throughput', () => {
    expect(scaleInput(base, 'backup', 0.5).regions.map((r) => r.backupThroughputGbPerHour)).toEqual([300, 200, 75]);
  });

  it('scales approve odds, capped so that approve + reschedule stays at most 1', () => {
    const scaled = scaleInput(base, 'approval', 2).admins;
    // prompt 0.6 (reschedule 0.05) -> capped at 0.95; average 0.3 -> 0.6; unresponsive 0.02 -> 0.04.
    expect(scaled.prompt.approve).toBeCloseTo(0.95, 12);
    expect(scaled.average.approve).toBeCloseTo(0.6, 12);
    expect(scaled.unresponsive.approve).toBeCloseTo(0.04, 12);
    expect(scaled.prompt.reschedule).toBe(0.05);
  });

  it('scales reschedule odds, capped by the approve odds', () => {
    const scaled = scaleInput(base, 'reschedule', 10).admins;
    // procrastinating: approve 0.1, reschedule 0.3 -> 3, capped at 0.9; average 0.1 -> 1, capped at 0.7.
    expect(scaled.procrastinating.reschedule).toBeCloseTo(0.9, 12);
    expect(scaled.average.reschedule).toBeCloseTo(0.7, 12);
  });

  it('scales failure odds at every complexity, at most 1, and keeps the retry delay', () => {
    const scaled = scaleInput(base, 'failures', 10).failures;
    expect([scaled.low, scaled.medium, scaled.high]).toEqual([0.2, 0.5, 1]);
    expect(scaled.retryAfterDays).toBe(3);
  });

  it('scales Database Upgrade hours and the Backup and Restore overheads, not the GB/h speeds', () => {
    const { durations } = scaleInput(base, 'duration', 2);
    expect(durations.databaseUpgradeHours).toEqual({ min: 2, mode: 3.5, max: 6 });
    expect(durations.backupOverheadHours).toEqual({ min: 0.2, mode: 0.5, max: 1 });
    expect(durations.restoreOverheadHours).toEqual({ min: 0.2, mode: 0.5, max: 1 });
    expect(durations.backupGbPerHour).toBe(base.durations.backupGbPerHour);
  });

  it('rejects a factor that is not above 0', () => {
    for (const f of [0, -1, NaN, Infinity]) expect(() => scaleInput(base, 'slots', f)).toThrow(RangeError);
  });
});
