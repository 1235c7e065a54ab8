import { describe, expect, it } from 'vitest';
import { clampDomain, formatBin, formatDay, formatTimeTick, hourToDate, timeScale } from '../../viz/charts/toolkit/timeScale.js';

describe('timeScale', () => {
  it('hour h is h hours after 00:00 UTC of the epoch date, across month and year ends', () => {
    expect(hourToDate('2027-01-31', 24).toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(hourToDate('2027-02-28', 25).toISOString()).toBe('2027-03-01T01:00:00.000Z');
    expect(hourToDate('2028-02-28', 24).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(hourToDate('2026-12-20', 12 * 24 + 23.5).toISOString()).toBe('2027-01-01T23:30:00.000Z');
  });

  it('refuses an epoch date not written YYYY-MM-DD', () => {
    expect(() => hourToDate('20 Dec 2026', 0)).toThrow(RangeError);
  });

  it('maps hours and dates to the same pixels', () => {
    const x = timeScale('2027-03-01', [24, 72], [0, 480]);
    expect(x(48)).toBe(240);
    expect(x.invert(240)).toBe(48);
    expect(x.utc(new Date('2027-03-03T00:00Z'))).toBe(240);
  });

  it('cuts a zoom to the run, at least an hour wide, and shows the whole run for none or a zoom outside it', () => {
    expect(clampDomain(null, [0, 100])).toEqual([0, 100]);
    expect(clampDomain([-10, 50], [0, 100])).toEqual([0, 50]);
    expect(clampDomain([50, 20], [0, 100])).toEqual([20, 50]);
    expect(clampDomain([40, 40.2], [0, 100])).toEqual([40, 41]);
    expect(clampDomain([99.9, 120], [0, 100])).toEqual([99, 100]);
    expect(clampDomain([200, 300], [0, 100])).toEqual([0, 100]);
  });

  it('labels ticks by hour within a day, by day otherwise, with the year on 1 January', () => {
    expect(formatTimeTick(new Date('2027-05-14T06:00Z'))).toBe('06:00');
    expect(formatTimeTick(new Date('2027-05-14T00:00Z'))).toBe('14 May');
    expect(formatTimeTick(new Date('2027-01-01T00:00Z'))).toBe('1 Jan 2027');
  });

  it('names days and hourly bins in UTC', () => {
    expect(formatDay('2027-02-26', 71)).toBe('28 February 2027');
    expect(formatDay('2027-02-26', 72)).toBe('1 March 2027');
    expect(formatBin('2027-02-26', 72, 24)).toBe('Mon 1 Mar 2027');
    expect(formatBin('2027-02-26', 71, 1)).toBe('Sun 28 Feb 2027, 23:00–00:00 UTC');
  });
});
