/**
 * Start-up of the command line: wall time of `wavesim --version` as a user
 * runs it (a fresh `node bin/wavesim.js` process) against a bare `node -e 0`
 * measured in the same run, in turns, so that a busy machine slows both
 * alike. `ratio` is wavesim's time over node's: what the CLI adds to
 * starting Node at all.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildCommandLineOnce } from './buildCommandLineOnce.js';
import { summarise, type Metrics } from './measure.js';

const BIN = fileURLToPath(new URL('../bin/wavesim.js', import.meta.url));
/** Starts of each per bench run; their median is reported. */
const STARTS = 11;

/** Wall time of one process with these arguments, in milliseconds. */
function wallMs(args: string[]): number {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (child.status !== 0) throw new Error(`startupBench: node ${args.join(' ')} failed:\n${child.stderr}`);
  return ms;
}

/** One bench run: the median of STARTS starts of each, taken in turns. */
export function startupBench(): Metrics {
  buildCommandLineOnce();
  const version: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    version.push(wallMs([BIN, '--version']));
    node.push(wallMs(['-e', '0']));
  }
  const versionMs = summarise(version).median;
  const nodeMs = summarise(node).median;
  return { versionMs, nodeMs, ratio: versionMs / nodeMs };
}
