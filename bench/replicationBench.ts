/**
 * Replications across cores, as a user runs them: `wavesim replicate` on
 * scenarios/baseline.json, 20 and 100 replications, on 1 worker, on 2, and
 * with no --workers (the default, which adds a second worker only when the
 * work left pays for it), each in a fresh Node process running the compiled
 * command line (its peak memory then counts every worker thread and nothing
 * else). `speedUp` is the 1-worker time over the 2-worker or default time of
 * the same round. The 20-replication batches take a few seconds and their
 * speed-ups sit near 1, where one round's noise (the host's speed drifts by
 * tens of percent) decides the verdict: they run ROUNDS_OF_20 rounds, the
 * three settings interleaved in a rotating order, and report medians (of the
 * times, and of each round's speed-up). The 100-replication batches take tens
 * of seconds: one round.
 * The reference is the host's own speed-up for two copies of the work:
 * two 1-worker processes of 50 replications each, started together
 * (`hostSpeedUp`); `speedUp2wOverHost` is how much of it the pool gets.
 * Where the default stays on one worker, it is the same set-up as
 * --workers 1 and `speedUpDefault` is 1 give or take that noise:
 * `workersStartedByDefault` says which set-up the default chose.
 * Each batch runs in replicationBatchOnce.mjs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommandLineOnce } from './buildCommandLineOnce.js';
import { summarise, type Metrics } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCENARIO = join(ROOT, 'scenarios/baseline.json');
const ONCE = fileURLToPath(new URL('./replicationBatchOnce.mjs', import.meta.url));
const CONCURRENT = fileURLToPath(new URL('./concurrentBatchesOnce.mjs', import.meta.url));
/** Batch sizes measured: the issue's "a handful" and "many". */
const REPLICATIONS = [20, 100];
/** Worker settings measured; "default" gives no --workers. */
const WORKERS = ['1', '2', 'default'];

/** The batch in a fresh process, and the worker threads it started. */
function batchInChild(replications: number, workers: string): { wallMs: number; workersStarted: number; peakRssMiB: number } {
  const child = spawnSync(process.execPath, [ONCE, SCENARIO, String(replications), workers], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`replicationBench: ${replications} replications on ${workers} workers failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as { wallMs: number; workersStarted: number; peakRssMiB: number };
}

/**
 * Two 1-worker batches of `replications / 2` each, in two processes at once:
 * the host's own ceiling for running this work on two cores, whatever the pool does.
 */
function concurrentHalvesMs(replications: number): number {
  const child = spawnSync(process.execPath, [CONCURRENT, SCENARIO, String(replications / 2)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`replicationBench: two concurrent batches failed:\n${child.stderr}`);
  return (JSON.parse(child.stdout.trim().split('\n').pop()!) as { wallMs: number }).wallMs;
}

/** Rounds of the 20-replication batches (see above). */
const ROUNDS_OF_20 = 3;

const median = (values: readonly number[]) => summarise(values).median;

/** A bench run: each batch size on 1 worker, on 2 and by default, and the speed-ups over 1 worker. */
export function replicationBench(): Metrics {
  buildCommandLineOnce();
  const metrics: Metrics = {};
  let peak = 0;
  for (const replications of REPLICATIONS) {
    const ms: Record<string, number[]> = Object.fromEntries(WORKERS.map((workers) => [workers, []]));
    let defaultWorkers = 0;
    const rounds = replications === 20 ? ROUNDS_OF_20 : 1;
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another setting, so that none always runs right after the two-worker batch.
      for (let k = 0; k < WORKERS.length; k++) {
        const workers = WORKERS[(round + k) % WORKERS.length];
        const { wallMs, workersStarted, peakRssMiB } = batchInChild(replications, workers);
        ms[workers].push(wallMs);
        if (workers === 'default') defaultWorkers = Math.max(defaultWorkers, workersStarted);
        peak = Math.max(peak, peakRssMiB);
      }
    }
    for (const workers of WORKERS) metrics[`ms@${replications}reps,${workers === 'default' ? 'default' : `${workers}w`}`] = median(ms[workers]);
    // Each round's own ratio, then their median: the rounds' drift cancels inside each.
    metrics[`speedUp2w@${replications}reps`] = median(ms['1'].map((one, k) => one / ms['2'][k]));
    metrics[`speedUpDefault@${replications}reps`] = median(ms['1'].map((one, k) => one / ms.default[k]));
    // The most workers the default started in any round: its decision, which no hour's noise moves.
    metrics[`workersStartedByDefault@${replications}reps`] = defaultWorkers;
  }
  // The reference in the same run: what two processes at once get from the host, against which 2 workers' speed-up reads.
  const host = concurrentHalvesMs(100);
  metrics['ms@100reps,two 1w processes at once'] = host;
  metrics['hostSpeedUp@100reps'] = metrics['ms@100reps,1w'] / host;
  metrics['speedUp2wOverHost@100reps'] = metrics['speedUp2w@100reps'] / metrics['hostSpeedUp@100reps'];
  metrics.processPeakRssMiB = peak;
  return metrics;
}
