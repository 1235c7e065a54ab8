/**
 * A worker thread of the replication pool: it receives (scenario, seed)
 * jobs one at a time, runs each with `runReplication`, and sends back the
 * result with its buffers transferred, plus progress about ten times a
 * second. Runs compiled, from dist-cli/replicationWorker.js (see workerScript.ts).
 */
import { parentPort } from 'node:worker_threads';
// From their own modules, not the plan's index: the compiled worker then loads only what a replication needs.
import type { ReplicationResult } from '../plan/ReplicationResult.js';
import { runReplication } from '../plan/runReplication.js';
import { transferableBuffers } from '../plan/transferableBuffers.js';
import type { Scenario } from '../scenario/scenarioSchema.js';

/** A job, as the pool posts it. */
export interface JobMessage {
  job: number;
  scenario: Scenario;
  seed: number;
}

/** What the worker posts back about a job: progress (0 to 1), its result, or an error's stack. */
export type WorkerMessage =
  | { job: number; progress: number }
  | { job: number; result: ReplicationResult }
  | { job: number; error: string };

/** Progress messages a second, at most: the bar needs no more, and each one costs the main thread a wake-up. */
const PROGRESS_PER_SECOND = 10;

const port = parentPort;
if (!port) throw new Error('replicationWorker must run in a worker thread');

port.on('message', ({ job, scenario, seed }: JobMessage) => {
  let last = performance.now();
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const result = runReplication(scenario, seed, (progress) => {
      const now = performance.now();
      if (now - last < 1000 / PROGRESS_PER_SECOND) return;
      last = now;
      post({ job, progress });
    });
    post({ job, result }, transferableBuffers(result));
  } catch (error) {
    // An Error loses all but its message on the way; its stack is what a bug report needs.
    post({ job, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
