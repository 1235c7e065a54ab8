/**
 * A fixed piece of CPU work timed next to each model bench, like a
 * surveyor's benchmark mark: this host's speed drifts by a third within one
 * session, so a model's time means little across sessions on its own, while
 * its ratio to this reference, measured in the same run, does. The work is
 * the kernel bench's limit: an M/M/10 queue at ρ = 0.9 on the bare heap, from
 * the same seeded streams every time.
 */
import { performance } from 'node:perf_hooks';
import { randomStream } from '../sim/engine/index.js';
import { BareHeap } from './BareHeap.js';
import { limitMmcQueue } from './limitMmcQueue.js';

/** Customers served: about a million events, a few hundred milliseconds. */
const CUSTOMERS = 500_000;

/** Milliseconds the reference work takes now, the best of three (the first warms the JIT up). */
export function machineReferenceMs(): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    limitMmcQueue({
      arrivalRate: 9,
      serviceRate: 1,
      servers: 10,
      customers: CUSTOMERS,
      arrivals: randomStream(1, 'bench/reference/arrivals'),
      service: randomStream(1, 'bench/reference/service'),
      heap: new BareHeap(1024),
      start: 0,
    });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
