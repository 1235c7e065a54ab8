/**
 * The benchmark runner (`npm run bench [names...]`): runs the benches (saying
 * which on stderr), then prints one table: the machine, and each bench's
 * metrics as median, min and max over its repetitions, with the target where
 * there is one and whether the median meets it. Ratios to a reference
 * measured in the same run (the bare heap, `node -e 0`) are metrics of their
 * own. To add a bench, append an entry to `benches`.
 */
import os from 'node:os';
import { browserBench } from './browserBench.js';
import { browserReplicationBench } from './browserReplicationBench.js';
import { commandRunBench } from './commandRunBench.js';
import { kernelBench } from './kernelBench.js';
import { measure, meetsTarget, type Bench } from './measure.js';
import { millionTenantsScenario } from './millionTenantsScenario.js';
import { replicationBench } from './replicationBench.js';
import { scenarioBench } from './scenarioBench.js';
import { startupBench } from './startupBench.js';

/** Every bench, in the order they run. */
const benches: Bench[] = [
  {
    name: 'kernel',
    description: 'M/M/10 queue at ρ = 0.9 with 0, 100k and 1M far-future events pending: kernel vs a bare binary heap (the limit), same run',
    run: kernelBench,
    targets: { 'ratio@100k': '≥ 1.0', 'ratio@1M': '≥ 1.0' },
  },
  {
    name: 'startup',
    description: '`wavesim --version` (the compiled CLI, fresh process) against `node -e 0` in the same run',
    run: startupBench,
    targets: { versionMs: '≤ 200' },
  },
  {
    name: 'baseline',
    description: 'one replication of scenarios/baseline.json (5,000 tenants), fresh process each run',
    run: scenarioBench('scenarios/baseline.json'),
  },
  {
    name: 'large-fleet',
    description: 'one replication of scenarios/large-fleet.json (100,000 tenants), fresh process each run',
    run: scenarioBench('scenarios/large-fleet.json'),
    targets: { runMs: '≤ 1,000' },
  },
  {
    name: 'large-fleet-run',
    description: 'the whole `wavesim run scenarios/large-fleet.json`, reports written (compiled CLI, fresh process each run)',
    run: commandRunBench(() => 'scenarios/large-fleet.json'),
    targets: { runWallMs: '≤ 2,000' },
  },
  {
    name: 'million',
    description: 'the whole `wavesim run scenarios/million.json` (about 1,000,000 instances), reports written, fresh process each run',
    run: commandRunBench(() => 'scenarios/million.json'),
    targets: { runWallMs: '≤ 10,000', processPeakRssMiB: '≤ 1,000' },
    repetitions: 3,
    warmup: 0,
  },
  {
    name: 'million-tenants',
    description: 'the whole `wavesim run` of large-fleet at 1,000,000 tenants (about 2.1 million instances) with 64-character region names',
    run: commandRunBench(millionTenantsScenario),
    targets: { runWallMs: '≤ 20,000', processPeakRssMiB: '≤ 2,000' },
    repetitions: 1,
    warmup: 0,
  },
  {
    name: 'browser-baseline',
    description: 'baseline in headless Chromium: Run click to all seven views drawn, fresh browser each run',
    run: browserBench('baseline'),
    repetitions: 3,
    targets: { navigationToDrawnMs: '≤ 1,000', runToDrawnMs: '≤ 300' },
  },
  {
    name: 'browser-large-fleet',
    description: 'large-fleet in headless Chromium: Run click to all seven views drawn, longest main-thread task',
    run: browserBench('large-fleet'),
    repetitions: 3,
    targets: { runToDrawnMs: '≤ 1,500', maxLongTaskMs: '≤ 50', longTasksOver50ms: '≤ 0', firstCsvMs: '≤ 300' },
  },
  {
    name: 'replications',
    description: 'wavesim replicate baseline, 20 and 100 replications, on 1 worker, 2 and the default; compiled CLI, fresh process each',
    run: replicationBench,
    targets: { 'speedUpDefault@20reps': '≥ 1.0', 'workersStartedByDefault@20reps': '≤ 1', 'speedUp2w@100reps': '≥ 1.7', 'speedUpDefault@100reps': '≥ 1.7' },
    // One run, no warm-up: every batch starts a fresh process, and the six take minutes.
    repetitions: 1,
    warmup: 0,
  },
  {
    name: 'browser-replications',
    description: '100 replications of baseline in the browser worker pool (headless Chromium), on 1 worker, on 2, then by default (growing)',
    run: browserReplicationBench,
    repetitions: 1,
    targets: { speedUp: '≥ 1.7', speedUpDefault: '≥ 1.7' },
  },
];

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  return x.toPrecision(4);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  const left = new Set([0, 1, 6, 7]);
  for (const row of rows) console.log(row.map((cell, col) => (left.has(col) ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ').trimEnd());
}

function main(names: string[]): void {
  const unknown = names.filter((name) => !benches.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')}; known: ${benches.map((bench) => bench.name).join(', ')}`);
    process.exit(2);
  }
  // Every target is read before anything runs: a target written wrong would otherwise stop the table after minutes of benches.
  for (const bench of benches) for (const target of Object.values(bench.targets ?? {})) meetsTarget(0, target);
  const selected = names.length > 0 ? benches.filter((bench) => names.includes(bench.name)) : benches;
  const cpus = os.cpus();
  const rows = [['bench', 'metric', 'median', 'min', 'max', 'runs', 'target', 'met']];
  for (const bench of selected) {
    // Progress on stderr, so that stdout holds the table alone.
    console.error(`running ${bench.name}: ${bench.description}`);
    const result = measure(bench.run, bench.repetitions ?? 5, bench.warmup ?? 1);
    for (const [metric, s] of Object.entries(result.metrics)) {
      const target = bench.targets?.[metric] ?? '';
      const met = target ? (meetsTarget(s.median, target) ? 'yes' : 'NO') : '';
      rows.push([bench.name, metric, formatNumber(s.median), formatNumber(s.min), formatNumber(s.max), String(result.runs), target, met]);
    }
    // A bench that runs in child processes reports their peak itself; this process's would mislead.
    if (!('processPeakRssMiB' in result.metrics)) rows.push([bench.name, 'peakRssMiB', formatNumber(result.peakRssMiB), '', '', String(result.runs), '', '']);
  }
  console.log(`machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0].toFixed(1)} at the end`);
  printTable(rows);
}

main(process.argv.slice(2));
