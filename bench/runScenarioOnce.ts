/**
 * One replication of a scenario file in this process, for `scenarioBench`:
 * prints the run's time, events and the process's peak memory as JSON.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { simulateRelease } from '../sim/model/index.js';
import { parseScenario } from '../sim/scenario/index.js';

const scenario = parseScenario(readFileSync(process.argv[2], 'utf8'));
const t0 = performance.now();
const result = simulateRelease(scenario);
const runMs = performance.now() - t0;
// maxRSS is the true peak of the whole process (kilobytes), not a sample.
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ runMs, events: result.events, instances: result.instances.count, peakRssMiB }));
