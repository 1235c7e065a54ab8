/**
 * A replication's buffers, for `postMessage(result, transfer)`: moving them
 * to the receiving thread costs nothing, where copying a large fleet's hourly
 * series a hundred times over would.
 */
import type { ReplicationResult } from './ReplicationResult.js';

/** Every ArrayBuffer under `result`, each once (the result owns them all, none is shared). */
export function transferableBuffers(result: ReplicationResult): ArrayBuffer[] {
  return [result.kpiValues.buffer as ArrayBuffer, ...result.series.map((s) => s.values.buffer as ArrayBuffer)];
}
