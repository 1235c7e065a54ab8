/**
 * One replication of a scenario file in this process, for `scenarioBench`:
 * prints the run's time, events and the process's peak memory as JSON, and
 * the fastest of three more runs of it in the same process (`warmRunMs`):
 * the code compiled by then, the difference is what a fresh process pays
 * the JIT and the warm time what the simulation itself costs. The second
 * run alone is not warm yet: its new objects and closures undo some of the
 * first run's compiled code.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { simulateRelease } from '../sim/model/index.js';
import { parseScenario } from '../sim/scenario/index.js';

/** Runs after the first, of which the fastest is the warm time. */
const WARM_RUNS = 3;

const scenario = parseScenario(readFileSync(process.argv[2], 'utf8'));
const t0 = performance.now();
const result = simulateRelease(scenario);
const runMs = performance.now() - t0;
// maxRSS is the true peak of the whole process (kilobytes), not a sample: read before the warm runs add to it.
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
let warmRunMs = Infinity;
for (let k = 0; k < WARM_RUNS; k++) {
  const t = performance.now();
  simulateRelease(scenario);
  warmRunMs = Math.min(warmRunMs, performance.now() - t);
}
console.log(JSON.stringify({ runMs, warmRunMs, events: result.events, instances: result.instances.count, peakRssMiB }));
