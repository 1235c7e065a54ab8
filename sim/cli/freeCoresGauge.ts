/**
 * The cores a batch can have to itself, measured while it runs (see
 * freeCores): the machine's CPU counters and our process's, read when the
 * gauge is made and again when it is asked.
 */
import { availableParallelism, cpus } from 'node:os';
import { freeCores, type CpuReading } from './freeCores.js';

/** Wall time, in milliseconds, before the counters (which tick every 10 ms or so) are worth reading: earlier, every core counts as free. */
const MIN_SPAN_MS = 250;

/** The counters now. */
function cpuReading(): CpuReading {
  let allMs = 0;
  let idleMs = 0;
  for (const { times } of cpus()) {
    allMs += times.user + times.nice + times.sys + times.idle + times.irq;
    idleMs += times.idle;
  }
  const own = process.cpuUsage();
  return { allMs, idleMs, ownMs: (own.user + own.system) / 1000 };
}

/** A gauge that says, each time it is called, how many of the machine's cores other programs have left idle since it was made. */
export function freeCoresGauge(): () => number {
  const cores = availableParallelism();
  const since = cpuReading();
  const madeAt = performance.now();
  return () => (performance.now() - madeAt < MIN_SPAN_MS ? cores : freeCores(cores, since, cpuReading()));
}
