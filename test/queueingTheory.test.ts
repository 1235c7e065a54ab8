/**
 * The kernel against queueing theory: simulated queues must reproduce the
 * answers that theory gives exactly. Runs are seeded, so each outcome is
 * fixed; with a correct kernel about one seed in twenty puts a given truth
 * outside its 95% interval, so if a change of seed or stream names makes a
 * check fail, try a few seeds before suspecting the kernel.
 */
import { expect, test } from 'vitest';
import { randomStream } from '../sim/engine/randomStream.js';
import { mmcQueue, type MmcQueueOptions, type MmcQueueResult } from '../sim/examples/mmcQueue.js';
import { confidenceInterval, type ConfidenceInterval } from '../sim/metrics/confidenceInterval.js';
import { erlangC } from '../sim/metrics/erlangC.js';

const SEED = 2024;
const REPLICATIONS = 20;
/** Customers per replication, warm-up included. */
const CUSTOMERS = 30_000;
/** Long enough for an empty start to be forgotten (hundreds of service times). */
const WARMUP = 500;

type Queue = Omit<MmcQueueOptions, 'arrivals' | 'service' | 'customers' | 'horizon' | 'warmup'>;

/** R independent replications (own stream names each); one interval per KPI. */
function replicate(name: string, queue: Queue): Record<'meanWait' | 'utilisation', ConfidenceInterval> {
  const runs: MmcQueueResult[] = [];
  for (let r = 0; r < REPLICATIONS; r++) {
    runs.push(
      mmcQueue({
        ...queue,
        customers: CUSTOMERS,
        warmup: WARMUP,
        arrivals: randomStream(SEED, `${name}/rep${r}/arrivals`),
        service: randomStream(SEED, `${name}/rep${r}/service`),
      }),
    );
  }
  return {
    meanWait: confidenceInterval(runs.map((run) => run.meanWait)),
    utilisation: confidenceInterval(runs.map((run) => run.utilisation)),
  };
}

function contains({ low, high }: ConfidenceInterval, value: number): boolean {
  return low <= value && value <= high;
}

test('an M/M/c queue waits as Erlang C says and keeps its servers busy λ/(cμ) of the time', () => {
  const [lambda, mu, c] = [1.8, 1, 3];
  const { meanWait, utilisation } = replicate('mmc', { arrivalRate: lambda, serviceRate: mu, servers: c });
  const truth = erlangC(lambda, mu, c).meanWait;
  expect(contains(meanWait, truth), `Wq ${meanWait.low}..${meanWait.high} vs Erlang C ${truth}`).toBe(true);
  expect(contains(utilisation, lambda / (c * mu)), `ρ ${utilisation.low}..${utilisation.high}`).toBe(true);
  // The intervals are narrow enough to reject a wrong truth: a queue with one
  // server fewer, or an error of a few percent.
  expect(contains(meanWait, erlangC(lambda, mu, c - 1).meanWait)).toBe(false);
  expect(contains(utilisation, lambda / ((c - 1) * mu))).toBe(false);
  expect(meanWait.halfWidth / truth).toBeLessThan(0.05);
  expect(utilisation.halfWidth / (lambda / (c * mu))).toBeLessThan(0.01);
});

test("Little's law: time-average queue length equals throughput × mean wait on the kernel's own statistics", () => {
  const result = mmcQueue({
    arrivalRate: 2.7,
    serviceRate: 1,
    servers: 3,
    customers: 100_000,
    arrivals: randomStream(SEED, 'little/arrivals'),
    service: randomStream(SEED, 'little/service'),
  });
  // The run starts and ends empty and every customer is served, so the area
  // under the queue-length curve is exactly the sum of the waits: L·T = ΣW,
  // and with throughput N/T and mean wait ΣW/N the law holds as an identity
  // on this sample path, not just on average. What is left is rounding in
  // the two sums (about 1e-13 relative over 1e5 terms), so 1e-9 is tight.
  const tolerance = 1e-9;
  const relativeError = (predicted: number) => Math.abs(result.meanQueueLength - predicted) / result.meanQueueLength;
  expect(result.meanQueueLength).toBeGreaterThan(1);
  expect(relativeError(result.throughput * result.meanWait)).toBeLessThan(tolerance);
  // The tolerance catches a bookkeeping error of a single customer (a wait
  // missed in the tally, a queue change missed in the time average) ...
  expect(relativeError(result.throughput * result.meanWait * (result.served / (result.served - 1)))).toBeGreaterThan(tolerance);
  // ... and the law is about the kernel's statistics: the true λ instead of
  // the observed throughput is off by sampling noise, far above 1e-9.
  expect(relativeError(2.7 * result.meanWait)).toBeGreaterThan(tolerance);
});

test('an M/D/1 queue waits as Pollaczek–Khinchine says: Wq = ρ / (2μ(1 − ρ))', () => {
  const [lambda, mu] = [0.7, 1];
  const rho = lambda / mu;
  const { meanWait, utilisation } = replicate('md1', { arrivalRate: lambda, serviceRate: mu, servers: 1, deterministicService: true });
  const truth = rho / (2 * mu * (1 - rho));
  expect(contains(meanWait, truth), `Wq ${meanWait.low}..${meanWait.high} vs P–K ${truth}`).toBe(true);
  expect(contains(utilisation, rho)).toBe(true);
  // Fixed service halves the wait of M/M/1 (ρ/(μ − λ)); that wrong truth is outside.
  expect(contains(meanWait, rho / (mu - lambda))).toBe(false);
  expect(meanWait.halfWidth / truth).toBeLessThan(0.05);
});
