/**
 * The wave plan: the service pre-schedules every tenant to a day in the
 * release window, phased in waves (safe deployment). Each tenant joins one of
 * the waves open to its region, by the waves' shares; inside a wave, the
 * wave's days are split among its regions in the listed order, in proportion
 * to their tenants, so the first-listed region goes first.
 */
import { packedArray, weightedIndex, type RandomStream } from '../engine/index.js';
import type { Scenario } from '../scenario/scenarioSchema.js';
import { dayOf, hoursSinceEpoch } from './calendar.js';
import type { Fleet } from './buildFleet.js';

/** The wave plan, per tenant. */
export interface WavePlan {
  /** Day (since the epoch) each tenant's production instance is pre-scheduled to. */
  day: Int32Array;
  /** Index (in the scenario's waves) of the wave each tenant joins. */
  wave: Int32Array;
}

/** Assigns each tenant a wave and a day in it. */
export function planWaves(scenario: Scenario, fleet: Fleet, rng: RandomStream): WavePlan {
  const epoch = scenario.release.announce;
  // packedArray, not map, throughout: see there (maps here made every replication deoptimize this function).
  const regionNames = packedArray(scenario.regions.length, (r) => scenario.regions[r].name);
  const waves = packedArray(scenario.waves.length, (k) => {
    const w = scenario.waves[k];
    const names = w.regions ?? regionNames;
    return {
      startDay: dayOf(hoursSinceEpoch(epoch, w.start)),
      endDay: dayOf(hoursSinceEpoch(epoch, w.end)),
      share: w.share,
      regionOrder: packedArray(names.length, (j) => regionNames.indexOf(names[j])),
    };
  });
  // Waves open to each region, with their shares; a region whose waves all have share 0 still gets them evenly.
  const eligible = packedArray(regionNames.length, (r) => {
    const open: number[] = [];
    for (let i = 0; i < waves.length; i++) if (waves[i].regionOrder.includes(r)) open.push(i);
    return open;
  });
  const weightsOf = packedArray(eligible.length, (r) => packedArray(eligible[r].length, (c) => waves[eligible[r][c]].share));
  const totalOf = packedArray(weightsOf.length, (r) => weightsOf[r].reduce((a, b) => a + b, 0));
  const { tenants } = fleet;
  const waveOf = new Int32Array(tenants.count);
  for (let t = 0; t < tenants.count; t++) {
    const region = tenants.region[t];
    const choices = eligible[region];
    waveOf[t] = choices[totalOf[region] > 0 ? weightedIndex(rng, weightsOf[region]) : Math.floor(rng() * choices.length)];
  }
  // Each wave's tenants by region, in the wave's region order, tenants in their order: one pass over the fleet.
  const members = packedArray(waves.length, (w) => packedArray(waves[w].regionOrder.length, (): number[] => []));
  const placeInWave = packedArray(waves.length, (w) => packedArray(regionNames.length, (r) => waves[w].regionOrder.indexOf(r)));
  for (let t = 0; t < tenants.count; t++) members[waveOf[t]][placeInWave[waveOf[t]][tenants.region[t]]].push(t);
  const day = new Int32Array(tenants.count);
  waves.forEach((wave, w) => {
    const total = members[w].reduce((a, m) => a + m.length, 0);
    const days = wave.endDay - wave.startDay + 1;
    let before = 0;
    members[w].forEach((list) => {
      // The region's slice of the wave's days, at least one day long.
      const from = wave.startDay + Math.min(days - 1, Math.floor((before / Math.max(total, 1)) * days));
      before += list.length;
      const to = Math.max(from, wave.startDay + Math.ceil((before / Math.max(total, 1)) * days) - 1);
      for (const t of list) day[t] = from + Math.floor(rng() * (to - from + 1));
    });
  });
  return { day, wave: waveOf };
}
