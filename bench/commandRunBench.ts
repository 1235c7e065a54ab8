/**
 * A whole `wavesim run` as a user runs it: the compiled command line in a
 * fresh Node process, simulation and all six reports written to disk. Wall
 * time around the process, and its peak resident memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildCommandLineOnce } from './buildCommandLineOnce.js';
import { machineReferenceMs } from './machineReference.js';
import type { Metrics } from './measure.js';

const BIN = fileURLToPath(new URL('../bin/wavesim.js', import.meta.url));
const PEAK_RSS = fileURLToPath(new URL('./peakRssOnExit.mjs', import.meta.url));

/**
 * A bench run of `wavesim run <scenario> --quiet` into a temporary folder:
 * `runWallMs` of the process, `processPeakRssMiB` its peak memory, and
 * runWallMs over the machine reference timed right after it
 * (machineReference.ts). `scenario`
 * gives the path of the scenario file, written on first use when it is
 * generated.
 */
export function commandRunBench(scenario: () => string): () => Metrics {
  return () => {
    buildCommandLineOnce();
    const path = scenario();
    const folder = mkdtempSync(join(tmpdir(), 'wavesim-bench-run-'));
    try {
      const rssFile = join(folder, 'peak-rss');
      const t0 = performance.now();
      const child = spawnSync(process.execPath, ['--import', PEAK_RSS, BIN, 'run', path, '--out', join(folder, 'out'), '--quiet'], {
        encoding: 'utf8',
        env: { ...process.env, WAVESIM_BENCH_RSS_FILE: rssFile },
      });
      const runWallMs = performance.now() - t0;
      if (child.status !== 0) throw new Error(`commandRunBench: wavesim run ${path} failed:\n${child.stderr}`);
      const referenceMs = machineReferenceMs();
      return { runWallMs, processPeakRssMiB: Number(readFileSync(rssFile, 'utf8')), referenceMs, runPerReference: runWallMs / referenceMs };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
