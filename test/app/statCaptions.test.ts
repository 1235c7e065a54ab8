/**
 * Every interval and band says what it is, and every mean how many runs it
 * covers: the captions of the app's interval table, compare table and band
 * views, checked for the words a reader needs.
 */
import { describe, expect, it } from 'vitest';
import { NEGLIGIBLE_FRACTION, NEGLIGIBLE_POINTS } from '../../sim/plan/differenceReading.js';
import { bandCaption } from '../../viz/app/bandCaption.js';
import { compareTableCaption } from '../../viz/app/compareTable.js';
import { runsCovered } from '../../sim/plan/runsCovered.js';
import { intervalTableCaption } from '../../viz/app/intervalTable.js';

describe('captions of intervals, bands and means', () => {
  it('a mean over fewer runs than the batch says so: "7 of 10"', () => {
    expect(runsCovered(7, 10)).toBe('7 of 10');
    expect(runsCovered(10, 10)).toBe('10 of 10');
  });

  it('the interval table says its interval is the 95 % confidence interval of the mean, and that counts are means', () => {
    const caption = intervalTableCaption(10);
    expect(caption).toMatch(/95 % confidence interval of the mean/);
    expect(caption).toMatch(/fewer than 10/);
    expect(caption).toMatch(/P5, P50, P95: the spread of single runs/);
    expect(caption).toMatch(/Counts are shown as means/);
  });

  it('the band views say the band is P5–P95 across replications, a 90 % band, over how many replications', () => {
    const caption = bandCaption(20);
    expect(caption).toMatch(/mean over 20 replications/);
    expect(caption).toMatch(/90 % band/);
    expect(caption).toMatch(/P5–P95/);
    expect(caption).toMatch(/not how precisely the mean is known/);
  });

  it('the compare table says what its difference, significance and negligible mean, with the rule\u2019s own thresholds', () => {
    const caption = compareTableCaption(10);
    expect(caption).toMatch(/95 % confidence interval of that mean/);
    expect(caption).toMatch(/paired differences/);
    expect(caption).toContain(`${NEGLIGIBLE_POINTS} points`);
    expect(caption).toContain(`${NEGLIGIBLE_FRACTION * 100} %`);
  });
});
