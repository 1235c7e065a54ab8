/**
 * A gates study written out by hand: per threshold, the exposure and days
 * halted of each replication with the bad build and the days halted without
 * it, so the Gates tab's findings and chart can be checked against figures
 * worked out in the test instead of against a simulation.
 */
import type { GatesStudy } from '../../../sim/plan/index.js';
import { fakeReplications, fleetKpis } from '../../plan/support/fakeReplication.js';

/** The fleet KPIs gates-study.csv reads, in this order (on-time share too: main's gates-study.csv reports it). */
const KPIS = fleetKpis('instances_updated_with_defect', 'defect_exposure', 'days_halted:days', 'defect_detection_delay:hours', 'share_on_n_at_window_end:%', 'gate_false_halts', 'on_time_share:%');

export interface FakeSetting {
  threshold: number;
  /** Per replication, with the bad build. */
  exposure: number[];
  daysHalted: number[];
  /** Per replication, without it. */
  falseHaltDays: number[];
}

/** Replications with `exposure[r]` instances on the bad build and `days[r]` days halted. */
function runs(exposure: readonly number[], days: readonly number[]) {
  return fakeReplications(
    KPIS,
    exposure.map((e, r) => ({ values: [e, e, days[r], 12, 90, days[r] > 0 ? 1 : 0, 95] })),
  );
}

/** A study of a gate over the last `window` updates: no gate exposes `ungated` instances per replication; then `settings`. */
export function fakeGatesStudy(window: number, ungated: readonly number[], settings: readonly FakeSetting[]): GatesStudy {
  return {
    window,
    ungated: runs(ungated, ungated.map(() => 0)),
    settings: settings.map((s) => ({
      threshold: s.threshold,
      withDefect: runs(s.exposure, s.daysHalted),
      withoutDefect: runs(
        s.exposure.map(() => 0),
        s.falseHaltDays,
      ),
    })),
  };
}
