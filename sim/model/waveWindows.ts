/**
 * When each wave of the plan runs, in simulation hours: a wave's start and
 * end are local dates in each of its regions, so it begins at the first
 * local midnight of its start date (in its easternmost region) and ends at
 * the last local midnight after its end date (in its westernmost region).
 * The charts shade these spans and write the waves' names on them.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import { dayOf, hoursSinceEpoch, localTimeToHour } from './calendar.js';
import type { WaveWindow } from './SimulationResult.js';

/** The scenario's waves, in its order, with the hours their dates cover. */
export function waveWindows(scenario: Scenario): WaveWindow[] {
  const epoch = scenario.release.announce;
  return scenario.waves.map((wave) => {
    const regionNames = wave.regions ?? scenario.regions.map((r) => r.name);
    const offsets = scenario.regions.filter((r) => regionNames.includes(r.name)).map((r) => r.utcOffsetHours);
    const startDay = dayOf(hoursSinceEpoch(epoch, wave.start));
    const endDay = dayOf(hoursSinceEpoch(epoch, wave.end));
    return {
      name: wave.name,
      regions: [...regionNames],
      start: Math.min(...offsets.map((offset) => localTimeToHour(startDay, 0, offset))),
      end: Math.max(...offsets.map((offset) => localTimeToHour(endDay + 1, 0, offset))),
    };
  });
}
