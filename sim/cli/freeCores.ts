/**
 * Cores a batch can have to itself, measured rather than guessed: like
 * counting the checkout lanes nobody else is using while our first clerk
 * works, instead of asking how busy the shop was over the last minute. Over
 * a span of wall time the operating system counts, for every core, the time
 * it was busy and idle; what our own process used (all its threads, worker
 * threads included) is taken out, and what is left busy is other programs'
 * work. The 1-minute load average cannot tell ours from theirs, so the
 * user's own previous batch made it say "busy".
 */

/** CPU time counted since some fixed moment (cumulative), as `os.cpus()` and `process.cpuUsage()` give it. */
export interface CpuReading {
  /** Time all the machine's cores spent, busy or idle, in milliseconds (about cores × wall time). */
  allMs: number;
  /** Of it, time spent idle. */
  idleMs: number;
  /** Time our own process used, on every thread. */
  ownMs: number;
}

/**
 * Cores left to us between readings `from` and `to`: the cores less the
 * ones other programs kept busy, rounded to the nearest whole core; at least
 * 1, at most `cores`. A span with no time counted tells nothing: every core.
 */
export function freeCores(cores: number, from: CpuReading, to: CpuReading): number {
  const allMs = to.allMs - from.allMs;
  if (!(allMs > 0)) return cores;
  // The counters tick every 10 ms or so, and ours and the machine's are read a moment apart: never below zero.
  const othersMs = Math.max(0, allMs - (to.idleMs - from.idleMs) - (to.ownMs - from.ownMs));
  return Math.max(1, Math.min(cores, Math.floor(cores * (1 - othersMs / allMs) + 0.5)));
}
