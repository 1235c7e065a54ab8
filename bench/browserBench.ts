/**
 * The planner's speed as a user feels it: in headless Chromium, the time from
 * a cold navigation to the automatic baseline run drawn, from clicking Run to
 * every view drawn, how long the page's main thread was blocked meanwhile
 * (long tasks), and the first CSV download after the run. Each run starts a fresh browser in a child
 * process (the bench runner's runs are synchronous); the app is built once,
 * on first use, and removed when the runner exits.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../test/e2e/support/buildApp.js';
import type { Metrics } from './measure.js';

const once = fileURLToPath(new URL('./browserBenchOnce.ts', import.meta.url));
let built: string | undefined;

/** The app, built on first use by any browser bench and removed when the runner exits. */
export function buildOnce(): string {
  if (built === undefined) {
    const dir = buildApp();
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    built = dir;
  }
  return built;
}

/**
 * A bench run for the scenario the picker offers as `scenario` (a file base
 * name in `scenarios/`): navigationToDrawnMs (a fresh browser's navigation to
 * the automatic baseline run's seven views drawn), runToDrawnMs (click to all
 * seven views drawn; runToResultMs of it until the worker's output came back,
 * resultToDrawnMs from there to the views drawn), maxLongTaskMs (the longest main-thread task during the
 * run, 0 when none took over 50 ms) and longTasksOver50ms, firstCsvMs (click
 * on summary.csv to the browser's download, after the run), and the
 * renderer's peak memory as processPeakRssMiB.
 */
export function browserBench(scenario: string): () => Metrics {
  return () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', once, buildOnce(), scenario], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`browserBench: ${scenario} failed:\n${child.stderr}`);
    const m = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      navigationToDrawnMs: number;
      runToDrawnMs: number;
      runToResultMs: number;
      maxLongTaskMs: number;
      longTasksOver50ms: number;
      firstCsvMs: number;
      rendererPeakRssMiB: number;
    };
    return {
      navigationToDrawnMs: m.navigationToDrawnMs,
      runToDrawnMs: m.runToDrawnMs,
      runToResultMs: m.runToResultMs,
      resultToDrawnMs: m.runToDrawnMs - m.runToResultMs,
      maxLongTaskMs: m.maxLongTaskMs,
      longTasksOver50ms: m.longTasksOver50ms,
      firstCsvMs: m.firstCsvMs,
      // Named as the runner expects of a bench whose memory is another process's.
      processPeakRssMiB: m.rendererPeakRssMiB,
    };
  };
}
