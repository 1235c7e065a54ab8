/**
 * Replications across cores: 100 replications of scenarios/baseline.json
 * through the command line's worker pool, once on 1 worker and once on 2,
 * each in a fresh Node process (its peak memory then counts every worker
 * thread and nothing else). The speed-up says how much of a second core a
 * batch puts to use; one run each, since a run takes tens of seconds.
 *
 * Run as a script with a worker count, this file is that child process: it
 * times the batch (pool start-up, the runs and their aggregation into the
 * two reports) and prints the figures as JSON.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ReplicationPool } from '../sim/cli/ReplicationPool.js';
import { replicationFiles, replicationSeed } from '../sim/plan/index.js';
import { parseScenario } from '../sim/scenario/index.js';
import type { Metrics } from './measure.js';

const SCENARIO = fileURLToPath(new URL('../scenarios/baseline.json', import.meta.url));
const REPLICATIONS = 100;
const SELF = fileURLToPath(import.meta.url);

/** One batch on `workers` workers in this process: wall time and peak memory. */
async function batch(workers: number): Promise<{ wallMs: number; peakRssMiB: number }> {
  const scenario = parseScenario(readFileSync(SCENARIO, 'utf8'));
  const jobs = Array.from({ length: REPLICATIONS }, (_, r) => ({ scenario, seed: replicationSeed(scenario.seed, r) }));
  const t0 = performance.now();
  const pool = new ReplicationPool(workers);
  try {
    replicationFiles(await pool.run(jobs));
  } finally {
    await pool.close();
  }
  // maxRSS is the whole process's true peak (kilobytes), worker threads included.
  return { wallMs: performance.now() - t0, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
}

/** The batch on `workers` workers in a fresh process. */
function batchInChild(workers: number): { wallMs: number; peakRssMiB: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', SELF, String(workers)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`replicationBench: the batch on ${workers} workers failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as { wallMs: number; peakRssMiB: number };
}

/** A bench run: the batch on 1 worker, then on 2, and the speed-up. */
export function replicationBench(): Metrics {
  const one = batchInChild(1);
  const two = batchInChild(2);
  return {
    oneWorkerMs: one.wallMs,
    twoWorkersMs: two.wallMs,
    speedUp: one.wallMs / two.wallMs,
    oneWorkerPeakRssMiB: one.peakRssMiB,
    processPeakRssMiB: Math.max(one.peakRssMiB, two.peakRssMiB),
  };
}

if (process.argv[1] === SELF) console.log(JSON.stringify(await batch(Number(process.argv[2]))));
