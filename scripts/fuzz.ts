/**
 * The long fuzz run (`npm run fuzz [cases] [seed] [cli cases]`): the property
 * of test/scenarioFuzz.test.ts over many more generated scenarios, in this
 * process, then a sample through the real command line, with the counts a
 * release note quotes. Stops at the first crash and prints its seed and
 * scenario so it can be replayed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { cliFuzzCase } from '../test/fuzz/cliFuzzCase.js';
import { fuzzCase, type FuzzOutcome } from '../test/fuzz/fuzzCase.js';
import { mutatedScenario } from '../test/fuzz/mutatedScenario.js';

const cases = Number(process.argv[2] ?? 5_000);
const cliCases = Number(process.argv[4] ?? 30);
const seed = Number(process.argv[3] ?? (process.env.FUZZ_SEED || Math.floor(Math.random() * 2 ** 31)));
const counts = { cases: 0, ran: 0, refused: 0, crashes: 0 };
let slowestMs = 0;
const folder = mkdtempSync(join(tmpdir(), 'wavesim-fuzz-'));

/** Counts one outcome; a crash fails the property, so fast-check prints the seed and the case. */
function judge(outcome: FuzzOutcome, ms: number): void {
  counts.cases++;
  slowestMs = Math.max(slowestMs, ms);
  if (outcome.kind === 'crash') {
    counts.crashes++;
    throw new Error(outcome.detail);
  }
  counts[outcome.kind]++;
}

const timed = (run: () => FuzzOutcome) => {
  const started = performance.now();
  const outcome = run();
  judge(outcome, performance.now() - started);
};

console.log(`fuzzing ${cases} scenarios in process and ${cliCases} through the command line, seed ${seed}`);
try {
  fc.assert(fc.property(mutatedScenario, (text) => timed(() => fuzzCase(text))), { numRuns: cases, seed, endOnFailure: true });
  let k = 0;
  fc.assert(fc.property(mutatedScenario, (text) => timed(() => cliFuzzCase(text, folder, k++))), { numRuns: cliCases, seed: seed + 1, endOnFailure: true });
} finally {
  rmSync(folder, { recursive: true, force: true });
  console.log(`cases ${counts.cases}, succeeded ${counts.ran}, clean errors ${counts.refused}, crashes, hangs or out of memory ${counts.crashes}; slowest case ${Math.round(slowestMs)} ms`);
}
