/**
 * A worker's failure as a release manager would put it. A run that needs
 * more memory than the browser gives a tab fails deep in the engine with
 * words such as "Array buffer allocation failed" or "KeyedHeap: more than
 * 4194304 records held at once", or the worker simply dies; all of them mean
 * the same thing to the user, and say what to change.
 */

/** Engine and browser messages that mean the run outgrew the memory a tab may use. */
const OUT_OF_ROOM = /allocation failed|out of memory|invalid (typed )?array length|invalid string length|maximum call stack|records held at once|stopped unexpectedly/i;

/** What the user reads when a run or batch outgrew the browser. */
export const OUT_OF_MEMORY_MESSAGE =
  'This scenario needs more memory than the browser allows: reduce fleet.tenants, the sandboxes per tenant (fleet.sandboxesPerTenant) or the release window, or run it with the command line (wavesim run), which has more room.';

/** The plain sentence for a worker's error message, or null when the message is already the user's business (an invalid scenario, say). */
export function plainWorkerError(message: string): string | null {
  return OUT_OF_ROOM.test(message) ? OUT_OF_MEMORY_MESSAGE : null;
}
