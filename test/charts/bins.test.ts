import { describe, expect, it } from 'vitest';
import { binHours, binsInDomain, extremeBins, snapToBin, sumBins } from '../../viz/charts/toolkit/bins.js';

describe('bins', () => {
  it('daily totals add up each UTC day of an hourly series, the last day partial, NaN hours adding nothing', () => {
    const hourly = new Float64Array(50).fill(1);
    hourly[3] = NaN;
    hourly[30] = 5;
    expect(Array.from(sumBins(hourly, 24))).toEqual([23, 28, 2]);
  });

  it('hourly bins leave the series as it is', () => {
    expect(Array.from(sumBins([1, 2, 3], 1))).toEqual([1, 2, 3]);
  });

  it('bars are hourly for views of at most four days and daily beyond', () => {
    expect(binHours([0, 96])).toBe(1);
    expect(binHours([100, 196])).toBe(1);
    expect(binHours([0, 97])).toBe(24);
    expect(binHours([0, 4680])).toBe(24);
  });

  it('finds the bins a view overlaps, within the bins there are', () => {
    expect(binsInDomain([30, 50], 24, 5)).toEqual([1, 2]);
    expect(binsInDomain([0, 48], 24, 5)).toEqual([0, 1]);
    expect(binsInDomain([0, 1000], 24, 5)).toEqual([0, 4]);
    expect(binsInDomain([3, 5], 1, 10)).toEqual([3, 4]);
  });

  it('snaps an hour to the start of its bin inside the view', () => {
    expect(snapToBin(30.7, 1, [0, 100])).toBe(30);
    expect(snapToBin(30.7, 24, [0, 100])).toBe(24);
    expect(snapToBin(-5, 24, [0, 100])).toBe(0);
    expect(snapToBin(100, 24, [0, 100])).toBe(96);
  });

  it('takes the largest or smallest value of each bin, skipping NaN hours', () => {
    const s = [3, NaN, 1, 7, NaN, NaN];
    expect(Array.from(extremeBins(s, 2, 'max'))).toEqual([3, 7, NaN]);
    expect(Array.from(extremeBins(s, 2, 'min'))).toEqual([3, 1, NaN]);
  });
});
