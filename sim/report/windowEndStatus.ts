/**
 * Where the fleet stands when the update window closes: how many instances
 * are on n, and how many are out of policy — on n-2, on n-1 once n-1's
 * support has ended, or on premises and refused at import (below 8.2).
 */
import { packedArray } from '../engine/packedArray.js';
import {
  OUTCOME_IMPORT_REFUSED,
  OUTCOME_UPDATED,
  VERSION_N,
  VERSION_N1,
  VERSION_N2,
  type SimulationResult,
} from '../model/SimulationResult.js';

/** Instance counts at the window end. The three out-of-policy parts are disjoint. */
export interface WindowEndStatus {
  instances: number;
  onN: number;
  /** Refused imports, whatever their version code. */
  importRefused: number;
  /** On n-2 (and not a refused import). */
  outOfPolicyOnN2: number;
  /** On n-1 while the window ends after n-1's support end (and not a refused import). */
  outOfPolicyOnN1: number;
  /** The sum of the three parts. */
  outOfPolicy: number;
}

/**
 * Counts instances on n and out of policy when the window closes. An
 * instance is on n if it started there or was updated inside the window:
 * every update belongs to the local date its window opened on, so one that
 * opened on the window's last date counts even when it ends the next UTC day
 * (the README's calendar convention). Any other instance stands at its last
 * version: n-2 is out of policy, and n-1 is when the window's last date comes
 * after n-1's last supported date. Counts the whole fleet, or only the
 * instances of the region at index `region`.
 */
export function windowEndStatus(result: SimulationResult, region?: number): WindowEndStatus {
  const status = emptyStatus();
  const n1Unsupported = result.windowEndDay > result.lastSupportedDay;
  const { instances } = result;
  for (let i = 0; i < instances.count; i++) if (region === undefined || instances.region[i] === region) tally(status, result, i, n1Unsupported);
  return finished(status);
}

/** The status of each region, by region index, from one pass over the instances (a fleet has a few regions and many instances). */
export function windowEndStatusByRegion(result: SimulationResult): WindowEndStatus[] {
  const statuses = packedArray(result.regions.length, emptyStatus);
  const n1Unsupported = result.windowEndDay > result.lastSupportedDay;
  const { instances } = result;
  for (let i = 0; i < instances.count; i++) tally(statuses[instances.region[i]], result, i, n1Unsupported);
  return packedArray(statuses.length, (r) => finished(statuses[r]));
}

function emptyStatus(): WindowEndStatus {
  return { instances: 0, onN: 0, importRefused: 0, outOfPolicyOnN2: 0, outOfPolicyOnN1: 0, outOfPolicy: 0 };
}

/** Counts instance i into `status`. */
function tally(status: WindowEndStatus, { instances }: SimulationResult, i: number, n1Unsupported: boolean): void {
  status.instances++;
  const outcome = instances.outcome[i];
  if (outcome === OUTCOME_IMPORT_REFUSED) {
    status.importRefused++;
    return;
  }
  if (instances.fromVersion[i] === VERSION_N || outcome === OUTCOME_UPDATED) {
    status.onN++;
    return;
  }
  const version = instances.toVersion[i];
  if (version === VERSION_N2) status.outOfPolicyOnN2++;
  else if (version === VERSION_N1 && n1Unsupported) status.outOfPolicyOnN1++;
}

function finished(status: WindowEndStatus): WindowEndStatus {
  status.outOfPolicy = status.importRefused + status.outOfPolicyOnN2 + status.outOfPolicyOnN1;
  return status;
}
