/**
 * Replications across web workers: 100 replications of the baseline in the
 * planner's worker pool in headless Chromium, on 1 worker, on 2
 * (`?workers=N`, a fixed count) and by default (no parameter: the pool
 * starts one worker and adds more, up to one per core, while they pay),
 * each in a fresh browser. The wall time runs from the click to the batch's
 * reports built; the speed-ups say how much of a second core the browser
 * pool puts to use. The app is built once, on first use.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildOnce } from './browserBench.js';
import type { Metrics } from './measure.js';

const once = fileURLToPath(new URL('./browserReplicationOnce.ts', import.meta.url));
const REPLICATIONS = 100;

/** The batch's wall time on `workers` workers, or by default, ms. */
function batchMs(workers: number | 'default'): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', once, buildOnce(), String(workers), String(REPLICATIONS)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`browserReplicationBench: the batch on ${workers} workers failed:\n${child.stderr}`);
  const m = JSON.parse(child.stdout.trim().split('\n').pop()!) as { wallMs: number; workers: string };
  const shown = workers === 'default' ? /^up to \d+ workers?$/ : new RegExp(`^${workers} ${workers === 1 ? 'worker' : 'workers'}$`);
  if (!shown.test(m.workers)) throw new Error(`browserReplicationBench: asked for ${workers} workers, the page used ${m.workers}`);
  return m.wallMs;
}

/** A bench run: the batch on 1 worker, on 2 and by default, and the speed-ups over 1 worker. */
export function browserReplicationBench(): Metrics {
  const oneWorkerMs = batchMs(1);
  const twoWorkersMs = batchMs(2);
  const defaultMs = batchMs('default');
  return { oneWorkerMs, twoWorkersMs, defaultMs, speedUp: oneWorkerMs / twoWorkersMs, speedUpDefault: oneWorkerMs / defaultMs };
}
