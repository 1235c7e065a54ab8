import { describe, expect, it } from 'vitest';
import { sharePercentText, weightShares, weightsNote } from '../../viz/app/weightShares.js';

describe('weightShares', () => {
  it('gives each weight its part of the total: shares 2, 8, 25, 35, 45 (total 115) are 1.7, 7.0, 21.7, 30.4, 39.1 %', () => {
    const { total, percents } = weightShares([2, 8, 25, 35, 45]);
    expect(total).toBe(115);
    // Hand-computed: 2/115 = 0.017391…, 8/115 = 0.069565…, 25/115 = 0.217391…, 35/115 = 0.304347…, 45/115 = 0.391304…
    expect(percents.map(sharePercentText)).toEqual(['1.7 %', '7 %', '21.7 %', '30.4 %', '39.1 %']);
    expect(percents.reduce((a, b) => a! + b!, 0)).toBeCloseTo(100, 10);
  });

  it('treats fractions and percents alike: 0.2, 0.3, 0.5 are 20, 30 and 50 %', () => {
    expect(weightShares([0.2, 0.3, 0.5]).percents.map(sharePercentText)).toEqual(['20 %', '30 %', '50 %']);
  });

  it('leaves out a weight that is not a number ≥ 0 (its field shows the error), and gives no percent when all are 0', () => {
    expect(weightShares([1, 'x', 3, -2])).toEqual({ total: 4, percents: [25, null, 75, null] });
    expect(weightShares([0, 0]).percents).toEqual([null, null]);
  });

  it('writes a tiny share as "<0.1 %", not as a misleading 0', () => {
    expect(sharePercentText((1 / 1_000_001) * 100)).toBe('<0.1 %');
    expect(sharePercentText(0)).toBe('0 %');
  });
});

describe('weightsNote', () => {
  it('says in plain words that shares summing to 115 are divided by 115', () => {
    expect(weightsNote('waves', 115)).toBe(
      "The waves' shares add up to 115, not 100. They are weights: the model divides each by 115, so the waves get the percentages shown beside them.",
    );
  });

  it('says nothing when they add up to 100, and asks for a share when none is above 0', () => {
    expect(weightsNote('waves', 100)).toBeNull();
    expect(weightsNote('waves', 0)).toMatch(/None of the waves has a share above 0/);
  });
});
