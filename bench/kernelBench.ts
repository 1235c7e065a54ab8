/**
 * Kernel throughput: events per second of an M/M/c queue while the
 * future-event list also holds 100,000 far-future events, as a large release
 * wave's diary would. Those events never run; they make every insertion and
 * removal walk a deep heap.
 */
import { performance } from 'node:perf_hooks';
import { randomStream, Simulation } from '../sim/engine/index.js';
import { mmcQueue } from '../sim/examples/mmcQueue.js';
import type { Metrics } from './measure.js';

/** Far-future events held in the diary while the queue runs. */
const PENDING = 100_000;
/** Customers per run; each costs two events (arrival and departure). */
const CUSTOMERS = 1_500_000;

/** One run: pre-fills the diary, then times the queue alone. */
export function kernelBench(): Metrics {
  const sim = new Simulation(0, PENDING * 2);
  const idle = sim.defineEvent(() => {
    throw new Error('kernelBench: a far-future event ran');
  });
  const spread = randomStream(1, 'bench/pending');
  for (let i = 0; i < PENDING; i++) sim.schedule(idle, 1e12 * (1 + spread()));

  const t0 = performance.now();
  const result = mmcQueue({
    arrivalRate: 9,
    serviceRate: 1,
    servers: 10,
    customers: CUSTOMERS,
    arrivals: randomStream(1, 'bench/arrivals'),
    service: randomStream(1, 'bench/service'),
    simulation: sim,
  });
  const seconds = (performance.now() - t0) / 1000;
  return { eventsPerSecond: result.events / seconds, events: result.events, pendingAtEnd: sim.pending };
}
