import { describe, expect, it } from 'vitest';
import { parseVariation, variations, VariationError } from '../../sim/plan/parseVariation.js';

describe('parseVariation', () => {
  it('reads name=low:high', () => {
    expect(parseVariation('approval=0.5:1.5')).toEqual({ input: 'approval', low: 0.5, high: 1.5 });
    expect(parseVariation(' slots = .9 : 1.1')).toEqual({ input: 'slots', low: 0.9, high: 1.1 });
  });

  it.each([
    ['approvals=0.5:1.5', /unknown input "approvals".*known inputs: approval, reschedule, slots, backup, failures, duration/],
    ['slots', /write slots=<low>:<high>/],
    ['slots=1.2', /write slots=<low>:<high>/],
    ['slots=1.2:0.8', /low below high/],
    ['slots=0:1.2', /factors from 0.01 to 100/],
    ['slots=-1:2', /factors from 0.01 to 100/],
    ['duration=0.5:1000000000', /factors from 0.01 to 100/],
    ['slots=a:b', /write slots=<low>:<high>/],
    ['slots=0.8:1.2:2', /write slots=<low>:<high>/],
  ])('rejects %j with a message saying what to write', (text, message) => {
    expect(() => parseVariation(text)).toThrow(VariationError);
    expect(() => parseVariation(text)).toThrow(message);
  });
});

describe('variations', () => {
  it('gives every input ×0.8 to ×1.2 unless a range is given for it', () => {
    expect(variations(['backup=0.5:2'])).toEqual([
      { input: 'approval', low: 0.8, high: 1.2 },
      { input: 'reschedule', low: 0.8, high: 1.2 },
      { input: 'slots', low: 0.8, high: 1.2 },
      { input: 'backup', low: 0.5, high: 2 },
      { input: 'failures', low: 0.8, high: 1.2 },
      { input: 'duration', low: 0.8, high: 1.2 },
    ]);
  });

  it('rejects an input given two ranges', () => {
    expect(() => variations(['slots=0.5:1.5', 'slots=0.9:1.1'])).toThrow(/"slots" is varied twice/);
  });
});
