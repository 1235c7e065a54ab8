/**
 * Known truth: an M/M/c queue's mean wait in line is given by Erlang C, so
 * the intervals the batch commands report can be checked against it. If
 * they are right, about 95 % of 95 % intervals from independent batches
 * contain the true mean, and the true mean lies above about 95 % of the
 * one-sided 95 % lower bounds that decide whether a plan meets its targets.
 */
import { describe, expect, it } from 'vitest';
import { randomStream } from '../../sim/engine/randomStream.js';
import { mmcQueue } from '../../sim/examples/mmcQueue.js';
import { erlangC } from '../../sim/metrics/erlangC.js';
import { kpiDescriptions } from '../../sim/plan/kpiDescriptions.js';
import { lowerConfidenceBound } from '../../sim/plan/lowerConfidenceBound.js';
import { replicationSeed } from '../../sim/plan/replicationSeed.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

const BATCHES = 200;
const REPLICATIONS = 10;
/** λ = 2, μ = 1, c = 3: ρ = 2/3, Wq = C(3, 2) / (cμ − λ) = 4/9 hour. */
const QUEUE = { arrivalRate: 2, serviceRate: 1, servers: 3 };
/**
 * 3,000 customers a run, the first 100 hours (about 200 customers) left out
 * as the warm-up from the empty system: long enough that a run's mean wait is
 * nearly unbiased, since bias would show up as too low a coverage.
 */
const CUSTOMERS = 3000;
const WARMUP = 100;

/**
 * Coverage counts are Binomial(200, 0.95) when the intervals are right: mean
 * 190, standard deviation √(200 · 0.95 · 0.05) = 3.08. The tolerance is three
 * standard deviations either side, shares 0.904 to 0.996, which correct
 * intervals miss about 3 times in 1000 (the seeds are fixed, so this run
 * passes or fails for good). Intervals half as wide as they should be would
 * cover about 0.71 of the time; a strongly biased estimator, less still.
 */
const TOLERANCE = 3 * Math.sqrt((0.95 * 0.05) / BATCHES);

describe('confidence intervals against a known answer (M/M/3 wait, Erlang C)', () => {
  it(`about 95 % of ${BATCHES} batches of ${REPLICATIONS} replications cover the true mean wait, two-sided and one-sided`, () => {
    const truth = erlangC(QUEUE.arrivalRate, QUEUE.serviceRate, QUEUE.servers).meanWait;
    expect(truth).toBeCloseTo(4 / 9, 12);
    let covered = 0;
    let belowTruth = 0;
    for (let batch = 0; batch < BATCHES; batch++) {
      const waits = Array.from({ length: REPLICATIONS }, (_, r) => {
        // Each batch is independent of the others: its own seed, and its replications' seeds derived from it.
        const seed = replicationSeed(batch, r);
        return mmcQueue({ ...QUEUE, customers: CUSTOMERS, warmup: WARMUP, arrivals: randomStream(seed, 'arrivals'), service: randomStream(seed, 'service') }).meanWait;
      });
      // Through the same aggregation as replications.csv.
      const [wait] = kpiDescriptions(fakeReplications(fleetKpis('queue_wait_mean:hours'), waits.map((w) => ({ values: [w] }))));
      if (wait.low <= truth && truth <= wait.high) covered++;
      if (lowerConfidenceBound(waits, 0.95) <= truth) belowTruth++;
    }
    expect(Math.abs(covered / BATCHES - 0.95)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(belowTruth / BATCHES - 0.95)).toBeLessThanOrEqual(TOLERANCE);
  });
});
