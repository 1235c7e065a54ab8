/**
 * Runs a function several times after a warm-up and summarises what it
 * reported. Benchmarks report their own rates (timed around the part they
 * measure); this adds the wall time of each run and the resident set size.
 */
import { performance } from 'node:perf_hooks';

/** The numbers one run of a bench reports, e.g. `{ eventsPerSecond: 3.1e6 }`. */
export type Metrics = Record<string, number>;

/** A benchmark: a name to select it by and one run that reports its metrics. */
export interface Bench {
  name: string;
  /** What it measures, one line. */
  description: string;
  /** One run; rates it reports should be timed around the part being measured, not its setup. */
  run(): Metrics;
  /** Measured runs (default 5). */
  repetitions?: number;
  /** Unmeasured runs first, to let the JIT settle (default 1); 0 where every run starts fresh processes anyway. */
  warmup?: number;
  /** The goal of a metric, where there is one, as the table shows it: `≥ 1.0`, `≤ 200`. */
  targets?: Record<string, string>;
}

/** Median and extremes of one metric over the measured runs. */
export interface Summary {
  median: number;
  min: number;
  max: number;
}

/** What `measure` found. */
export interface Measurement {
  /** Runs measured (warm-up runs excluded). */
  runs: number;
  /** Each metric the function reported, plus `wallMs`, the wall time of a whole run. */
  metrics: Record<string, Summary>;
  /**
   * Largest resident set size seen, in MiB. Sampled before the first run and
   * after each one, since a synchronous run cannot be interrupted to sample:
   * a peak inside a run that is freed before it returns is missed.
   */
  peakRssMiB: number;
}

/** Median, min and max of a non-empty list. */
export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs `fn` `warmup` times unmeasured (to let the JIT settle), then `repetitions` times measured. */
export function measure(fn: () => Metrics, repetitions = 5, warmup = 1): Measurement {
  if (!(Number.isInteger(repetitions) && repetitions >= 1)) throw new RangeError(`measure: repetitions must be a whole number >= 1, got ${repetitions}`);
  for (let i = 0; i < warmup; i++) fn();
  let peakRss = process.memoryUsage().rss;
  const samples: Record<string, number[]> = { wallMs: [] };
  for (let i = 0; i < repetitions; i++) {
    const t0 = performance.now();
    const metrics = fn();
    samples.wallMs.push(performance.now() - t0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    for (const [name, value] of Object.entries(metrics)) (samples[name] ??= []).push(value);
  }
  const metrics: Record<string, Summary> = {};
  for (const [name, values] of Object.entries(samples)) metrics[name] = summarise(values);
  return { runs: repetitions, metrics, peakRssMiB: peakRss / 2 ** 20 };
}

/**
 * Whether `value` meets a target as the table writes it: `≥ 1.7` or
 * `≤ 2,000` (thousands separated by commas).
 */
export function meetsTarget(value: number, target: string): boolean {
  const m = /^([≥≤])\s*([\d,]+(?:\.\d+)?)$/.exec(target.trim());
  if (!m) throw new RangeError(`meetsTarget: a target is written "≥ x" or "≤ x", got "${target}"`);
  const bound = Number(m[2].replaceAll(',', ''));
  return m[1] === '≥' ? value >= bound : value <= bound;
}
