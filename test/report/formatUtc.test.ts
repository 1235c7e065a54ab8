import { describe, expect, it } from 'vitest';
import { formatUtc, utcFormatter } from '../../sim/report/formatUtc.js';

describe('formatUtc', () => {
  it('writes hour 0 as midnight UTC of the epoch date', () => {
    expect(formatUtc('2025-03-01', 0)).toBe('2025-03-01T00:00Z');
  });

  it('writes fractions of an hour as minutes', () => {
    expect(formatUtc('2025-03-01', 250.5)).toBe('2025-03-11T10:30Z');
    expect(formatUtc('2025-03-01', 1.25)).toBe('2025-03-01T01:15Z');
  });

  it('crosses a month end', () => {
    expect(formatUtc('2025-01-31', 24)).toBe('2025-02-01T00:00Z');
    expect(formatUtc('2025-04-30', 23.75)).toBe('2025-04-30T23:45Z');
    expect(formatUtc('2025-04-30', 24.25)).toBe('2025-05-01T00:15Z');
  });

  it('crosses a year end', () => {
    expect(formatUtc('2024-12-31', 23)).toBe('2024-12-31T23:00Z');
    expect(formatUtc('2024-12-31', 25)).toBe('2025-01-01T01:00Z');
  });

  it('knows leap days', () => {
    expect(formatUtc('2024-02-28', 24)).toBe('2024-02-29T00:00Z');
    expect(formatUtc('2025-02-28', 24)).toBe('2025-03-01T00:00Z');
  });

  it('rounds to the nearest minute, carrying into the next day', () => {
    expect(formatUtc('2025-12-31', 23 + 59.7 / 60)).toBe('2026-01-01T00:00Z');
    expect(formatUtc('2025-03-01', 2.9999999)).toBe('2025-03-01T03:00Z');
  });

  it('writes times before the epoch', () => {
    expect(formatUtc('2025-01-01', -1)).toBe('2024-12-31T23:00Z');
  });

  it('leaves NaN (never happened) and infinities empty', () => {
    expect(formatUtc('2025-03-01', NaN)).toBe('');
    expect(formatUtc('2025-03-01', Infinity)).toBe('');
  });

  it('rejects an epoch date that is not YYYY-MM-DD', () => {
    expect(() => utcFormatter('1 March 2025')).toThrow(RangeError);
  });

  it('gives the same text through a reused formatter as one call at a time', () => {
    const time = utcFormatter('2025-03-01');
    for (const h of [0, 30.5, 24 * 45 + 0.1, 24 * 400]) expect(time(h)).toBe(formatUtc('2025-03-01', h));
  });
});

describe('formatUtc against Date', () => {
  /** What Date writes for the same minute: the truth the integer arithmetic must match. */
  const byDate = (epochDate: string, hours: number) => `${new Date(Date.parse(`${epochDate}T00:00Z`) + Math.round(hours * 60) * 60_000).toISOString().slice(0, 16)}Z`;

  it('writes every minute of random times over four centuries as Date does', () => {
    const epochs = ['2027-03-25', '1970-01-01', '2000-02-29', '1900-03-01', '2099-12-31', '1601-01-01'];
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const epoch of epochs) {
      const time = utcFormatter(epoch);
      const wrong: string[] = [];
      for (let k = 0; k < 5_000; k++) {
        // Mostly within a run's months, some across centuries either side, with odd fractions of a minute.
        const hours = (k % 10 === 0 ? (next() - 0.5) * 24 * 366 * 400 : next() * 24 * 800) + next() / 60;
        if (time(hours) !== byDate(epoch, hours)) wrong.push(`${epoch} + ${hours} h: ${time(hours)}, Date: ${byDate(epoch, hours)}`);
      }
      expect(wrong).toEqual([]);
    }
  });
});
