/**
 * The seeds of a whole batch: replications 0 … R − 1 under one seed. Every
 * scenario, capacity level and input setting of a study runs under this same
 * list, which is what makes their differences common-random-number pairs.
 */
import { replicationSeed } from './replicationSeed.js';

/** The seeds of replications 0 … R − 1 under `seed`. */
export function replicationSeeds(seed: number, replications: number): number[] {
  return Array.from({ length: replications }, (_, r) => replicationSeed(seed, r));
}
