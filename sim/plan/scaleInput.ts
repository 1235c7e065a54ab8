/**
 * What-if knobs on a scenario: one input scaled by a factor, everything else
 * as written. Capacity planning turns `slots` and `backup` up and down;
 * sensitivity analysis turns each input to its low and high. A factor of 1
 * gives the scenario back unchanged.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';

/** The inputs that can be scaled, with what scaling them by a factor f does. */
export const SCALED_INPUTS = {
  approval: "every admin profile's chance to approve × f (at most 1 − its chance to reschedule)",
  reschedule: "every admin profile's chance to reschedule × f (at most 1 − its chance to approve)",
  slots: "every region's update slots × f, rounded, at least 1",
  backup: "every region's backup throughput (GB/h) × f",
  failures: 'the chance a Database Upgrade fails, at every complexity, × f (at most 1)',
  duration: 'Database Upgrade hours and the Backup and Restore overheads × f',
} as const;

export type ScaledInput = keyof typeof SCALED_INPUTS;

/** The names of the scaled inputs, in the order reports list them. */
export const SCALED_INPUT_NAMES = Object.keys(SCALED_INPUTS) as ScaledInput[];

/** A triangular duration with all three points × f. */
function scaleTriangular(t: { min: number; mode: number; max: number }, factor: number) {
  return { min: t.min * factor, mode: t.mode * factor, max: t.max * factor };
}

/**
 * A copy of `scenario` with `input` scaled by `factor` (> 0). Odds are capped
 * so that the result is still a valid scenario (approve + reschedule ≤ 1,
 * failure odds ≤ 1); the input scenario is not changed.
 */
export function scaleInput(scenario: Scenario, input: ScaledInput, factor: number): Scenario {
  if (!(factor > 0 && Number.isFinite(factor))) throw new RangeError(`scaleInput: the factor must be a number above 0, got ${factor}`);
  const s = structuredClone(scenario);
  switch (input) {
    case 'approval':
      for (const p of Object.values(s.admins)) p.approve = Math.min(p.approve * factor, 1 - p.reschedule);
      break;
    case 'reschedule':
      for (const p of Object.values(s.admins)) p.reschedule = Math.min(p.reschedule * factor, 1 - p.approve);
      break;
    case 'slots':
      // Slots are whole: what a release manager would set, and never none.
      for (const r of s.regions) r.updateSlots = Math.max(1, Math.round(r.updateSlots * factor));
      break;
    case 'backup':
      for (const r of s.regions) r.backupThroughputGbPerHour *= factor;
      break;
    case 'failures':
      for (const c of ['low', 'medium', 'high'] as const) s.failures[c] = Math.min(1, s.failures[c] * factor);
      break;
    case 'duration':
      s.durations.databaseUpgradeHours = scaleTriangular(s.durations.databaseUpgradeHours, factor);
      s.durations.backupOverheadHours = scaleTriangular(s.durations.backupOverheadHours, factor);
      s.durations.restoreOverheadHours = scaleTriangular(s.durations.restoreOverheadHours, factor);
      break;
  }
  return s;
}
