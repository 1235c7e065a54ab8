/**
 * How close the backup systems came to their limit over a run: the hour of
 * highest total demand, the capacity then, the worst demand-to-capacity
 * ratio and the hours demand exceeded capacity.
 */
import type { HourlySeries } from '../model/SimulationResult.js';

/** The hour of highest total backup demand, the capacity then, the worst demand/capacity ratio and the hours over capacity. */
export function backupLoad(hourly: HourlySeries) {
  let peakDemand = NaN;
  let capacityAtPeak = NaN;
  let peakRatio = NaN;
  let hoursOverCapacity = 0;
  for (let h = 0; h < hourly.hours; h++) {
    let demand = 0;
    for (const series of hourly.backupDemand) demand += series[h];
    const capacity = hourly.backupCapacity[h];
    if (!(demand <= peakDemand)) {
      peakDemand = demand;
      capacityAtPeak = capacity;
    }
    // With no capacity (a paused backup system) the ratio is undefined; such hours still count as over capacity.
    if (capacity > 0 && !(demand / capacity <= peakRatio)) peakRatio = demand / capacity;
    if (demand > capacity) hoursOverCapacity++;
  }
  return { peakDemand, capacityAtPeak, peakRatio, hoursOverCapacity };
}
