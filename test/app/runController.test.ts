import { describe, expect, it } from 'vitest';
import { runErrorMessage } from '../../viz/app/runController.js';

describe('runErrorMessage', () => {
  it('says an invalid scenario did not run, with the command line lines, as they arrive from the worker', () => {
    // Comlink rebuilds a thrown error as an Error carrying only the name and message.
    const fromWorker = Object.assign(new Error('regions[0].updateSlots: must be a positive integer'), { name: 'ScenarioError' });
    expect(runErrorMessage(fromWorker)).toBe('The scenario is not valid, so it did not run:\nregions[0].updateSlots: must be a positive integer');
  });

  it('says any other failure in plain words and what to do next', () => {
    expect(runErrorMessage(new RangeError('Invalid array length'))).toBe('The run failed: Invalid array length. Change the scenario or try again.');
    expect(runErrorMessage('lost')).toBe('The run failed: lost. Change the scenario or try again.');
  });
});
