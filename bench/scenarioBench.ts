/**
 * One replication of a scenario, each in a fresh Node process so that its
 * peak memory (the process's maxRSS) and its time include no earlier run's
 * heap or compiled code: what a user running the command line gets.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { machineReferenceMs } from './machineReference.js';
import type { Metrics } from './measure.js';

const once = fileURLToPath(new URL('./runScenarioOnce.ts', import.meta.url));

/**
 * A bench run for the scenario file at `path`: runMs (the simulation alone),
 * warmRunMs (the fastest of three more runs in that process, its code
 * compiled), events, events/s, peak memory, and runMs over the machine
 * reference timed right after it (machineReference.ts).
 */
export function scenarioBench(path: string): () => Metrics {
  return () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', once, path], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`scenarioBench: ${path} failed:\n${child.stderr}`);
    const m = JSON.parse(child.stdout.trim().split('\n').pop()!) as { runMs: number; warmRunMs: number; events: number; instances: number; peakRssMiB: number };
    const referenceMs = machineReferenceMs();
    return {
      runMs: m.runMs,
      warmRunMs: m.warmRunMs,
      events: m.events,
      instances: m.instances,
      eventsPerSecond: m.events / (m.runMs / 1000),
      processPeakRssMiB: m.peakRssMiB,
      referenceMs,
      runPerReference: m.runMs / referenceMs,
    };
  };
}
