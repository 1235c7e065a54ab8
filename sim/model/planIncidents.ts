/**
 * Incidents during the wave: those the scenario schedules (planned
 * maintenance blackouts, known incidents) and unplanned or major ones drawn at
 * random per region over the window (a Poisson process).
 */
import { poisson, triangular, type RandomStream } from '../engine/index.js';
import type { IncidentKind, Scenario } from '../scenario/scenarioSchema.js';
import { hoursSinceEpoch } from './calendar.js';

/** An incident as the model plays it; region -1 means every region. */
export interface IncidentPlan {
  kind: IncidentKind;
  region: number;
  start: number;
  end: number;
  pauseUpdates: boolean;
  slowdown: number;
  failureMultiplier: number;
  affectedShare: number;
}

const HOURS_PER_MONTH = 30 * 24;

/** Scheduled incidents plus random ones drawn over [windowStartHour, windowEndHour), ordered by start. */
export function planIncidents(scenario: Scenario, windowStartHour: number, windowEndHour: number, rng: RandomStream): IncidentPlan[] {
  const epoch = scenario.release.announce;
  const regionIndex = new Map(scenario.regions.map((r, i) => [r.name, i]));
  const plans: IncidentPlan[] = scenario.incidents.scheduled.map((s) => {
    const start = hoursSinceEpoch(epoch, s.start);
    return {
      kind: s.kind,
      region: s.region === '*' ? -1 : regionIndex.get(s.region)!,
      start,
      end: start + s.durationHours,
      pauseUpdates: s.pauseUpdates,
      slowdown: s.slowdown,
      failureMultiplier: s.failureMultiplier,
      affectedShare: s.affectedShare,
    };
  });
  const random = scenario.incidents.random;
  const span = windowEndHour - windowStartHour;
  const rates: [IncidentKind, number][] = [
    ['unplanned', random.unplannedPerRegionPerMonth],
    ['major', random.majorPerRegionPerMonth],
  ];
  scenario.regions.forEach((_, region) => {
    for (const [kind, perMonth] of rates) {
      if (perMonth <= 0) continue;
      const count = poisson(rng, (perMonth * span) / HOURS_PER_MONTH);
      for (let k = 0; k < count; k++) {
        const start = windowStartHour + rng() * span;
        const { min, mode, max } = random.durationHours;
        plans.push({
          kind,
          region,
          start,
          end: start + triangular(rng, min, mode, max),
          pauseUpdates: true,
          slowdown: random.slowdown,
          failureMultiplier: random.failureMultiplier,
          affectedShare: random.affectedShare,
        });
      }
    }
  });
  return plans.sort((a, b) => a.start - b.start || a.region - b.region);
}
