import { describe, expect, it } from 'vitest';
import { percentDone, progressText, timeLeftMs, timeLeftText } from '../../viz/app/eta.js';

describe('eta', () => {
  it('expects the rest to take as long per share as what is done', () => {
    expect(timeLeftMs(2000, 0.25)).toBe(6000);
    expect(timeLeftMs(3000, 0.5)).toBe(3000);
    expect(timeLeftMs(3000, 1)).toBe(0);
  });

  it('makes no guess before there is progress or time to go by', () => {
    expect(timeLeftMs(5000, 0)).toBeNull();
    expect(timeLeftMs(100, 0.5)).toBeNull();
    expect(timeLeftText(null)).toBe('estimating time left');
  });

  it('says the time left in seconds, then minutes', () => {
    expect(timeLeftText(400)).toBe('less than a second left');
    expect(timeLeftText(12_400)).toBe('about 12 s left');
    expect(timeLeftText(200_000)).toBe('about 3 min left');
  });

  it('never shows 100 % before the end, and 100 % at the end', () => {
    expect(percentDone(0.999)).toBe(99);
    expect(percentDone(1)).toBe(100);
    expect(percentDone(0.374)).toBe(37);
    expect(percentDone(-1)).toBe(0);
  });

  it('writes the percent and the time left on one line', () => {
    expect(progressText(2000, 0.25)).toBe('25 % · about 6 s left');
    expect(progressText(100, 0.02)).toBe('2 % · estimating time left');
  });

  it('says the results are being gathered once the simulated time is all done', () => {
    expect(progressText(2000, 1)).toBe('100 % · gathering the results');
  });
});
