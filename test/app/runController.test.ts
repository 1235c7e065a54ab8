import { describe, expect, it } from 'vitest';
import { OUT_OF_MEMORY_MESSAGE } from '../../viz/app/plainWorkerError.js';
import { runErrorMessage } from '../../viz/app/runController.js';

describe('runErrorMessage', () => {
  it('says an invalid scenario did not run, with the command line lines, as they arrive from the worker', () => {
    // Comlink rebuilds a thrown error as an Error carrying only the name and message.
    const fromWorker = Object.assign(new Error('regions[0].updateSlots: must be a positive integer'), { name: 'ScenarioError' });
    expect(runErrorMessage(fromWorker)).toBe('The scenario is not valid, so it did not run:\nregions[0].updateSlots: must be a positive integer');
  });

  it('says any other failure in plain words and what to do next', () => {
    expect(runErrorMessage(new TypeError('x is undefined'))).toBe('The run failed: x is undefined. Change the scenario or try again.');
    expect(runErrorMessage('lost')).toBe('The run failed: lost. Change the scenario or try again.');
  });

  it.each([
    'Array buffer allocation failed',
    'Invalid array length',
    'Invalid typed array length: 4294967296',
    'KeyedHeap: more than 4194304 records held at once',
    'the simulation stopped unexpectedly; it may have run out of memory',
  ])('says a run that outgrew the browser needs more memory, and what to reduce: %s', (message) => {
    expect(runErrorMessage(new RangeError(message))).toBe(`The run failed. ${OUT_OF_MEMORY_MESSAGE}`);
  });
});
