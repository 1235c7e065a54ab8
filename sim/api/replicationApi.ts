/**
 * One replication as a service for another thread: the app's replication
 * workers expose this object, and the page's pool hands each a scenario and
 * a seed at a time. The result comes back with its buffers transferred, so
 * a batch of hundreds costs no copies. No DOM and no Node built-ins here.
 */
import { releaseProxy, transfer } from 'comlink';
// From their own modules, not the plan's index: a worker that loads only what a replication needs starts sooner.
import type { ReplicationResult } from '../plan/ReplicationResult.js';
import { runReplication } from '../plan/runReplication.js';
import { transferableBuffers } from '../plan/transferableBuffers.js';
import type { Scenario } from '../scenario/scenarioSchema.js';
import { progressSteps } from './progressSteps.js';

/** Receives the share of the replication's simulated time done, 0 to 1. */
export type ReplicationProgress = (done: number) => unknown;

export interface ReplicationApi {
  /** Runs a validated `scenario` under `seed` and gives its KPIs and band series. */
  run(scenario: Scenario, seed: number, onProgress?: ReplicationProgress): ReplicationResult;
}

/** A replication API; it keeps nothing between runs. */
export function createReplicationApi(): ReplicationApi {
  return {
    run(scenario, seed, onProgress) {
      try {
        const result = runReplication(scenario, seed, onProgress && progressSteps(onProgress));
        return transfer(result, transferableBuffers(result));
      } finally {
        // A listener from another thread holds a message port open until it is released.
        (onProgress as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]?.();
      }
    },
  };
}
