/**
 * An M/M/c queue, or M/D/c with fixed service times: customers arrive at
 * random and wait in one line for the first of c identical servers, like a
 * bank with c tellers. Queueing theory knows its answers (Erlang C, Little's
 * law, Pollaczek–Khinchine), so it checks the kernel; it also drives the
 * kernel benchmark. Built on the kernel's public API only.
 */
import { exponential, GRANTED, Resource, Simulation, type RandomStream } from '../engine/index.js';

/** The queue and where its randomness comes from. */
export interface MmcQueueParameters {
  /** Customers arriving per unit of time (λ); arrivals are a Poisson process. */
  arrivalRate: number;
  /** Customers one server completes per unit of time (μ). */
  serviceRate: number;
  /** Number of servers (c). */
  servers: number;
  /** Every service takes exactly 1/μ (M/D/c) instead of an exponential time. */
  deterministicService?: boolean;
  /** Stream for the times between arrivals. */
  arrivals: RandomStream;
  /** Stream for the service times. */
  service: RandomStream;
  /**
   * Statistics cover only the time after `warmup`, so that the empty system at
   * the start does not bias steady-state estimates. Default 0.
   */
  warmup?: number;
  /** The simulation to run on; a fresh one by default (the benchmark passes one already holding events). */
  simulation?: Simulation;
}

/** How long to run: one of the two. */
export type MmcQueueLength =
  | {
      /** Customers to let in (warm-up included); the run ends when the last one leaves. */
      customers: number;
      horizon?: undefined;
    }
  | {
      /** Simulated time to run for, from the simulation's current time. */
      horizon: number;
      customers?: undefined;
    };

/** Options of `mmcQueue`. */
export type MmcQueueOptions = MmcQueueParameters & MmcQueueLength;

/** What one run of the queue measured after the warm-up. */
export interface MmcQueueResult {
  /** Mean time a customer waited in line before service (Wq), over customers who got a server. */
  meanWait: number;
  /** Time-average share of servers busy. */
  utilisation: number;
  /** Time-average number of customers waiting in line (Lq). */
  meanQueueLength: number;
  /** Customers served per unit of time. */
  throughput: number;
  /** Customers served. */
  served: number;
  /** Simulated time the statistics cover. */
  elapsed: number;
  /** Kernel events run, warm-up included. */
  events: number;
}

/**
 * Simulates the queue. With `customers`, arrivals stop after that many and
 * the run ends when the last one leaves, so the system is empty at both ends;
 * with `horizon`, the run ends at that time.
 */
export function mmcQueue(options: MmcQueueOptions): MmcQueueResult {
  const { arrivalRate, serviceRate, servers, arrivals, service, customers, horizon } = options;
  const warmup = options.warmup ?? 0;
  const deterministic = options.deterministicService ?? false;
  if (customers === undefined && horizon === undefined) throw new RangeError('mmcQueue: give either customers or horizon');
  if (customers !== undefined && !(Number.isInteger(customers) && customers >= 1)) throw new RangeError(`mmcQueue: customers must be a whole number >= 1, got ${customers}`);
  if (horizon !== undefined && !(horizon > warmup)) throw new RangeError(`mmcQueue: horizon (${horizon}) must be longer than the warm-up (${warmup})`);
  const sim = options.simulation ?? new Simulation();
  const start = sim.now;

  let arrived = 0;
  let served = 0;
  const serviceTime = () => (deterministic ? 1 / serviceRate : exponential(service, serviceRate));

  const departure = sim.defineEvent(() => {
    served++;
    counter.release();
    if (served === customers) sim.stop();
  });
  // Customers are interchangeable here, so every one is entity 0.
  const counter = new Resource(sim, servers, () => sim.schedule(departure, serviceTime()));
  const arrival = sim.defineEvent(() => {
    arrived++;
    if (counter.request(0) === GRANTED) sim.schedule(departure, serviceTime());
    if (arrived !== customers) sim.schedule(arrival, exponential(arrivals, arrivalRate));
  });

  // Totals at the end of the warm-up, subtracted at the end.
  let warmedUp = warmup <= 0;
  let from = start;
  let waitSum = 0;
  let waitCount = 0;
  let servedBefore = 0;
  let busyArea = 0;
  let queueArea = 0;
  if (!warmedUp) {
    const endWarmup = sim.defineEvent(() => {
      warmedUp = true;
      from = sim.now;
      waitSum = counter.waits.sum;
      waitCount = counter.waits.count;
      servedBefore = served;
      busyArea = counter.busy.integral(from);
      queueArea = counter.queue.integral(from);
    });
    sim.schedule(endWarmup, warmup);
  }

  sim.schedule(arrival, exponential(arrivals, arrivalRate));
  const events = sim.run(horizon === undefined ? Infinity : start + horizon);
  if (!warmedUp) throw new RangeError(`mmcQueue: the run ended before the warm-up (${warmup}) did`);

  const end = sim.now;
  const elapsed = end - from;
  return {
    meanWait: (counter.waits.sum - waitSum) / (counter.waits.count - waitCount),
    utilisation: (counter.busy.integral(end) - busyArea) / elapsed / servers,
    meanQueueLength: (counter.queue.integral(end) - queueArea) / elapsed,
    throughput: (served - servedBefore) / elapsed,
    served: served - servedBefore,
    elapsed,
    events,
  };
}
