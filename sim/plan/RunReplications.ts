/**
 * The seam between a batch study and whatever runs its replications: a pool
 * of worker threads on the command line, a pool of web workers in the app,
 * or a plain loop in a test. A study hands over jobs and gets the results
 * back in job order, so its figures never depend on which worker ran what.
 */
import type { Scenario } from '../scenario/scenarioSchema.js';
import type { ReplicationResult } from './ReplicationResult.js';

/** One replication to run: a validated scenario under one seed. */
export interface ReplicationJob {
  scenario: Scenario;
  seed: number;
}

/** Runs `jobs` and resolves with their results in job order. */
export type RunReplications = (jobs: readonly ReplicationJob[]) => Promise<ReplicationResult[]>;
