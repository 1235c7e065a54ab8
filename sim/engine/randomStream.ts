/**
 * Named, independent random streams derived from a scenario's seed. Each
 * purpose (arrivals, durations, admin behaviour, failures, ...) draws from its
 * own stream, so changing how often one thing happens does not reshuffle the
 * others; the same names across two scenarios give common random numbers.
 */
import seedrandom from 'seedrandom';

/** A source of uniform numbers in (0, 1); never exactly 0 or 1. */
export type RandomStream = () => number;

/** The stream named `name` under `seed`; the same pair always gives the same numbers. */
export function randomStream(seed: number | string, name: string): RandomStream {
  const prng = seedrandom.xor4096(`${seed}/${name}`);
  return () => prng.double();
}
