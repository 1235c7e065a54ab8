import { describe, expect, it } from 'vitest';
import { readNumber, REPLICATIONS_RULE } from '../../viz/app/studyFields.js';

describe('readNumber', () => {
  it('reads a number within its rule, spaces around it allowed', () => {
    expect(readNumber(' 20 ', 'Replications', REPLICATIONS_RULE)).toBe(20);
    expect(readNumber('0.25', 'Levels from', { min: 0.01, max: 100 })).toBe(0.25);
  });

  it.each(['', 'abc', '1', '2.5', '100001'])('says what the field must hold for %j instead of giving NaN', (text) => {
    expect(readNumber(text, 'Replications', REPLICATIONS_RULE)).toBe('Replications must be a whole number from 2 to 100000.');
  });
});
