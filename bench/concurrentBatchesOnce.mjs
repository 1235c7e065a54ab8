// The host's own speed-up for two copies of the replication work at once,
// for bench/replicationBench.ts: two `wavesim replicate` batches of half the
// replications each, on 1 worker each, in two processes started together.
// What two cores give this workload (shared caches, memory, the worker's GC
// and JIT threads losing the spare core) is the most two workers can give.
// Prints the wall time until both have finished, as JSON.
// Arguments: scenario file, replications per batch.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const [scenario, replications] = process.argv.slice(2);
const once = fileURLToPath(new URL('./replicationBatchOnce.mjs', import.meta.url));
const batch = () =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [once, scenario, replications, '1'], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`batch exited ${code}`))));
  });
const t0 = performance.now();
await Promise.all([batch(), batch()]);
console.log(JSON.stringify({ wallMs: performance.now() - t0 }));
