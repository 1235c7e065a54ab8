/**
 * One fuzz case through the real command line: `wavesim run` on the scenario
 * (with a small fleet) in a child process, which must exit 0, or 2 with every
 * problem naming a field, before a deadline far beyond what a small run
 * takes. A timeout is a hang; exit 1 is a crash; a signal is running out of
 * memory or worse.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzOutcome } from './fuzzCase.js';
import { smallFleet } from './mutatedScenario.js';

const BIN = fileURLToPath(new URL('../../bin/wavesim.js', import.meta.url));
/** Far more than a small run takes: reaching it means a hang. */
export const CLI_DEADLINE_MS = 120_000;
/** A `path: rule` line of a refusal, or a JSON position. */
const NAMED_PROBLEM = /^(\S.*?: .+|line \d+, column \d+: .+)$/;

/** Runs `text` as `case-<k>.json` in `folder` and judges how the command line ended. */
export function cliFuzzCase(text: string, folder: string, k: number): FuzzOutcome {
  const file = join(folder, `case-${k}.json`);
  writeFileSync(file, smallFleet(text));
  const { status, signal, stderr, error } = spawnSync(process.execPath, [BIN, 'run', file, '--out', join(folder, 'out'), '--quiet'], {
    encoding: 'utf8',
    timeout: CLI_DEADLINE_MS,
  });
  if (error || signal) return { kind: 'crash', detail: `no exit within ${CLI_DEADLINE_MS} ms or killed (${signal ?? error?.message})` };
  if (status === 0) return { kind: 'ran' };
  if (status !== 2) return { kind: 'crash', detail: `exit ${status}: ${stderr}` };
  const [first, ...problems] = stderr.trimEnd().split('\n');
  const unnamed = problems.filter((line) => !NAMED_PROBLEM.test(line));
  if (!/is not a valid scenario:$/.test(first) || problems.length === 0 || unnamed.length > 0) return { kind: 'crash', detail: `exit 2 without a field: ${stderr}` };
  return { kind: 'refused', lines: problems };
}
