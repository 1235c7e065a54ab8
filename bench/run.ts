/**
 * The benchmark runner (`npm run bench [names...]`): prints the machine, then
 * each bench's metrics as median, min and max over its repetitions. To add a
 * bench, append an entry to `benches`.
 */
import os from 'node:os';
import { browserBench } from './browserBench.js';
import { browserReplicationBench } from './browserReplicationBench.js';
import { kernelBench } from './kernelBench.js';
import { measure, type Bench } from './measure.js';
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
    targets: { runToDrawnMs: '≤ 1,500', maxLongTaskMs: '≤ 50', longTasksOver50ms: '0', firstCsvMs: '≤ 300' },
  },
  {
    name: 'replications',
    description: 'wavesim replicate baseline, 20 and 100 replications, on 1 worker, 2 and the default; compiled CLI, fresh process each',
    run: replicationBench,
    targets: { 'speedUpDefault@20reps': '≥ 1.0', 'speedUp2w@100reps': '≥ 1.7', 'speedUpDefault@100reps': '≥ 1.7' },
    // One run, no warm-up: every batch starts a fresh process, and the six take minutes.
    repetitions: 1,
    warmup: 0,
  },
  {
    name: 'browser-replications',
    description: '100 replications of baseline in the browser worker pool (headless Chromium), on 1 worker, then on 2',
    run: browserReplicationBench,
    repetitions: 1,
    targets: { speedUp: '≥ 1.7' },
  },
];

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  return x.toPrecision(4);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  for (const row of rows) console.log(row.map((cell, col) => (col === 0 || col === 1 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  '));
}

function main(names: string[]): void {
  const unknown = names.filter((name) => !benches.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')}; known: ${benches.map((bench) => bench.name).join(', ')}`);
    process.exit(2);
  }
  const selected = names.length > 0 ? benches.filter((bench) => names.includes(bench.name)) : benches;
  const cpus = os.cpus();
  console.log(`machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`);
  const rows = [['bench', 'metric', 'median', 'min', 'max', 'runs', 'target']];
  for (const bench of selected) {
    console.log(`running ${bench.name}: ${bench.description}`);
    const result = measure(bench.run, bench.repetitions ?? 5, bench.warmup ?? 1);
    for (const [metric, s] of Object.entries(result.metrics)) {
      rows.push([bench.name, metric, formatNumber(s.median), formatNumber(s.min), formatNumber(s.max), String(result.runs), bench.targets?.[metric] ?? '']);
    }
    // A bench that runs in child processes reports their peak itself; this process's would mislead.
    if (!('processPeakRssMiB' in result.metrics)) rows.push([bench.name, 'peakRssMiB', formatNumber(result.peakRssMiB), '', '', String(result.runs), '']);
  }
  console.log();
  printTable(rows);
}

main(process.argv.slice(2));
