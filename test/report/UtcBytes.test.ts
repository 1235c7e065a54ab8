import { describe, expect, it } from 'vitest';
import { ByteChunks } from '../../sim/report/ByteChunks.js';
import { utcFormatter } from '../../sim/report/formatUtc.js';
import { UtcBytes } from '../../sim/report/UtcBytes.js';
import { chunkText } from '../support/chunkText.js';

/** What Date writes for the same minute: the truth, for years 0 to 9999. */
const byDate = (epochDate: string, hours: number) => `${new Date(Date.parse(`${epochDate}T00:00Z`) + Math.round(hours * 60) * 60_000).toISOString().slice(0, 16)}Z`;

/** Each time written through UtcBytes into one chunk, one per line. */
function written(epochDate: string, hours: number[]): string[] {
  const times = new UtcBytes(epochDate);
  const out = new ByteChunks();
  for (const h of hours) {
    out.utc(times, h);
    out.byte(0x0a);
  }
  return chunkText([out.rest()!]).split('\n').slice(0, -1);
}

describe('UtcBytes', () => {
  it('writes every minute of random times, inside and far outside its cached hours, as Date does', () => {
    let state = 777;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const epoch of ['2027-03-25', '1970-01-01', '2000-02-29', '1601-01-01', '2099-12-31']) {
      // A run's months, and some hours before the epoch or beyond the cached years, with odd fractions of a minute.
      const hours = Array.from({ length: 5_000 }, (_, k) => (k % 10 === 0 ? (next() - 0.3) * 24 * 366 * 40 : next() * 24 * 800) + next() / 60);
      expect(written(epoch, hours)).toEqual(hours.map((h) => byDate(epoch, h)));
    }
  });

  it('writes the same twice over, once its hour is cached', () => {
    expect(written('2027-03-25', [100.5, 100.5, 100.75])).toEqual(['2027-03-29T04:30Z', '2027-03-29T04:30Z', '2027-03-29T04:45Z']);
  });

  it('carries 23:59.7 into the next day, and writes nothing for NaN or an infinity', () => {
    expect(written('2025-12-31', [23 + 59.7 / 60, NaN, Infinity, -Infinity])).toEqual(['2026-01-01T00:00Z', '', '', '']);
  });

  it('writes years past 9999 as the text formatter does', () => {
    const text = utcFormatter('9999-12-30');
    const hours = [0, 23.5, 48, 24 * 40 + 0.25];
    expect(written('9999-12-30', hours)).toEqual(hours.map(text));
    expect(written('9999-12-30', [48])).toEqual(['10000-01-01T00:00Z']);
  });
});

describe('ByteChunks numbers', () => {
  const text = (write: (out: ByteChunks) => void) => {
    const out = new ByteChunks();
    write(out);
    return chunkText([out.rest() ?? new Uint8Array(0)]);
  };

  it('writes whole numbers as String does, at every number of digits', () => {
    const values = [0, 1, 9, 10, 11, 99, 100, 999, 1000, 9999, 10000, 65535, 99999, 100000, 123456789, 2 ** 32, Number.MAX_SAFE_INTEGER];
    for (const v of values) expect(text((out) => out.uint(v))).toBe(String(v));
  });

  it('writes rounded numbers as String of the rounded value does, for every number of decimals', () => {
    let state = 99;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = [0, -0, 1e-9, 0.0005, 0.0004999, 0.001, 0.01, 0.1, 0.5, 1, 2.5, 3.25, 9.9995, 10, 99.9999, 1e6 + 0.001, 1e15, 1e21, 1e300, -1e-12, -0.0004, -2.5, -1234.5678];
    for (let k = 0; k < 1000; k++) values.push(next() * 10 ** Math.floor(next() * 12 - 4));
    const wrong: string[] = [];
    for (const decimals of [0, 1, 2, 3, 4]) {
      const scale = 10 ** decimals;
      for (const v of values) {
        const expected = String(Math.round(v * scale) / scale + 0);
        const got = text((out) => out.rounded(v, decimals));
        if (got !== expected) wrong.push(`${v} to ${decimals}: ${got}, String: ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes nothing for a number that is not finite', () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(text((out) => out.rounded(v, 3))).toBe('');
  });
});
