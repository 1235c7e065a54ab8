/**
 * Kernel throughput against its limit: events per second of an M/M/10 queue
 * at ρ = 0.9 while the future-event list also holds 0, 100,000 or 1,000,000
 * far-future events, as a large release wave's diary would. Those events
 * never run; in a single heap they make every insertion and removal walk a
 * deep tree. The same queue, random streams and pending events run on the
 * reference binary heap (BareHeap) in the same bench run, and `ratio` is the
 * kernel's rate over the reference's: above 1 the kernel is faster.
 */
import { performance } from 'node:perf_hooks';
import { randomStream, Simulation } from '../sim/engine/index.js';
import { mmcQueue } from '../sim/examples/mmcQueue.js';
import { BareHeap } from './BareHeap.js';
import { limitMmcQueue } from './limitMmcQueue.js';
import type { Metrics } from './measure.js';

/** Far-future events held in the diary while the queue runs, one measurement each. */
const PENDING = [0, 100_000, 1_000_000];
/** Customers per run; each costs two events (arrival and departure). */
const CUSTOMERS = 1_500_000;
const QUEUE = { arrivalRate: 9, serviceRate: 1, servers: 10, customers: CUSTOMERS };

/** The far-future times, the same for the kernel and the reference. */
function farTimes(pending: number): Float64Array {
  const spread = randomStream(1, 'bench/pending');
  return Float64Array.from({ length: pending }, () => 1e12 * (1 + spread()));
}

/** Events per second of the kernel (Simulation, Resource and the mmcQueue model). */
function kernelRate(far: Float64Array): { rate: number; events: number } {
  const sim = new Simulation(0, far.length * 2);
  const idle = sim.defineEvent(() => {
    throw new Error('kernelBench: a far-future event ran');
  });
  for (const t of far) sim.scheduleAt(idle, t);
  const t0 = performance.now();
  const result = mmcQueue({ ...QUEUE, arrivals: randomStream(1, 'bench/arrivals'), service: randomStream(1, 'bench/service'), simulation: sim });
  const seconds = (performance.now() - t0) / 1000;
  if (sim.pending !== far.length) throw new Error(`kernelBench: ${sim.pending} events pending at the end, expected ${far.length}`);
  return { rate: result.events / seconds, events: result.events };
}

/** Events per second of the same queue on the reference heap. */
function limitRate(far: Float64Array): { rate: number; events: number } {
  const heap = new BareHeap(far.length + 1024);
  for (const t of far) heap.push(t, 2, 0);
  const t0 = performance.now();
  const events = limitMmcQueue({ ...QUEUE, arrivals: randomStream(1, 'bench/arrivals'), service: randomStream(1, 'bench/service'), heap, start: 0 });
  const seconds = (performance.now() - t0) / 1000;
  return { rate: events / seconds, events };
}

/** One run: at each pending size, the kernel then the reference, and their ratio. */
export function kernelBench(): Metrics {
  const metrics: Metrics = {};
  for (const pending of PENDING) {
    const far = farTimes(pending);
    const kernel = kernelRate(far);
    const limit = limitRate(far);
    if (kernel.events !== limit.events) throw new Error(`kernelBench: the kernel ran ${kernel.events} events, the reference ${limit.events}`);
    const label = pending >= 1_000_000 ? `${pending / 1_000_000}M` : pending >= 1000 ? `${pending / 1000}k` : String(pending);
    metrics[`eventsPerSecond@${label}`] = kernel.rate;
    metrics[`limitEventsPerSecond@${label}`] = limit.rate;
    metrics[`ratio@${label}`] = kernel.rate / limit.rate;
  }
  return metrics;
}
