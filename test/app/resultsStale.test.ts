import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../sim/api/simulationApi.js';
import { finishedRun } from '../../viz/app/runController.js';
import { resultsStale } from '../../viz/app/resultsStale.js';
import type { AppState, RunState, RunStatus } from '../../viz/app/store.js';

const output = { view: {}, summary: [] } as unknown as RunOutput;
const run = (state: RunState): RunStatus => ({ state, done: 0, startedAt: 0, endedAt: NaN, error: '', output: null });
const scenario = (text: string) => ({ text, input: undefined, bundled: null, basedOn: null, source: 'edited scenario', origin: 'form' }) as AppState['scenario'];

describe('resultsStale', () => {
  it('results run from the scenario in the page are not out of date', () => {
    expect(resultsStale({ ...finishedRun(run('running'), output, 'A', 1), scenario: scenario('A') })).toBe(false);
  });

  it('any change of the scenario text after the run (an edit, a file, another bundled scenario, the seed) marks them out of date', () => {
    expect(resultsStale({ ...finishedRun(run('running'), output, 'A', 1), scenario: scenario('B') })).toBe(true);
  });

  it('results kept through a cancelled run are out of date when the scenario changed since they ran, and not when it did not', () => {
    const { results } = finishedRun(run('running'), output, 'A', 1);
    expect(resultsStale({ run: run('cancelled'), results, scenario: scenario('B') })).toBe(true);
    expect(resultsStale({ run: run('cancelled'), results, scenario: scenario('A') })).toBe(false);
  });

  it('no mark while nothing is on show: before any run, while one runs, after one failed', () => {
    const { results } = finishedRun(run('running'), output, 'A', 1);
    expect(resultsStale({ run: run('idle'), results: null, scenario: scenario('B') })).toBe(false);
    expect(resultsStale({ run: run('running'), results, scenario: scenario('B') })).toBe(false);
    expect(resultsStale({ run: run('error'), results, scenario: scenario('B') })).toBe(false);
    expect(resultsStale({ run: run('cancelled'), results: null, scenario: scenario('B') })).toBe(false);
  });
});

describe('finishedRun', () => {
  it('a finished run becomes the results on show, with the scenario text it ran', () => {
    const change = finishedRun(run('running'), output, 'A', 42);
    expect(change.run).toMatchObject({ state: 'done', done: 1, endedAt: 42, output });
    expect(change.results).toEqual({ output, text: 'A' });
  });
});
