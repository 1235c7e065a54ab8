/**
 * Which version an instance updates to next (domain: "Recommended
 * approaches"). Approach one: a sandbox on n-2 steps through n-1, its
 * production goes straight to n. Approach two: both step through n-1.
 * On n-1, everything goes to n.
 */
import { PRODUCTION, VERSION_N, VERSION_N1, VERSION_N2 } from './SimulationResult.js';

/** Version code of the next step for an instance of `kind` on `version`, or -1 when it is on n. */
export function nextTargetVersion(kind: number, version: number, approach: 'one' | 'two'): number {
  if (version === VERSION_N) return -1;
  if (version === VERSION_N1) return VERSION_N;
  if (version === VERSION_N2 && approach === 'one' && kind === PRODUCTION) return VERSION_N;
  return VERSION_N1;
}

/**
 * Being two versions behind, or on n-1 for an update booked after n-1's last
 * supported day, makes an update mandatory: no approval needed. Days are the
 * local dates the updates are booked on.
 */
export function isMandatory(version: number, bookedDay: number, lastSupportedDay: number): boolean {
  return version === VERSION_N2 || (version === VERSION_N1 && bookedDay > lastSupportedDay);
}
