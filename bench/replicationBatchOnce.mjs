// One batch for bench/replicationBench.ts, in its own process: `wavesim
// replicate` through the compiled CLI's main, timed from the call to its
// return (reading the scenario, starting workers, the runs, aggregating and
// writing both reports), then the figures as JSON on stdout. Plain
// JavaScript, so that neither this process nor its worker threads (which
// inherit its Node options) load tsx: what is measured is what users run.
// Arguments: scenario file, replications, worker count or "default". It also
// counts the worker threads the batch started: with no --workers, that is the
// pool's own decision, which the host's noise does not move.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [scenario, replications, workers] = process.argv.slice(2);
const { main } = await import(new URL('../dist-cli/wavesim.js', import.meta.url).href);
let workersStarted = 0;
process.on('worker', () => workersStarted++);
const out = mkdtempSync(join(tmpdir(), 'wavesim-bench-'));
const args = ['node', 'wavesim', 'replicate', scenario, '--replications', replications, '--out', out, '--quiet'];
if (workers !== 'default') args.push('--workers', workers);
try {
  const t0 = performance.now();
  const code = await main(args);
  const wallMs = performance.now() - t0;
  if (code !== 0) throw new Error(`wavesim replicate exited ${code}`);
  // maxRSS is the whole process's true peak (kilobytes), worker threads included.
  console.log(JSON.stringify({ wallMs, workersStarted, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
} finally {
  rmSync(out, { recursive: true, force: true });
}
